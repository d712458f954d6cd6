// Input bounds, chronology and platform times (issue 14, items 3, 4 and 7): each behaviour that
// was missing is pinned here, with the path and code of the issue it gives.
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import type * as z from 'zod';
import { jsonSchema, SCHEMA_NAMES } from '../src/cli/json-schemas.js';
import { MAX_ISSUES } from '../src/shared/errors.js';
import { createJudge, safeJudge } from '../src/index.js';
import { CaseSchema } from '../src/schema/case.js';
import { CASE_BUDGET, CHRONOLOGY, EVENT_FIELDS, platformTimeToIso } from '../src/schema/parse-case.js';
import { MANIFEST, lateCase, packOf, rule } from './helpers/pack.js';

type Json = Record<string, unknown>;
const base = (): Json => lateCase({ shipment: { firstCarrierScanAt: '2015-04-18T18:00:00+08:00' } });
const withPart = (part: string, value: Json): Json => ({
  ...base(),
  [part]: { ...((base()[part] as Json | undefined) ?? {}), ...value },
});
const issuesOf = async (input: unknown) => {
  const r = await safeJudge(input);
  if (r.ok) throw new Error('expected the case to be rejected');
  return r.issues;
};
const pathsAndCodes = async (input: unknown) => (await issuesOf(input)).map((i) => `${i.path} ${i.code}`);

describe('at most MAX_ISSUES issues, then a count of the rest', () => {
  it(`lists ${MAX_ISSUES} issues and says how many more there were`, async () => {
    const junk = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`junk${i}`, true]));
    const input = {
      ...base(),
      order: { ...(base().order as Json), ...junk(60) },
      claim: { ...(base().claim as Json), ...junk(60) },
      evidence: junk(60),
      item: junk(60),
      promises: junk(60),
    };
    const issues = await issuesOf(input);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.slice(0, MAX_ISSUES).every((i) => i.code === 'unknown_key')).toBe(true);
    expect(issues.at(-1)).toEqual({
      code: 'too_many_issues',
      path: '',
      message: `… and 200 more issues (only the first ${MAX_ISSUES} are listed)`,
    });
  });

  it('lists every issue when there are MAX_ISSUES or fewer', async () => {
    const issues = await issuesOf({
      ...base(),
      evidence: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`junk${i}`, true])),
    });
    expect(issues).toHaveLength(50);
  });
});

describe('a size budget for a case', () => {
  it.each([
    [
      'a string longer than the budget',
      () => withPart('order', { note: 'x'.repeat(CASE_BUDGET.maxStringChars + 1) }),
      'order.note',
      'too_big',
    ],
    [
      'a key longer than the budget',
      () => withPart('order', { ['k'.repeat(CASE_BUDGET.maxKeyChars + 1)]: 1 }),
      `order.${'k'.repeat(32)}…`,
      'key_too_long',
    ],
    [
      'an object with too many keys',
      () => ({
        ...base(),
        evidence: Object.fromEntries(
          Array.from({ length: CASE_BUDGET.maxKeysPerObject + 1 }, (_, i) => [`k${i}`, true]),
        ),
      }),
      'evidence',
      'too_many_keys',
    ],
    [
      'too many keys in all',
      () => ({
        ...base(),
        ...Object.fromEntries(
          ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i'].map((p) => [
            p,
            Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, true])),
          ]),
        ),
      }),
      '',
      'too_many_keys',
    ],
    ['nesting deeper than the budget', () => withPart('order', { a: { b: { c: {} } } }), 'order.a.b.c', 'too_deep'],
  ])('%s is one clear issue, before anything else is read', async (_, input, path, code) => {
    const issues = await issuesOf(input());
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([`${path} ${code}`]);
    expect(issues[0]?.message).toMatch(/at most \d+/);
  });

  it('does not echo a huge key back in the issue', async () => {
    const issues = await issuesOf(withPart('order', { ['k'.repeat(1_000_000)]: 1 }));
    expect(JSON.stringify(issues).length).toBeLessThan(500);
  });

  it('accepts the largest real case (every field of the schema given)', async () => {
    const shape = CaseSchema.shape;
    const parts = Object.keys(shape).filter(
      (k) => (shape[k as keyof typeof shape]._zod.def as { type: string }).type === 'optional',
    );
    expect(parts.length).toBeGreaterThan(5);
    let keys = 0;
    const count = (s: z.ZodType): void => {
      const def = s._zod.def as { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
      if (def.innerType) return count(def.innerType);
      for (const f of Object.values(def.shape ?? {})) {
        keys++;
        count(f);
      }
    };
    count(CaseSchema);
    expect(keys).toBeLessThan(CASE_BUDGET.maxKeys / 2);
  });
});

