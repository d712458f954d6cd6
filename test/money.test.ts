import { describe, expect, it } from 'vitest';
import { evaluateMoney, percentOfFen, toFen } from '../src/verdict/money.js';

describe('money in integer fen, half up', () => {
  it.each([
    { amount: 199, percent: 5, fen: 995n },
    { amount: 199.1, percent: 5, fen: 996n }, // 995.5 fen rounds up
    { amount: 199.09, percent: 5, fen: 995n }, // 995.45 fen rounds down
    { amount: 0.01, percent: 50, fen: 1n }, // 0.5 fen rounds up
    { amount: 0.01, percent: 49.99, fen: 0n },
    { amount: 800, percent: 5, fen: 4000n },
    { amount: 10_000_000_000, percent: 10, fen: 100_000_000_000n },
  ])('$percent % of $amount yuan is $fen fen', ({ amount, percent, fen }) => {
    expect(percentOfFen(toFen(amount), percent)).toBe(fen);
  });

  it.each([
    { expr: { percentOf: 'order.amount', percent: 5, max: 30 }, amount: 199, yuan: 9.95 },
    { expr: { percentOf: 'order.amount', percent: 5, max: 30 }, amount: 800, yuan: 30 },
    { expr: { percentOf: 'order.amount', percent: 5, min: 5, max: 30 }, amount: 20, yuan: 5 },
    { expr: { percentOf: 'order.amount', percent: 300, min: 500 }, amount: 100, yuan: 500 },
    { expr: { percentOf: 'order.amount', percent: 300, min: 500 }, amount: 333.33, yuan: 999.99 },
    { expr: { fact: 'order.amount' }, amount: 12.3, yuan: 12.3 },
    { expr: 15, amount: 1, yuan: 15 },
  ])('$expr on $amount gives $yuan', ({ expr, amount, yuan }) => {
    expect(evaluateMoney(expr, { 'order.amount': amount })).toBe(yuan);
  });
});
