/// <reference lib="dom" />
// The verdict for a person: each decision with its firm / provisional / undetermined badge, the
// penalties under the liability they follow, then the findings with their sources and the
// evidence each party still owes.
import type { Verdict } from '../browser.js';
import { h, type Child } from './dom.js';
import { decisionName, decisionValue, fieldLabel, label, partyLabel, shownValue, t, term, type Lang } from './i18n.js';

type Status = 'firm' | 'provisional' | 'undetermined';
type Penalty = Verdict['outcome']['penalties'][number];
type Source = Verdict['findings'][number]['source'];

/** Freight legs in the vocabulary's order. */
const LEGS = ['return', 'reship', 'roundTrip', 'forwarding', 'redirect', 'returnExcess'] as const;

/** A status as a badge: colour and text. */
export function badge(lang: Lang, status: Status | undefined): Child {
  if (status === undefined) return null;
  return h('span', { class: `badge badge-${status}`, 'data-status': status }, term.status(lang, status));
}

const money = (lang: Lang, n: number) => `${n} ${label(lang, 'yuan')}`;
const ruleRef = (id: string) => h('code', { class: 'rule-ref' }, id);

/** A penalty in words, in each language's order: `扣 3 分,赔付买家 9.95 元` / `3 points, 9.95 yuan to the buyer`. */
export function penaltyText(lang: Lang, p: Penalty): string {
  const parts =
    lang === 'zh'
      ? [
          p.points !== undefined ? `扣 ${p.points} 分` : undefined,
          p.compensationToBuyer !== undefined
            ? `${label(lang, 'toBuyer')} ${money(lang, p.compensationToBuyer)}`
            : undefined,
          p.paymentToPlatform !== undefined
            ? `${label(lang, 'toPlatform')} ${money(lang, p.paymentToPlatform)}`
            : undefined,
        ]
      : [
          p.points !== undefined ? `${p.points} ${label(lang, 'points')}` : undefined,
          p.compensationToBuyer !== undefined
            ? `${money(lang, p.compensationToBuyer)} ${label(lang, 'toBuyer')}`
            : undefined,
          p.paymentToPlatform !== undefined
            ? `${money(lang, p.paymentToPlatform)} ${label(lang, 'toPlatform')}`
            : undefined,
        ];
  const said = parts.filter((x): x is string => x !== undefined);
  const name = term.penalty(lang, p.kind);
  return said.length === 0 ? name : `${name}${lang === 'zh' ? ':' : ': '}${said.join(lang === 'zh' ? ',' : ', ')}`;
}

function decision(
  lang: Lang,
  key: string,
  value: string | boolean,
  status: Status | undefined,
  ...below: Child[]
): HTMLElement {
  const nameId = `decision-${key.replace(/\./g, '-')}`;
  return h(
    'div',
    { class: 'decision', 'data-decision': key, role: 'group', 'aria-labelledby': nameId },
    h(
      'div',
      { class: 'decision-head' },
      h('span', { class: 'decision-name', id: nameId }, decisionName(lang, key)),
      h('span', { class: 'decision-value', 'data-value': String(value) }, shownValue(lang, key, value)),
      badge(lang, status),
    ),
    below,
  );
}

/**
 * The outcome: liability (penalties under it), remedy (refund adjustments under it), each freight
 * leg, the dispute rate; each with its status badge.
 *
 * @example
 * document.body.append(renderOutcome('zh', verdict));
 */
export function renderOutcome(lang: Lang, v: Verdict): HTMLElement {
  const o = v.outcome;
  const status = v.status as Readonly<Record<string, Status | undefined>>;
  const penalties =
    o.penalties.length > 0
      ? h(
          'ul',
          { class: 'penalties', 'aria-label': label(lang, 'penalties') },
          o.penalties.map((p) =>
            h(
              'li',
              { 'data-penalty': p.kind },
              h('span', { class: 'penalty-text' }, penaltyText(lang, p)),
              ' ',
              ruleRef(p.ruleId),
            ),
          ),
        )
      : null;
  const adjustments =
    o.refundAdjustments.length > 0
      ? h(
          'ul',
          { class: 'adjustments', 'aria-label': label(lang, 'adjustments') },
          o.refundAdjustments.map((a) =>
            h(
              'li',
              {},
              `${term.adjustment(lang, a.kind)}${lang === 'zh' ? ':' : ': '}${money(lang, a.amount)} `,
              ruleRef(a.ruleId),
            ),
          ),
        )
      : null;
  const legs = LEGS.flatMap((leg) => {
    const f = o.freight[leg];
    if (f === undefined) return [];
    const notes = [
      f.cap !== undefined ? `${label(lang, 'cap')} ${money(lang, f.cap)}` : undefined,
      ...(f.restrictions ?? []).map((r) => term.restriction(lang, r)),
    ].filter((x): x is string => x !== undefined);
    const rules = [f.ruleId, ...(f.termsRuleIds ?? [])].filter((x): x is string => x !== undefined);
    return [
      decision(
        lang,
        `freight.${leg}`,
        f.payer,
        status[`freight.${leg}`],
        notes.length > 0 || rules.length > 0
          ? h(
              'p',
              { class: 'decision-notes' },
              notes.join(lang === 'zh' ? ',' : ', '),
              notes.length > 0 ? ' ' : '',
              rules.map((r) => [ruleRef(r), ' ']),
            )
          : null,
      ),
    ];
  });
  return h(
    'div',
    { class: 'outcome' },
    decision(lang, 'liability', o.liability, status.liability, penalties),
    decision(lang, 'remedy', o.remedy, status.remedy, adjustments),
    legs,
    o.countsTowardDisputeRate !== undefined
      ? decision(lang, 'countsTowardDisputeRate', o.countsTowardDisputeRate, status.countsTowardDisputeRate)
      : null,
  );
}

