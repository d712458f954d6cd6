// Hostile JSON text on every door: duplicate keys under deep nesting, thousands of repeats of one
// key, a key given twice on the agent's side of the check. The check is bounded: at most
// MAX_ISSUES issues plus a count, no path deeper than the case budget, linear work. The sizes are
// those an attack used (16 KB and 160 KB bodies, a 48 KB batch line, 600 KB of one repeated key).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeLine } from '../src/cli/batch-line.js';
import { MAX_ISSUES, type Issue } from '../src/shared/errors.js';
import { createJudge } from '../src/index.js';
import { CASE_BUDGET } from '../src/schema/case-budget.js';
import { caseTextIssues } from '../src/schema/case-text.js';
import { duplicateKeyIssues, jsonTextIssues, parseJsonText } from '../src/shared/json-text.js';
import { createApp } from '../src/server/app.js';
import { cli } from './cli/run-cli.js';
import { deepDuplicates, flatDuplicates } from './hostile-inputs.js';

const KB = 1024;
const longestPath = (issues: readonly Issue[]) => Math.max(...issues.map((i) => i.path.length));

describe('the JSON text check', () => {
  it('still finds each duplicate at its path, at any depth the budget allows and in arrays', () => {
    expect(
      jsonTextIssues('{"a":1,"order":{"amount":1,"x":[{"k":1,"k":2}],"amount":100},"a":2}').map(
        (i) => `${i.path} ${i.code}`,
      ),
    ).toEqual(['order.x[0].k duplicate_key', 'order.amount duplicate_key', 'a duplicate_key']);
    // The old name is the same check.
    expect(duplicateKeyIssues('{"a":1,"a":2}')).toEqual(jsonTextIssues('{"a":1,"a":2}'));
  });

  it('reports nesting past the case budget once, at a path no deeper than the budget, and reads no further in', () => {
    const issues = caseTextIssues(`${'['.repeat(100_000)}${']'.repeat(100_000)}`);
    expect(issues).toEqual([
      { code: 'too_deep', path: '[0][0][0][0]', message: expect.stringMatching(/at most 4 levels/) },
    ]);
    // A case nested one level too deep: the same issue (code, path, message) as the case's own size check.
    const c = { caseId: 'X', order: { a: { b: { c: {} } } } };
    expect(caseTextIssues(JSON.stringify(c))).toEqual([
      expect.objectContaining({ code: 'too_deep', path: 'order.a.b.c' }),
    ]);
    // A body holding a case sits a level higher; a shop policy a level lower.
    expect(caseTextIssues(JSON.stringify({ case: c }), { rootLevel: -1 })[0]?.path).toBe('case.order.a.b.c');
    expect(caseTextIssues(JSON.stringify({ a: { b: { c: {} } } }), { rootLevel: 1 })[0]?.path).toBe('a.b.c');
  });

  it.each([16 * KB, 160 * KB, 48 * KB])('%i bytes of duplicates inside deep nesting: one bounded issue', (bytes) => {
    const issues = caseTextIssues(deepDuplicates(bytes));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ code: 'too_deep' });
    expect(longestPath(issues)).toBeLessThanOrEqual('[0]'.length * CASE_BUDGET.maxDepth);
  });

  it('lists at most MAX_ISSUES duplicates of 600 KB of one repeated key, and counts the rest', () => {
    const text = flatDuplicates(600 * KB);
    const repeats = (text.match(/"a"/g)?.length ?? 0) - 1;
    const issues = jsonTextIssues(text);
    expect(issues).toHaveLength(MAX_ISSUES + 1);
    expect(issues.at(-1)).toEqual({
      code: 'too_many_issues',
      path: '',
      message: `… and ${repeats - MAX_ISSUES} more issues (only the first ${MAX_ISSUES} are listed)`,
    });
    expect(JSON.stringify(issues).length).toBeLessThan(16 * KB);
  });

  it('clips a long key in a path and a message', () => {
    const key = 'k'.repeat(100_000);
    const [issue] = jsonTextIssues(`{"${key}":1,"${key}":2}`);
    expect(issue?.path).toBe(`${'k'.repeat(32)}…`);
    expect(issue?.message.length).toBeLessThan(200);
  });

  it('costs about what a benign text of the same size costs: linear work (a ratio in this process, not a duration)', () => {
    // The fastest of several runs each, taken in turn with a benign text of the same size in the
    // same process (the fastest, because a collection of other files' garbage may land in any run).
    const benign = (bytes: number) => JSON.stringify({ s: Array.from({ length: bytes / 10 }, (_, i) => i % 10_000) });
    const texts = [deepDuplicates(160 * KB), benign(160 * KB)] as const;
    const best = [Infinity, Infinity];
    for (let i = 0; i < 9; i++)
      texts.forEach((text, k) => {
        const t = performance.now();
        jsonTextIssues(text);
        best[k] = Math.min(best[k] as number, performance.now() - t);
      });
    const ratio = (best[0] as number) / (best[1] as number);
    // The quadratic scan this replaces took minutes for 160 KB; linear work stays within a small factor.
    expect(ratio).toBeLessThan(20);
  });

  it('drops a leading byte order mark', () => {
    expect(parseJsonText('\uFEFF{"a":1}')).toEqual({ ok: true, value: { a: 1 } });
    expect(parseJsonText('{"a":1,"a":2}')).toMatchObject({ ok: false, issues: [{ code: 'duplicate_key' }] });
    expect(parseJsonText('{')).toMatchObject({ ok: false, malformed: expect.any(String) });
  });
});

