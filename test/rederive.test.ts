// `rederive` (what the questions' probes derive again for an answer) against `deriveFacts` of the
// answered case, whole: on every fixture and sparse variants of them (fixed seed), each absent case
// field or absent object answered with each answer the probe would try for it, the facts written
// over the case's own (the answered fields, then what `rederive` visits) must be exactly the answered
// case's facts, and the same facts must be filled in as not shown (`filledDifference` naming those
// whose showing changed).
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerCandidates, answered } from '../src/judge/answer-probe.js';
import {
  deriveFacts,
  fillableFacts,
  filledDifference,
  notShownIn,
  rederive,
  type Facts,
} from '../src/facts/derive-facts.js';
import { loadPack } from '../src/pack/load-pack.js';
import { absentFields, fixtures, probeInputOf, sparseVariants } from './helpers/questions.js';

const pack = loadPack(join(import.meta.dirname, '..', 'rules'));
const all = fixtures().filter((s) => s.judgeOptions === undefined);
const stories = [...all, ...sparseVariants(all, 30, 23)];

describe('rederive: what an answer changes, derived again in part, is the answered case derived whole', () => {
  it.each(stories.map((s) => [s.name, s] as const))('%s', (_, s) => {
    const p = probeInputOf(pack, s.case);
    if (!p) return;
    let answers = 0;
    const wrong: string[] = [];
    for (const field of absentFields(p.facts))
      for (const value of answerCandidates(p, field).slice(0, 6)) {
        answers++;
        const c = answered(p.c, [[field, value]]);
        const whole = deriveFacts(c, p.settings);
        // The case's facts without the first stage's outcome the probe writes on them.
        const facts: Facts = Object.assign(Object.create(null) as Facts, p.facts);
        for (const k in p.read) delete facts[k];
        const write = (f: string, v: unknown) => {
          facts[f] = v;
          if (v !== null && typeof v === 'object' && !Array.isArray(v))
            for (const [k, x] of Object.entries(v as Record<string, unknown>)) write(`${f}.${k}`, x);
        };
        write(field, value);
        const filled = rederive(p, c, p.settings, [field], (k, v) => {
          if (v === undefined) delete facts[k];
          else facts[k] = v;
        });
        const at = `${field} = ${JSON.stringify(value)}`;
        for (const k of new Set([...Object.keys(facts), ...Object.keys(whole)]))
          if (!Object.is(facts[k], whole[k])) wrong.push(`${at}: ${k}`);
        for (const n of fillableFacts())
          if (filled.has(n) !== (notShownIn(whole)?.has(n) === true)) wrong.push(`${at}: ${n} filled`);
        const moved = [...fillableFacts()].filter((n) => notShownIn(p.facts)?.has(n) !== filled.has(n));
        if (filledDifference(notShownIn(p.facts), filled).join() !== moved.join())
          wrong.push(`${at}: filledDifference`);
      }
    expect(wrong).toEqual([]);
    expect(answers).toBeGreaterThan(0);
  });
});
