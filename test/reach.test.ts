// What the questions' probes rule out before judging an answer (`reachOf` and each compiled rule's
// `program.reach`): whatever an answer to an absent fact says, every rule of the case's selection
// must come out, on the answered case derived whole, as `reach` allowed with that fact free. An
// answer `reach` rules out is never judged, so a result outside it would be a question lost. On
// every fixture and sparse variants of them (fixed seed), each absent case field or absent object
// answered with each answer the probe would try for it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerCandidates, answered, reachOf } from '../src/judge/answer-probe.js';
import { readIndexOf } from '../src/judge/answer-candidates.js';
import { REACH_FALSE, REACH_TRUE, REACH_UNKNOWN } from '../src/evaluate/compile-conditions.js';
import { deriveFacts, notShownIn } from '../src/facts/derive-facts.js';
import { loadPack } from '../src/pack/load-pack.js';
import { absentFields, fixtures, probeInputOf, sparseVariants } from './helpers/questions.js';

const pack = loadPack(join(import.meta.dirname, '..', 'rules'));
const all = fixtures().filter((s) => s.judgeOptions === undefined);
const stories = [...all, ...sparseVariants(all, 30, 41)];
const BIT = { false: REACH_FALSE, true: REACH_TRUE, unknown: REACH_UNKNOWN } as const;

describe('reach: a rule comes out on an answered case only as reach allowed', () => {
  it.each(stories.map((s) => [s.name, s] as const))('%s', (_, s) => {
    const p = probeInputOf(pack, s.case);
    if (!p) return;
    const idx = readIndexOf(p.bucket, p.bucket.stage1, p.bucket.stage2);
    const wrong: string[] = [];
    let checked = 0;
    for (const field of absentFields(p.facts)) {
      const reach = reachOf(idx, [field]);
      const allowed = idx.rules.map((r) => r.program.reach(p.facts, reach.free));
      for (const value of answerCandidates(p, field)) {
        // The answered case derived whole, the first stage's outcome kept (as the probe keeps it).
        const facts = Object.assign(deriveFacts(answered(p.c, [[field, value]]), p.settings), p.read);
        idx.rules.forEach((r, i) => {
          const result = r.program(facts, notShownIn(facts), false).result;
          checked++;
          if ((BIT[String(result) as keyof typeof BIT] & (allowed[i] as number)) === 0)
            wrong.push(`${field} = ${JSON.stringify(value)}: ${r.spec.id} is ${String(result)}`);
        });
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });
});
