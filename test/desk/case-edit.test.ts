// Form values → case facts, without a browser: date-times read in the platform's time zone and
// written as ISO 8601 with the offset, money in yuan, yes / no / not given, one fact at a time.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CaseSchema, safeJudge, shippedPack } from '../../src/browser.js';
import { getFact, parseInput, toInput, withFact, zoneOf } from '../../src/desk/case-edit.js';
import { deskFields, keptSections } from '../../src/desk/fields.js';
import { isoToWall, offsetMinutes, wallToIso } from '../../src/desk/zoned-time.js';

const root = join(import.meta.dirname, '..', '..');
const fixture = (path: string) =>
  JSON.parse(readFileSync(join(root, 'fixtures', path), 'utf8')) as { case: Record<string, unknown> };
const SH = 'Asia/Shanghai';
const fields = deskFields();
const keep = keptSections(fields);

describe('wall clock ⇄ ISO with offset', () => {
  it('reads a wall-clock time in the platform zone', () => {
    expect(wallToIso('2024-04-15T10:00', SH)).toBe('2024-04-15T10:00:00+08:00');
    expect(wallToIso('2024-04-15T10:00:05', SH)).toBe('2024-04-15T10:00:05+08:00');
    expect(wallToIso('2024-04-15 10:00:00', SH)).toBe('2024-04-15T10:00:00+08:00');
    expect(wallToIso('2024-04-15T23:59:59', 'UTC')).toBe('2024-04-15T23:59:59+00:00');
  });

  it('takes the offset in force at that instant, across DST changes', () => {
    expect(wallToIso('2024-01-15T12:00', 'America/New_York')).toBe('2024-01-15T12:00:00-05:00');
    expect(wallToIso('2024-07-15T12:00', 'America/New_York')).toBe('2024-07-15T12:00:00-04:00');
    expect(wallToIso('2024-10-27T12:00', 'Europe/Berlin')).toBe('2024-10-27T12:00:00+01:00');
    // 02:30 does not exist on 2024-03-10 in New York: the clocks went from 02:00 to 03:00.
    expect(wallToIso('2024-03-10T02:30', 'America/New_York')).toBe('2024-03-10T03:30:00-04:00');
    // 01:30 happened twice on 2024-11-03 in New York: the first, still on daylight time.
    expect(wallToIso('2024-11-03T01:30', 'America/New_York')).toBe('2024-11-03T01:30:00-04:00');
    expect(wallToIso('2024-04-07T12:00', 'Australia/Lord_Howe')).toBe('2024-04-07T12:00:00+10:30');
  });

  it('refuses what is not a real time', () => {
    for (const bad of ['', '2024-02-30T10:00', '2024-04-15T24:00', '2024-04-15', 'yesterday', '2024-04-15T10:00Z'])
      expect(wallToIso(bad, SH), bad).toBeUndefined();
  });

  it('shows a case timestamp as the platform wall clock', () => {
    expect(isoToWall('2024-04-15T10:00:00+08:00', SH)).toBe('2024-04-15T10:00:00');
    expect(isoToWall('2024-04-15T02:00:00Z', SH)).toBe('2024-04-15T10:00:00');
    expect(isoToWall('2024-04-15T04:00:00+02:00', SH)).toBe('2024-04-15T10:00:00');
    expect(isoToWall('2024-04-15 10:00:00', SH)).toBe('2024-04-15T10:00:00');
    expect(isoToWall('2024-04-15T10:00:00', SH)).toBeUndefined(); // no offset: the judge rejects it
    expect(offsetMinutes(SH, Date.UTC(2024, 0, 1))).toBe(480);
  });

  it('round-trips every timestamp of the fixtures it is given', () => {
    for (const iso of ['2015-04-15T10:00:00+08:00', '2024-06-25T12:00:00+08:00', '2000-01-01T00:00:00+08:00'])
      expect(wallToIso(isoToWall(iso, SH) ?? '', SH)).toBe(iso);
  });
});

