// An open question's controls: one per fact of a grouped question; an absent object (the
// shipment, asked once) by the few of its fields an agent reads off the record.
import { describe, expect, it } from 'vitest';
import { answerFacts, answerGroups, OBJECT_PARTS } from '../../src/desk/answer-parts.js';
import { deskFields } from '../../src/desk/fields.js';

const fields = new Map(deskFields().map((f) => [f.fact, f]));
const facts = (asked: string[]) => answerFacts(asked, fields)?.map((f) => f.fact);

describe('the controls that answer a question', () => {
  it('are the fact’s own for one fact, one per fact for a group', () => {
    expect(facts(['item.defect'])).toEqual(['item.defect']);
    expect(facts(['claim.refundRequestedAt', 'shipment.status'])).toEqual([
      'claim.refundRequestedAt',
      'shipment.status',
    ]);
  });

  it('are, for the shipment, whether it was scanned, its first scan, where it is and when it was signed for', () => {
    expect(facts(['shipment'])).toEqual([
      'shipment.carrierScanned',
      'shipment.firstCarrierScanAt',
      'shipment.status',
      'shipment.deliveredAt',
    ]);
    expect(facts(['claim.priorAgreement', 'claim.requestedRemedy', 'shipment'])).toEqual([
      'claim.priorAgreement',
      'claim.requestedRemedy',
      ...OBJECT_PARTS.shipment!,
    ]);
    expect(answerGroups(['claim.requestedRemedy', 'shipment'], fields)?.map((g) => [g.fact, g.object])).toEqual([
      ['claim.requestedRemedy', false],
      ['shipment', true],
    ]);
    // A field asked beside its object has one control.
    expect(facts(['shipment.status', 'shipment'])).toEqual([
      'shipment.status',
      'shipment.carrierScanned',
      'shipment.firstCarrierScanAt',
      'shipment.deliveredAt',
    ]);
    // Every part is a field of the form, never the object itself.
    for (const parts of Object.values(OBJECT_PARTS))
      for (const p of parts) expect(fields.get(p)?.kind, p).not.toBe('section');
  });

  it('are none for a fact the form has no field for: the page sends the agent to the form', () => {
    expect(answerFacts(['hoursToShip'], fields)).toBeUndefined();
  });
});
