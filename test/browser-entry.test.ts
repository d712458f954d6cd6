// `aftersale-rules/browser`: the judge with the pack inlined at build time. It must judge exactly
// as the Node entry does with `rules/` read from disk, refuse the reference evaluator it leaves
// out, and bundle for a browser without a Node module, within its size budget.
import { describe, expect, it } from 'vitest';
import * as browser from '../src/browser.js';
import { createJudge } from '../src/judge/judge.js';
import { defaultPack } from '../src/default-pack.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixtureFiles } from './helpers/fixture-stories.js';
import { BROWSER_BUDGET_KIB, bundleBrowser } from '../scripts/build-browser.js';

describe('the browser entry', () => {
  it('judges every fixture as the Node entry does, byte for byte', async () => {
    const files = fixtureFiles(join(import.meta.dirname, '..', 'fixtures'));
    expect(files.length).toBeGreaterThan(200);
    const node = createJudge();
    const inBrowser = browser.createJudge();
    for (const f of files) {
      const { case: c } = JSON.parse(readFileSync(f, 'utf8')) as { case: unknown };
      expect(JSON.stringify(await inBrowser.safeJudge(c)), f).toBe(JSON.stringify(await node.safeJudge(c)));
    }
  });

  it('inlines the same pack: same id, version and rules in the same order', () => {
    const pack = browser.shippedPack();
    const disk = defaultPack();
    expect([pack.id, pack.version]).toEqual([disk.id, disk.version]);
    expect(pack.rules.map((r) => [r.spec.id, r.file, r.priority])).toEqual(
      disk.rules.map((r) => [r.spec.id, r.file, r.priority]),
    );
    expect(pack.rules.length).toBeGreaterThan(100);
  });

  it('has no reference evaluator, and says so', () => {
    expect(() => browser.createJudge({ evaluator: 'reference' })).toThrow(/not part of aftersale-rules\/browser/);
  });

  it('bundles for a browser without Node modules or json-rules-engine, within the budget', async () => {
    const bundle = await bundleBrowser();
    expect(bundle.forbidden).toEqual([]);
    expect(bundle.gzipBytes).toBeLessThanOrEqual(BROWSER_BUDGET_KIB * 1024);
    expect(bundle.gzipBytes).toBeGreaterThan(20 * 1024); // zod and the rules are inside
  }, 60_000);
});
