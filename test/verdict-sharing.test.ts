// Verdicts never share mutable objects: with each other, or with the pack. An object reachable
// from two verdicts (a rule's message, a condition's list of values) must be frozen, all the way down.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJudge } from '../src/judge/judge.js';
import type { Verdict } from '../src/schema/verdict.js';

const root = join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => (JSON.parse(readFileSync(join(root, f), 'utf8')) as { case: unknown }).case);

function objects(v: unknown, out: Set<object>): Set<object> {
  if (v === null || typeof v !== 'object' || out.has(v)) return out;
  out.add(v);
  for (const x of Object.values(v)) objects(x, out);
  return out;
}

describe('verdicts share no mutable object', () => {
  for (const trace of ['full', 'fired', 'none'] as const) {
    it(`trace: ${trace}`, async () => {
      const judge = createJudge({ trace });
      const seen = new Map<object, string>();
      for (const c of cases) {
        const r = await judge.safeJudge(c);
        if (!r.ok) continue;
        const v: Verdict = r.verdict;
        for (const o of objects(v, new Set())) {
          const before = seen.get(o);
          if (before !== undefined && before !== v.caseId && !Object.isFrozen(o))
            expect.fail(`${v.caseId} shares a mutable object with ${before}: ${JSON.stringify(o).slice(0, 120)}`);
          seen.set(o, v.caseId);
        }
      }
    });
  }
});
