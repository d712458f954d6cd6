// A verdict never contradicts itself: no incoherent combination of decisions (src/verdict/coherence.ts),
// every status agrees with its decision, every provisional decision has an unknown fact's question
// that could change it and no firm one has. Over generated cases from a fixed seed, so a failure
// reproduces: 5,000 in `npm test`, 100,000 in `npm run test:full` (COHERENCE_RUNS sets another size).
import fc from 'fast-check';
import { expect, it } from 'vitest';
import { incoherences } from '../src/verdict/coherence.js';
import { safeJudge } from '../src/index.js';
import { sizeOf } from './helpers/sizes.js';
import { validCase } from './props-arbitraries.js';

const RUNS = sizeOf('COHERENCE_RUNS', { quick: 5_000, full: 100_000 });
const SEED = Number(process.env.PROPS_SEED ?? 20_261_130);

it(`produces coherent verdicts (${RUNS} cases)`, { timeout: 1_800_000 }, async () => {
  let judged = 0;
  await fc.assert(
    fc.asyncProperty(validCase, async (c) => {
      const result = await safeJudge(c);
      if (!result.ok) throw new Error(`generated case rejected: ${JSON.stringify(result.issues)}`);
      judged++;
      expect(incoherences(result.verdict)).toEqual([]);
    }),
    { numRuns: RUNS, seed: SEED, endOnFailure: true },
  );
  expect(judged).toBeGreaterThanOrEqual(RUNS);
});

it('finds the incoherent combinations it names', async () => {
  const result = await safeJudge({
    caseId: 'C1',
    platform: 'taobao',
    asOf: '2015-04-20T09:00:00+08:00',
    order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199 },
    claim: { type: 'late_shipment', openedAt: '2015-04-19T10:00:00+08:00' },
  });
  if (!result.ok) throw new Error('case rejected');
  const v = result.verdict;
  expect(incoherences(v)).toEqual([]);
  const broken = {
    ...v,
    outcome: {
      ...v.outcome,
      liability: 'seller' as const,
      remedy: 'reject_claim' as const,
      penalties: [{ kind: 'late_shipment' as const, compensationToBuyer: 5, ruleId: 'X' }],
    },
  };
  expect(incoherences(broken).map((i) => i.code)).toEqual(
    expect.arrayContaining(['rejected_with_compensation', 'liable_seller_claim_rejected', 'status_disagrees']),
  );
  const liableBuyer = {
    ...v,
    outcome: {
      ...v.outcome,
      liability: 'buyer' as const,
      freight: { reship: { payer: 'seller' as const, ruleId: 'X' } },
    },
    status: { ...v.status, 'freight.reship': 'firm' as const },
  };
  expect(incoherences(liableBuyer).map((i) => i.code)).toContain('liable_buyer_seller_pays');
  expect(
    incoherences({
      ...liableBuyer,
      outcome: {
        ...liableBuyer.outcome,
        freight: { reship: { payer: 'seller' as const, ruleId: 'X', restsOnPromise: true as const } },
      },
    }).map((i) => i.code),
  ).not.toContain('liable_buyer_seller_pays');
});
