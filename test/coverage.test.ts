import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../src/judge/check-fixture.js';
import { createJudge, defaultPack } from '../src/index.js';
import catalogue from '../rules/catalogue.json' with { type: 'json' };

/** The five seed documents every seed-derived rule cites. */
const SEEDS = [
  '000_aaa0857776ee9994.txt',
  '001_c467b894e76ce4bc.txt',
  '002_b212e8ec671dec76.txt',
  '003_7f620a95d2f8ba64.txt',
  '004_7919ee2b47d61bda.txt',
];
const FAMILIES = ['SHIP', 'LOGI', 'GOODS', 'RET', 'PROMISE', 'PUB'];

const root = join(import.meta.dirname, '..', 'fixtures');
const fixtures = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => ({ file: f, json: JSON.parse(readFileSync(join(root, f), 'utf8')) as { catalogue: string[] } }));
const pack = defaultPack();

describe('catalogue coverage', () => {
  const entries = catalogue.entries.filter((e) => FAMILIES.includes(e.family));

  it.each(entries.map((e) => e.id))('%s has a rule and a fixture', (id) => {
    expect(pack.rules.filter((r) => r.spec.catalogue.includes(id)).map((r) => r.spec.id)).not.toEqual([]);
    expect(fixtures.filter((f) => f.json.catalogue.includes(id)).map((f) => f.file)).not.toEqual([]);
  });

  it('every rule and fixture names only catalogue IDs', () => {
    const known = new Set(catalogue.entries.map((e) => e.id));
    expect(pack.rules.flatMap((r) => r.spec.catalogue).filter((id) => !known.has(id))).toEqual([]);
    expect(fixtures.flatMap((f) => f.json.catalogue).filter((id) => !known.has(id))).toEqual([]);
  });

  it('every rule cites a seed document or a public rule', () => {
    const bad = pack.rules
      .filter((r) => 'doc' in r.spec.source && !SEEDS.includes(r.spec.source.doc))
      .map((r) => r.spec.id);
    expect(bad).toEqual([]);
  });

  it('every rule fires in at least one fixture (no dead rules)', async () => {
    const judge = createJudge();
    const fired = new Set<string>();
    for (const f of fixtures) {
      const result = await checkFixture(judge, f.json);
      if (result.status !== 'error') for (const t of result.verdict.trace) if (t.fired) fired.add(t.ruleId);
    }
    expect(pack.rules.map((r) => r.spec.id).filter((id) => !fired.has(id))).toEqual([]);
  });
});
