/// <reference lib="dom" />
// The control for one fact, shared by the form and the open questions: a date-time input for a
// timestamp, a select for an enum, yes / no / not given for a boolean, a number for yuan.
import { h } from './dom.js';
import type { FieldSpec } from './fields.js';
import { valueMeaning } from './field-labels.js';
import { t, valueLabel, type Lang } from './i18n.js';

export type Control = HTMLInputElement | HTMLSelectElement;

/**
 * `form`: the empty choice says the fact is not given yet (the line under the field says what
 * that means); `answer`: an open question's control, whose empty choice is only a prompt.
 */
export type ControlUse = 'form' | 'answer';

function select(
  id: string,
  empty: string,
  options: readonly (readonly [string, string, (string | undefined)?])[],
): HTMLSelectElement {
  return h(
    'select',
    { id, name: id },
    h('option', { value: '' }, empty),
    options.map(([value, text, title]) => h('option', title ? { value, title } : { value }, text)),
  );
}

/**
 * The control of a field, with `id`; its value is the text `parseInput` reads.
 *
 * @example
 * createControl('zh', field, 'f-order-paidAt', 'form');
 */
export function createControl(lang: Lang, field: FieldSpec, id: string, use: ControlUse): Control {
  const empty =
    use === 'answer' ? t(lang, 'chooseAnswer') : field.required ? t(lang, 'choose') : t(lang, 'notGivenChoice');
  switch (field.kind) {
    case 'enum':
      return select(
        id,
        empty,
        (field.values ?? []).map(
          (v) => [v, valueLabel(lang, field, v), valueMeaning(field.values ?? [], v, lang)] as const,
        ),
      );
    case 'boolean':
      return select(id, empty, [
        ['true', valueLabel(lang, field, true)],
        ['false', valueLabel(lang, field, false)],
      ]);
    case 'section':
      return select(id, empty, [['present', t(lang, 'sectionPresent')]]);
    case 'timestamp':
      return h('input', { id, name: id, type: 'datetime-local', step: 1 });
    case 'money':
      return h('input', { id, name: id, type: 'number', min: 0, step: 0.01, inputmode: 'decimal' });
    case 'whole':
    case 'number':
      return h('input', {
        id,
        name: id,
        type: 'number',
        step: field.kind === 'whole' ? 1 : 'any',
        min: field.min,
        max: field.max,
        inputmode: field.kind === 'whole' ? 'numeric' : 'decimal',
      });
    default:
      return h('input', { id, name: id, type: 'text', autocomplete: 'off', spellcheck: 'false', maxlength: 128 });
  }
}

/** Whether a control's text cannot be read at all (a number input holding "1e"). */
export const badInput = (control: Control): boolean => control instanceof HTMLInputElement && control.validity.badInput;

/** Whether a control answers on change (a select) or needs a confirming button (a date, a number). */
export const answersOnChange = (field: FieldSpec): boolean =>
  field.kind === 'enum' || field.kind === 'boolean' || field.kind === 'section';
