import { spawn } from 'node:child_process';
import { closeSync, openSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, CLI, ROOT, cli } from './run-cli.js';

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

describe.concurrent('aftersale-rules batch', { timeout: CLI_TIMEOUT }, () => {
  const first = cli(['batch'], { input });

  it('writes one line per non-blank input line, in input order, invalid lines as error objects', async () => {
    const one = await first;
    expect(one.stderr).toBe(''); // stderr is not a terminal: no progress line
    const out = one.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
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
    expect(
      clean.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l).caseId),
    ).toEqual(['A', 'B']);
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

  it('a worker that dies is replaced: the line that killed it (twice) is a worker_failed line, every other line is judged, exit 2', async () => {
    // The test hook (src/cli/batch-worker.ts, TEST_OOM_ENV) makes a line holding the marker exhaust
    // its worker's heap: a real out-of-memory death under the worker's resourceLimits.
    const marker = 'KILL-THIS-WORKER';
    const killer = (id: string) => JSON.stringify({ ...base, caseId: id, note: marker });
    const many = Array.from({ length: 100 }, (_, i) =>
      i === 4 || i === 69 ? killer(`K${i + 1}`) : caseLine(`C${i + 1}`),
    );
    const r = await cli(['batch', '--workers', '2'], {
      input: `${many.join('\n')}\n`,
      env: { AFTERSALE_TEST_WORKER_OOM: marker },
    });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(2);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(100);
    for (const [i, v] of out.entries()) {
      if (i === 4 || i === 69)
        expect(v).toEqual({
          error: { line: i + 1, code: 'worker_failed', message: expect.stringMatching(/out of memory/i) },
        });
      else expect(v.caseId).toBe(`C${i + 1}`);
    }
  });

  it(`--workers above 4 × the cores (${4 * availableParallelism()}) is a usage error, exit 2`, async () => {
    const r = await cli(['batch', '--workers', String(4 * availableParallelism() + 1)], { input: caseLine('A') });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain(`at most ${4 * availableParallelism()}`);
    expect((await cli(['batch', '--workers', '0'], { input: caseLine('A') })).status).toBe(2);
  });

  it('breaks lines at \\n and \\r\\n only: a lone \\r is whitespace inside a line', async () => {
    const withCr = caseLine('A').replace(',', ',\r');
    const r = await cli(['batch'], { input: `${withCr}\r\n${caseLine('B')}\r\n{"broken\r\n` });
    expect(r.status).toBe(2);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((v) => v.caseId ?? v.error.code)).toEqual(['A', 'B', 'invalid_json']);
    expect(out[2].error.line).toBe(3);
  });

  it('a line longer than the limit is a line_too_large line, not read into memory; the next line is judged', async () => {
    const huge = `{"caseId":"${'x'.repeat(9 * 1024 * 1024)}"}`;
    const r = await cli(['batch', '--workers', '2'], { input: `${caseLine('A')}\n${huge}\n${caseLine('C')}\n` });
    expect(r.status).toBe(2);
    const out = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(3);
    const { line, code, message } = out[1].error; // compared field by field: a failure must not print the 9 MiB line
    expect([line, code, String(message).length < 200 && /MiB/.test(message)]).toEqual([2, 'line_too_large', true]);
    expect(Object.keys(out[1].error)).toEqual(['line', 'code', 'message']);
    expect([out[0].caseId, out[2].caseId]).toEqual(['A', 'C']);
  });

  it.each(['1', '2'])(
    'with --workers %s, a reader that closes the pipe early (| head) ends it quietly',
    async (workers) => {
      const big = `${Array.from({ length: 3000 }, (_, i) => caseLine(`C${i}`)).join('\n')}\n`;
      const child = spawn(process.execPath, [CLI, 'batch', '--workers', workers], {
        cwd: ROOT,
        stdio: ['pipe', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdout.once('data', () => child.stdout.destroy());
      child.stdin.on('error', () => {});
      child.stdin.end(big);
      const [status, signal] = await new Promise<[number | null, string | null]>((resolve) =>
        child.on('close', (c, s) => resolve([c, s])),
      );
      expect(stderr).toBe('');
      expect(signal).toBeNull();
      expect(status).toBe(0);
    },
  );

  it('an output that cannot be written (a full disk) is one line on stderr, exit 1, no stack', async () => {
    const full = openSync('/dev/full', 'w');
    try {
      const child = spawn(process.execPath, [CLI, 'batch'], { cwd: ROOT, stdio: ['pipe', full, 'pipe'] });
      let stderr = '';
      child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d));
      child.stdin?.on('error', () => {});
      child.stdin?.end(input);
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect(status).toBe(1);
      expect(stderr.trim().split('\n')).toHaveLength(1);
      expect(stderr).toMatch(/cannot write/i);
      expect(stderr).not.toMatch(/\bat .*:\d+:\d+/);
    } finally {
      closeSync(full);
    }
  });
});

describe('batch --trace', { timeout: CLI_TIMEOUT }, () => {
  it('none: the same verdicts with an empty trace, on the main thread and on workers', async () => {
    const input = `${caseLine('T1')}\n${caseLine('T2')}\n`;
    const full = (await cli(['batch'], { input })).stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as { trace: unknown[] });
    for (const workers of ['1', '2']) {
      const r = await cli(['batch', '--trace', 'none', '--workers', workers], { input });
      expect(r.status).toBe(0);
      const none = r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { trace: unknown[] });
      expect(none.map((v) => v.trace)).toEqual([[], []]);
      expect(none).toEqual(full.map((v) => ({ ...v, trace: [] })));
    }
  });

  it('rejects an unknown mode (exit 2)', async () => {
    const r = await cli(['batch', '--trace', 'some'], { input: '' });
    expect(r.status).toBe(2);
  });
});

describe('batch --questions', { timeout: CLI_TIMEOUT }, () => {
  it("unknown: the verdicts of all with only the unknown facts' questions, on the main thread and on workers", async () => {
    const input = `${caseLine('Q1')}\n${caseLine('Q2')}\n`;
    const parse = (out: string) =>
      out
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as { openQuestions: { kind: string }[] });
    const all = parse((await cli(['batch', '--trace', 'none'], { input })).stdout);
    const expected = all.map((v) => ({
      ...v,
      openQuestions: v.openQuestions.filter((q) => q.kind === 'unknown'),
      questionsOmitted: 'not_shown',
    }));
    for (const workers of ['1', '2']) {
      const r = await cli(['batch', '--trace', 'none', '--questions', 'unknown', '--workers', workers], { input });
      expect(r.status).toBe(0);
      expect(parse(r.stdout)).toEqual(expected);
    }
  });

  it('rejects an unknown value (exit 2)', async () => {
    const r = await cli(['batch', '--questions', 'some'], { input: '' });
    expect(r.status).toBe(2);
  });
});
