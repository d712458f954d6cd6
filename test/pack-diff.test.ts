import { describe, expect, it } from 'vitest';
import { diffMarkdown, diffText } from '../src/diff/diff-report.js';
import { diffPacks } from '../src/index.js';
import { lateCase, packOf, rule } from './helpers/pack.js';

// Base: a late parcel (more than 72 h to ship) is the seller's fault with 3 points. Head: the same
// rule with the threshold moved to 96 h, and a penalty of 5 points.
const lateRule = (hours: number, points: number) =>
  rule({
    id: 'LATE',
    conditions: {
      all: [
        { fact: 'claim.type', operator: 'equal', value: 'late_shipment' },
        { fact: 'hoursToShip', operator: 'greaterThan', value: hours },
      ],
    },
    decisions: [
      { kind: 'liability', value: 'seller' },
      { kind: 'penalty', penalty: 'late_shipment', points },
    ],
  });
const fallback = rule({
  id: 'FALLBACK',
  priority: 'fallback',
  decisions: [{ kind: 'liability', value: 'none' }],
});
const base = packOf({ 'a/late.json': [lateRule(72, 3), fallback] });
const head = packOf({ 'a/late.json': [lateRule(96, 5), fallback] });

// Paid 2015-04-15 10:00; scanned after 50 h, 80 h and 100 h.
const scanned = (id: string, at: string) =>
  lateCase({ caseId: id, shipment: { firstCarrierScanAt: at, trackingValid: true, trackingMatchesAddress: true } });
const cases = [
  scanned('A-50H', '2015-04-17T12:00:00+08:00'),
  scanned('B-80H', '2015-04-18T18:00:00+08:00'),
  scanned('C-100H', '2015-04-19T14:00:00+08:00'),
  { caseId: 'BAD', platform: 'taobao' },
];

describe('diffPacks', () => {
  it('counts each change from → to with its cases, and the rules whose firing changed', async () => {
    const d = await diffPacks(base, head, cases);
    expect(d.cases).toBe(4);
    expect(d.changed).toBe(2);
    expect(d.changedCaseIds).toEqual(['B-80H', 'C-100H']);
    expect(d.decisions).toEqual([{ what: 'liability', from: 'seller', to: 'none', count: 1, caseIds: ['B-80H'] }]);
    expect(d.penalties).toEqual([
      { what: 'penalty.late_shipment', from: '3 pts', to: '(none)', count: 1, caseIds: ['B-80H'] },
      { what: 'penalty.late_shipment', from: '3 pts', to: '5 pts', count: 1, caseIds: ['C-100H'] },
    ]);
    // FALLBACK fires on every case with both packs: its firing did not change.
    expect(d.rules).toEqual([{ ruleId: 'LATE', started: 0, stopped: 1, caseIds: ['B-80H'] }]);
    expect(d.errors).toEqual([expect.objectContaining({ caseId: 'BAD', side: 'both' })]);
  });

  it('reports no change for the same pack', async () => {
    const d = await diffPacks(base, base, cases.slice(0, 3));
    expect(d).toMatchObject({ cases: 3, changed: 0, decisions: [], rules: [] });
    expect(diffMarkdown(d)).toContain('No change in 3 case(s).');
  });

  it('prints text and a markdown table', async () => {
    const d = await diffPacks(base, head, cases);
    expect(diffText(d)).toContain('  liability: seller → none  ×1  (B-80H)');
    expect(diffMarkdown(d)).toContain('| `liability` | seller | none | 1 | B-80H |');
    expect(diffMarkdown(d)).toContain('| `LATE` | 0 | 1 | B-80H |');
  });
});
