// The bad-input corpus: malformed cases, each rejected by safeJudge with the right path and code
// (never a throw, never half-judged), and malformed rule files, each rejected at load with the
// file, the rule and the path named. One test per entry.
import { describe, expect, it } from 'vitest';
import { PackLoadError, buildPack, createJudge, safeJudge } from '../src/index.js';
import { MAX_CONDITION_DEPTH, MAX_RULE_FILE_CHARS } from '../src/pack/load-pack.js';
import { MANIFEST, lateCase, rule } from './helpers/pack.js';

type Json = Record<string, unknown>;
const base = (): Json => lateCase({ shipment: { firstCarrierScanAt: '2015-04-18T18:00:00+08:00' } });
/** The base case with one part replaced (`order`, `claim`, …: merged into the valid part). */
const withPart = (part: string, value: Json): Json => ({
  ...base(),
  [part]: { ...((base()[part] as Json | undefined) ?? {}), ...value },
});
/** The base case as JSON text with `insert` spliced in right after `"<part>":{`, parsed back. */
const spliced = (part: string, insert: string): unknown => {
  const text = JSON.stringify(base());
  const at = part === '' ? '{' : `"${part}":{`;
  return JSON.parse(text.replace(at, `${at}${insert},`));
};
const nested = (depth: number, leaf: string) => JSON.parse('{"a":'.repeat(depth) + leaf + '}'.repeat(depth)) as unknown;
const nestedArray = (depth: number) => JSON.parse('['.repeat(depth) + '1' + ']'.repeat(depth)) as unknown;
const without = (path: string[]): Json => {
  const c = structuredClone(base());
  let parent = c;
  for (const k of path.slice(0, -1)) parent = parent[k] as Json;
  delete parent[path.at(-1) as string];
  return c;
};

