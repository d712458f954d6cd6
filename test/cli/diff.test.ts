import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli, ROOT } from './run-cli.js';

// A head pack whose quality-return freight cap is 10 yuan instead of the returnFreightCap default.
const tmp = mkdtempSync(join(tmpdir(), 'aftersale-cli-diff-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const head = join(tmp, 'rules');
cpSync(join(ROOT, 'rules'), head, { recursive: true });
const ruleFile = join(head, 'return-freight', 'quality-freight.json');
writeFileSync(ruleFile, readFileSync(ruleFile, 'utf8').replace('"cap": { "fact": "returnFreightCap" }', '"cap": 10'));

/** The cases of a few fixtures as NDJSON: two whose return leg is capped, one late shipment, one invalid line. */
const caseOf = (f: string) => JSON.stringify(JSON.parse(readFileSync(join(ROOT, 'fixtures', f), 'utf8')).case);
const ndjson = [
  caseOf('ret/cap-default-when-shop-silent.json'),
  caseOf('goods/quality-major-return.json'),
  caseOf('ship/fake-no-scan.json'),
  '{"caseId":"BROKEN"}',
  '',
].join('\n');

describe.concurrent('aftersale-rules diff', { timeout: 60_000 }, () => {
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
