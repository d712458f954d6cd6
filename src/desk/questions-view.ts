/// <reference lib="dom" />
// The open questions. The interview asks the top one not skipped, with its answer control, "don't
// know / skip" and "stop asking", and says what the last answer changed (the what-if diff); every
// open question is listed below it, each answerable in place. A question names its facts by their
// labels, never by path; a grouped question has a control per fact and an absent object (the
// shipment) a control per field that says it, answered together. A lone select answers on change;
// a date, a number or several controls with the answer button (or Enter).
import type { Verdict, WhatIfChange } from '../browser.js';
import { parseInput } from './case-edit.js';
import { answerGroups } from './answer-parts.js';
import { answersOnChange, badInput, createControl, type Control } from './controls.js';
import { fill, h, uid } from './dom.js';
import type { FieldSpec } from './fields.js';
import { decisionName, decisionValue, fieldLabel, label, shownValue, t, term, type Lang } from './i18n.js';

type Question = Verdict['openQuestions'][number];

/** How many questions the full list shows before "more questions". */
export const SHOWN_QUESTIONS = 5;

/** The facts a question asks for: a grouped question's `facts`, else its one `fact`. */
export const factsOf = (q: Question): readonly string[] => {
  const facts = (q as { readonly facts?: unknown }).facts;
  return Array.isArray(facts) && facts.length > 0 && facts.every((f) => typeof f === 'string') ? facts : [q.fact];
};

/** What the last answer changed: the answered facts and the what-if diff. */
export interface LastAnswer {
  readonly facts: readonly string[];
  readonly changes: readonly WhatIfChange[];
}

export interface QuestionsOptions {
  readonly lang: Lang;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  readonly zone: () => string;
  /** An answer: each fact and its value. */
  readonly onAnswer: (answers: readonly (readonly [string, unknown])[]) => void;
  /** Go to a fact's field in the form (for a question without an inline control). */
  readonly onGoTo: (fact: string) => void;
  /** The interview: questions skipped, whether it was stopped, the last answer's changes. */
  readonly skipped: ReadonlySet<string>;
  readonly stopped: boolean;
  readonly last: LastAnswer | undefined;
  readonly onSkip: (facts: readonly string[]) => void;
  readonly onStop: (stopped: boolean) => void;
  readonly onAskSkippedAgain: () => void;
}

const joinList = (lang: Lang, items: readonly string[]) => items.join(lang === 'zh' ? '、' : ', ');

/** What a question could change: each decision once, with the values it could take. */
export function couldChangeText(lang: Lang, q: Question): string {
  const to = new Map<string, (string | boolean)[]>();
  for (const c of q.couldChange) {
    const values = to.get(c.decision) ?? [];
    if (!values.includes(c.to)) values.push(c.to);
    to.set(c.decision, values);
  }
  const or = lang === 'zh' ? '或' : ' or ';
  const list = [...to]
    .map(([d, values]) => `${decisionName(lang, d)} → ${values.map((x) => decisionValue(lang, d, x)).join(or)}`)
    .join(lang === 'zh' ? ';' : '; ');
  return list === '' ? '' : `${label(lang, 'couldChange')}${lang === 'zh' ? ':' : ': '}${list}`;
}

/** "责任方:还不能判定(待定)→ 卖家(确定)", one line per decision that changed. */
export function changeText(lang: Lang, c: WhatIfChange): string {
  const side = (value: string | boolean | undefined, status: WhatIfChange['fromStatus']) =>
    value === undefined
      ? t(lang, 'notDecided')
      : `${shownValue(lang, c.decision, value)}${status ? (lang === 'zh' ? `(${term.status(lang, status)})` : ` (${term.status(lang, status)})`) : ''}`;
  return `${decisionName(lang, c.decision)}${lang === 'zh' ? ':' : ': '}${side(c.from, c.fromStatus)} → ${side(c.to, c.toStatus)}`;
}

interface ItemOptions {
  readonly id?: string;
  readonly extra?: readonly HTMLElement[];
}

