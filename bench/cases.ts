// Distinct, valid cases for the benchmarks, made from the fixtures' cases: each copy gets its own
// caseId, its timestamps shifted by the same few minutes (offsets kept) and its amounts raised by
// a few fen, so no two are the same while every one still means what its fixture means.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;

/** Every fixture's case, in file order. */
export function fixtureCases(): Record<string, unknown>[] {
  const dir = join(root, 'fixtures');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => (JSON.parse(readFileSync(join(dir, f), 'utf8')) as { case: Record<string, unknown> }).case);
}

const ISO = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:\d{2})$/;

/** Shifts an ISO timestamp by `minutes`, keeping its offset. */
function shiftIso(iso: string, minutes: number): string {
  const m = ISO.exec(iso);
  if (!m) return iso;
  const zone = m[2] as string;
  const offsetMin =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return `${new Date(Date.parse(iso) + (minutes + offsetMin) * 60_000).toISOString().slice(0, 19)}${zone}`;
}

function vary(value: unknown, key: string, i: number): unknown {
  if (typeof value === 'string' && ISO.test(value)) return shiftIso(value, i % 97);
  if (key === 'amount' && typeof value === 'number') return Math.round(value * 100 + (i % 50)) / 100;
  if (Array.isArray(value)) return value.map((v) => vary(v, '', i));
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, vary(v, k, i)]));
  return value;
}

/** `n` distinct cases cycling through the fixtures. */
export function benchCases(n: number, seeds = fixtureCases()): Record<string, unknown>[] {
  return Array.from({ length: n }, (_, i) => {
    const seed = seeds[i % seeds.length] as Record<string, unknown>;
    return { ...(vary(seed, '', Math.floor(i / seeds.length)) as Record<string, unknown>), caseId: `BENCH-${i}` };
  });
}