/** [name, input, expected path, expected code]: the issue that must be among those returned. */
const CASES: [string, () => unknown, string, string][] = [
  // Not an object at all.
  ['null', () => null, '', 'invalid_type'],
  ['undefined', () => undefined, '', 'invalid_type'],
  ['an array', () => [base()], '', 'invalid_type'],
  ['a string (JSON text not parsed)', () => JSON.stringify(base()), '', 'invalid_type'],
  ['a number', () => 42, '', 'invalid_type'],
  ['a boolean', () => true, '', 'invalid_type'],
  // Missing required fields.
  ['no caseId', () => without(['caseId']), 'caseId', 'invalid_type'],
  ['no platform', () => without(['platform']), 'platform', 'invalid_value'],
  ['no asOf', () => without(['asOf']), 'asOf', 'invalid_type'],
  ['no order', () => without(['order']), 'order', 'invalid_type'],
  ['no order.paidAt', () => without(['order', 'paidAt']), 'order.paidAt', 'invalid_type'],
  ['no order.amount', () => without(['order', 'amount']), 'order.amount', 'invalid_type'],
  ['no claim.type', () => without(['claim', 'type']), 'claim.type', 'invalid_value'],
  ['no claim.openedAt', () => without(['claim', 'openedAt']), 'claim.openedAt', 'invalid_type'],
  // Wrong types.
  ['amount as a string', () => withPart('order', { amount: '199.00' }), 'order.amount', 'invalid_type'],
  ['amount NaN', () => withPart('order', { amount: Number.NaN }), 'order.amount', 'invalid_type'],
  ['amount Infinity', () => withPart('order', { amount: Number.POSITIVE_INFINITY }), 'order.amount', 'invalid_type'],
  ['amount a bigint', () => withPart('order', { amount: 199n }), 'order.amount', 'invalid_type'],
  ['boolean as a string', () => withPart('order', { freeShipping: 'true' }), 'order.freeShipping', 'invalid_type'],
  ['boolean as 0/1', () => withPart('shipment', { trackingValid: 1 }), 'shipment.trackingValid', 'invalid_type'],
  ['caseId as a number', () => ({ ...base(), caseId: 1 }), 'caseId', 'invalid_type'],
  ['timestamp as epoch ms', () => ({ ...base(), asOf: 1429491600000 }), 'asOf', 'invalid_type'],
  ['timestamp as a Date object', () => ({ ...base(), asOf: new Date('2015-04-20T01:00:00Z') }), 'asOf', 'invalid_type'],
  [
    'whole number with decimals',
    () => withPart('order', { promisedShipWithinHours: 47.5 }),
    'order.promisedShipWithinHours',
    'invalid_type',
  ],
  ['shipment as an array', () => ({ ...base(), shipment: [] }), 'shipment', 'invalid_type'],
  ['evidence as null', () => ({ ...base(), evidence: null }), 'evidence', 'invalid_type'],
  // Timestamps without offset, impossible dates.
  ['timestamp without offset', () => ({ ...base(), asOf: '2015-04-20T09:00:00' }), 'asOf', 'invalid_format'],
  [
    'timestamp with a space',
    () => withPart('order', { paidAt: '2015-04-15 10:00:00+08:00' }),
    'order.paidAt',
    'invalid_format',
  ],
  ['date only', () => withPart('claim', { openedAt: '2015-04-19' }), 'claim.openedAt', 'invalid_format'],
  ['2024-02-30', () => ({ ...base(), asOf: '2024-02-30T09:00:00+08:00' }), 'asOf', 'invalid_format'],
  [
    '2023-02-29 (not a leap year)',
    () => withPart('shipment', { firstCarrierScanAt: '2023-02-29T09:00:00+08:00' }),
    'shipment.firstCarrierScanAt',
    'invalid_format',
  ],
  ['month 13', () => ({ ...base(), asOf: '2015-13-01T09:00:00+08:00' }), 'asOf', 'invalid_format'],
  ['hour 24', () => ({ ...base(), asOf: '2015-04-20T24:00:00+08:00' }), 'asOf', 'invalid_format'],
  ['offset +25:00', () => ({ ...base(), asOf: '2015-04-20T09:00:00+25:00' }), 'asOf', 'invalid_format'],
  ['offset without colon (+0800)', () => ({ ...base(), asOf: '2015-04-20T09:00:00+0800' }), 'asOf', 'invalid_format'],
  ['lower-case z', () => ({ ...base(), asOf: '2015-04-20T01:00:00z' }), 'asOf', 'invalid_format'],
  // Money.
  ['negative amount', () => withPart('order', { amount: -0.01 }), 'order.amount', 'too_small'],
  ['3-decimal amount', () => withPart('order', { amount: 199.999 }), 'order.amount', 'custom'],
  ['a sub-fen amount', () => withPart('order', { amount: 1e-7 }), 'order.amount', 'custom'],
  ['an implausible amount', () => withPart('order', { amount: 1e11 }), 'order.amount', 'too_big'],
  ['negative return cost', () => ({ ...base(), returnShipment: { cost: -12 } }), 'returnShipment.cost', 'too_small'],
  [
    '3-decimal freight cap',
    () => ({ ...base(), shopPolicy: { returnFreightCap: 15.005 } }),
    'shopPolicy.returnFreightCap',
    'custom',
  ],
  [
    'return window 0 days',
    () => ({ ...base(), shopPolicy: { returnWindowDays: 0 } }),
    'shopPolicy.returnWindowDays',
    'too_small',
  ],
  // Unknown enum values.
  ['platform jd', () => ({ ...base(), platform: 'jd' }), 'platform', 'invalid_value'],
  ['platform in capitals', () => ({ ...base(), platform: 'Taobao' }), 'platform', 'invalid_value'],
  ['claim type not in the vocabulary', () => withPart('claim', { type: 'late' }), 'claim.type', 'invalid_value'],
  [
    'shipment status misspelled',
    () => withPart('shipment', { status: 'deliverd' }),
    'shipment.status',
    'invalid_value',
  ],
  [
    'requested remedy "refund"',
    () => withPart('claim', { requestedRemedy: 'refund' }),
    'claim.requestedRemedy',
    'invalid_value',
  ],
  // Misspelled keys.
  ['paidat', () => withPart('order', { paidat: '2015-04-15T10:00:00+08:00' }), 'order.paidat', 'unknown_key'],
  ['case_id at the top', () => ({ ...base(), case_id: 'X' }), 'case_id', 'unknown_key'],
  ['evidence.buyerPhoto', () => ({ ...base(), evidence: { buyerPhoto: true } }), 'evidence.buyerPhoto', 'unknown_key'],
  ['shipments (plural)', () => ({ ...base(), shipments: {} }), 'shipments', 'unknown_key'],
  // Prototype keys, as real own keys parsed from JSON text.
  ['__proto__ at the top', () => spliced('', '"__proto__":{"platform":"taobao"}'), '__proto__', 'unknown_key'],
  ['__proto__ in order', () => spliced('order', '"__proto__":{"amount":1}'), 'order.__proto__', 'unknown_key'],
  [
    'constructor in claim',
    () => spliced('claim', '"constructor":{"prototype":{"polluted":true}}'),
    'claim.constructor',
    'unknown_key',
  ],
  ['prototype in shipment', () => spliced('shipment', '"prototype":null'), 'shipment.prototype', 'unknown_key'],
  // Hostile JavaScript objects: a throwing getter, a Proxy whose traps throw.
  [
    'a getter that throws',
    () =>
      Object.defineProperty(base(), 'platform', {
        enumerable: true,
        get: () => {
          throw new Error('boom');
        },
      }),
    '',
    'unreadable_input',
  ],
  [
    'a Proxy that throws',
    () =>
      new Proxy(base(), {
        ownKeys: () => {
          throw new Error('trap');
        },
        get: () => {
          throw new Error('trap');
        },
      }),
    '',
    'unreadable_input',
  ],
  // Huge and deep.
  ['a 1 MB caseId', () => ({ ...base(), caseId: 'x'.repeat(1024 * 1024) }), 'caseId', 'too_big'],
  ['an empty caseId', () => ({ ...base(), caseId: '' }), 'caseId', 'too_small'],
  [
    'deeply nested junk (100,000 levels) under an unknown key',
    () => ({ ...base(), junk: nested(100_000, '1') }),
    'junk.a.a.a',
    'too_deep',
  ],
  [
    'deeply nested junk in evidence',
    () => ({ ...base(), evidence: nested(100_000, 'true') }),
    'evidence.a.a.a',
    'too_deep',
  ],
  [
    'a 100,000-deep array as the amount',
    () => withPart('order', { amount: nestedArray(100_000) }),
    'order.amount[0][0]',
    'too_deep',
  ],
  [
    'a 10 MB input (parsed from JSON text)',
    () => JSON.parse(JSON.stringify(withPart('order', { note: 'y'.repeat(10 * 1024 * 1024) }))),
    'order.note',
    'too_big',
  ],
  [
    'a cycle',
    () => {
      const c = base();
      (c.order as Json).self = c;
      return c;
    },
    'order.self.order.self',
    'too_deep',
  ],
];

