// fast-check arbitraries for cases, built by walking CaseSchema: every field, every enum value
// (all platforms, all claim types) and every optional part present or absent, so a field or a
// vocabulary value added to the schema is generated without touching this file.
import fc from 'fast-check';
import type * as z from 'zod';
import { CaseSchema } from '../src/schema/case.js';
import { storyIssues } from '../src/schema/claim-story.js';
import type { ParsedCase } from '../src/schema/case.js';
import { CHRONOLOGY } from '../src/schema/parse-case.js';
import { isTimestamp } from '../src/schema/primitives.js';

/** A timestamp still to be placed: minutes after the case's base time (payment), and an offset. */
interface Stamp {
  readonly __stamp: number;
  readonly zone: string;
}
const isStamp = (v: unknown): v is Stamp => typeof v === 'object' && v !== null && '__stamp' in v;

interface Def {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  checks?: { _zod: { def: { check: string; value?: number; inclusive?: boolean; format?: string } } }[];
}
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

/**
 * Offsets a case may carry: the platforms' own zone, UTC, and others (an instant is an instant);
 * `local`: a platform time `YYYY-MM-DD HH:mm:ss`, read in the pack's zone (Asia/Shanghai, +08:00).
 */
const ZONES = ['+08:00', '+08:00', '+08:00', 'Z', '-05:00', '+05:30', 'local'];
/**
 * Minutes after payment: mostly within the first days, where the hour windows (24 h, 48 h, 72 h)
 * and their boundaries are; sometimes months later (return windows, cross-border deliveries);
 * a few before (a ship-by date agreed beforehand).
 */
const minutesAfter = (min: number) =>
  fc.oneof(
    { weight: 3, arbitrary: fc.integer({ min: Math.max(min, 0), max: 8 * 24 * 60 }) },
    { weight: 1, arbitrary: fc.constantFrom(...[24, 48, 72, 96].flatMap((h) => [h * 60 - 1, h * 60, h * 60 + 1])) },
    { weight: 2, arbitrary: fc.integer({ min, max: 120 * 24 * 60 }) },
  );
const stamp = fc.record({ __stamp: minutesAfter(-3 * 24 * 60), zone: fc.constantFrom(...ZONES) });

function numberArb(def: Def): fc.Arbitrary<number> {
  const checks = (def.checks ?? []).map((c) => c._zod.def);
  const lo = Math.max(0, ...checks.filter((c) => c.check === 'greater_than').map((c) => c.value ?? 0));
  const hi = Math.min(1e6, ...checks.filter((c) => c.check === 'less_than').map((c) => c.value ?? 1e6));
  if (checks.some((c) => c.check === 'number_format')) {
    // Whole numbers: mostly small (hours, days), sometimes anywhere in range.
    return fc.oneof(
      { weight: 2, arbitrary: fc.integer({ min: lo, max: Math.min(hi, lo + 10) }) },
      { weight: 3, arbitrary: fc.integer({ min: lo, max: Math.min(hi, 400) }) },
      { weight: 1, arbitrary: fc.integer({ min: lo, max: hi }) },
    );
  }
  // Money: whole fen, with the round amounts and boundaries rules care about weighted in.
  const fen = fc.oneof(
    { weight: 4, arbitrary: fc.integer({ min: 0, max: 200_000 }) },
    { weight: 1, arbitrary: fc.constantFrom(0, 1, 995, 9_950, 19_900, 60_000, 80_000, 200_000, 1_000_000) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 100_000_000 }) },
  );
  return fen.map((f) => Math.min(f / 100, hi));
}

