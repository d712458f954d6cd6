import { describe, expect, it } from 'vitest';
import { coverageOf } from '../src/coverage/coverage.js';
import { coverageLcov, coverageText } from '../src/coverage/coverage-report.js';
import { jsonLines } from '../src/coverage/json-positions.js';
import { createJudge } from '../src/judge/judge.js';
import { lateCase, packOf, rule } from './helpers/pack.js';

describe('jsonLines', () => {
  it.each([
    ['{\n  "a": [\n    1,\n    2\n  ]\n}', 'a[1]', 4],
    ['{\n  "a": [\n    1,\n    2\n  ]\n}', 'a', 2],
    ['{\n  "a": [\n    1,\n    2\n  ]\n}', '', 1],
    ['{"a":{"b":[{},\n{"c":"x\\"\\n"}]}}', 'a.b[1].c', 2],
    ['[\n[],\n{"k":\n[3]}]', '[1].k[0]', 4],
    ['{"a\\"b":\n1}', 'a"b', 2],
  ])('%j: %s on line %i', (text, path, line) => {
    expect(jsonLines(text).get(path)).toBe(line);
  });
});

// One rule: a claim-type selector, then `any` of a scan fact and an amount threshold.
const RULE = rule({
  id: 'COV-RULE',
  conditions: {
    all: [
      { fact: 'claim.type', operator: 'equal', value: 'late_shipment' },
      {
        any: [
          { fact: 'shipment.outerPackagingDamaged', operator: 'equal', value: true },
          { fact: 'order.amount', operator: 'greaterThan', value: 100 },
        ],
      },
    ],
  },
  decisions: [{ kind: 'liability', value: 'seller' }],
});
const pack = packOf({ 'a/cov.json': [RULE, rule({ id: 'COV-OTHER', platforms: ['tmall'] })] });
const judge = createJudge({ pack });

async function verdicts() {
  return Promise.all([
    judge.judge(
      lateCase({ order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199 }, shipment: { trackingValid: true } }),
    ), // amount true, packaging unknown
    judge.judge(
      lateCase({
        order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 50 },
        shipment: { outerPackagingDamaged: false },
      }),
    ), // both false
  ]);
}

describe('coverageOf', () => {
  it('counts per rule fired / false / waiting and per leaf true / false / unknown', async () => {
    const cov = coverageOf(pack, await verdicts());
    expect(cov.cases).toBe(2);
    const r = cov.rules.find((x) => x.ruleId === 'COV-RULE');
    expect(r).toMatchObject({ file: 'a/cov.json', index: 0, fired: 1, false: 1, waiting: 0 });
    expect(r?.leaves).toEqual([
      {
        path: 'conditions.all[0]',
        condition: 'claim.type equal "late_shipment"',
        true: 2,
        false: 0,
        unknown: 0,
        selector: true,
      },
      {
        path: 'conditions.all[1].any[0]',
        condition: 'shipment.outerPackagingDamaged equal true',
        true: 0,
        false: 1,
        unknown: 1,
      },
      { path: 'conditions.all[1].any[1]', condition: 'order.amount greaterThan 100', true: 1, false: 1, unknown: 0 },
    ]);
    // A Tmall rule is never evaluated on Taobao cases: in none of the counts.
    expect(cov.rules.find((x) => x.ruleId === 'COV-OTHER')).toMatchObject({ fired: 0, false: 0, waiting: 0 });
    expect(cov.totals).toMatchObject({ rules: 2, rulesFired: 1, leaves: 4, leavesBothWays: 2 });
  });

  it('lists what is not covered by rule id and condition path', async () => {
    const text = coverageText(coverageOf(pack, await verdicts()));
    expect(text).toContain('rules fired            1/2 (50%)');
    expect(text).toContain('leaves seen both ways  2/4 (50%)');
    expect(text).toContain('  COV-OTHER  (a/cov.json rules[1]; false 0, waiting 0)');
    expect(text).toContain(
      '  COV-RULE conditions.all[1].any[0]: shipment.outerPackagingDamaged equal true  (true 0, false 1, unknown 1)',
    );
  });

  it('writes LCOV on the lines of the rule file: rules as functions, leaves as lines with three branches', async () => {
    const text = JSON.stringify({ rules: [RULE, rule({ id: 'COV-OTHER', platforms: ['tmall'] })] }, null, 2);
    const lines = text.split('\n');
    const lineOf = (needle: string) => lines.findIndex((l) => l.includes(needle)) + 1;
    const lcov = coverageLcov(coverageOf(pack, await verdicts()), [
      { name: 'a/cov.json', path: 'rules/a/cov.json', text },
    ]);
    const amount = lineOf('"value": 100') - 3; // the leaf's object opens three lines above its value
    expect(lcov).toContain('SF:rules/a/cov.json');
    expect(lcov).toContain(`FNDA:1,COV-RULE`);
    expect(lcov).toContain(`FNDA:0,COV-OTHER`);
    expect(lcov).toContain(`DA:${amount},1`);
    expect(lcov).toContain(`BRDA:${amount},2,0,1\nBRDA:${amount},2,1,1\nBRDA:${amount},2,2,0`);
    // COV-OTHER's leaf was never evaluated: its branches are '-'.
    expect(lcov).toContain(',3,0,-');
    expect(lcov.trim().split('\n').at(-1)).toBe('end_of_record');
  });
});
