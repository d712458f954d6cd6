import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPartial } from '../src/judge/check-fixture.js';
import { formatVerdict } from '../src/cli/format-verdict.js';
import { judge, type CaseInput } from '../src/index.js';
import { Outcome, Ruleset, VerdictSchema } from '../src/schema/verdict.js';
import { block, repoText, root } from './helpers/readme.js';

const readme = repoText('README.md');

describe("the README's first screen", () => {
  const exampleCase = JSON.parse(readFileSync(join(root, 'examples', 'late-shipment.json'), 'utf8')) as CaseInput;

  it('shows the example case as examples/late-shipment.json holds it', () => {
    expect(JSON.parse(block(readme, 'first-screen:case'))).toEqual(exampleCase);
  });

  it('shows what the library says of it (objects as subsets, arrays in full)', async () => {
    const verdict = await judge(exampleCase);
    expect(matchPartial(verdict, JSON.parse(block(readme, 'first-screen:verdict')))).toEqual([]);
  });

  it('reads the verdict in code as the comments say', async () => {
    const verdict = (await judge(exampleCase)) as unknown;
    const checks = [...block(readme, 'first-screen:code').matchAll(/^verdict((?:\.\w+|\[\d+\])+); \/\/ '([^']*)'$/gm)];
    expect(checks.length).toBeGreaterThanOrEqual(3);
    for (const [, path, expected] of checks) {
      const value = path!
        .split(/\.|\[|\]/)
        .filter(Boolean)
        .reduce<unknown>((at, key) => (at as Record<string, unknown>)[key], verdict);
      expect(value, `verdict${path}`).toBe(expected);
    }
  });
});

it("the README's worked example prints what the library says of its case", async () => {
  const verdict = await judge(JSON.parse(block(readme, 'worked-example:case')));
  expect(formatVerdict(verdict, 'en').replace(/\n$/, '')).toBe(block(readme, 'worked-example:verdict'));
  expect(verdict.status).toEqual({ liability: 'firm', remedy: 'provisional', countsTowardDisputeRate: 'firm' });
});

it("the README's verdict table names every field of the verdict", () => {
  const start = readme.indexOf('\n## The verdict\n');
  const section = readme.slice(start, readme.indexOf('\n## ', start + 1));
  const rows = section.split('\n').filter((l) => l.startsWith('| `'));
  const named = rows.map((r) => r.split(' | ')[0]!).join(' ');
  for (const key of Object.keys(VerdictSchema.shape).filter((k) => k !== 'outcome'))
    expect(named, `field ${key}`).toContain(`\`${key}\``);
  for (const key of Object.keys(Outcome.shape)) expect(named, `field outcome.${key}`).toContain(`\`outcome.${key}\``);
  const ruleset = rows.find((r) => r.startsWith('| `ruleset` |'))!;
  for (const key of Object.keys(Ruleset.shape))
    expect(ruleset, `field ruleset.${key}`).toMatch(new RegExp(`\\b${key}\\b`));
});