function arbOf(schema: z.ZodType, path: string): fc.Arbitrary<unknown> {
  const def = defOf(schema);
  switch (def.type) {
    case 'object':
      return objectArb(schema, path);
    case 'enum':
      return fc.constantFrom(...Object.values(def.entries ?? {}));
    case 'boolean':
      return fc.boolean();
    case 'number':
      return numberArb(def);
    case 'string':
      if (isTimestamp(schema)) return stamp;
      return fc.string({ minLength: 1, maxLength: 40 });
    case 'optional':
    case 'default':
      return arbOf(def.innerType as z.ZodType, path);
    default:
      throw new Error(`props arbitraries: no arbitrary for ${def.type} at ${path}`);
  }
}

function objectArb(schema: z.ZodType, path: string): fc.Arbitrary<Record<string, unknown>> {
  const shape = defOf(schema).shape ?? {};
  const model: Record<string, fc.Arbitrary<unknown>> = {};
  const required: string[] = [];
  for (const [key, field] of Object.entries(shape)) {
    model[key] = arbOf(field, path ? `${path}.${key}` : key);
    if (defOf(field).type !== 'optional' && defOf(field).type !== 'default') required.push(key);
  }
  return fc.record(model, { requiredKeys: required });
}

const base = fc.integer({ min: Date.UTC(2014, 0, 1) / 60_000, max: Date.UTC(2026, 0, 1) / 60_000 });

/** Formats an instant (ms) in a fixed offset (`+08:00`, `Z`), or as a platform time in +08:00 (`local`). */
export function formatInstant(ms: number, zone: string): string {
  if (zone === 'local') return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19).replace('T', ' ');
  const offset =
    zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  return `${new Date(ms + offset * 60_000).toISOString().slice(0, 19)}${zone}`;
}

function place(value: unknown, baseMin: number): unknown {
  if (isStamp(value)) return formatInstant((baseMin + value.__stamp) * 60_000, value.zone);
  if (Array.isArray(value)) return value.map((v) => place(v, baseMin));
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = place(v, baseMin);
    return out;
  }
  return value;
}

