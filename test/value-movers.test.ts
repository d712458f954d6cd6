// `valueMovers`: the questions' probes judge an answer only when it may move a rule that could
// change a decision's value, and skip resolving again when every rule an answer moved is none of
// them. That holds only if rules none of which could change a value alone change none together:
// on every fixture and sparse variants of them (fixed seed), every rule that is not a mover is
// made to fire or stop firing, alone and all together with a random half of the others, and every
// decision's value, and what the second stage reads of them, must stay as it was.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Evaluated } from '../src/evaluate/evaluated.js';
import { SINGLE_KEYS } from '../src/verdict/decisions.js';
import { collectOutcome } from '../src/verdict/fold-verdict.js';
import { collectedKeys } from '../src/verdict/collected-keys.js';
import { decisionValue, resolveDecisions, valueMovers } from '../src/verdict/resolve-decisions.js';
import { resolvedOutcomeFacts } from '../src/judge/stage-two.js';
import { loadPack } from '../src/pack/load-pack.js';
import { fixtures, probeInputOf, sparseVariants } from './helpers/questions.js';

const pack = loadPack(join(import.meta.dirname, '..', 'rules'));
const all = fixtures().filter((s) => s.judgeOptions === undefined);
const stories = [...all, ...sparseVariants(all, 60, 53)];

/** The rule made to fire, or to stop firing (false on the record, nothing waiting, nothing to show). */
const flipped = (e: Evaluated): Evaluated => ({
  compiled: e.compiled,
  fired: !e.fired,
  trace: { ...e.trace, result: !e.fired, shownResult: !e.fired, missing: [], notShown: [] },
});

/** What a resolution decides: each decision's value, what stage 2 reads, the collected decisions. */
function decided(rules: readonly Evaluated[], facts: Record<string, unknown>): string {
  const res = resolveDecisions(rules, []);
  return JSON.stringify([
    SINGLE_KEYS.map((k) => decisionValue(res, k)),
    resolvedOutcomeFacts(res),
    [...collectedKeys(collectOutcome(rules, res, facts))].map(([k, v]) => [k, v.value]),
  ]);
}

describe('valueMovers: rules that could not change a value alone change none together', () => {
  it.each(stories.map((s, n) => [s.name, s, n] as const))('%s', (_, s, n) => {
    const p = probeInputOf(pack, s.case);
    if (!p) return;
    const rules = p.evaluated;
    const movers = valueMovers(rules, resolveDecisions(rules, []), true);
    const before = decided(rules, p.facts);
    const others = rules.flatMap((_, i) => (movers[i] === 0 ? [i] : []));
    const wrong: string[] = [];
    for (const i of others)
      if (
        decided(
          rules.map((e, j) => (j === i ? flipped(e) : e)),
          p.facts,
        ) !== before
      )
        wrong.push(rules[i]?.compiled.spec.id ?? String(i));
    // All together with a random half (fixed by the story's place), as an answer may move several.
    const half = new Set(others.filter((i) => (i * 7 + n) % 2 === 0));
    if (
      decided(
        rules.map((e, j) => (half.has(j) ? flipped(e) : e)),
        p.facts,
      ) !== before
    )
      wrong.push('together');
    expect(wrong).toEqual([]);
    expect(movers.length).toBe(rules.length);
  });
});
