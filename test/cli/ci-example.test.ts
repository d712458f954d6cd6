// The README's CI workflow for a shop's rules repository ("Rules in CI"), run as written: its
// `npx aftersale-rules` commands, in a copy of the shipped pack and fixtures where one rule changed
// (the quality-return freight cap lowered from the returnFreightCap default to 10 yuan), with the
// unchanged pack as the base branch's.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, type Run } from './run-cli.js';
import { parseXml } from './xml.js';

/** The workflow block of the README section, and its `aftersale-rules` commands as argv (with a `> file` redirect). */
function workflowCommands(): { argv: string[]; to?: string }[] {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Rules in CI'));
  const yaml = section.slice(section.indexOf('```yaml'), section.indexOf('```', section.indexOf('```yaml') + 3));
  return [...yaml.matchAll(/- run: npx aftersale-rules (.*)$/gm)].map((m) => {
    const [cmd, to] = (m[1] as string).split(' > ');
    return { argv: (cmd as string).trim().split(/\s+/), ...(to !== undefined ? { to: to.trim() } : {}) };
  });
}

const repo = mkdtempSync(join(tmpdir(), 'aftersale-ci-example-'));
afterAll(() => rmSync(repo, { recursive: true, force: true }));

const RULE_FILE = join('rules', 'return-freight', 'quality-freight.json');
const commands = workflowCommands();
const results = new Map<string, Run>();

beforeAll(async () => {
  cpSync(join(ROOT, 'rules'), join(repo, 'base', 'rules'), { recursive: true });
  cpSync(join(ROOT, 'rules'), join(repo, 'rules'), { recursive: true });
  cpSync(join(ROOT, 'fixtures'), join(repo, 'fixtures'), { recursive: true });
  const text = readFileSync(join(repo, RULE_FILE), 'utf8');
  const changed = text.replace('"cap": { "fact": "returnFreightCap" }', '"cap": 10');
  expect(changed).not.toBe(text);
  writeFileSync(join(repo, RULE_FILE), changed);
  // The steps are independent: run side by side.
  await Promise.all(
    commands.map(async ({ argv, to }) => {
      const r = await cli(argv, { cwd: repo });
      if (to !== undefined) writeFileSync(join(repo, to), r.stdout);
      results.set(argv[0] as string, r);
    }),
  );
}, 300_000);

describe('the README CI workflow on a pack with one rule changed', () => {
  it('has the three steps: lint, test with JUnit and coverage, diff as markdown', () => {
    expect(commands.map((c) => c.argv[0])).toEqual(['lint', 'test', 'diff']);
  });

  it('lint: the pack lints clean, with no warnings', () => {
    const r = results.get('lint');
    expect(r?.stdout.trim().split('\n').at(-1)).toBe('0 errors, 0 warnings');
    expect(r?.status).toBe(0);
  });

  it('test: the fixtures that expect the 15-yuan cap fail, each naming the rule that set the cap', () => {
    const r = results.get('test');
    expect(r?.status).toBe(1);
    const root = parseXml(readFileSync(join(repo, 'report.xml'), 'utf8'));
    const failures = root.children.flatMap((s) =>
      s.children.flatMap((c) => c.children.filter((x) => x.name === 'failure')),
    );
    expect(failures.length).toBeGreaterThan(0);
    for (const f of failures) {
      expect(f.attributes.message).toContain('outcome.freight.return.cap');
      expect(f.attributes.message).toContain('RET-QUALITY-FREIGHT-CAP');
    }
    // Coverage was measured and written as LCOV on the rule files.
    expect(r?.stdout).toMatch(/rules fired {12}\d+\/\d+ \(\d+(\.\d)?%\)/);
    const lcov = readFileSync(join(repo, 'coverage', 'lcov.info'), 'utf8');
    expect(lcov).toContain(`SF:${RULE_FILE}`);
  });

  it('diff: the markdown names the cap change with its cases, and the base pack is unchanged', () => {
    expect(results.get('diff')?.status).toBe(0);
    const md = readFileSync(join(repo, 'impact.md'), 'utf8');
    const rows = [...md.matchAll(/^\| `freight\.return\.cap` \| ([\d.]+|\(none\)) \| 10 \| (\d+) \| (.*) \|$/gm)];
    expect(rows.length).toBeGreaterThan(0);
    for (const [, , count, ids] of rows) {
      expect(Number(count)).toBeGreaterThan(0);
      expect(ids).toMatch(/^fixtures\//);
    }
    expect(md).toMatch(/^\*\*\d+\*\* of \d+ case\(s\) changed\.$/m);
    expect(readFileSync(join(repo, 'base', RULE_FILE), 'utf8')).toBe(readFileSync(join(ROOT, RULE_FILE), 'utf8'));
  });
});
