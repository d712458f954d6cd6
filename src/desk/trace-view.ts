/// <reference lib="dom" />
// The trace: one collapsed <details> per rule evaluated, condition by condition (the fact by its
// label, operator, value, the fact's value, result), groups (all / any) indented.
import type { Verdict } from '../browser.js';
import { h, type Child } from './dom.js';
import { t, type Lang } from './i18n.js';
import { conditionLabel } from './trace-labels.js';

type Entry = Verdict['trace'][number];
type Node = Entry['conditions'][number];
type Result = boolean | 'unknown';

const resultKey = (r: Result) =>
  (r === true ? 'true' : r === false ? 'false' : 'unknown') as 'true' | 'false' | 'unknown';

function resultCell(lang: Lang, r: Result): HTMLElement {
  const key = resultKey(r);
  return h('td', { 'data-label': t(lang, 'colResult') }, h('span', { class: `result result-${key}` }, t(lang, key)));
}

const json = (v: unknown) => (v === undefined ? undefined : JSON.stringify(v));

/**
 * A row's nesting as the CSS property `--depth`, set through the CSSOM: the page's CSP refuses
 * inline `style` attributes.
 */
function atDepth(row: HTMLElement, depth: number): HTMLElement {
  row.style.setProperty('--depth', String(depth));
  return row;
}

function rows(lang: Lang, node: Node, depth: number): HTMLElement[] {
  if ('conditions' in node) {
    return [
      atDepth(
        h(
          'tr',
          { class: 'cond-group' },
          h('td', { colspan: 4, class: 'indent', 'data-label': t(lang, 'colFact') }, t(lang, node.match)),
          resultCell(lang, node.result),
        ),
        depth,
      ),
      ...node.conditions.flatMap((c) => rows(lang, c, depth + 1)),
    ];
  }
  const value: Child =
    node.valueFact !== undefined
      ? [h('span', { 'data-fact': node.valueFact }, conditionLabel(lang, node.valueFact)), ' = ', json(node.value)]
      : json(node.value);
  const factValue: Child = [
    node.factValue !== undefined ? json(node.factValue) : h('span', { class: 'muted' }, t(lang, 'notGiven')),
    node.absent === 'not_shown' ? [' ', h('span', { class: 'mark' }, t(lang, 'notShownMark'))] : null,
  ];
  return [
    atDepth(
      h(
        'tr',
        { class: 'cond-leaf' },
        h(
          'td',
          { class: 'indent', 'data-label': t(lang, 'colFact'), 'data-fact': node.fact },
          conditionLabel(lang, node.fact),
        ),
        h('td', { 'data-label': t(lang, 'colOperator') }, h('code', {}, node.operator)),
        h('td', { 'data-label': t(lang, 'colValue') }, value),
        h('td', { 'data-label': t(lang, 'colFactValue') }, factValue),
        resultCell(lang, node.result),
      ),
      depth,
    ),
  ];
}

function ruleDetails(lang: Lang, e: Entry): HTMLElement {
  const state = e.fired ? 'fired' : e.result === 'unknown' ? 'waiting' : 'notFired';
  return h(
    'details',
    { class: 'trace-rule', 'data-rule': e.ruleId, 'data-state': state },
    h(
      'summary',
      {},
      h('code', {}, e.ruleId),
      ' ',
      h('span', { class: `result result-${state}` }, t(lang, state)),
      ' ',
      h('span', { class: 'muted' }, `${t(lang, 'priority')} ${e.priority} · ${t(lang, 'stage')} ${e.stage}`),
    ),
    h(
      'div',
      { class: 'table-wrap' },
      h(
        'table',
        { class: 'conditions' },
        h('caption', { class: 'visually-hidden' }, e.ruleId),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            (['colFact', 'colOperator', 'colValue', 'colFactValue', 'colResult'] as const).map((k) =>
              h('th', { scope: 'col' }, t(lang, k)),
            ),
          ),
        ),
        h('tbody', {}, rows(lang, { match: e.match, result: e.result, conditions: e.conditions }, 0)),
      ),
    ),
  );
}

/**
 * The trace panel: every rule evaluated, fired ones first, each collapsed.
 *
 * @example
 * panel.append(renderTrace('zh', verdict));
 */
export function renderTrace(lang: Lang, v: Verdict): HTMLElement {
  const order = (e: Entry) => (e.fired ? 0 : e.result === 'unknown' ? 1 : 2);
  const entries = [...v.trace].sort((a, b) => order(a) - order(b));
  return h(
    'section',
    { class: 'panel trace', 'aria-labelledby': 'trace-heading' },
    h('h2', { id: 'trace-heading' }, `${t(lang, 'trace')} (${v.trace.length})`),
    h('p', { class: 'help' }, t(lang, 'traceHelp')),
    entries.map((e) => ruleDetails(lang, e)),
  );
}
