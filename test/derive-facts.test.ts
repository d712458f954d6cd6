import { describe, expect, it } from 'vitest';
import { deriveFacts, notShownIn } from '../src/facts/derive-facts.js';
import { CaseSchema } from '../src/schema/case.js';

const settings = { timeZone: 'Asia/Shanghai', returnWindowDays: 7 };
const facts = (patch: Record<string, unknown>) =>
  deriveFacts(
    CaseSchema.parse({
      caseId: 'D',
      platform: 'taobao',
      asOf: '2024-04-25T09:00:00+08:00',
      order: { paidAt: '2024-04-15T10:00:00+08:00', amount: 1 },
      claim: { type: 'late_shipment', openedAt: '2024-04-19T10:00:00+08:00' },
      ...patch,
    }),
    settings,
  );

describe('hours to ship: the carrier scan, never the click', () => {
  it.each([
    { scan: '2024-04-18T09:59:00+08:00', hours: 71 + 59 / 60 },
    { scan: '2024-04-18T10:00:00+08:00', hours: 72 },
    { scan: '2024-04-18T10:01:00+08:00', hours: 72 + 1 / 60 },
    { scan: '2024-04-18T02:01:00Z', hours: 72 + 1 / 60 }, // same instant, other offset
  ])('scan at $scan → $hours h', ({ scan, hours }) => {
    const f = facts({ shipment: { markedShippedAt: '2024-04-15T11:00:00+08:00', firstCarrierScanAt: scan } });
    expect(f.hoursToShip).toBeCloseTo(hours, 9);
    expect(f.shipped).toBe(true);
  });

  it('measures to asOf when nothing shipped', () => {
    expect(facts({}).hoursToShip).toBe(239);
    expect(facts({}).shipped).toBe(false);
  });

  it('measures to asOf when the carrier is known to have no scan', () => {
    const f = facts({ shipment: { markedShippedAt: '2024-04-15T11:00:00+08:00', carrierScanned: false } });
    expect(f.hoursToShip).toBe(239);
    expect(f.hoursMarkedToScan).toBe(238);
  });

  it('runs to asOf when the seller shows no carrier event: the scan is the seller to show (000:188-191)', () => {
    const f = facts({ shipment: { markedShippedAt: '2024-04-15T11:00:00+08:00' } });
    expect(f.shipped).toBe(false);
    expect(f.hoursToShip).toBe(f.hoursSincePaid);
    expect(notShownIn(f)?.of('hoursToShip')).toEqual(['shipment.carrierScanned']);
  });

  it.each([
    ['a status', { status: 'in_transit' }],
    ['a sign-for', { deliveredAt: '2024-04-18T11:00:00+08:00' }],
    ['a tracking movement', { lastTrackingUpdateAt: '2024-04-16T11:00:00+08:00' }],
    ['a signer', { signedBy: 'buyer' }],
  ])('is unknown when %s shows the carrier has the parcel but its scan time is not given', (_, event) => {
    const f = facts({ shipment: { markedShippedAt: '2024-04-15T11:00:00+08:00', ...event } });
    expect(f['shipment.carrierScanned']).toBe(true);
    expect(f.shipped).toBe(true);
    expect(f.hoursToShip).toBeUndefined();
    expect(notShownIn(f)?.has('shipment.carrierScanned')).toBe(false);
  });
});

describe('return window: from the day after sign-for, to 24:00 of the last day, Asia/Shanghai', () => {
  it.each([
    { delivered: '2024-04-15T23:30:00+08:00', opened: '2024-04-22T23:00:00+08:00', left: 1 },
    { delivered: '2024-04-15T23:30:00+08:00', opened: '2024-04-23T00:00:00+08:00', left: 0 },
    { delivered: '2024-04-15T23:30:00+08:00', opened: '2024-04-23T01:00:00+08:00', left: -1 },
    // 16:30 UTC on the 15th is 00:30 on the 16th in Shanghai: the sign-for day is the 16th.
    { delivered: '2024-04-15T16:30:00Z', opened: '2024-04-23T23:00:00+08:00', left: 1 },
    { delivered: '2024-04-15T15:30:00Z', opened: '2024-04-22T23:00:00+08:00', left: 1 },
  ])('signed $delivered, opened $opened → $left h left', ({ delivered, opened, left }) => {
    const f = facts({
      shipment: { firstCarrierScanAt: '2024-04-15T12:00:00+08:00', deliveredAt: delivered },
      claim: { type: 'no_reason_return', openedAt: opened },
    });
    expect(f.returnWindowHoursLeft).toBe(left);
  });

  it('takes a longer shop window, never a shorter one', () => {
    const base = {
      shipment: { firstCarrierScanAt: '2024-04-15T12:00:00+08:00', deliveredAt: '2024-04-15T12:00:00+08:00' },
    };
    expect(facts({ ...base, shopPolicy: { returnWindowDays: 15 } }).returnWindowDays).toBe(15);
    expect(facts({ ...base, shopPolicy: { returnWindowDays: 3 } }).returnWindowDays).toBe(7);
  });
});

describe('negotiated price: calendar days from the agreement to payment, Asia/Shanghai', () => {
  it.each([
    { agreed: '2024-04-14T10:00:00+08:00', paid: '2024-04-14T23:59:00+08:00', days: 0 },
    { agreed: '2024-04-14T10:00:00+08:00', paid: '2024-04-15T00:00:00+08:00', days: 1 },
    { agreed: '2024-04-14T23:59:00+08:00', paid: '2024-04-15T00:00:00+08:00', days: 1 },
    { agreed: '2024-04-14T00:00:00+08:00', paid: '2024-04-14T23:59:59+08:00', days: 0 },
    // 15:59 UTC is 23:59 in Shanghai, 16:00 UTC is 00:00 of the next day there.
    { agreed: '2024-04-14T10:00:00+08:00', paid: '2024-04-14T15:59:00Z', days: 0 },
    { agreed: '2024-04-14T10:00:00+08:00', paid: '2024-04-14T16:00:00Z', days: 1 },
    { agreed: '2024-04-16T10:00:00+08:00', paid: '2024-04-15T10:00:00+08:00', days: -1 },
  ])('agreed $agreed, paid $paid → $days', ({ agreed, paid, days }) => {
    const f = facts({
      order: { paidAt: paid, amount: 100 },
      promises: { negotiatedPrice: 80, negotiatedPriceAgreedAt: agreed },
    });
    expect(f.calendarDaysPriceAgreedToPaid).toBe(days);
  });

  it('is absent without a negotiated price or its time', () => {
    expect(
      facts({ promises: { negotiatedPriceAgreedAt: '2024-04-14T10:00:00+08:00' } }).calendarDaysPriceAgreedToPaid,
    ).toBeUndefined();
    expect(facts({ promises: { negotiatedPrice: 80 } }).calendarDaysPriceAgreedToPaid).toBeUndefined();
  });

  it.each([
    { until: '2024-04-15T09:59:00+08:00', hours: 1 / 60 },
    { until: '2024-04-15T10:00:00+08:00', hours: 0 },
    { until: '2024-04-15T10:01:00+08:00', hours: -1 / 60 },
  ])('stated limit $until, paid 2024-04-15 10:00 → $hours h after it', ({ until, hours }) => {
    const f = facts({
      promises: {
        negotiatedPrice: 80,
        negotiatedPriceAgreedAt: '2024-04-13T10:00:00+08:00',
        negotiatedPriceValidUntil: until,
      },
    });
    expect(f.hoursPaidAfterPriceValidUntil).toBeCloseTo(hours, 9);
  });
});
