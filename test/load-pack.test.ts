import { describe, expect, it } from 'vitest';
import { PackLoadError, buildPack } from '../src/index.js';
import { compiledPack } from '../src/pack/load-pack.js';
import { MANIFEST, packOf, rule } from './helpers/pack.js';

function loadIssues(load: () => unknown) {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(PackLoadError);
    return (e as PackLoadError).issues.map(({ file, ruleId, path, code }) => ({ file, ruleId, path, code }));
  }
  throw new Error('expected the pack to fail to load');
}

const leaf = (fact: string, operator: string, value: unknown) =>
  rule({ conditions: { all: [{ fact, operator, value }] } });

describe('loading a pack', () => {
  it('compiles a valid rule', () => {
    const pack = packOf({ 'a/x.json': [rule({})] });
    expect(pack.rules.map((r) => r.spec.id)).toEqual(['TEST-RULE']);
  });

  it('indexes rules by platform and by their top-level claim type', () => {
    const pack = packOf({ 'a/x.json': [rule({})] });
    expect(compiledPack(pack).buckets.get('taobao:late_shipment')?.stage1).toHaveLength(1);
    expect(compiledPack(pack).buckets.get('taobao:quality')?.stage1).toHaveLength(0);
    expect(compiledPack(pack).buckets.get('tmall:late_shipment')?.stage1).toHaveLength(0);
  });

  it('rejects malformed JSON with the file named', () => {
    const issues = loadIssues(() =>
      buildPack({ name: 'pack.json', text: JSON.stringify(MANIFEST) }, [{ name: 'a/bad.json', text: '{ "rules": [' }]),
    );
    expect(issues).toEqual([{ file: 'a/bad.json', ruleId: undefined, path: '', code: 'invalid_json' }]);
  });

  it.each([
    [
      'an unknown operator',
      leaf('claim.type', 'startsWith', 'late'),
      'rules[0].conditions.all[0].operator',
      'unknown_operator',
    ],
    [
      'a json-rules-engine decorator',
      leaf('claim.type', 'everyFact:in', ['x']),
      'rules[0].conditions.all[0].operator',
      'unknown_operator',
    ],
    ['an unknown fact', leaf('order.paidat', 'equal', 'x'), 'rules[0].conditions.all[0].fact', 'unknown_fact'],
    [
      'an enum value the fact cannot hold',
      leaf('claim.type', 'equal', 'late'),
      'rules[0].conditions.all[0].value',
      'invalid_value',
    ],
    [
      'a string compared with a number',
      leaf('hoursToShip', 'greaterThan', '72'),
      'rules[0].conditions.all[0].value',
      'invalid_value',
    ],
    [
      'a numeric operator on a boolean',
      leaf('order.freeShipping', 'greaterThan', 1),
      'rules[0].conditions.all[0].operator',
      'operator_fact_type',
    ],
    [
      'a comparison on a timestamp',
      leaf('order.paidAt', 'lessThan', 3),
      'rules[0].conditions.all[0].operator',
      'operator_fact_type',
    ],
    [
      '`present` on a fact whose absence is unknown',
      leaf('order.freeShipping', 'present', false),
      'rules[0].conditions.all[0].operator',
      'absent_is_unknown',
    ],
  ])('rejects %s with file, rule and path', (_, bad, path, code) => {
    expect(loadIssues(() => packOf({ 'a/x.json': [bad] }))).toEqual([
      { file: 'a/x.json', ruleId: 'TEST-RULE', path, code },
    ]);
  });

  it('rejects `not`, which would turn an unknown into a guess', () => {
    const issues = loadIssues(() =>
      packOf({
        'a/x.json': [rule({ conditions: { not: { fact: 'claim.type', operator: 'equal', value: 'quality' } } })],
      }),
    );
    expect(issues).toEqual([
      { file: 'a/x.json', ruleId: 'TEST-RULE', path: 'rules[0].conditions.not', code: 'unsupported_not' },
    ]);
  });

  it('rejects a malformed event', () => {
    const bad = rule({ decisions: [{ kind: 'liability', value: 'shop' }] });
    expect(loadIssues(() => packOf({ 'a/x.json': [bad] }))).toEqual([
      { file: 'a/x.json', ruleId: 'TEST-RULE', path: 'rules[0].decisions[0].value', code: 'invalid_value' },
    ]);
  });

  it('rejects a duplicate id across files', () => {
    const issues = loadIssues(() => packOf({ 'a/x.json': [rule({})], 'b/y.json': [rule({})] }));
    expect(issues).toEqual([{ file: 'b/y.json', ruleId: 'TEST-RULE', path: 'rules[0].id', code: 'duplicate_id' }]);
  });

  it('rejects a second-stage rule that would decide what it reads', () => {
    const bad = rule({
      conditions: { all: [{ fact: 'outcome.liability', operator: 'equal', value: 'seller' }] },
      decisions: [{ kind: 'liability', value: 'buyer' }],
    });
    expect(loadIssues(() => packOf({ 'a/x.json': [bad] }))).toEqual([
      { file: 'a/x.json', ruleId: 'TEST-RULE', path: 'rules[0].decisions[0]', code: 'outcome_cycle' },
    ]);
  });

  it('reports every problem of every file at once', () => {
    const issues = loadIssues(() =>
      packOf({
        'a/x.json': [leaf('nope', 'equal', 1), rule({ id: 'TEST-TWO', priority: 'urgent' })],
        'b/y.json': [{ ...leaf('claim.type', 'like', 'x'), id: 'TEST-THREE' }],
      }),
    );
    expect(issues.map((i) => `${i.file} ${i.ruleId} ${i.code}`)).toEqual([
      'a/x.json TEST-RULE unknown_fact',
      'a/x.json TEST-TWO unknown_priority_tier',
      'b/y.json TEST-THREE unknown_operator',
    ]);
  });
});
