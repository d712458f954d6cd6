/// <reference lib="dom" />
// The case form: the complaint first (platform, claim type, case id, judgement time), then the
// facts the rules for that complaint read in the order of the story, every other fact under "more
// facts". One labelled control per fact; a fact not given yet says in one line what that means.
// Typing commits on every keystroke that reads as a value, so nothing typed waits for a blur.
import type { Issue } from '../browser.js';
import { getFact, parseInput, toInput } from './case-edit.js';
import { badInput, createControl, type Control } from './controls.js';
import { h, uid } from './dom.js';
import type { FieldSpec } from './fields.js';
import { valueMeaning } from './field-labels.js';
import { absentText, fieldLabel, fieldMeaning, groupLabel, t, type Lang } from './i18n.js';
import { layoutFor, type FieldGroup } from './story.js';
import { nowWall } from './zoned-time.js';

/** Controls that are selects: they commit on change (text and numbers commit as they are typed). */
const SELECTS: ReadonlySet<FieldSpec['kind']> = new Set(['enum', 'boolean', 'section']);

export interface FormOptions {
  readonly lang: Lang;
  readonly fields: readonly FieldSpec[];
  /** The facts the rules of the chosen complaint read; undefined while it is not chosen. */
  readonly relevant: ReadonlySet<string> | undefined;
  /** The time zone date-times are read in: the platform's, as the case now says. */
  readonly zone: () => string;
  /** A field changed to a value (undefined: the fact left out). */
  readonly onEdit: (fact: string, value: unknown) => void;
}

export interface FormView {
  readonly element: HTMLElement;
  /** Shows a case's values; a value a control cannot show is said so under it. */
  fill(c: unknown): void;
  /** Shows each issue under the field at its path (or the nearest section's); clears the others. */
  markIssues(issues: readonly Issue[]): void;
  /** Opens "more facts" if the field is there and focuses it; false when no field has this fact. */
  focus(fact: string): boolean;
}

interface FieldView {
  readonly spec: FieldSpec;
  readonly control: Control;
  readonly absent: HTMLElement | undefined;
  readonly note: HTMLElement | undefined;
  readonly error: HTMLElement;
  readonly describedBy: string;
  readonly more: HTMLDetailsElement | undefined;
}