describe('bad cases: rejected with path and code, never thrown', () => {
  it.each(CASES)('%s', async (_, input, path, code) => {
    const result = await safeJudge(input());
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => ({ path: i.path, code: i.code }))).toContainEqual({ path, code });
    for (const i of result.issues) expect(typeof i.message).toBe('string');
  });

  it('reports every one of many problems at once', async () => {
    const input = {
      ...base(),
      platform: 'jd',
      asOf: '2015-04-20',
      order: { paidAt: 1, amount: -1, paidat: 'x' },
      claim: { type: 'late' },
    };
    const result = await safeJudge(input);
    expect(result.ok ? [] : result.issues.map((i) => `${i.path} ${i.code}`)).toEqual([
      'platform invalid_value',
      'asOf invalid_format',
      'order.paidAt invalid_type',
      'order.amount too_small',
      'order.paidat unknown_key',
      'claim.type invalid_value',
      'claim.openedAt invalid_type',
    ]);
  });

  it.each(['constructor', 'toString', '__proto__'])(
    'rejects a judge option named %s (an Object.prototype member, not a pack option)',
    (name) => {
      expect(() => createJudge({ options: JSON.parse(`{"${name}": true}`) as Record<string, boolean> })).toThrow(
        /unknown option/,
      );
    },
  );

  it('does not let a __proto__ key change what is judged', async () => {
    const result = await safeJudge(spliced('', '"__proto__":{"caseId":"polluted"}'));
    expect(({} as Json).caseId).toBeUndefined();
    expect(result.ok).toBe(false);
  });
});

