// Where each field of the desk form goes: the complaint first (platform, claim type, case id,
// judgement time), then the facts the rules for that complaint read, in the order of the story
// (order, shipment, what the buyer says, evidence, the item, the return, promises, the shop's
// policy), and every other fact under "more facts". Pure: no DOM.
import type { FieldSpec, GroupId } from './fields.js';

/** The complaint's fields, in the order the agent knows them. */
export const COMPLAINT: readonly string[] = ['platform', 'claim.type', 'caseId', 'asOf'];

/** The story's groups, in the order an agent hears it. */
export const STORY: readonly GroupId[] = [
  'order',
  'shipment',
  'claim',
  'evidence',
  'item',
  'returnShipment',
  'promises',
  'shopPolicy',
];

export interface FieldGroup {
  readonly group: GroupId;
  readonly fields: readonly FieldSpec[];
}

export interface Layout {
  readonly complaint: readonly FieldSpec[];
  /** The facts this complaint needs (the required ones, and those its rules read). */
  readonly story: readonly FieldGroup[];
  /** Every other fact, by group. */
  readonly more: readonly FieldGroup[];
}

const byGroup = (fields: readonly FieldSpec[]): FieldGroup[] =>
  [...STORY, 'case' as const]
    .map((group) => ({ group, fields: fields.filter((f) => f.group === group) }))
    .filter((g) => g.fields.length > 0);

/**
 * The form's layout for the facts the rules of the chosen complaint read (`relevant`; undefined
 * while platform or claim type is not chosen: then the story holds the required facts only). A
 * section's own control (is there a shipment at all) is always under "more facts": giving any of
 * its fields makes the section.
 *
 * @example
 * layoutFor(deskFields(), new Set(factsFor('taobao', 'late_shipment'))).story[0].group; // 'order'
 */
export function layoutFor(fields: readonly FieldSpec[], relevant: ReadonlySet<string> | undefined): Layout {
  const complaint = COMPLAINT.map((fact) => fields.find((f) => f.fact === fact)).filter(
    (f): f is FieldSpec => f !== undefined,
  );
  const rest = fields.filter((f) => !COMPLAINT.includes(f.fact));
  const inStory = (f: FieldSpec) => f.kind !== 'section' && (f.required || relevant?.has(f.fact) === true);
  return { complaint, story: byGroup(rest.filter(inStory)), more: byGroup(rest.filter((f) => !inStory(f))) };
}