/** The case and the rules it was judged with, in one line each. */
export function renderRuleset(lang: Lang, v: Verdict): HTMLElement {
  const r = v.ruleset;
  return h(
    'div',
    { class: 'ruleset' },
    h('p', {}, t(lang, 'caseLine', { id: v.caseId, asOf: v.asOf })),
    h('p', {}, t(lang, 'rulesLine', { id: r.id, version: r.version, date: r.rulesAt, n: r.rules })),
  );
}

function sourceText(lang: Lang, s: Source): Child {
  if ('doc' in s) return [h('code', {}, s.doc), ' ', t(lang, 'lines', { lines: s.lines })];
  return s.url !== undefined ? h('a', { href: s.url, target: '_blank', rel: 'noopener noreferrer' }, s.rule) : s.rule;
}

const section = (id: string, title: string, ...body: Child[]) =>
  h('section', { class: 'panel', 'aria-labelledby': id }, h('h2', { id }, title), body);

/**
 * The findings (message and source of each fired rule), the evidence each party still owes, next
 * steps, missing facts and conflicts.
 *
 * @example
 * document.body.append(renderFindings('en', verdict));
 */
export function renderFindings(lang: Lang, v: Verdict): HTMLElement {
  const sep = lang === 'zh' ? ':' : ': ';
  const findings = section(
    'findings-heading',
    t(lang, 'findings'),
    v.findings.length === 0
      ? h('p', {}, t(lang, 'noFindings'))
      : h(
          'ol',
          { class: 'findings' },
          v.findings.map((f) =>
            h(
              'li',
              { 'data-rule': f.ruleId },
              h(
                'p',
                { class: 'finding-head' },
                ruleRef(f.ruleId),
                // The catalogue entries the rule answers, when they are not just its own id.
                f.catalogue.some((id) => id !== f.ruleId)
                  ? h('span', { class: 'catalogue muted' }, ` ${f.catalogue.join(', ')}`)
                  : null,
              ),
              h('p', { class: 'finding-message' }, f.message[lang]),
              h('p', { class: 'source' }, `${t(lang, 'source')}${sep}`, sourceText(lang, f.source)),
            ),
          ),
        ),
  );

  const parties = [...new Set(v.evidenceRequired.map((e) => e.party))];
  const evidence = section(
    'evidence-heading',
    t(lang, 'evidenceOwed'),
    parties.length === 0
      ? h('p', {}, label(lang, 'none'))
      : h(
          'ul',
          { class: 'evidence' },
          parties.map((party) =>
            h(
              'li',
              { 'data-party': party },
              h('strong', {}, t(lang, 'mustShow', { party: partyLabel(lang, party) })),
              h(
                'ul',
                {},
                v.evidenceRequired
                  .filter((e) => e.party === party)
                  .map((e) => h('li', {}, `${term.evidence(lang, e.item)} `, ruleRef(e.ruleId))),
              ),
            ),
          ),
        ),
  );

  const actions =
    v.actions.length > 0
      ? section(
          'actions-heading',
          label(lang, 'actions'),
          h(
            'ul',
            { class: 'actions' },
            v.actions.map((a) => h('li', {}, `${term.action(lang, a.code)} `, ruleRef(a.ruleId))),
          ),
        )
      : null;

  const missing =
    v.missingFacts.length > 0
      ? section(
          'missing-heading',
          label(lang, 'missing'),
          h(
            'ul',
            { class: 'missing' },
            v.missingFacts.map((m) =>
              h(
                'li',
                {},
                h('span', { class: 'fact-label' }, fieldLabel(lang, m.fact)),
                ` — ${label(lang, 'neededBy')} `,
                m.neededBy.map((id, i) => [i > 0 ? ', ' : '', ruleRef(id)]),
                m.blocks.length > 0
                  ? `${lang === 'zh' ? ';' : '; '}${label(lang, 'holdsOpen')}${sep}${m.blocks.map((b) => decisionName(lang, b)).join(lang === 'zh' ? '、' : ', ')}`
                  : '',
              ),
            ),
          ),
        )
      : null;

  const conflicts =
    v.conflicts.length > 0
      ? section(
          'conflicts-heading',
          label(lang, 'conflicts'),
          h(
            'ul',
            { class: 'conflicts' },
            v.conflicts.map((c) =>
              h(
                'li',
                {},
                `${decisionName(lang, c.decision)}${sep}${term.conflictReason(lang, c.reason)} (${c.priority}): `,
                c.candidates.map((x, i) => [
                  i > 0 ? '; ' : '',
                  ruleRef(x.ruleId),
                  ` → ${decisionValue(lang, c.decision, x.value)}`,
                ]),
              ),
            ),
          ),
        )
      : null;

  return h('div', { class: 'details' }, findings, evidence, actions, missing, conflicts);
}
