import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { updatedReadme } from '../scripts/fact-reference.js';

it('the README fact reference lists every fact and the rules that read it (run `npm run docs` when this fails)', () => {
  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  expect(updatedReadme(readme)).toBe(readme);
});
