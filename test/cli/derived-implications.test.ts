import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DERIVED_REQUIRES } from '../../src/lint/condition-space.js';
import { deriveFacts } from '../../src/facts/derive-facts.js';
import { CaseSchema } from '../../src/schema/case.js';

// lint trusts DERIVED_REQUIRES to prove rules disjoint; a wrong entry would hide a real conflict.
const full = {
  ...JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'cases', 'late-shipment.json'), 'utf8')),
};
full.order = {
  ...full.order,
  agreedShipBy: '2015-04-17T10:00:00+08:00',
  presaleShipBy: '2015-04-20T10:00:00+08:00',
  buyerUnreachableSince: '2015-04-16T10:00:00+08:00',
};
full.shipment = {
  ...full.shipment,
  trackingCorrectedAt: '2015-04-16T10:00:00+08:00',
  reshippedAt: '2015-04-19T10:00:00+08:00',
  lastTrackingUpdateAt: '2015-04-19T11:00:00+08:00',
  deliveredAt: '2015-04-19T15:00:00+08:00',
};
full.shopPolicy = { afterSalePeriodDays: 30, returnFreightCap: 12 };
full.claim = { ...full.claim, refundRequestedAt: '2015-04-15T12:00:00+08:00' };
full.returnShipment = { ...full.returnShipment, receivedAt: '2015-04-19T18:00:00+08:00' };

const without = (path: string) => {
  const c = structuredClone(full);
  const [head, key] = path.split('.') as [string, string];
  delete c[head][key];
  return c;
};
const derive = (c: unknown) =>
  deriveFacts(CaseSchema.parse(c), {
    timeZone: 'Asia/Shanghai',
    returnWindowDays: 7,
  });

describe('the derived-fact implications lint relies on', () => {
  const cases = Object.entries(DERIVED_REQUIRES).flatMap(([fact, inputs]) =>
    inputs.map((input) => [fact, input] as const),
  );
  it.each(cases)('%s is known with %s given, and unknown without it', (fact, input) => {
    expect(derive(full)[fact]).not.toBeUndefined();
    expect(derive(without(input))[fact]).toBeUndefined();
  });
});

describe('what lint assumes when shipped is false', () => {
  const base = { ...full, shipment: undefined as unknown };
  const notShipped: [string, unknown][] = [
    ['no shipment', undefined],
    ['a carrier with no scan', { carrierScanned: false }],
    ['clicked ship, no scan', { markedShippedAt: '2015-04-16T10:00:00+08:00', carrierScanned: false }],
    [
      'a waybill later than the click, no scan',
      { markedShippedAt: '2015-04-16T10:00:00+08:00', waybillAt: '2015-04-17T10:00:00+08:00', carrierScanned: false },
    ],
    [
      'a waybill at asOf, no scan',
      { waybillAt: full.asOf as string, markedShippedAt: full.asOf as string, carrierScanned: false },
    ],
  ];
  it.each(notShipped)('%s: no first scan, hoursToShip = hoursSincePaid ≥ hoursToShipPlatform', (_, shipment) => {
    const c = structuredClone({ ...base, shipment });
    if (shipment === undefined) delete c.shipment;
    const f = derive(c);
    expect(f.shipped).toBe(false);
    expect(f['shipment.firstCarrierScanAt']).toBeUndefined();
    expect(f['shipment.carrierScanned']).not.toBe(true);
    expect(f.hoursToShip).toBe(f.hoursSincePaid);
    expect(f.hoursToShipPlatform as number).toBeLessThanOrEqual(f.hoursSincePaid as number);
  });
});