describe('timestamps: years 2000 to 2100', () => {
  it.each([
    [
      'a payment in year 0999 (judged under the 2019 rules before: dates compared as strings)',
      () => withPart('order', { paidAt: '0999-04-15T10:00:00+08:00' }),
      'order.paidAt',
    ],
    ['an asOf in 2101', () => ({ ...base(), asOf: '2101-04-20T09:00:00+08:00' }), 'asOf'],
    ['a platform time in 1999', () => withPart('claim', { openedAt: '1999-12-31 23:59:59' }), 'claim.openedAt'],
  ])('%s is out_of_range', async (_, input, path) => {
    expect(await pathsAndCodes(input())).toContain(`${path} out_of_range`);
  });

  it.each(['2000-01-01T00:00:00+08:00', '2100-12-31T23:59:59Z'])('accepts %s as a year', async (t) => {
    const r = await safeJudge({
      ...base(),
      asOf: t,
      order: { paidAt: t, amount: 1 },
      shipment: undefined,
      claim: { type: 'late_shipment', openedAt: t },
    });
    expect(r.ok).toBe(true);
  });
});

describe('money: at most 2 decimals, exactly', () => {
  it.each([199.999999999, 1e-9, 0.1 + 0.2, 19.999, 0.005])('rejects %s', async (amount) => {
    expect(await pathsAndCodes(withPart('order', { amount }))).toContain('order.amount custom');
  });

  it.each([0, 0.01, 0.1, 9.95, 19.9, 199.99, 1234567.89, 1e10])('accepts %s', async (amount) => {
    expect((await safeJudge(withPart('order', { amount }))).ok).toBe(true);
  });
});

describe('the JSON Schemas, checked with Ajv (strict mode, formats on)', () => {
  // allowUnionTypes: `type: ["string", "boolean"]` is plain JSON Schema; strict mode only asks to opt in.
  // strictRequired off: a record keyed by an enum (pack.json timeZones) requires keys it lists
  // under propertyNames, not properties, which is valid JSON Schema.
  const ajv = new Ajv2020({ strict: true, allowUnionTypes: true, strictRequired: false, allErrors: true });
  // ajv-formats is CommonJS with `exports.default`: the plugin is the default of the default.
  const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (
    a: Ajv2020,
  ) => void;
  addFormats(ajv);
  it.each(SCHEMA_NAMES)('%s.schema.json compiles', (name) => {
    expect(() => ajv.compile(jsonSchema(name))).not.toThrow();
  });

  const validate = ajv.compile(jsonSchema('case'));
  it('accepts money with 2 decimals (multipleOf 0.01 would reject 9.95) and says the rule in words', () => {
    expect(validate(withPart('order', { amount: 9.95 }))).toBe(true);
    const amount = ((jsonSchema('case').properties as Json).order as { properties: Record<string, Json> }).properties
      .amount;
    expect(amount).not.toHaveProperty('multipleOf');
    expect(amount).not.toHaveProperty('unit');
    expect(amount?.description).toMatch(/at most 2 decimals/);
  });

  it('accepts both timestamp forms and rejects a T form without an offset', () => {
    expect(validate(withPart('order', { paidAt: '2015-04-15 10:00:00' }))).toBe(true);
    expect(validate(withPart('order', { paidAt: '2015-04-15T10:00:00+08:00' }))).toBe(true);
    expect(validate(withPart('order', { paidAt: '2015-04-15T10:00:00' }))).toBe(false);
  });
});

