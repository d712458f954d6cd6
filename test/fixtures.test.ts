import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../src/judge/check-fixture.js';
import { createJudge } from '../src/judge/judge.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const judge = createJudge();
const families = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

describe('fixtures', () => {
  it('exist', () => {
    expect(families.length).toBeGreaterThan(0);
  });
  for (const family of families) {
    describe(family, () => {
      const files = readdirSync(join(root, family))
        .filter((f) => f.endsWith('.json'))
        .sort();
      for (const file of files) {
        it(file.replace(/\.json$/, ''), async () => {
          let raw: unknown;
          expect(() => (raw = JSON.parse(readFileSync(join(root, family, file), 'utf8')))).not.toThrow();
          const result = await checkFixture(judge, raw);
          if (result.status === 'error') expect.fail(result.message);
          expect(result.status === 'fail' ? result.mismatches : []).toEqual([]);
        });
      }
    });
  }
});
