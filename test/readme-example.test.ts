import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { formatVerdict } from '../src/cli/format-verdict.js';
import { judge } from '../src/index.js';

const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');

/** The fenced block right after a `<!-- worked-example:NAME -->` marker. */
function block(name: string): string {
  const at = readme.indexOf(`<!-- worked-example:${name} -->`);
  expect(at, `README marker worked-example:${name}`).toBeGreaterThan(-1);
  const open = readme.indexOf('\n', readme.indexOf('```', at)) + 1;
  return readme.slice(open, readme.indexOf('```', open)).replace(/\n$/, '');
}

it("the README's worked example prints what the library says of its case", async () => {
  const verdict = await judge(JSON.parse(block('case')));
  expect(formatVerdict(verdict, 'en').replace(/\n$/, '')).toBe(block('verdict'));
  expect(verdict.status).toEqual({ liability: 'firm', remedy: 'provisional', countsTowardDisputeRate: 'firm' });
});
