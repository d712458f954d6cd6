import { join } from 'node:path';
import { expect, it } from 'vitest';
import { negatives } from './helpers/fixture-stories.js';

// Fixtures tell stories: a fact a shop backend would not record is not written in. An explicit
// false or "none" whose removal changes neither the asserted outcome nor any decision's status
// is noise that hides how the library decides on a sparse case.
it('at most 10 % of the explicit false / "none" facts in the fixtures change nothing asserted', async () => {
  const found = await negatives(join(import.meta.dirname, '..', 'fixtures'));
  const idle = found.filter((n) => !n.needed);
  expect(found.length).toBeGreaterThan(0);
  expect(idle.length / found.length, idle.map((n) => `${n.file} case.${n.path}`).join('\n')).toBeLessThanOrEqual(0.1);
}, 120_000);
