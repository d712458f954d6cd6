import type { Facts } from '../facts/derive-facts.js';
import type { MoneyExpr } from '../schema/rule.js';

/** Yuan (at most 2 decimals) to integer fen. */
export function toFen(yuan: number): bigint {
  return BigInt(Math.round(yuan * 100));
}

/** Integer fen to yuan. */
export function toYuan(fen: bigint): number {
  return Number(fen) / 100;
}

/** `fen × percent / 100`, rounded half up to the fen, in exact integer arithmetic. */
export function percentOfFen(fen: bigint, percent: number): bigint {
  const hundredths = BigInt(Math.round(percent * 100)); // percent with 2 decimals → integer
  const denominator = 10_000n;
  return (2n * fen * hundredths + denominator) / (2n * denominator);
}

/**
 * Evaluates a money expression against the facts, in fen. The rule that holds it only fires
 * when its money facts are known, so an absent fact here is a bug, not a case to guess.
 *
 * @example
 * evaluateMoney({ percentOf: 'order.amount', percent: 5, max: 30 }, { 'order.amount': 199 }); // 9.95
 */
export function evaluateMoney(expr: MoneyExpr, facts: Facts): number {
  if (typeof expr === 'number') return toYuan(toFen(expr));
  const name = 'fact' in expr ? expr.fact : expr.percentOf;
  const base = facts[name];
  if (typeof base !== 'number') throw new Error(`money fact ${name} is not known`);
  if ('fact' in expr) return toYuan(toFen(base));
  let fen = percentOfFen(toFen(base), expr.percent);
  if (expr.min !== undefined && fen < toFen(expr.min)) fen = toFen(expr.min);
  if (expr.max !== undefined && fen > toFen(expr.max)) fen = toFen(expr.max);
  return toYuan(fen);
}
