import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli, ROOT } from './run-cli.js';

// A head pack whose quality-return freight cap is 10 yuan instead of the returnFreightCap default.
const tmp = mkdtempSync(join(tmpdir(), 'aftersale-cli-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const head = join(tmp, 'rules');
cpSync(join(ROOT, 'rules'), head, { recursive: true });
const ruleFile = join(head, 'return-freight', 'quality-freight.json');
writeFileSync(ruleFile, readFileSync(ruleFile, 'utf8').replace('"cap": { "fact": "returnFreightCap" }', '"cap": 10'));

/** A fixture's case, found by its file name anywhere under fixtures/ (they are filed by topic). */
function caseOf(name: string, extra: Record<string, unknown> = {}): string {
  const file = readdirSync(join(ROOT, 'fixtures'), { recursive: true, encoding: 'utf8' }).find(
    (f) => basename(f) === name,
  );
  if (file === undefined) throw new Error(`no fixture ${name}`);
  const c = JSON.parse(readFileSync(join(ROOT, 'fixtures', file), 'utf8')).case;
  return JSON.stringify({ ...c, ...extra });
}
// Two quality returns whose shop shows a 15-yuan cap (the cap rule then applies with any defaults),
// a fake shipment (no return leg), and a line that is not a valid case.
const shopCap = (name: string) => {
  const c = JSON.parse(caseOf(name));
  return caseOf(name, { shopPolicy: { ...c.shopPolicy, returnFreightCap: 15 } });
};
const ndjson = [
  shopCap('cap-default-when-shop-silent.json'),
  shopCap('quality-major-return.json'),
  caseOf('fake-no-scan.json'),
  '{"caseId":"BROKEN"}',
  '',
].join('\n');

describe.concurrent('aftersale-rules diff', { timeout: CLI_TIMEOUT }, () => {
  it('judges NDJSON cases on worker threads and reports the changes as JSON', async () => {
    const r = await cli(['diff', '--base', 'rules', '--rules', head, '-', '--format', 'json', '--workers', '2'], {
      input: ndjson,
    });
    expect(r.status).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.cases).toBe(4);
    expect(d.amounts).toEqual([
      expect.objectContaining({ what: 'freight.return.cap', from: '15', to: '10', count: 2 }),
    ]);
    expect(d.errors).toEqual([expect.objectContaining({ caseId: 'BROKEN', side: 'both' })]);
    expect(r.stderr).toMatch(/^diff: 4 case\(s\) in [\d.]+ s \(\d+ cases\/s, 2 workers\)$/m);
  });

  it('gives the same result on the main thread, and exits 1 with --fail-on-change', async () => {
    const [threads, main] = await Promise.all([
      cli(['diff', '--base', 'rules', '--rules', head, '-', '--format', 'json', '--workers', '2'], { input: ndjson }),
      cli(['diff', '--base', 'rules', '--rules', head, '-', '--format', 'json', '--workers', '1', '--fail-on-change'], {
        input: ndjson,
      }),
    ]);
    expect(main.status).toBe(1);
    expect(JSON.parse(main.stdout)).toEqual(JSON.parse(threads.stdout));
  });

  it('reports no change against the same pack, and exits 2 on a base that is not a pack', async () => {
    const [same, bad] = await Promise.all([
      cli(['diff', '--base', 'rules', '-', '--fail-on-change', '--workers', '1'], { input: ndjson }),
      cli(['diff', '--base', tmp, '-'], { input: ndjson }),
    ]);
    expect(same.status).toBe(0);
    expect(same.stdout).toMatch(/^0 of 4 case\(s\) changed, 1 not judged$/m);
    expect(bad.status).toBe(2);
  });
});
