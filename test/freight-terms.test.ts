import { describe, expect, it } from 'vitest';
import { deriveFacts } from '../src/facts/derive-facts.js';
import { CaseSchema, createJudge } from '../src/index.js';
import { lateCase, packOf, rankedRule } from './helpers/pack.js';

const decide = (id: string, priority: number, decisions: unknown[], conditions?: unknown) =>
  rankedRule(id, priority, decisions, conditions ? { conditions } : {});
const payer = (value: string, waiveTerms?: true) => ({
  kind: 'freight',
  leg: 'return',
  payer: value,
  ...(waiveTerms ? { waiveTerms } : {}),
});
const terms = { kind: 'freightTerms', leg: 'return', cap: 15, restrictions: ['standard_carrier_only'] };
const sellerPaid = { all: [{ fact: 'outcome.freight.return.payer', operator: 'equal', value: 'seller' }] };
const notWaived = {
  all: [
    { fact: 'outcome.freight.return.payer', operator: 'equal', value: 'seller' },
    { fact: 'outcome.freight.return.termsWaived', operator: 'equal', value: false },
  ],
};

async function verdictOf(rules: unknown[]) {
  return createJudge({ pack: packOf({ 'a/x.json': rules }) }).judge(lateCase());
}

describe('freight terms and waiveTerms', () => {
  it('applies a cap and restrictions to the leg they name', async () => {
    const v = await verdictOf([decide('A-PAYER', 50, [payer('seller')]), decide('A-TERMS', 50, [terms], sellerPaid)]);
    expect(v.outcome.freight.return).toEqual({
      payer: 'seller',
      ruleId: 'A-PAYER',
      cap: 15,
      restrictions: ['standard_carrier_only'],
      termsRuleIds: ['A-TERMS'],
    });
  });

  it('applies no terms to a leg whose winning payer owes it in full', async () => {
    const v = await verdictOf([
      decide('A-PAYER', 80, [payer('seller', true)]),
      decide('A-TERMS', 50, [terms], sellerPaid),
    ]);
    expect(v.outcome.freight.return).toEqual({ payer: 'seller', ruleId: 'A-PAYER', termsWaived: true });
    expect(v.trace.find((t) => t.ruleId === 'A-TERMS')?.fired).toBe(true);
  });

  it('keeps the waiver when a higher rule names the same payer', async () => {
    const v = await verdictOf([
      decide('A-LAW', 100, [payer('seller')]),
      decide('A-PROMISE', 80, [payer('seller', true)]),
      decide('A-TERMS', 50, [terms], sellerPaid),
    ]);
    expect(v.outcome.freight.return).toEqual({ payer: 'seller', ruleId: 'A-LAW', termsWaived: true });
  });

  it('drops the waiver when a higher rule names another payer', async () => {
    const v = await verdictOf([
      decide('A-FAULT', 100, [payer('buyer')]),
      decide('A-PROMISE', 80, [payer('seller', true)]),
    ]);
    expect(v.outcome.freight.return).toEqual({ payer: 'buyer', ruleId: 'A-FAULT' });
  });

  it('tells second-stage rules whether the leg is waived (outcome.freight.<leg>.termsWaived)', async () => {
    const waived = await verdictOf([
      decide('A-PAYER', 80, [payer('seller', true)]),
      decide('A-TERMS', 50, [terms], notWaived),
    ]);
    expect(waived.trace.find((t) => t.ruleId === 'A-TERMS')).toMatchObject({ stage: 2, fired: false });
    const plain = await verdictOf([
      decide('A-PAYER', 80, [payer('seller')]),
      decide('A-TERMS', 50, [terms], notWaived),
    ]);
    expect(plain.trace.find((t) => t.ruleId === 'A-TERMS')).toMatchObject({ stage: 2, fired: true });
    expect(plain.outcome.freight.return?.cap).toBe(15);
  });

  it.each([
    [undefined, undefined],
    [12, 12],
    [0, 0],
  ])(
    'returnFreightCap with shopPolicy.returnFreightCap %s is %s (no cap when the shop shows none)',
    (cap, expected) => {
      const c = CaseSchema.parse(lateCase(cap === undefined ? {} : { shopPolicy: { returnFreightCap: cap } }));
      expect(
        deriveFacts(c, {
          timeZone: 'Asia/Shanghai',
          returnWindowDays: 7,
        }).returnFreightCap,
      ).toBe(expected);
    },
  );
});
