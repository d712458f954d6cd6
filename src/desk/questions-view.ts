/// <reference lib="dom" />
// The open questions, each answerable in place: the question in the page's language as the
// control's label, who answers it and what it could change as its description. A select answers
// on change; a date or a number with its button (or Enter).
import type { Verdict } from '../browser.js';
import { parseInput } from './case-edit.js';
import { answersOnChange, badInput, createControl } from './controls.js';
import { h, uid } from './dom.js';
import type { FieldSpec } from './fields.js';
import { decisionName, decisionValue, label, t, term, type Lang } from './i18n.js';

type Question = Verdict['openQuestions'][number];

/** How many questions show before "more questions". */
export const SHOWN_QUESTIONS = 5;

export interface QuestionsOptions {
  readonly lang: Lang;
  readonly fields: ReadonlyMap<string, FieldSpec>;
  readonly zone: () => string;
  /** An answer: the fact and its value. */
  readonly onAnswer: (fact: string, value: unknown) => void;
  /** Go to a fact's field in the form (for a question without an inline control). */
  readonly onGoTo: (fact: string) => void;
}

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

function questionItem(options: QuestionsOptions, q: Question): HTMLElement {
  const { lang } = options;
  const field = options.fields.get(q.fact);
  const id = uid('answer');
  const metaId = uid('qmeta');
  const error = h('p', { class: 'field-error', id: uid('qerror'), hidden: true });
  const meta = h(
    'p',
    { class: 'question-meta', id: metaId },
    h('span', { class: `kind kind-${q.kind}` }, term.questionKind(lang, q.kind, q.party)),
    ' · ',
    h('code', {}, q.fact),
    h('br'),
    couldChangeText(lang, q),
  );
  const head = (labelFor?: string) =>
    labelFor === undefined
      ? h('p', { class: 'question-text' }, q.question[lang])
      : h('label', { class: 'question-text', for: labelFor }, q.question[lang]);

  if (field === undefined) {
    const go = h('button', { type: 'button', class: 'small', 'aria-describedby': metaId }, t(lang, 'fillInForm'));
    go.addEventListener('click', () => options.onGoTo(q.fact));
    return h('li', { class: 'question', 'data-fact': q.fact }, head(), meta, h('div', { class: 'answer-row' }, go));
  }

  const control = createControl(lang, field, id, 'answer');
  control.setAttribute('aria-describedby', metaId);
  const form = h('form', { class: 'answer', novalidate: true });
  const submit = () => {
    if (badInput(control)) return showError(t(lang, 'numberInvalid'));
    const parsed = parseInput(field.kind, control.value, options.zone());
    if (!parsed.ok) return showError(t(lang, parsed.problem === 'time' ? 'timeInvalid' : 'numberInvalid'));
    if (parsed.value === undefined) return;
    options.onAnswer(q.fact, parsed.value);
  };
  const showError = (message: string) => {
    error.textContent = message;
    error.hidden = false;
    control.setAttribute('aria-invalid', 'true');
    control.setAttribute('aria-describedby', `${metaId} ${error.id}`);
  };
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    submit();
  });
  const onChange = answersOnChange(field);
  if (onChange) control.addEventListener('change', submit);
  form.append(
    head(id),
    meta,
    h(
      'div',
      { class: 'answer-row' },
      control,
      onChange ? null : h('button', { type: 'submit', class: 'small' }, t(lang, 'answer')),
    ),
    error,
  );
  return h('li', { class: 'question', 'data-fact': q.fact }, form);
}

/**
 * The open questions, the first `SHOWN_QUESTIONS` in view and the rest behind "more questions".
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
    'section',
    { class: 'panel questions', 'aria-labelledby': 'questions-heading' },
    h('h2', { id: 'questions-heading' }, t(lang, 'questions')),
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