describe('explicit null for an optional field: an issue at its path', () => {
  const optionalPaths: string[][] = [];
  const walk = (s: z.ZodType, path: string[]) => {
    const def = s._zod.def as { type: string; innerType?: z.ZodType; shape?: Record<string, z.ZodType> };
    if (def.type === 'optional' || def.type === 'default') {
      optionalPaths.push(path);
      if (def.innerType) walk(def.innerType, path);
      return;
    }
    for (const [k, f] of Object.entries(def.shape ?? {})) walk(f, [...path, k]);
  };
  walk(CaseSchema, []);

  it('covers every optional field', () => {
    expect(optionalPaths.length).toBeGreaterThan(80);
  });

  it.each(optionalPaths.map((p) => [p.join('.'), p] as const))('%s: null', async (_, path) => {
    const c = structuredClone(base());
    let parent = c;
    for (const k of path.slice(0, -1)) parent = (parent[k] ??= {}) as Json;
    parent[path.at(-1) as string] = null;
    const issues = await issuesOf(c);
    expect(issues.map((i) => `${i.path} ${i.code}`)).toEqual([`${path.join('.')} invalid_type`]);
    expect(issues[0]?.message).toMatch(/null is not accepted/);
  });
});

describe('chronology: impossible timelines are rejected with the path of the later field', () => {
  /** A case that has every event, all in order. */
  const full = (): Json => ({
    caseId: 'CHRONO',
    platform: 'taobao',
    asOf: '2024-04-30T12:00:00+08:00',
    order: { paidAt: '2024-04-15T10:00:00+08:00', amount: 100, buyerUnreachableSince: '2024-04-16T10:00:00+08:00' },
    shipment: {
      markedShippedAt: '2024-04-15T12:00:00+08:00',
      firstCarrierScanAt: '2024-04-15T18:00:00+08:00',
      waybillAt: '2024-04-15T11:00:00+08:00',
      trackingCorrectedAt: '2024-04-16T09:00:00+08:00',
      lastTrackingUpdateAt: '2024-04-17T09:00:00+08:00',
      deliveredAt: '2024-04-18T09:00:00+08:00',
      reshippedAt: '2024-04-17T10:00:00+08:00',
    },
    claim: { type: 'quality', openedAt: '2024-04-20T10:00:00+08:00' },
    promises: { negotiatedPrice: 90, negotiatedPriceAgreedAt: '2024-04-14T10:00:00+08:00' },
  });
  const set = (c: Json, path: string, v: string) => {
    const keys = path.split('.');
    let parent = c;
    for (const k of keys.slice(0, -1)) parent = parent[k] as Json;
    parent[keys.at(-1) as string] = v;
    return c;
  };

  it('accepts the full timeline', async () => {
    expect((await safeJudge(full())).ok).toBe(true);
  });

  it.each(EVENT_FIELDS.filter((f) => f !== 'order.paidAt'))('%s after asOf', async (field) => {
    expect(await pathsAndCodes(set(full(), field, '2024-05-01T00:00:00+08:00'))).toContain(
      `${field} impossible_timeline`,
    );
  });

  it('a payment after asOf', async () => {
    const c = set(full(), 'asOf', '2024-04-15T09:00:00+08:00');
    expect(await pathsAndCodes(c)).toContain('order.paidAt impossible_timeline');
  });

  it.each(CHRONOLOGY.filter((o) => o.later !== 'asOf').map((o) => [o.later, o.earlier] as const))(
    '%s before %s',
    async (later, earlier) => {
      const c = full();
      const at = earlier.split('.').reduce<unknown>((o, k) => (o as Json)[k], c) as string;
      set(c, later, new Date(Date.parse(at) - 60_000).toISOString());
      const issues = await issuesOf(c);
      expect(issues.map((i) => `${i.path} ${i.code}`)).toContain(`${later} impossible_timeline`);
      expect(issues.find((i) => i.path === later)?.message).toContain(earlier);
    },
  );

  it.each(['order.presaleShipBy', 'order.agreedShipBy', 'promises.negotiatedPriceValidUntil'])(
    'a deadline or promised date (%s) may lie ahead of asOf',
    async (field) => {
      expect((await safeJudge(set(full(), field, '2024-06-01T00:00:00+08:00'))).ok).toBe(true);
    },
  );

  it('compares instants, not strings: the same time in another offset is not later', async () => {
    // 02:00Z on the 16th is 10:00 on the 16th in +08:00: after payment, before asOf.
    expect((await safeJudge(set(full(), 'claim.openedAt', '2024-04-16T02:00:00Z'))).ok).toBe(true);
    expect(await pathsAndCodes(set(full(), 'claim.openedAt', '2024-04-15T01:59:00Z'))).toContain(
      'claim.openedAt impossible_timeline',
    );
  });
});

