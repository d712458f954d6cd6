import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { FACTS_DOC, updatedFactsDoc } from '../scripts/fact-reference.js';

it('the fact reference (docs/facts.md) lists every fact and the rules that read it (run `npm run docs` when this fails)', () => {
  const text = readFileSync(join(import.meta.dirname, '..', FACTS_DOC), 'utf8');
  expect(updatedFactsDoc(text)).toBe(text);
});