const stampAt = (raw: Record<string, unknown>, path: string): Stamp | undefined => {
  const v = path
    .split('.')
    .reduce<unknown>(
      (o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
      raw,
    );
  return isStamp(v) ? v : undefined;
};

/**
 * Moves generated timestamps (minutes after payment) just enough to keep the case's chronology
 * (`CHRONOLOGY`): no event after asOf, a scan, click, delivery, reship or claim not before payment,
 * delivery not before the first scan. Deadlines and promised dates are left anywhere.
 */
function keepChronology(raw: Record<string, unknown>, asOfAfter: number): void {
  const minutes = (path: string): number | undefined =>
    path === 'asOf' ? asOfAfter : path === 'order.paidAt' ? 0 : stampAt(raw, path)?.__stamp;
  for (const rule of CHRONOLOGY) {
    const earlier = minutes(rule.earlier);
    const later = minutes(rule.later);
    if (earlier === undefined || later === undefined || earlier <= later) continue;
    // Move the event that is not an anchor (asOf and payment stay where they are).
    const movable = rule.later === 'asOf' ? stampAt(raw, rule.earlier) : stampAt(raw, rule.later);
    if (movable) (movable as { __stamp: number }).__stamp = rule.later === 'asOf' ? later : earlier;
  }
}

/**
 * A valid case: any platform, any claim type, any subset of the optional facts. Payment is the
 * base time; asOf and the claim come after it (as they do in life); other timestamps anywhere
 * within days before and months after, as far as the chronology allows.
 */
export const validCase: fc.Arbitrary<Record<string, unknown>> = fc
  .tuple(base, objectArb(CaseSchema, ''), minutesAfter(0), minutesAfter(0), fc.constantFrom(...ZONES))
  .map(([b, raw, asOfAfter, openedAfter, zone]) => {
    keepChronology(raw, asOfAfter);
    const c = place(raw, b) as Record<string, Record<string, unknown>>;
    c.order = { ...c.order, paidAt: formatInstant(b * 60_000, zone) };
    const opened = Math.min(openedAfter, asOfAfter);
    c.claim = { ...c.claim, openedAt: formatInstant((b + opened) * 60_000, zone) };
    (c as Record<string, unknown>).asOf = formatInstant((b + asOfAfter) * 60_000, zone);
    (c as Record<string, unknown>).caseId = `PROP-${b}`;
    // A claim type the shipment rules out is an issue, not a case (src/schema/claim-story.ts):
    // such a draw becomes broken_promise, which no shipment contradicts.
    if (storyIssues(c as unknown as ParsedCase).length > 0) c.claim = { ...c.claim, type: 'broken_promise' };
    return c as Record<string, unknown>;
  });

/** One way a near-valid case is broken, and the path its issue must name. */
export interface Breakage {
  readonly input: unknown;
  readonly path: string;
  readonly code: readonly string[];
}

const at = (obj: Record<string, unknown>, path: string[]): Record<string, unknown> | undefined => {
  let cur: unknown = obj;
  for (const k of path) cur = cur !== null && typeof cur === 'object' ? (cur as Record<string, unknown>)[k] : undefined;
  return cur !== null && typeof cur === 'object' && !Array.isArray(cur) ? (cur as Record<string, unknown>) : undefined;
};

/** Every field path of a (valid) case whose value is a scalar, with the value. */
function scalarPaths(c: Record<string, unknown>, prefix: string[] = []): { path: string[]; value: unknown }[] {
  return Object.entries(c).flatMap(([k, v]) =>
    v !== null && typeof v === 'object' && !Array.isArray(v)
      ? scalarPaths(v as Record<string, unknown>, [...prefix, k])
      : [{ path: [...prefix, k], value: v }],
  );
}

const clone = <T>(v: T): T => structuredClone(v);

/**
 * A valid case with exactly one mistake: a wrong type, a required field removed, an unknown
 * (misspelled) key, a timestamp without offset or on an impossible date, money negative or with
 * 3 decimals, an enum value that does not exist.
 */
export const nearValidCase: fc.Arbitrary<Breakage> = fc
  .tuple(
    validCase,
    fc.nat(),
    fc.constantFrom(
      'wrong_type',
      'remove_required',
      'unknown_key',
      'bad_timestamp',
      'bad_money',
      'bad_enum',
      'future_event',
      'out_of_range_year',
    ),
  )
  .map(([valid, pick, how]): Breakage => {
    const c = clone(valid);
    const fields = scalarPaths(c);
    const choose = <T>(xs: T[]): T => xs[pick % xs.length] as T;
    const set = (path: string[], v: unknown) => {
      const parent = at(c, path.slice(0, -1)) as Record<string, unknown>;
      parent[path.at(-1) as string] = v;
    };
    switch (how) {
      case 'wrong_type': {
        const f = choose(fields);
        set(
          f.path,
          typeof f.value === 'string'
            ? 42
            : typeof f.value === 'number'
              ? String(f.value)
              : typeof f.value === 'boolean'
                ? 'true'
                : null,
        );
        return {
          input: c,
          path: f.path.join('.'),
          code: ['invalid_type', 'invalid_value', 'invalid_format', 'invalid_union'],
        };
      }
      case 'remove_required': {
        const f = choose([
          ['caseId'],
          ['platform'],
          ['asOf'],
          ['order', 'paidAt'],
          ['order', 'amount'],
          ['claim', 'type'],
          ['claim', 'openedAt'],
          ['order'],
          ['claim'],
        ]);
        delete (at(c, f.slice(0, -1)) as Record<string, unknown>)[f.at(-1) as string];
        return { input: c, path: f.join('.'), code: ['invalid_type', 'invalid_value'] };
      }
      case 'unknown_key': {
        const objects = [[], ...fields.map((f) => f.path.slice(0, -1))].filter(
          (p, i, all) => all.findIndex((q) => q.join('.') === p.join('.')) === i,
        );
        const parent = choose(objects);
        const name = choose(['paidat', 'amout', 'Platform', 'claim_type', 'extra', 'evidense']);
        // None of these names is a field of any part of a case.
        (at(c, parent) as Record<string, unknown>)[name] = true;
        return { input: c, path: [...parent, name].join('.'), code: ['unknown_key'] };
      }
      case 'bad_timestamp': {
        const stamps = fields.filter(
          (f) => typeof f.value === 'string' && /^\d{4}-\d\d-\d\d[T ]\d\d:\d\d/.test(f.value as string),
        );
        const f = choose(stamps);
        const v = f.value as string;
        const local = v[10] === ' ';
        const broken = choose([
          local ? v.replace(' ', 'T') : v.replace(/(Z|[+-]\d\d:\d\d)$/, ''),
          local ? `${v}Z` : v.replace(/T/, ' '),
          `${v.slice(0, 5)}02-30${v.slice(10)}`,
          `${v.slice(0, 5)}13${v.slice(7)}`,
          v.slice(0, 10),
        ]);
        set(f.path, broken);
        return { input: c, path: f.path.join('.'), code: ['invalid_format'] };
      }
      case 'bad_money': {
        const money = [
          ['order', 'amount'],
          ...[
            ['order', 'outboundFreight'],
            ['returnShipment', 'cost'],
            ['shopPolicy', 'returnFreightCap'],
          ].filter((p) => at(c, p.slice(0, -1)) !== undefined),
        ];
        const p = choose(money);
        set(p, choose([-0.01, -100, 12.345, 0.001, 199.999, 199.999999999, 1e-9]));
        return { input: c, path: p.join('.'), code: ['too_small', 'custom'] };
      }
      case 'future_event': {
        // An event a day after asOf: the claim, or an event the case already has.
        const text = c.asOf as string;
        const asOf = Date.parse(text[10] === ' ' ? `${text.replace(' ', 'T')}+08:00` : text);
        const events = CHRONOLOGY.filter((r) => r.later === 'asOf' && r.earlier !== 'order.paidAt')
          .map((r) => r.earlier.split('.'))
          .filter((p) => p.join('.') === 'claim.openedAt' || at(c, p.slice(0, -1))?.[p.at(-1) as string] !== undefined);
        const p = choose(events);
        set(p, formatInstant(asOf + 24 * 3_600_000, '+08:00'));
        return { input: c, path: p.join('.'), code: ['impossible_timeline'] };
      }
      case 'out_of_range_year': {
        const f = choose(
          fields.filter((x) => typeof x.value === 'string' && /^\d{4}-\d\d-\d\d[T ]/.test(x.value as string)),
        );
        set(f.path, `${choose(['0999', '1999', '2101', '9999'])}${(f.value as string).slice(4)}`);
        return { input: c, path: f.path.join('.'), code: ['out_of_range', 'invalid_format', 'impossible_timeline'] };
      }
      default: {
        const enums = fields.filter((f) => typeof f.value === 'string' && /^[a-z_]+$/.test(f.value as string));
        const f = choose(enums);
        set(f.path, `${f.value as string}_x`);
        return { input: c, path: f.path.join('.'), code: ['invalid_value'] };
      }
    }
  });

/** The same value with the keys of every object in another order (a seeded shuffle). */
export function shuffleKeys(value: unknown, seed: number): unknown {
  let s = seed >>> 0 || 1;
  const next = () => {
    s ^= s << 13;
    s ^= s >>> 17;
    s ^= s << 5;
    return (s >>> 0) / 2 ** 32;
  };
  const walk = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(walk);
    if (v === null || typeof v !== 'object') return v;
    const entries = Object.entries(v);
    for (let i = entries.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [entries[i], entries[j]] = [entries[j] as [string, unknown], entries[i] as [string, unknown]];
    }
    return Object.fromEntries(entries.map(([k, x]) => [k, walk(x)]));
  };
  return walk(value);
}