describe('platform times: YYYY-MM-DD HH:mm:ss in the platform zone of pack.json', () => {
  const local = (iso: string) => iso.slice(0, 19).replace('T', ' ');
  const isoCase = (): Json => lateCase({ shipment: { firstCarrierScanAt: '2015-04-18T18:00:00+08:00' } });
  const localCase = (): Json => {
    const c = isoCase() as { asOf: string; order: Json; claim: Json; shipment: Json };
    return {
      ...c,
      asOf: local(c.asOf),
      order: { ...c.order, paidAt: local(c.order.paidAt as string) },
      claim: { ...c.claim, openedAt: local(c.claim.openedAt as string) },
      shipment: { firstCarrierScanAt: local(c.shipment.firstCarrierScanAt as string) },
    };
  };

  it('judges a case in platform times exactly as the same case in ISO, and echoes ISO with the offset', async () => {
    const a = await safeJudge(isoCase());
    const b = await safeJudge(localCase());
    if (!a.ok || !b.ok) throw new Error('both cases are valid');
    expect(b.verdict.asOf).toBe('2015-04-20T09:00:00+08:00');
    expect(JSON.stringify(b.verdict)).toBe(JSON.stringify(a.verdict));
  });

  it('reads them in the zone the pack gives the platform', async () => {
    const pack = packOf({ 'a/x.json': [rule({})] });
    const ny = {
      ...pack,
      manifest: { ...pack.manifest, timeZones: { ...MANIFEST.timeZones, taobao: 'America/New_York' } },
    };
    const r = await createJudge({ pack: ny as typeof pack }).safeJudge(localCase());
    expect(r.ok && r.verdict.asOf).toBe('2015-04-20T09:00:00-04:00');
  });

  it('turns a platform time into ISO with the offset in force then', () => {
    expect(platformTimeToIso('2024-04-15 10:00:00', 'Asia/Shanghai')).toBe('2024-04-15T10:00:00+08:00');
    expect(platformTimeToIso('2024-01-15 10:00:00', 'America/New_York')).toBe('2024-01-15T10:00:00-05:00');
    expect(platformTimeToIso('2024-07-15 10:00:00', 'America/New_York')).toBe('2024-07-15T10:00:00-04:00');
    expect(platformTimeToIso('2024-07-15 10:00:00', 'UTC')).toBe('2024-07-15T10:00:00+00:00');
    // 02:30 on 10 March 2024 does not exist in New York (the clocks go from 02:00 to 03:00).
    expect(platformTimeToIso('2024-03-10 02:30:00', 'America/New_York')).toBeUndefined();
  });

  it.each([
    ['a T form without an offset', '2015-04-15T10:00:00'],
    ['a space form with an offset', '2015-04-15 10:00:00+08:00'],
    ['a space form with milliseconds', '2015-04-15 10:00:00.000'],
    ['a space form without seconds', '2015-04-15 10:00'],
    ['an impossible platform time', '2015-02-29 10:00:00'],
    ['a slash date', '2015/04/15 10:00:00'],
  ])('rejects %s', async (_, paidAt) => {
    expect(await pathsAndCodes(withPart('order', { paidAt }))).toContain('order.paidAt invalid_format');
  });
});
