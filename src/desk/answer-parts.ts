// The facts an open question is answered with, one control each: every fact of a grouped
// question, and for an absent object asked once (`shipment`) the few of its fields an agent reads
// off the record, never the object as a whole. Pure: no DOM.
import type { FieldSpec } from './fields.js';

/**
 * What an agent reads off the record for an absent object: for the shipment, whether the carrier
 * has the parcel at all, its first scan, where it is now and when it was signed for. Any carrier
 * event implies the scan (the library's `implied()`), so "shipped?" needs no answer beside a date.
 */
export const OBJECT_PARTS: Readonly<Record<string, readonly string[]>> = {
  shipment: ['shipment.carrierScanned', 'shipment.firstCarrierScanAt', 'shipment.status', 'shipment.deliveredAt'],
};

/** One fact a question asks for, and the fields that answer it (its own, or an object's few). */
export interface AnswerGroup {
  readonly fact: string;
  readonly parts: readonly FieldSpec[];
  /** An absent object answered by its fields. */
  readonly object: boolean;
}

/**
 * The fields that answer a question asking for `facts`, fact by fact, or undefined when one of them
 * has no control (the page then sends the agent to the form).
 *
 * @example
 * answerGroups(['claim.requestedRemedy', 'shipment'], fields)?.map((g) => g.parts.length); // [1, 4]
 */
export function answerGroups(
  facts: readonly string[],
  fields: ReadonlyMap<string, FieldSpec>,
): readonly AnswerGroup[] | undefined {
  const out: AnswerGroup[] = [];
  // Each field once, should a question name an object and one of its fields.
  const seen = new Set(facts);
  for (const fact of facts) {
    const field = fields.get(fact);
    const object = field?.kind === 'section' ? OBJECT_PARTS[fact] : undefined;
    const parts: FieldSpec[] = [];
    for (const f of object ?? [fact]) {
      const spec = fields.get(f);
      if (spec === undefined) return undefined;
      if (object !== undefined && seen.has(f)) continue;
      seen.add(f);
      parts.push(spec);
    }
    if (parts.length > 0) out.push({ fact, parts, object: object !== undefined });
  }
  return out;
}

/**
 * The fields whose controls answer a question asking for `facts`, in order (see `answerGroups`).
 *
 * @example
 * answerFacts(['claim.requestedRemedy', 'shipment'], fields)?.map((f) => f.fact);
 * // ['claim.requestedRemedy', 'shipment.carrierScanned', 'shipment.firstCarrierScanAt', 'shipment.status', 'shipment.deliveredAt']
 */
export function answerFacts(
  facts: readonly string[],
  fields: ReadonlyMap<string, FieldSpec>,
): readonly FieldSpec[] | undefined {
  return answerGroups(facts, fields)?.flatMap((g) => g.parts);
}