/** [name, rule file text, expected path, expected code, expected rule id]. */
const ruleText = (o: Json) => JSON.stringify({ rules: [rule(o)] });
const deepConditions = (depth: number) =>
  ruleText({ conditions: 'DEEP' }).replace(
    '"DEEP"',
    '{"all":['.repeat(depth) + '{"fact":"claim.type","operator":"equal","value":"late_shipment"}' + ']}'.repeat(depth),
  );
const decision = (d: Json) => ruleText({ decisions: [d] });

// Kinds of mistake test/load-pack.test.ts does not already cover.
const RULE_FILES: [string, () => string, string, string, string | undefined][] = [
  ['priority as a number', () => ruleText({ priority: 50 }), 'rules[0].priority', 'invalid_type', 'TEST-RULE'],
  [
    'a priority tier the pack does not declare',
    () => ruleText({ priority: 'urgent' }),
    'rules[0].priority',
    'unknown_priority_tier',
    'TEST-RULE',
  ],
  [
    'an offset without a note',
    () => ruleText({ priority: { tier: 'standard', offset: 2 } }),
    'rules[0].priority.note',
    'invalid_type',
    'TEST-RULE',
  ],
  [
    'an offset past the next tier',
    () => ruleText({ priority: { tier: 'standard', offset: 10, note: 'x' } }),
    'rules[0].priority.offset',
    'priority_out_of_tier',
    'TEST-RULE',
  ],
  ['platforms as a string', () => ruleText({ platforms: 'taobao' }), 'rules[0].platforms', 'invalid_type', 'TEST-RULE'],
  ['an unknown platform', () => ruleText({ platforms: ['jd'] }), 'rules[0].platforms[0]', 'invalid_value', 'TEST-RULE'],
  [
    'no id',
    () => JSON.stringify({ rules: [{ ...rule({}), id: undefined }] }),
    'rules[0].id',
    'invalid_type',
    undefined,
  ],
  [
    'no conditions',
    () => JSON.stringify({ rules: [{ ...rule({}), conditions: undefined }] }),
    'rules[0].conditions',
    'invalid_type',
    'TEST-RULE',
  ],
  ['a misspelled key (priorty)', () => ruleText({ priorty: 3 }), 'rules[0].priorty', 'unknown_key', 'TEST-RULE'],
  [
    'an impossible effective date',
    () => ruleText({ effectiveFrom: '2024-02-30' }),
    'rules[0].effectiveFrom',
    'invalid_format',
    'TEST-RULE',
  ],
  [
    'a 3-decimal amount',
    () => decision({ kind: 'penalty', penalty: 'late_shipment', compensationToBuyer: 1.234 }),
    'rules[0].decisions[0].compensationToBuyer',
    'custom',
    'TEST-RULE',
  ],
  [
    'a negative minimum',
    () =>
      decision({
        kind: 'penalty',
        penalty: 'late_shipment',
        compensationToBuyer: { percentOf: 'order.amount', percent: 5, min: -5 },
      }),
    'rules[0].decisions[0].compensationToBuyer.min',
    'too_small',
    'TEST-RULE',
  ],
  [
    '`path` on a condition (jsonpath)',
    () =>
      ruleText({
        conditions: { all: [{ fact: 'claim.type', operator: 'equal', value: 'late_shipment', path: '$..x' }] },
      }),
    'rules[0].conditions.all[0].path',
    'unsupported_path',
    'TEST-RULE',
  ],
  [
    '__proto__ in a rule',
    () => ruleText({}).replace('"id":', '"__proto__":{"priority":1},"id":'),
    'rules[0].__proto__',
    'unknown_key',
    'TEST-RULE',
  ],
  [
    'constructor in a condition',
    () => ruleText({}).replace('"fact":', '"constructor":"x","fact":'),
    'rules[0].conditions.all[0].constructor',
    'unknown_key',
    'TEST-RULE',
  ],
  [
    '__proto__ in a condition',
    () => ruleText({}).replace('"fact":', '"__proto__":{},"fact":'),
    'rules[0].conditions.all[0].__proto__',
    'unknown_key',
    'TEST-RULE',
  ],
  ['a rule that is null', () => JSON.stringify({ rules: [null] }), 'rules[0]', 'invalid_type', undefined],
  ['a rule that is a string', () => JSON.stringify({ rules: ['TEST-RULE'] }), 'rules[0]', 'invalid_type', undefined],
  ['rules as an object', () => JSON.stringify({ rules: {} }), 'rules', 'invalid_type', undefined],
  ['a file that is an array', () => JSON.stringify([rule({})]), '', 'invalid_type', undefined],
  ['an id of 200 characters', () => ruleText({ id: 'A'.repeat(200) }), 'rules[0].id', 'too_big', `${'A'.repeat(80)}…`],
  [
    `conditions nested ${MAX_CONDITION_DEPTH + 1} deep`,
    () => deepConditions(MAX_CONDITION_DEPTH + 1),
    `rules[0].conditions${'.all[0]'.repeat(MAX_CONDITION_DEPTH + 1)}`,
    'too_deep',
    'TEST-RULE',
  ],
  [
    'conditions nested 20,000 deep',
    () => deepConditions(20_000),
    `rules[0].conditions${'.all[0]'.repeat(MAX_CONDITION_DEPTH + 1)}`,
    'too_deep',
    'TEST-RULE',
  ],
  ['a 10 MB rule file', () => ruleText({ note: 'x'.repeat(10 * 1024 * 1024) }), '', 'file_too_large', undefined],
  ['an empty file', () => '', '', 'invalid_json', undefined],
];