function questionItem(options: QuestionsOptions, q: Question, item: ItemOptions = {}): HTMLElement {
  const { lang } = options;
  const facts = factsOf(q);
  // One control per fact; an absent object (the shipment) by the few of its fields that say it.
  const groups = answerGroups(facts, options.fields);
  const fields = groups?.flatMap((g) => g.parts);
  const metaId = uid('qmeta');
  const error = h('p', { class: 'field-error', id: uid('qerror'), hidden: true });
  const meta = h(
    'p',
    { class: 'question-meta', id: metaId },
    h('span', { class: `kind kind-${q.kind}` }, term.questionKind(lang, q.kind, q.party)),
    ' · ',
    h(
      'span',
      { class: 'fact-label' },
      joinList(
        lang,
        facts.map((f) => fieldLabel(lang, f)),
      ),
    ),
    h('br'),
    couldChangeText(lang, q),
  );
  const attrs = { class: 'question', 'data-fact': facts.join(' '), ...(item.id ? { id: item.id } : {}) };
  const extra = item.extra ?? [];

  if (groups === undefined || fields === undefined) {
    const go = h('button', { type: 'button', class: 'small', 'aria-describedby': metaId }, t(lang, 'fillInForm'));
    go.addEventListener('click', () => options.onGoTo(facts[0]!));
    return h(
      'li',
      attrs,
      h('p', { class: 'question-text' }, q.question[lang]),
      meta,
      h('div', { class: 'answer-row' }, go, extra),
    );
  }

  const single = fields.length === 1;
  const controls: Control[] = [];
  const rows = fields.map((field) => {
    const id = uid('answer');
    const control = createControl(lang, field, id, 'answer');
    control.setAttribute('aria-describedby', metaId);
    control.dataset.answer = field.fact;
    controls.push(control);
    // One control: the question is its label. Several: each control is labelled by its fact.
    return single
      ? { control, label: h('label', { class: 'question-text', for: id }, q.question[lang]) }
      : { control, label: h('label', { class: 'answer-label', for: id }, fieldLabel(lang, field.fact)) };
  });
  const form = h('form', { class: 'answer', novalidate: true });
  const showError = (control: Control, message: string) => {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${metaId} ${error.id}`);
  };
  // The facts given are answered together; those left empty stay not given.
  const submit = () => {
    const answers: [string, unknown][] = [];
    for (const [i, field] of fields.entries()) {
      const control = controls[i]!;
      if (badInput(control)) return showError(control, t(lang, 'numberInvalid'));
      const parsed = parseInput(field.kind, control.value, options.zone());
      if (!parsed.ok) return showError(control, t(lang, parsed.problem === 'time' ? 'timeInvalid' : 'numberInvalid'));
      if (parsed.value !== undefined) answers.push([field.fact, parsed.value]);
    }
    if (answers.length > 0) options.onAnswer(answers);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  const onChange = single && answersOnChange(fields[0]!);
  if (onChange) controls[0]!.addEventListener('change', submit);
  fill(
    form,
    single ? rows[0]!.label : h('p', { class: 'question-text' }, q.question[lang]),
    meta,
    single
      ? h(
          'div',
          { class: 'answer-row' },
          rows[0]!.control,
          onChange ? null : h('button', { type: 'submit', class: 'small' }, t(lang, 'answer')),
          extra,
        )
      : [
          // An object's fields under its name ("发货记录"), the other facts each on its row.
          groups.map((g) => {
            const own = g.parts.map((p) => rows[fields.indexOf(p)]!);
            const lines = own.map((r) => h('div', { class: 'answer-row' }, r.label, r.control));
            return g.object
              ? h('fieldset', { class: 'answer-object' }, h('legend', {}, fieldLabel(lang, g.fact)), lines)
              : lines;
          }),
          h('div', { class: 'answer-row' }, h('button', { type: 'submit', class: 'small' }, t(lang, 'answer')), extra),
        ],
    error,
  );
  return h('li', attrs, form);
}

const button = (text: string, onClick: () => void, attrs: Record<string, string> = {}) => {
  const b = h('button', { type: 'button', class: 'small', ...attrs }, text);
  b.addEventListener('click', onClick);
  return b;
};

/** The decisions not yet firm. */
const notFirm = (v: Verdict) => Object.values(v.status).filter((s) => s !== 'firm').length;

/**
 * The interview: what the last answer changed, then the top open question not skipped (or why
 * there is none), with "don't know / skip" and "stop asking".
 *
 * @example
 * panel.append(renderInterview(options, verdict));
 */
export function renderInterview(options: QuestionsOptions, v: Verdict): HTMLElement {
  const { lang, last } = options;
  const changed =
    last === undefined
      ? null
      : h(
          'div',
          { class: 'what-changed', 'data-changes': String(last.changes.length) },
          h(
            'p',
            { class: 'what-changed-head' },
            t(lang, last.changes.length === 0 ? 'answerChangedNothing' : 'answerChanged', {
              facts: joinList(
                lang,
                last.facts.map((f) => fieldLabel(lang, f)),
              ),
            }),
          ),
          last.changes.length > 0
            ? h(
                'ul',
                {},
                last.changes.map((c) => h('li', {}, changeText(lang, c))),
              )
            : null,
        );
  const next = v.openQuestions.find((q) => !factsOf(q).every((f) => options.skipped.has(f)));
  let body: HTMLElement | HTMLElement[];
  if (notFirm(v) === 0) body = h('p', { class: 'interview-done' }, t(lang, 'allFirm'));
  else if (options.stopped)
    body = h(
      'p',
      { class: 'interview-stopped' },
      t(lang, 'interviewStopped'),
      ' ',
      button(t(lang, 'resumeAsking'), () => options.onStop(false)),
    );
  else if (next === undefined)
    body = h(
      'p',
      { class: 'interview-done' },
      t(lang, 'noMoreQuestions'),
      ' ',
      options.skipped.size > 0 ? button(t(lang, 'askSkippedAgain'), options.onAskSkippedAgain) : null,
    );
  else
    body = h(
      'ol',
      { class: 'question-list interview-question' },
      questionItem(options, next, {
        id: 'next-question',
        extra: [
          button(t(lang, 'skipQuestion'), () => options.onSkip(factsOf(next)), { 'data-action': 'skip' }),
          button(t(lang, 'stopAsking'), () => options.onStop(true), { 'data-action': 'stop' }),
        ],
      }),
    );
  return h(
    'section',
    { class: 'panel interview', 'aria-labelledby': 'interview-heading' },
    h('h2', { id: 'interview-heading', tabindex: -1 }, t(lang, 'nextQuestion')),
    changed,
    body,
  );
}

/**
 * Every open question, the first `SHOWN_QUESTIONS` in view and the rest behind "more questions",
 * all in a collapsed part: the interview asks them one at a time.
 *
 * @example
 * panel.append(renderQuestions(options, verdict));
 */
export function renderQuestions(options: QuestionsOptions, v: Verdict): HTMLElement {
  const { lang } = options;
  const items = v.openQuestions.map((q) => questionItem(options, q));
  const shown = items.slice(0, SHOWN_QUESTIONS);
  const rest = items.slice(SHOWN_QUESTIONS);
  return h(
    'details',
    { class: 'panel questions' },
    h('summary', {}, h('h2', { id: 'questions-heading' }, t(lang, 'questions', { n: items.length }))),
    items.length === 0
      ? h('p', {}, t(lang, 'noQuestions'))
      : [
          h('p', { class: 'help' }, t(lang, 'questionsHelp')),
          h('ol', { class: 'question-list' }, shown),
          rest.length > 0
            ? h(
                'details',
                { class: 'more-questions' },
                h('summary', {}, t(lang, 'moreQuestions', { n: rest.length })),
                h('ol', { class: 'question-list', start: SHOWN_QUESTIONS + 1 }, rest),
              )
            : null,
        ],
  );
}
