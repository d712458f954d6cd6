/// <reference lib="dom" />
// The desk form's fields, generated from the fact catalogue: every case fact with the control it
// needs, its meaning and what leaving it out means (its burden of proof). Pure: no DOM.
import { FACTS, describeFact } from '../browser.js';
import type { FactDescription } from '../browser.js';

/** The form's groups, in the order the page shows them. */
export const GROUPS = [
  'case',
  'order',
  'shipment',
  'claim',
  'evidence',
  'item',
  'promises',
  'returnShipment',
  'shopPolicy',
] as const;
export type GroupId = (typeof GROUPS)[number];

/**
 * The control a fact needs: `timestamp` a date-time in the platform's zone, `money` yuan with fen,
 * `whole` a whole number, `enum` a select, `boolean` yes / no / not given, `text` free text,
 * `section` whether an optional part of the case is there at all (its absence means something:
 * no `shipment` is a shipment the seller has not shown).
 */
export type ControlKind = 'text' | 'enum' | 'boolean' | 'timestamp' | 'money' | 'whole' | 'number' | 'section';

/** One field of the form. */
export interface FieldSpec {
  readonly fact: string;
  readonly group: GroupId;
  readonly kind: ControlKind;
  readonly values?: readonly string[];
  readonly required: boolean;
  readonly defaultValue?: unknown;
  /** What leaving it out means (absent for required and defaulted fields). */
  readonly whenAbsent?: FactDescription['whenAbsent'];
  readonly question?: { readonly zh: string; readonly en: string };
  /** The catalogue's meaning (English). */
  readonly meaning: string;
  readonly min?: number;
  readonly max?: number;
}

function kindOf(d: FactDescription): ControlKind {
  switch (d.type) {
    case 'timestamp':
      return 'timestamp';
    case 'boolean':
      return 'boolean';
    case 'enum':
      return 'enum';
    case 'object':
      return 'section';
    case 'number':
      return d.money ? 'money' : d.answerSchema?.type === 'integer' ? 'whole' : 'number';
    default:
      return 'text';
  }
}

function groupOf(fact: string): GroupId | undefined {
  const dot = fact.indexOf('.');
  if (dot < 0) return (GROUPS as readonly string[]).includes(fact) ? (fact as GroupId) : 'case';
  const head = fact.slice(0, dot);
  return (GROUPS as readonly string[]).includes(head) ? (head as GroupId) : undefined;
}

/**
 * Every case fact the form asks for, in catalogue order: leaves of the case, plus the optional
 * sections whose absence has a meaning of its own (`shipment`). Sections that are always there
 * (`order`, `claim`) or whose absence means nothing beyond their fields' (`evidence`, …) get no
 * control of their own.
 *
 * @example
 * deskFields().find((f) => f.fact === 'order.paidAt')?.kind; // 'timestamp'
 */
export function deskFields(): FieldSpec[] {
  const out: FieldSpec[] = [];
  for (const f of FACTS.values()) {
    if (f.origin !== 'case') continue;
    const d = describeFact(f.name);
    const group = groupOf(f.name);
    if (d === undefined || group === undefined) continue;
    const kind = kindOf(d);
    if (kind === 'section' && (d.required || d.question === undefined)) continue;
    const schema = d.answerSchema ?? {};
    out.push({
      fact: d.fact,
      group,
      kind,
      ...(d.values !== undefined ? { values: d.values } : {}),
      required: d.required === true && d.defaultValue === undefined,
      ...(d.defaultValue !== undefined ? { defaultValue: d.defaultValue } : {}),
      ...(d.whenAbsent !== undefined ? { whenAbsent: d.whenAbsent } : {}),
      ...(d.question !== undefined ? { question: d.question } : {}),
      meaning: d.meaning,
      ...(typeof schema.minimum === 'number' ? { min: schema.minimum } : {}),
      ...(typeof schema.maximum === 'number' ? { max: schema.maximum } : {}),
    });
  }
  return out;
}

/**
 * Sections of the case that stay when their last field is cleared: the required ones and those
 * with a control of their own (`shipment`), which only that control removes.
 */
export function keptSections(fields: readonly FieldSpec[]): ReadonlySet<string> {
  const kept = new Set(fields.filter((f) => f.kind === 'section').map((f) => f.fact));
  for (const f of FACTS.values()) if (f.origin === 'case' && f.type === 'object' && f.required) kept.add(f.name);
  return kept;
}