/** The field an issue path belongs to: the field itself, or the nearest one above it. */
export function fieldForPath(facts: ReadonlySet<string>, path: string): string | undefined {
  for (let p = path; p !== '';) {
    if (facts.has(p)) return p;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut < 0 ? '' : p.slice(0, cut);
  }
  return undefined;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Builds the form for `options.fields` in `options.lang`.
 *
 * @example
 * const form = buildForm({ lang: 'zh', fields: deskFields(), relevant: undefined, zone: () => 'Asia/Shanghai', onEdit });
 */
export function buildForm(options: FormOptions): FormView {
  const { lang, fields } = options;
  const views = new Map<string, FieldView>();
  const layout = layoutFor(fields, options.relevant);

  const setError = (view: FieldView, message: string | undefined) => {
    view.error.textContent = message ?? '';
    view.error.hidden = message === undefined;
    view.control.setAttribute(
      'aria-describedby',
      message === undefined ? view.describedBy : `${view.describedBy} ${view.error.id}`,
    );
    if (message === undefined) view.control.removeAttribute('aria-invalid');
    else view.control.setAttribute('aria-invalid', 'true');
  };

  /** `typing`: an input event; text that does not read as a value yet waits, without an error. */
  const commit = (view: FieldView, typing: boolean) => {
    const raw = view.control.value;
    if (badInput(view.control)) return typing ? undefined : setError(view, t(lang, 'numberInvalid'));
    const parsed = parseInput(view.spec.kind, raw, options.zone());
    if (!parsed.ok)
      return typing ? undefined : setError(view, t(lang, parsed.problem === 'time' ? 'timeInvalid' : 'numberInvalid'));
    setError(view, undefined);
    options.onEdit(view.spec.fact, parsed.value);
  };

  /** The claim type's description under its select, for the type chosen. */
  const describeValue = (view: FieldView) => {
    if (!view.note) return;
    const value = view.control.value;
    const meaning = value === '' ? undefined : valueMeaning(view.spec.values ?? [], value, lang);
    view.note.textContent = meaning ?? '';
    view.note.hidden = meaning === undefined;
  };

  const fieldElement = (spec: FieldSpec, more: HTMLDetailsElement | undefined): HTMLElement => {
    const id = `f-${spec.fact.replace(/\./g, '-')}`;
    const control = createControl(lang, spec, id, 'form');
    const absentId = uid('absent');
    const noteId = uid('note');
    const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
    const gap = lang === 'zh' ? '' : ' ';
    const zoneNote = spec.kind === 'timestamp' ? t(lang, 'zone', { zone: options.zone() }) : '';
    const yuanNote = spec.kind === 'money' ? t(lang, 'yuan') : '';
    const absent = spec.required ? undefined : h('p', { class: 'absent', id: absentId }, absentText(lang, spec));
    const note = spec.fact === 'claim.type' ? h('p', { class: 'value-meaning', id: noteId, hidden: true }) : undefined;
    const unit = zoneNote || yuanNote ? h('p', { class: 'meaning', id: uid('unit') }, zoneNote, yuanNote) : undefined;
    const describedBy = [absent?.id, note?.id, unit?.id].filter((x) => x !== undefined).join(' ');
    if (describedBy !== '') control.setAttribute('aria-describedby', describedBy);
    if (spec.required) control.setAttribute('aria-required', 'true');
    const view: FieldView = { spec, control, absent, note, error, describedBy, more };
    views.set(spec.fact, view);
    if (!SELECTS.has(spec.kind)) control.addEventListener('input', () => commit(view, true));
    control.addEventListener('change', () => {
      describeValue(view);
      commit(view, false);
    });
    const now =
      spec.fact === 'asOf'
        ? h(
            'button',
            { type: 'button', class: 'small', 'aria-label': t(lang, 'nowFor', { field: fieldLabel(lang, spec.fact) }) },
            t(lang, 'now'),
          )
        : undefined;
    now?.addEventListener('click', () => {
      control.value = nowWall(options.zone(), Date.now());
      commit(view, false);
    });
    return h(
      'div',
      { class: `field field-${spec.kind}`, 'data-fact': spec.fact },
      h(
        'label',
        { for: id, title: fieldMeaning(lang, spec) },
        fieldLabel(lang, spec.fact),
        spec.required ? h('span', { class: 'req' }, ` · ${t(lang, 'required')}`) : null,
      ),
      h('div', { class: 'control-row' }, control, now),
      note,
      unit,
      absent,
      error,
    );
  };

  const fieldset = (title: string, members: readonly FieldSpec[], more?: HTMLDetailsElement, cls = 'group') => {
    const legendId = uid('legend');
    return h(
      'section',
      { class: cls, 'aria-labelledby': legendId },
      h(more ? 'h4' : 'h3', { class: 'group-name', id: legendId }, title),
      h(
        'fieldset',
        { 'aria-labelledby': legendId },
        members.map((f) => fieldElement(f, more)),
      ),
    );
  };
  const groups = (list: readonly FieldGroup[], more?: HTMLDetailsElement) =>
    list.map((g) => fieldset(groupLabel(lang, g.group), g.fields, more));

  const moreCount = layout.more.reduce((n, g) => n + g.fields.length, 0);
  const more = h('details', { class: 'more-facts' });
  const moreFilled = h('span', { class: 'count' });
  more.append(
    h('summary', {}, t(lang, 'moreFacts', { n: moreCount }), moreFilled),
    h('p', { class: 'help' }, t(lang, 'moreFactsHelp')),
    ...groups(layout.more, more),
  );

  const element = h(
    'form',
    { class: 'case-form', novalidate: true, 'aria-labelledby': 'form-heading' },
    h('h2', { id: 'form-heading', tabindex: -1 }, t(lang, 'form')),
    h('p', { class: 'help' }, t(lang, 'complaintHelp')),
    fieldset(t(lang, 'complaint'), layout.complaint, undefined, 'group complaint'),
    groups(layout.story),
    options.relevant === undefined ? h('p', { class: 'help story-wait' }, t(lang, 'chooseComplaintFirst')) : null,
    more,
  );
  element.addEventListener('submit', (e) => e.preventDefault());

  const fill = (c: unknown) => {
    const zone = options.zone();
    let inMore = 0;
    for (const view of views.values()) {
      const value = getFact(c, view.spec.fact);
      // The control being typed in keeps its text while it says the same value ("12." is 12).
      const typing = document.activeElement === view.control;
      const current = parseInput(view.spec.kind, view.control.value, zone);
      if (!(typing && current.ok && same(current.value, value))) {
        const text = toInput(view.spec.kind, value, zone);
        view.control.value = text;
        // A control that refuses the text (an enum value it has no choice for) holds ''.
        const shown = text === '' ? value === undefined : view.control.value !== '';
        setError(view, shown ? undefined : t(lang, 'unshowable', { value: JSON.stringify(value) }));
      }
      if (view.absent) view.absent.hidden = value !== undefined;
      describeValue(view);
      if (view.more && value !== undefined) inMore++;
    }
    moreFilled.textContent = inMore > 0 ? ` · ${t(lang, 'filled', { n: inMore })}` : '';
    if (inMore > 0) more.open = true;
  };

  const facts = new Set(views.keys());
  const markIssues = (issues: readonly Issue[]) => {
    const byField = new Map<string, string[]>();
    for (const issue of issues) {
      const fact = fieldForPath(facts, issue.path);
      if (fact !== undefined) byField.set(fact, [...(byField.get(fact) ?? []), issue.message]);
    }
    for (const [fact, view] of views) setError(view, byField.get(fact)?.join(' · '));
  };

  const focus = (fact: string) => {
    const key = fieldForPath(facts, fact);
    const view = key === undefined ? undefined : views.get(key);
    if (!view) return false;
    if (view.more) view.more.open = true;
    view.control.focus();
    view.control.scrollIntoView({ block: 'center' });
    return true;
  };

  return { element, fill, markIssues, focus };
}
