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

/**
 * The facts whose controls answer a question asking for `facts`, in order, or undefined when one
 * of them has no control (the page then sends the agent to the form).
 *
 * @example
 * answerFacts(['claim.requestedRemedy', 'shipment'], fields);
 * // ['claim.requestedRemedy', 'shipment.carrierScanned', 'shipment.firstCarrierScanAt', 'shipment.status', 'shipment.deliveredAt']
 */
export function answerFacts(
  facts: readonly string[],
  fields: ReadonlyMap<string, FieldSpec>,
): readonly FieldSpec[] | undefined {
  const out: FieldSpec[] = [];
  for (const fact of facts) {
    const field = fields.get(fact);
    const parts = field?.kind === 'section' ? OBJECT_PARTS[fact] : undefined;
    for (const f of parts ?? [fact]) {
      const spec = fields.get(f);
      if (spec === undefined) return undefined;
      out.push(spec);
    }
  }
  return out;
}
