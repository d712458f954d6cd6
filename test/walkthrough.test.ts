// The README's "add a rule" walkthrough, run as written: its files are the ones below, added to a
// copy of the shipped pack the way the README says; lint finds no error and the fixtures pass.
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../src/judge/check-fixture.js';
import { createJudge } from '../src/judge/judge.js';
import { loadPack } from '../src/pack/load-pack.js';
import { lintPack } from '../src/lint/lint-pack.js';

const root = join(import.meta.dirname, '..');
const here = join(import.meta.dirname, 'fixtures', 'walkthrough');
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const file = (name: string) => readFileSync(join(here, name), 'utf8');

/** The fenced block after `<!-- walkthrough:NAME -->` in the README. */
function block(name: string): string {
  const at = readme.indexOf(`<!-- walkthrough:${name} -->`);
  if (at < 0) throw new Error(`README has no walkthrough:${name} block`);
  const open = readme.indexOf('\n', readme.indexOf('```', at)) + 1;
  return readme.slice(open, readme.indexOf('```', open));
}

/** A copy of the shipped pack with the walkthrough's rule file, option and catalogue entry added. */
function myRules(): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'walkthrough-')), 'my-rules');
  cpSync(join(root, 'rules'), dir, { recursive: true });
  writeFileSync(join(dir, 'late-shipment', 'shop-dispatch.json'), file('shop-dispatch.json'));
  const manifest = JSON.parse(readFileSync(join(dir, 'pack.json'), 'utf8')) as { options?: Record<string, unknown> };
  manifest.options = { ...manifest.options, ...(JSON.parse(file('pack-option.json')) as Record<string, unknown>) };
  writeFileSync(join(dir, 'pack.json'), JSON.stringify(manifest, null, 2));
  const catalogue = JSON.parse(readFileSync(join(dir, 'catalogue.json'), 'utf8')) as { entries: unknown[] };
  catalogue.entries.push(JSON.parse(file('catalogue-entry.json')));
  writeFileSync(join(dir, 'catalogue.json'), JSON.stringify(catalogue, null, 2));
  return dir;
}

describe('the add-a-rule walkthrough', () => {
  it('shows in the README exactly the files it runs', () => {
    expect(block('rule')).toBe(file('shop-dispatch.json'));
    expect(block('option')).toBe(file('pack-option.json'));
    expect(block('catalogue')).toBe(file('catalogue-entry.json'));
    expect(block('fixture')).toBe(file('my-fixtures/dispatch-2024-late.json'));
  });

  const dir = myRules();
  const fixtures = join(here, 'my-fixtures');

  it('lints with no error', () => {
    const findings = lintPack({ rulesDir: dir, fixturesDir: fixtures });
    expect(findings.filter((f) => f.severity === 'error')).toEqual([]);
    // The shop's fixtures are about its own entry: lint checks that entry's coverage, not the shipped catalogue's.
    expect(findings.filter((f) => f.code.startsWith('catalogue_'))).toEqual([]);
  });

  it("reports the shop's own entry when it has rules but no fixture", () => {
    const other = mkdtempSync(join(tmpdir(), 'walkthrough-fixtures-'));
    const fixture = JSON.parse(file('my-fixtures/dispatch-2024-late.json')) as { catalogue: string[] };
    writeFileSync(join(other, 'about-shop.json'), JSON.stringify({ ...fixture, catalogue: ['SHOP-DISPATCH'] }));
    const catalogue = join(dir, 'catalogue.json');
    const withExtra = JSON.parse(readFileSync(catalogue, 'utf8')) as { entries: unknown[] };
    const extra = join(mkdtempSync(join(tmpdir(), 'walkthrough-cat-')), 'catalogue.json');
    writeFileSync(
      extra,
      JSON.stringify({ entries: [...withExtra.entries, { id: 'SHOP-RETURN-LABEL', family: 'SHOP', source: 'x' }] }),
    );
    const codes = lintPack({ rulesDir: dir, fixturesDir: other, catalogue: extra }).map(
      (f) => `${f.severity} ${f.code} ${f.message.slice(0, 30)}`,
    );
    expect(codes.filter((c) => c.includes('catalogue_'))).toEqual([
      'warning catalogue_not_implemented Catalogue ID "SHOP-RETURN-LABE',
    ]);
  });

  const judge = createJudge({ pack: loadPack(dir) });
  for (const name of readdirSync(fixtures).sort()) {
    it(`passes ${name}`, async () => {
      const result = await checkFixture(judge, JSON.parse(readFileSync(join(fixtures, name), 'utf8')));
      expect(result.status === 'pass' ? [] : result.status === 'fail' ? result.mismatches : result.message).toEqual([]);
    });
  }
});
