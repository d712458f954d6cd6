import { describe, expect, it } from 'vitest';
import { createJudge } from '../src/index.js';
import { lateCase, packOf, rankedRule } from './helpers/pack.js';

const decide = (id: string, priority: number, decisions: unknown[], conditions?: unknown) =>
  rankedRule(id, priority, decisions, conditions ? { conditions } : {});
const liability = (value: string, priority?: number) => ({
  kind: 'liability',
  value,
  ...(priority ? { priority } : {}),
});
const when = (fact: string, value: unknown) => ({
  all: [
    { fact: 'claim.type', operator: 'equal', value: 'late_shipment' },
    { fact, operator: 'equal', value },
  ],
});

async function verdictOf(rules: unknown[], input = lateCase()) {
  return createJudge({ pack: packOf({ 'a/x.json': rules }) }).judge(input);
}

describe('folding decisions', () => {
  it('takes the highest-priority decision', async () => {
    const v = await verdictOf([decide('A-ONE', 50, [liability('seller')]), decide('A-TWO', 60, [liability('none')])]);
    expect(v.outcome.liability).toBe('none');
    expect(v.conflicts).toEqual([]);
  });

  it('lets a decision carry its own priority', async () => {
    const v = await verdictOf([
      decide('A-ONE', 50, [liability('seller', 70)]),
      decide('A-TWO', 60, [liability('none')]),
    ]);
    expect(v.outcome.liability).toBe('seller');
  });

  it('leaves a decision undetermined when equal priorities disagree, and reports the conflict', async () => {
    const v = await verdictOf([decide('A-ONE', 50, [liability('seller')]), decide('A-TWO', 50, [liability('none')])]);
    expect(v.outcome.liability).toBe('undetermined');
    expect(v.conflicts).toEqual([
      {
        decision: 'liability',
        reason: 'same_priority',
        priority: 50,
        candidates: [
          { ruleId: 'A-ONE', value: 'seller', fired: true },
          { ruleId: 'A-TWO', value: 'none', fired: true },
        ],
      },
    ]);
  });

  it('agrees silently when equal priorities give the same answer', async () => {
    const v = await verdictOf([decide('A-ONE', 50, [liability('seller')]), decide('A-TWO', 50, [liability('seller')])]);
    expect(v.outcome.liability).toBe('seller');
    expect(v.conflicts).toEqual([]);
  });

  it('decides on the record while a higher rule waits on an unknown fact, provisionally, and asks for it', async () => {
    const rules = [
      decide('A-LOW', 30, [liability('buyer')]),
      decide('A-HIGH', 80, [liability('seller')], when('order.freeShipping', true)),
    ];
    const unknown = await verdictOf(rules);
    expect(unknown.outcome.liability).toBe('buyer');
    expect(unknown.status.liability).toBe('provisional');
    expect(unknown.missingFacts).toEqual([{ fact: 'order.freeShipping', neededBy: ['A-HIGH'], blocks: ['liability'] }]);
    expect(unknown.openQuestions).toMatchObject([
      {
        fact: 'order.freeShipping',
        kind: 'unknown',
        schema: { type: 'boolean' },
        couldChange: [{ decision: 'liability', to: 'seller', ruleId: 'A-HIGH' }],
      },
    ]);
    expect(unknown.conflicts).toEqual([]);

    const known = await verdictOf(
      rules,
      lateCase({ order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199, freeShipping: false } }),
    );
    expect(known.outcome.liability).toBe('buyer');
    expect(known.status.liability).toBe('firm');
    expect(known.missingFacts).toEqual([]);
    expect(known.openQuestions).toEqual([]);
  });

  it('decides firmly when the higher rule needs a fact that was not shown, and says who could show it', async () => {
    const rules = [
      decide('A-LOW', 30, [liability('buyer')]),
      decide('A-HIGH', 80, [liability('seller')], when('promises.fullReturnFreight', true)),
    ];
    const v = await verdictOf(rules);
    expect(v.outcome.liability).toBe('buyer');
    expect(v.status.liability).toBe('firm');
    expect(v.missingFacts).toEqual([]);
    expect(v.openQuestions).toMatchObject([
      {
        fact: 'promises.fullReturnFreight',
        kind: 'not_shown',
        party: 'buyer',
        couldChange: [{ decision: 'liability', to: 'seller', ruleId: 'A-HIGH' }],
      },
    ]);
    const high = v.trace.find((t) => t.ruleId === 'A-HIGH');
    expect(high?.result).toBe(false);
    expect(high?.conditions[1]).toEqual({
      fact: 'promises.fullReturnFreight',
      operator: 'equal',
      value: true,
      factValue: false,
      absent: 'not_shown',
      result: false,
    });
  });

  it('leaves a decision undetermined when only a waiting rule would decide it, and asks', async () => {
    const v = await verdictOf([decide('A-HIGH', 80, [liability('seller')], when('order.freeShipping', true))]);
    expect(v.outcome.liability).toBe('undetermined');
    expect(v.status.liability).toBe('undetermined');
    expect(v.openQuestions.map((q) => q.fact)).toEqual(['order.freeShipping']);
  });

  it('does not let a rule whose liability lost decide anything else', async () => {
    const penalty = { kind: 'penalty', penalty: 'late_shipment', points: 3, compensationToBuyer: 5 };
    const v = await verdictOf([
      decide('F-SELLER', 50, [
        liability('seller'),
        { kind: 'remedy', value: 'refund_only' },
        penalty,
        { kind: 'action', code: 'chase_carrier' },
      ]),
      decide('F-BUYER', 60, [liability('buyer'), { kind: 'freight', leg: 'return', payer: 'buyer' }]),
      decide('F-REMEDY', 40, [{ kind: 'remedy', value: 'reject_claim' }]),
    ]);
    expect(v.outcome).toMatchObject({
      liability: 'buyer',
      remedy: 'reject_claim',
      penalties: [],
      freight: { return: { payer: 'buyer', ruleId: 'F-BUYER' } },
    });
    expect(v.actions).toEqual([]);
    expect(v.status).toEqual({ liability: 'firm', remedy: 'firm', 'freight.return': 'firm' });
  });

  it('never rejects the claim of a buyer whose seller is liable, nor makes the seller pay a leg for a liable buyer without a promise', async () => {
    const v = await verdictOf([
      decide('G-SELLER', 60, [liability('seller')]),
      decide('G-REJECT', 70, [{ kind: 'remedy', value: 'reject_claim' }]),
      decide('G-REFUND', 40, [{ kind: 'remedy', value: 'refund_only' }]),
    ]);
    expect(v.outcome.remedy).toBe('refund_only');
    const w = await verdictOf([
      decide('H-BUYER', 60, [liability('buyer')]),
      decide('H-LEG', 70, [{ kind: 'freight', leg: 'reship', payer: 'seller' }]),
    ]);
    expect(w.outcome.freight.reship).toEqual({ payer: 'undetermined' });
    expect(w.status['freight.reship']).toBe('undetermined');
  });

  it('collects penalties once per kind, evidence and actions once each, in priority then id order', async () => {
    const penalty = { kind: 'penalty', penalty: 'late_shipment', points: 3 };
    const v = await verdictOf([
      decide('B-TWO', 50, [
        penalty,
        { kind: 'action', code: 'chase_carrier' },
        { kind: 'evidence', party: 'buyer', item: 'buyer_photos' },
      ]),
      decide('B-ONE', 50, [
        { ...penalty, points: 1 },
        { kind: 'action', code: 'note_order' },
        { kind: 'action', code: 'chase_carrier' },
      ]),
    ]);
    expect(v.outcome.penalties).toEqual([{ kind: 'late_shipment', points: 1, ruleId: 'B-ONE' }]);
    expect(v.actions).toEqual([
      { code: 'note_order', ruleId: 'B-ONE' },
      { code: 'chase_carrier', ruleId: 'B-ONE' },
    ]);
    expect(v.evidenceRequired).toEqual([{ party: 'buyer', item: 'buyer_photos', ruleId: 'B-TWO' }]);
  });

  it('does not compute an amount from a missing fact: the rule waits and says why', async () => {
    // The amount must come from a fact whose absence is `unknown`: since the burden review (issue
    // #19) `order.outboundFreight` is the seller's to show, so left out it is not shown, nothing is
    // deducted and nothing waits. `returnShipment.cost` is still unknown (the buyer can answer it).
    const adjust = {
      kind: 'refundAdjustment',
      adjustment: 'deduct_outbound_freight',
      amount: { fact: 'returnShipment.cost' },
    };
    const missing = await verdictOf([decide('C-ONE', 50, [adjust])]);
    expect(missing.outcome.refundAdjustments).toEqual([]);
    expect(missing.missingFacts).toEqual([{ fact: 'returnShipment.cost', neededBy: ['C-ONE'], blocks: [] }]);
    const given = await verdictOf(
      [decide('C-ONE', 50, [adjust])],
      lateCase({ order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199 }, returnShipment: { cost: 8 } }),
    );
    expect(given.outcome.refundAdjustments).toEqual([{ kind: 'deduct_outbound_freight', amount: 8, ruleId: 'C-ONE' }]);
    // A not-shown amount is not computed either, and is not waited for: the seller has not shown it.
    const notShown = await verdictOf([decide('C-ONE', 50, [{ ...adjust, amount: { fact: 'order.outboundFreight' } }])]);
    expect(notShown.outcome.refundAdjustments).toEqual([]);
    expect(notShown.missingFacts).toEqual([]);
  });

  it('runs outcome rules after the first fold, on its decisions', async () => {
    const v = await verdictOf([
      decide('D-ONE', 50, [liability('seller')]),
      decide('D-TWO', 40, [{ kind: 'disputeRate', value: true }], {
        all: [{ fact: 'outcome.liability', operator: 'equal', value: 'seller' }],
      }),
    ]);
    expect(v.outcome.countsTowardDisputeRate).toBe(true);
    expect(v.trace.map((t) => [t.ruleId, t.stage, t.fired])).toEqual([
      ['D-ONE', 1, true],
      ['D-TWO', 2, true],
    ]);
  });

  it('traces every rule with group results and unknown leaves', async () => {
    const v = await verdictOf([
      decide('E-ONE', 50, [], {
        all: [
          { fact: 'claim.type', operator: 'equal', value: 'late_shipment' },
          {
            any: [
              { fact: 'order.freeShipping', operator: 'equal', value: true },
              { fact: 'order.amount', operator: 'greaterThan', value: 100 },
            ],
          },
        ],
      }),
      decide('E-TWO', 50, [], {
        all: [
          { fact: 'claim.type', operator: 'equal', value: 'late_shipment' },
          { fact: 'order.freeShipping', operator: 'equal', value: true },
        ],
      }),
    ]);
    expect(v.trace).toEqual([
      {
        ruleId: 'E-ONE',
        priority: 50,
        stage: 1,
        fired: true,
        result: true,
        match: 'all',
        conditions: [
          { fact: 'claim.type', operator: 'equal', value: 'late_shipment', factValue: 'late_shipment', result: true },
          {
            match: 'any',
            result: true,
            conditions: [
              { fact: 'order.freeShipping', operator: 'equal', value: true, result: 'unknown' },
              { fact: 'order.amount', operator: 'greaterThan', value: 100, factValue: 199, result: true },
            ],
          },
        ],
      },
      {
        ruleId: 'E-TWO',
        priority: 50,
        stage: 1,
        fired: false,
        result: 'unknown',
        match: 'all',
        conditions: [
          { fact: 'claim.type', operator: 'equal', value: 'late_shipment', factValue: 'late_shipment', result: true },
          { fact: 'order.freeShipping', operator: 'equal', value: true, result: 'unknown' },
        ],
      },
    ]);
    expect(v.findings.map((f) => f.ruleId)).toEqual(['E-ONE']);
  });
});