describe('bad rule files: rejected at load with file, rule and path', () => {
  it.each(RULE_FILES)('%s', (_, text, path, code, ruleId) => {
    let error: unknown;
    try {
      buildPack({ name: 'pack.json', text: JSON.stringify(MANIFEST) }, [{ name: 'bad/x.json', text: text() }]);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(PackLoadError);
    const issues = (error as PackLoadError).issues;
    expect(issues.map((i) => ({ file: i.file, ruleId: i.ruleId, path: i.path, code: i.code }))).toContainEqual({
      file: 'bad/x.json',
      ruleId,
      path,
      code,
    });
    for (const i of issues) expect(typeof i.message).toBe('string');
  });

  it('accepts conditions nested exactly to the limit', () => {
    expect(() =>
      buildPack({ name: 'pack.json', text: JSON.stringify(MANIFEST) }, [
        { name: 'ok/x.json', text: deepConditions(MAX_CONDITION_DEPTH) },
      ]),
    ).not.toThrow();
  });

  it('accepts a rule file just under the size limit', () => {
    const text = ruleText({ note: 'x' });
    const padded = text.replace('"note":"x"', `"note":"${'x'.repeat(MAX_RULE_FILE_CHARS - text.length + 1)}"`);
    expect(padded.length).toBe(MAX_RULE_FILE_CHARS);
    expect(() =>
      buildPack({ name: 'pack.json', text: JSON.stringify(MANIFEST) }, [{ name: 'ok/x.json', text: padded }]),
    ).not.toThrow();
  });
});
