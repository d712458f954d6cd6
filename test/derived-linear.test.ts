// A number fact derived from an instant is a straight line in that instant unless it is marked
// `bent: true` in src/facts/derived.ts (a calendar-day count, a later-of two instants). The
// questions' candidate instants rely on it: for a straight line the instants a minute each side of
// a threshold cover every side of it; only a bent fact also gets a day and a half each side.
// Checked on every fixture: the case derived whole with the instant at four times, days apart and
// hours apart.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../src/facts/catalog.js';
import { deriveFacts, isoMs } from '../src/facts/derive-facts.js';
import { DERIVED, type DerivedFact } from '../src/facts/derived.js';
import { DERIVED_INPUTS } from '../src/judge/answer-candidates.js';
import { answered } from '../src/judge/answer-probe.js';
import { loadPack } from '../src/pack/load-pack.js';
import type { Case } from '../src/schema/case.js';
import { parseCase } from '../src/schema/parse-case.js';
import { fixtures } from './helpers/questions.js';

const pack = loadPack(join(import.meta.dirname, '..', 'rules'));
const zoneOf = (platform: string) => pack.manifest.timeZones[platform as keyof typeof pack.manifest.timeZones];
const cases: Case[] = fixtures().flatMap((s) => {
  const r = parseCase(s.case, zoneOf);
  return r.ok ? [r.case] : [];
});
const DAY = 86_400_000;
const OFFSETS = [-5.3, 0.21, 0.63, 33.7].map((d) => Math.round(d * DAY));

/** The instants each number fact is computed from (a timestamp among its inputs). */
const pairs = (bent: boolean): [DerivedFact, string][] =>
  DERIVED.filter((d) => d.type === 'number' && (d.bent === true) === bent).flatMap((d) =>
    (DERIVED_INPUTS.get(d.name) ?? [])
      .filter((f) => FACTS.get(f)?.type === 'timestamp')
      .map((f): [DerivedFact, string] => [d, f]),
  );

/** The fact with the instant at each offset from payment, when it has a value at all four. */
function valuesOf(c: Case, d: DerivedFact, instant: string): { t: number[]; v: number[] } | undefined {
  const settings = { timeZone: zoneOf(c.platform), ...pack.manifest.defaults };
  const t = OFFSETS.map((o) => isoMs(c.order.paidAt) + o);
  const v = t.map((ms) => deriveFacts(answered(c, [[instant, new Date(ms).toISOString()]]), settings)[d.name]);
  return v.every((x) => typeof x === 'number') ? { t, v: v as number[] } : undefined;
}

/** Whether the points lie on one line: the same slope from the first to each other one. */
function straight({ t, v }: { t: number[]; v: number[] }): boolean {
  const slope = (i: number) => ((v[i] as number) - (v[0] as number)) / ((t[i] as number) - (t[0] as number));
  const first = slope(1);
  return [2, 3].every((i) => Math.abs(slope(i) - first) <= 1e-9 * Math.max(Math.abs(first), 1e-12));
}

describe('derived number facts and the instants they read', () => {
  it('each one not marked bent is a straight line in each instant it reads', () => {
    const bent: string[] = [];
    let checked = 0;
    for (const [d, instant] of pairs(false))
      for (const c of cases) {
        const points = valuesOf(c, d, instant);
        if (points === undefined) continue;
        checked++;
        if (!straight(points)) bent.push(`${d.name} in ${instant} (${c.caseId})`);
      }
    expect(bent).toEqual([]);
    expect(checked).toBeGreaterThan(cases.length);
  });

  it('the check sees the bent ones bend: a calendar count, a later-of', () => {
    const bent = pairs(true);
    const names = bent.map(([d, f]) => `${d.name} ${f}`);
    expect(names).toContain('returnWindowHoursLeft shipment.deliveredAt');
    expect(names).toContain('hoursToShipPlatform shipment.waybillAt');
    const stepped = cases.some((c) =>
      bent.some(([d, f]) => {
        const points = valuesOf(c, d, f);
        return points !== undefined && !straight(points);
      }),
    );
    expect(stepped).toBe(true);
  });
});