describe('every door goes through the bounded check', () => {
  const app = createApp({ log: false });
  const postJson = (path: string, body: string) =>
    app.request(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });

  it.each([16 * KB, 160 * KB])(
    'POST /v1/judge with %i bytes of deep duplicates: 400, a short answer',
    async (bytes) => {
      const res = await postJson('/v1/judge', deepDuplicates(bytes));
      expect(res.status).toBe(400);
      const text = await res.text();
      expect(text.length).toBeLessThan(2 * KB);
      expect(JSON.parse(text)).toMatchObject({ issues: [{ code: 'too_deep' }] });
    },
  );

  it('POST /v1/judge and /v1/what-if with 600 KB of one repeated key: 100 issues and a count', async () => {
    for (const [path, body] of [
      ['/v1/judge', flatDuplicates(600 * KB)],
      ['/v1/what-if', `{"case":${flatDuplicates(600 * KB)},"patch":{}}`],
    ] as const) {
      const res = await postJson(path, body);
      expect(res.status).toBe(400);
      const { issues } = (await res.json()) as { issues: Issue[] };
      expect(issues).toHaveLength(MAX_ISSUES + 1);
      expect(issues.at(-1)?.code).toBe('too_many_issues');
    }
  });

  it('a batch line of 48 KB of deep duplicates, or 600 KB of one key: one capped error line', async () => {
    const judge = createJudge();
    const deep = await judgeLine(judge, deepDuplicates(48 * KB), 1);
    expect(deep.ok).toBe(false);
    expect(deep.text.length).toBeLessThan(2 * KB);
    const flat = await judgeLine(judge, flatDuplicates(600 * KB), 2);
    const error = (JSON.parse(flat.text) as { error: { issues: Issue[] } }).error;
    expect(error.issues).toHaveLength(MAX_ISSUES + 1);
    expect(flat.text.length).toBeLessThan(16 * KB);
  });

  it('the command: `judge` and `batch` on the same inputs answer in bounded output', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftersale-hostile-'));
    const file = join(dir, 'deep.json');
    writeFileSync(file, deepDuplicates(160 * KB));
    const [judged, batched] = await Promise.all([
      cli(['judge', file, '--json']),
      cli(['batch'], { input: `${deepDuplicates(48 * KB)}\n${flatDuplicates(600 * KB)}\n` }),
    ]);
    expect(judged.status).toBe(2);
    expect(judged.stderr.length).toBeLessThan(2 * KB);
    expect(judged.stderr).toContain('→ at [0][0][0][0]');
    expect(batched.status).toBe(2);
    const lines = batched.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    expect(batched.stdout.length).toBeLessThan(20 * KB);
    expect((JSON.parse(lines[1] as string) as { error: { issues: Issue[] } }).error.issues).toHaveLength(
      MAX_ISSUES + 1,
    );
  }, 60_000);
});
