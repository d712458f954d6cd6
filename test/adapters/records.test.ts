// The adapters on the public examples of each platform's records (test/fixtures/adapters/): one
// test per record file — the case drafted, the notes, and the verdict the seeds give once the
// caller's own facts (`add`) are merged in.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromPinduoduo, fromTaobao, fromTrace, mergeCase, type AdapterResult } from '../../src/adapters/index.js';
import { safeJudge } from '../../src/index.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'adapters');

interface RecordFixture {
  description: string;
  records: string;
  adapter: 'pinduoduo' | 'taobao' | 'trace';
  options: Record<string, unknown>;
  input: unknown;
  add?: Record<string, unknown>;
  expect: {
    case: Record<string, unknown>;
    missingRequired: string[];
    unmapped: string[];
    verdict: {
      source: string;
      outcome: Record<string, unknown>;
      status?: Record<string, unknown>;
      firstQuestion?: string;
    };
  };
}

const run = (f: RecordFixture): AdapterResult =>
  f.adapter === 'pinduoduo'
    ? fromPinduoduo(f.input as never, f.options as never)
    : f.adapter === 'taobao'
      ? fromTaobao(f.input as never, f.options as never)
      : fromTrace(f.input, f.options as never);

const files = readdirSync(DIR)
  .filter((f) => f.endsWith('.json'))
  .sort();

describe.each(files)('%s', (file) => {
  const f = JSON.parse(readFileSync(join(DIR, file), 'utf8')) as RecordFixture;
  const r = run(f);

  it('drafts the case the record establishes, naming what it leaves out', () => {
    expect(r.case).toEqual(f.expect.case);
    expect(r.missingRequired).toEqual(f.expect.missingRequired);
    expect(r.unmapped.map((u) => u.field)).toEqual(f.expect.unmapped);
  });

  it(`judges as the seeds say (${f.expect.verdict.source})`, async () => {
    const merged = mergeCase(r.case, f.add ?? {});
    expect(merged.conflicts).toEqual([]);
    const result = await safeJudge(merged.case);
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.verdict.outcome).toMatchObject(f.expect.verdict.outcome);
    if (f.expect.verdict.status) expect(result.verdict.status).toMatchObject(f.expect.verdict.status);
    if (f.expect.verdict.firstQuestion)
      expect(result.verdict.openQuestions[0]?.fact).toBe(f.expect.verdict.firstQuestion);
  });
});

it("the README's worked example shows the draft its record gives", () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const name = 'pdd-list-signed-no-longer-wanted';
  const at = readme.indexOf('<!-- records:pdd-draft -->');
  expect(at).toBeGreaterThan(-1);
  const open = readme.indexOf('\n', readme.indexOf('```json', at)) + 1;
  const shown = JSON.parse(readme.slice(open, readme.indexOf('```', open)));
  const f = JSON.parse(readFileSync(join(DIR, `${name}.json`), 'utf8')) as RecordFixture;
  expect(shown).toEqual(run(f).case);
});

it("the README's adapter code imports names the entry points export", async () => {
  const readme = readFileSync(join(import.meta.dirname, '..', '..', 'README.md'), 'utf8');
  const at = readme.indexOf('<!-- records:code -->');
  expect(at).toBeGreaterThan(-1);
  const open = readme.indexOf('\n', readme.indexOf('```ts', at)) + 1;
  const code = readme.slice(open, readme.indexOf('```', open));
  const modules: Record<string, () => Promise<Record<string, unknown>>> = {
    'aftersale-rules': () => import('../../src/index.js'),
    'aftersale-rules/adapters': () => import('../../src/adapters/index.js'),
  };
  const imports = [...code.matchAll(/import \{([^}]+)\} from '([^']+)'/g)];
  expect(imports.length).toBe(2);
  for (const [, names, from] of imports) {
    const mod = await modules[from as string]!();
    for (const n of (names as string).split(',').map((x) => x.trim()))
      expect(mod, `${n} from ${from}`).toHaveProperty(n);
  }
});
