import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from './run-cli.js';

const base = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'cases', 'late-shipment.json'), 'utf8'));
const caseLine = (id: string) => JSON.stringify({ ...base, caseId: id });

/** 80 cases with, in the middle, a line that is not JSON, a line that is not a case, and a blank line. */
const lines = [
  ...Array.from({ length: 40 }, (_, i) => caseLine(`C${i + 1}`)),
  '{"caseId": "broken',
  JSON.stringify({ caseId: 'INVALID', platform: 'ebay' }),
  '',
  ...Array.from({ length: 40 }, (_, i) => caseLine(`C${i + 41}`)),
];
const input = `${lines.join('\n')}\n`;

describe.concurrent('aftersale-rules batch', { timeout: 30_000 }, () => {
  const first = cli(['batch'], { input });

  it('writes one line per non-blank input line, in input order, invalid lines as error objects', async () => {
    const one = await first;
    expect(one.stderr).toBe(''); // stderr is not a terminal: no progress line
    const out = one.stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(out).toHaveLength(82);
    expect(out.slice(0, 40).map((v) => v.caseId)).toEqual(Array.from({ length: 40 }, (_, i) => `C${i + 1}`));
    expect(out[40]).toMatchObject({ error: { line: 41, code: 'invalid_json' } });
    expect(out[41]).toMatchObject({ error: { line: 42, caseId: 'INVALID', code: 'invalid_case' } });
    expect(out[41].error.issues).toContainEqual(expect.objectContaining({ path: 'platform' }));
    expect(out.slice(42).map((v) => v.caseId)).toEqual(Array.from({ length: 40 }, (_, i) => `C${i + 41}`));
    for (const v of [...out.slice(0, 40), ...out.slice(42)]) expect(v.outcome.liability).toBe('seller');
  });

  it('exits 2 when a line was invalid, 0 when every line was judged', async () => {
    const one = await first;
    expect(one.status).toBe(2);
    const clean = await cli(['batch'], { input: `${caseLine('A')}\n${caseLine('B')}` });
    expect(clean.status).toBe(0);
    expect(clean.stdout.trimEnd().split('\n').map((l) => JSON.parse(l).caseId)).toEqual(['A', 'B']);
  });

  it('--workers 2 writes exactly what one thread writes', async () => {
    const [one, two] = await Promise.all([first, cli(['batch', '--workers', '2'], { input })]);
    expect(two.status).toBe(2);
    expect(two.stderr).toBe('');
    expect(two.stdout).toBe(one.stdout);
  });

  it('empty input gives empty output', async () => {
    const r = await cli(['batch']);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});