describe('a control’s text → a fact value', () => {
  it('leaves the fact out for an empty control, whatever its kind', () => {
    for (const kind of ['text', 'enum', 'boolean', 'timestamp', 'money', 'whole', 'section'] as const)
      expect(parseInput(kind, '', SH)).toEqual({ ok: true, value: undefined });
  });

  it('reads yes / no as booleans, never "not given" as no', () => {
    expect(parseInput('boolean', 'true', SH)).toEqual({ ok: true, value: true });
    expect(parseInput('boolean', 'false', SH)).toEqual({ ok: true, value: false });
    expect(parseInput('boolean', '', SH)).toEqual({ ok: true, value: undefined });
  });

  it('reads money in yuan as a number (the judge checks the fen)', () => {
    expect(parseInput('money', '199', SH)).toEqual({ ok: true, value: 199 });
    expect(parseInput('money', '9.95', SH)).toEqual({ ok: true, value: 9.95 });
    expect(parseInput('money', 'abc', SH)).toEqual({ ok: false, problem: 'number' });
  });

  it('reads a date-time in the platform zone', () => {
    expect(parseInput('timestamp', '2015-04-15T10:00', SH)).toEqual({ ok: true, value: '2015-04-15T10:00:00+08:00' });
    expect(parseInput('timestamp', '2015-02-30T10:00', SH)).toEqual({ ok: false, problem: 'time' });
  });

  it('shows what it reads, and nothing for what a control cannot hold', () => {
    expect(toInput('timestamp', '2015-04-15T10:00:00+08:00', SH)).toBe('2015-04-15T10:00:00');
    expect(toInput('money', 9.95, SH)).toBe('9.95');
    expect(toInput('money', '9.95', SH)).toBe('');
    expect(toInput('boolean', false, SH)).toBe('false');
    expect(toInput('boolean', undefined, SH)).toBe('');
    expect(toInput('section', {}, SH)).toBe('present');
  });
});

describe('one fact at a time', () => {
  it('sets a fact, creating the sections on the way, without touching the input', () => {
    const before = { caseId: 'X', order: { amount: 1 } };
    const after = withFact(before, 'order.paidAt', '2015-04-15T10:00:00+08:00', keep);
    expect(after).toEqual({ caseId: 'X', order: { amount: 1, paidAt: '2015-04-15T10:00:00+08:00' } });
    expect(before).toEqual({ caseId: 'X', order: { amount: 1 } });
    expect(withFact(undefined, 'claim.escalated', true, keep)).toEqual({ claim: { escalated: true } });
    expect(withFact([1, 2], 'caseId', 'Y', keep)).toEqual({ caseId: 'Y' });
  });

  it('removes a fact, and an optional section it leaves empty — but not order, claim or shipment', () => {
    const c = { caseId: 'X', order: { amount: 1 }, evidence: { buyerPhotos: true }, shipment: { status: 'lost' } };
    expect(withFact(c, 'evidence.buyerPhotos', undefined, keep)).toEqual({
      caseId: 'X',
      order: { amount: 1 },
      shipment: { status: 'lost' },
    });
    // No shipment is a shipment the seller has not shown; an empty one is a shipment with nothing known.
    expect(withFact(c, 'shipment.status', undefined, keep)).toMatchObject({ shipment: {} });
    expect(withFact(c, 'order.amount', undefined, keep)).toMatchObject({ order: {} });
    expect(withFact(c, 'shipment', undefined, keep)).not.toHaveProperty('shipment');
  });

  it('keeps what the form cannot show, for the judge to report', () => {
    const pasted = { caseId: 'X', order: { paidat: 'typo' } };
    expect(withFact(pasted, 'order.amount', 5, keep)).toEqual({ caseId: 'X', order: { paidat: 'typo', amount: 5 } });
  });

  it('reads facts by path', () => {
    expect(getFact({ order: { amount: 199 } }, 'order.amount')).toBe(199);
    expect(getFact({ order: 3 }, 'order.amount')).toBeUndefined();
    expect(getFact(null, 'caseId')).toBeUndefined();
  });

  it('finds the platform’s time zone in the pack', () => {
    const zones = shippedPack().manifest.timeZones;
    expect(zoneOf({ platform: 'aliexpress' }, zones, 'UTC')).toBe(zones.aliexpress);
    expect(zoneOf({ platform: 'ebay' }, zones, 'UTC')).toBe('UTC');
  });
});

describe('a sparse case built field by field', () => {
  it('is the fixture’s case exactly, and judges to its expectation', async () => {
    const f = fixture('late-shipment/sparse-out-of-stock-buyer-undecided.json');
    const byFact = new Map(fields.map((x) => [x.fact, x]));
    const typed: [string, string][] = [
      ['caseId', 'SHIP-SP-OOS'],
      ['platform', 'taobao'],
      ['asOf', '2015-04-16T10:00'],
      ['order.paidAt', '2015-04-15T10:00'],
      ['order.amount', '199'],
      ['order.sellerDeclaredOutOfStock', 'true'],
      ['claim.type', 'out_of_stock'],
      ['claim.openedAt', '2015-04-16T10:00'],
    ];
    let c: unknown;
    for (const [fact, raw] of typed) {
      const parsed = parseInput(byFact.get(fact)!.kind, raw, zoneOf(c, shippedPack().manifest.timeZones, SH));
      expect(parsed.ok).toBe(true);
      if (parsed.ok) c = withFact(c, fact, parsed.value, keep);
    }
    expect(c).toEqual(f.case);
    expect(CaseSchema.safeParse(c).success).toBe(true);
    const r = await safeJudge(c);
    expect(r.ok && r.verdict.outcome.remedy).toBe('negotiate');
  });
});
