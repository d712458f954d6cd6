// The differential test: the compiled evaluator (closures compiled from each rule's conditions at
// load) and the reference evaluator (json-rules-engine) must give byte-identical verdicts —
// every fixture (with its judge options) and generated valid cases from a fixed seed, each judged
// with the full trace: 2,000 in `npm test`, 10,000 in `npm run test:full` (EVALUATOR_RUNS sets another size).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createJudge, type JudgeOptions } from '../src/judge/judge.js';
import { sizeOf } from './helpers/sizes.js';
import { validCase } from './props-arbitraries.js';

const RUNS = sizeOf('EVALUATOR_RUNS', { quick: 2_000, full: 10_000 });
const SEED = 20_261_130;
const root = join(import.meta.dirname, '..', 'fixtures');

const compiled = createJudge();
const reference = createJudge({ evaluator: 'reference' });

async function both(input: unknown, options: Omit<JudgeOptions, 'pack'> = {}): Promise<[string, string]> {
  const c = await compiled.with(options).safeJudge(input);
  const r = await reference.with({ ...options, evaluator: 'reference' }).safeJudge(input);
  return [JSON.stringify(c), JSON.stringify(r)];
}

describe('compiled evaluator = json-rules-engine reference, byte for byte', () => {
  it('on every fixture', async () => {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .sort();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      const fixture = JSON.parse(readFileSync(join(root, f), 'utf8')) as {
        case: unknown;
        judgeOptions?: Omit<JudgeOptions, 'pack'>;
      };
      const [c, r] = await both(fixture.case, fixture.judgeOptions ?? {});
      expect(c, f).toBe(r);
      const [c2, r2] = await both(fixture.case);
      expect(c2, f).toBe(r2);
    }
  });

  it(`on ${RUNS} generated cases`, { timeout: 600_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(validCase, async (input) => {
        const [c, r] = await both(input);
        expect(c).toBe(r);
      }),
      { numRuns: RUNS, seed: SEED },
    );
  });
});

describe("trace: 'full' | 'fired' | 'none'", () => {
  it('changes only the trace: fired keeps the entries of the rules that fired, none keeps none', async () => {
    const files = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((f) => f.endsWith('.json'))
      .sort();
    const fired = createJudge({ trace: 'fired' });
    const none = createJudge({ trace: 'none' });
    for (const f of files) {
      const input = (JSON.parse(readFileSync(join(root, f), 'utf8')) as { case: unknown }).case;
      const [a, b, c] = [await compiled.safeJudge(input), await fired.safeJudge(input), await none.safeJudge(input)];
      if (!a.ok || !b.ok || !c.ok) continue;
      expect(JSON.stringify(b.verdict), f).toBe(
        JSON.stringify({ ...a.verdict, trace: a.verdict.trace.filter((t) => t.fired) }),
      );
      expect(b.verdict.trace.every((t) => t.fired)).toBe(true);
      expect(c.verdict.trace).toEqual([]);
      expect(JSON.stringify({ ...c.verdict, trace: a.verdict.trace })).toBe(JSON.stringify(a.verdict));
    }
  });

  it('rejects an unknown trace mode or evaluator', () => {
    expect(() => createJudge({ trace: 'some' as never })).toThrow(TypeError);
    expect(() => createJudge({ evaluator: 'fast' as never })).toThrow(TypeError);
  });
});
