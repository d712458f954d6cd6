/// <reference lib="dom" />
// The case form: one fieldset per group (order, shipment, claim, …), one labelled control per case
// fact, its meaning and what leaving it out means tied to it with aria-describedby.
import type { Issue } from '../browser.js';
import { getFact, parseInput, toInput } from './case-edit.js';
import { badInput, createControl, type Control } from './controls.js';
import { h, uid } from './dom.js';
import { GROUPS, type FieldSpec, type GroupId } from './fields.js';
import { absentText, fieldLabel, fieldMeaning, groupLabel, t, type Lang } from './i18n.js';
import { nowWall } from './zoned-time.js';

/** Controls that are selects: their empty choice says what leaving the fact out means. */
const SELECTS: ReadonlySet<FieldSpec['kind']> = new Set(['enum', 'boolean', 'section']);

/** Groups open from the start: every case has them. */
const ALWAYS_OPEN: ReadonlySet<GroupId> = new Set(['case', 'order', 'claim']);

export interface FormOptions {
  readonly lang: Lang;
  readonly fields: readonly FieldSpec[];
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
  /** Opens the field's group and focuses it; false when no field has this fact. */
  focus(fact: string): boolean;
}

interface FieldView {
  readonly spec: FieldSpec;
  readonly control: Control;
  readonly error: HTMLElement;
  readonly describedBy: string;
  readonly group: HTMLDetailsElement;
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

/**
 * Builds the form for `options.fields` in `options.lang`.
 *
 * @example
 * const form = buildForm({ lang: 'zh', fields: deskFields(), zone: () => 'Asia/Shanghai', onEdit });
 */
export function buildForm(options: FormOptions): FormView {
  const { lang, fields } = options;
  const views = new Map<string, FieldView>();
  const counts = new Map<GroupId, HTMLElement>();

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

  const onChange = (view: FieldView) => {
    const raw = view.control.value;
    if (badInput(view.control)) return setError(view, t(lang, 'numberInvalid'));
    const parsed = parseInput(view.spec.kind, raw, options.zone());
    if (!parsed.ok) return setError(view, t(lang, parsed.problem === 'time' ? 'timeInvalid' : 'numberInvalid'));
    setError(view, undefined);
    options.onEdit(view.spec.fact, parsed.value);
  };

  const fieldElement = (spec: FieldSpec, group: HTMLDetailsElement): HTMLElement => {
    const id = `f-${spec.fact.replace(/\./g, '-')}`;
    const control = createControl(lang, spec, id, 'form');
    const meaningId = uid('meaning');
    const absentId = uid('absent');
    const error = h('p', { class: 'field-error', id: uid('error'), hidden: true });
    const gap = lang === 'zh' ? '' : ' ';
    const zoneNote = spec.kind === 'timestamp' ? `${gap}${t(lang, 'zone', { zone: options.zone() })}` : '';
    const yuanNote = spec.kind === 'money' ? `${gap}${t(lang, 'yuan')}` : '';
    const describedBy = spec.required || SELECTS.has(spec.kind) ? meaningId : `${meaningId} ${absentId}`;
    control.setAttribute('aria-describedby', describedBy);
    if (spec.required) control.setAttribute('aria-required', 'true');
    const view: FieldView = { spec, control, error, describedBy, group };
    views.set(spec.fact, view);
    control.addEventListener('change', () => onChange(view));
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
      onChange(view);
    });
    return h(
      'div',
      { class: `field field-${spec.kind}`, 'data-fact': spec.fact },
      h(
        'label',
        { for: id },
        fieldLabel(lang, spec.fact),
        spec.required ? h('span', { class: 'req' }, ` · ${t(lang, 'required')}`) : null,
      ),
      h('div', { class: 'control-row' }, control, now),
      h('p', { class: 'meaning', id: meaningId }, fieldMeaning(lang, spec), zoneNote, yuanNote),
      // What leaving it out means. A select says it in its empty choice too (shorter), so here
      // it is for the eye only, not read out twice.
      spec.required
        ? null
        : h(
            'p',
            { class: 'absent', id: absentId, 'aria-hidden': SELECTS.has(spec.kind) ? 'true' : undefined },
            absentText(lang, spec),
          ),
      error,
    );
  };

  const groups = GROUPS.map((group) => {
    const members = fields.filter((f) => f.group === group);
    const count = h('span', { class: 'count' });
    counts.set(group, count);
    const details = h('details', { class: 'group', 'data-group': group, open: ALWAYS_OPEN.has(group) });
    const legendId = uid('legend');
    details.append(
      h('summary', {}, h('span', { class: 'group-name', id: legendId }, groupLabel(lang, group)), count),
      h(
        'fieldset',
        { 'aria-labelledby': legendId },
        members.map((f) => fieldElement(f, details)),
      ),
    );
    return details;
  });

  const element = h(
    'form',
    { class: 'case-form', novalidate: true, 'aria-labelledby': 'form-heading' },
    h('h2', { id: 'form-heading', tabindex: -1 }, t(lang, 'form')),
    h('p', { class: 'help' }, t(lang, 'formHelp')),
    groups,
  );
  element.addEventListener('submit', (e) => e.preventDefault());

  const fill = (c: unknown) => {
    const zone = options.zone();
    const filled = new Map<GroupId, number>();
    for (const view of views.values()) {
      const value = getFact(c, view.spec.fact);
      const text = toInput(view.spec.kind, value, zone);
      view.control.value = text;
      // A control that refuses the text (an enum value it has no choice for) holds ''.
      const shown = text === '' ? value === undefined : view.control.value !== '';
      setError(view, shown ? undefined : t(lang, 'unshowable', { value: JSON.stringify(value) }));
      if (value !== undefined) filled.set(view.spec.group, (filled.get(view.spec.group) ?? 0) + 1);
    }
    for (const [group, count] of counts) {
      const n = filled.get(group) ?? 0;
      count.textContent = n > 0 ? ` · ${t(lang, 'filled', { n })}` : '';
      const details = count.closest('details');
      if (details && n > 0) details.open = true;
    }
  };

  const facts = new Set(views.keys());
  const markIssues = (issues: readonly Issue[]) => {
    const byField = new Map<string, string[]>();
    for (const issue of issues) {
      const fact = fieldForPath(facts, issue.path);
      if (fact !== undefined) byField.set(fact, [...(byField.get(fact) ?? []), issue.message]);
    }
    for (const [fact, view] of views) {
      const messages = byField.get(fact);
      setError(view, messages?.join(' · '));
    }
  };

  const focus = (fact: string) => {
    const key = fieldForPath(facts, fact);
    const view = key === undefined ? undefined : views.get(key);
    if (!view) return false;
    view.group.open = true;
    view.control.focus();
    view.control.scrollIntoView({ block: 'center' });
    return true;
  };

  return { element, fill, markIssues, focus };
}
