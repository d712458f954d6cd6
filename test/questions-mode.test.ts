// `questions: 'unknown'`: a verdict whose open questions are only those of facts whose absence is
// unknown. It must be the verdict of `questions: 'all'` with the other questions left out: every
// decision, status and `missingFacts` the same, the questions kept the same and in the same order,
// and `questionsOmitted: 'not_shown'` saying so. Held on every fixture (with its judge options) and
// on sparse variants of them (fixed seed): 200 in `npm test`, 1,500 under `npm run test:full`
// (QUESTIONS_MODE_VARIANTS sets the number).
import { describe, expect, it } from 'vitest';
import { createJudge, VerdictSchema, type JudgeOptions, type Verdict } from '../src/index.js';
import { lateCase, packOf, rule } from './helpers/pack.js';
import { fixtures, sparseVariants, type Story } from './helpers/questions.js';
import { sizeOf } from './helpers/sizes.js';

const VARIANTS = sizeOf('QUESTIONS_MODE_VARIANTS', { quick: 200, full: 1500 });
const all = fixtures();
const stories: Story[] = [
  ...all,
  ...sparseVariants(
    all.filter((s) => s.judgeOptions === undefined),
    VARIANTS,
    23,
  ),
];

async function both(s: Story): Promise<[Verdict, Verdict] | undefined> {
  const options = { ...(s.judgeOptions as JudgeOptions | undefined), trace: 'none' as const };
  const [a, u] = await Promise.all([
    createJudge(options).safeJudge(s.case),
    createJudge({ ...options, questions: 'unknown' }).safeJudge(s.case),
  ]);
  expect(u.ok).toBe(a.ok);
  return a.ok && u.ok ? [a.verdict, u.verdict] : undefined;
}

describe("questions: 'unknown'", () => {
  it(`is the verdict of 'all' with only the unknown facts' questions kept (${stories.length} cases)`, async () => {
    let judged = 0;
    let leftOut = 0;
    for (const s of stories) {
      const pair = await both(s);
      if (pair === undefined) continue;
      const [a, u] = pair;
      judged++;
      const kept = a.openQuestions.filter((q) => q.kind === 'unknown');
      leftOut += a.openQuestions.length - kept.length;
      expect(u, s.name).toEqual({ ...a, openQuestions: kept, questionsOmitted: 'not_shown' });
    }
    // Not vacuous: most cases are judged, and the burden questions left out are many.
    expect(judged).toBeGreaterThan(stories.length * 0.9);
    expect(leftOut).toBeGreaterThan(judged);
  });

  it('asks no group of unknown facts for a rule a burden answer moves alone, as with every question asked', async () => {
    // Fires on a promotion (not shown on this case), or on branded goods shipped free (both unknown).
    // The promotion alone moves it; the group would be all three facts, one of them not shown, so
    // with only the unknown facts asked it is not asked either.
    const pack = packOf({
      'either.json': [
        rule({
          id: 'TEST-EITHER',
          conditions: {
            all: [
              { fact: 'claim.type', operator: 'equal', value: 'late_shipment' },
              {
                any: [
                  { fact: 'order.duringPromotion', operator: 'equal', value: true },
                  {
                    all: [
                      { fact: 'order.brandGoods', operator: 'equal', value: true },
                      { fact: 'order.freeShipping', operator: 'equal', value: true },
                    ],
                  },
                ],
              },
            ],
          },
          decisions: [{ kind: 'liability', value: 'seller' }],
        }),
      ],
    });
    const c = lateCase();
    const a = await createJudge({ pack }).judge(c);
    const u = await createJudge({ pack, questions: 'unknown' }).judge(c);
    expect(a.openQuestions.map((q) => q.facts ?? [q.fact])).toEqual([['order.duringPromotion']]);
    expect(u).toEqual({ ...a, openQuestions: [], questionsOmitted: 'not_shown' });
  });

  it('is said in the verdict only when asked for, and the verdict schema takes it', async () => {
    const s = all.find((x) => x.judgeOptions === undefined) as Story;
    const plain = await createJudge().judge(s.case as never);
    const lean = await createJudge()
      .with({ questions: 'unknown' })
      .judge(s.case as never);
    expect('questionsOmitted' in plain).toBe(false);
    expect(lean.questionsOmitted).toBe('not_shown');
    expect(VerdictSchema.safeParse(JSON.parse(JSON.stringify(lean))).success).toBe(true);
  });

  it('rejects a mode it does not know', () => {
    expect(() => createJudge({ questions: 'none' as never })).toThrow(
      /createJudge: questions must be 'all' or 'unknown', got "none"/,
    );
  });
});
