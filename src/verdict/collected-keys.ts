// The collected parts of an outcome as decisions a question can change: each penalty and refund
// adjustment present or not (`penalty.late_shipment`: true), and each freight leg's terms (`freight.return.cap`:
// a cap applies; `freight.return.restrictions`: the restrictions, or `none`). What an answer
// changes of them is named in `couldChange` as the single-valued decisions are.
import type { Outcome } from '../schema/verdict.js';

/** The freight leg a decision is about (`freight.return` of `freight.return.cap`), or the decision itself. */
export const legOf = (decision: string) =>
  decision.startsWith('freight.') ? decision.split('.', 2).join('.') : decision;

/** A collected decision's value and the rule that gives it. */
export interface CollectedValue {
  readonly value: string | boolean;
  readonly ruleId: string;
}

/** The collected decisions an outcome holds (absent: `false`, or `none` for restrictions). */
export function collectedKeys(
  o: Pick<Outcome, 'freight' | 'penalties' | 'refundAdjustments'>,
): Map<string, CollectedValue> {
  const out = new Map<string, CollectedValue>();
  for (const p of o.penalties) out.set(`penalty.${p.kind}`, { value: true, ruleId: p.ruleId });
  for (const a of o.refundAdjustments) out.set(`refundAdjustment.${a.kind}`, { value: true, ruleId: a.ruleId });
  for (const [leg, r] of Object.entries(o.freight)) {
    const ruleId = r?.termsRuleIds?.[0];
    if (r === undefined || ruleId === undefined) continue;
    if (r.cap !== undefined) out.set(`freight.${leg}.cap`, { value: true, ruleId });
    if (r.restrictions !== undefined && r.restrictions.length > 0)
      out.set(`freight.${leg}.restrictions`, { value: r.restrictions.join(','), ruleId });
  }
  return out;
}

/** What a collected decision is when the outcome does not hold it. */
export const collectedAbsent = (key: string): string | boolean => (key.endsWith('.restrictions') ? 'none' : false);

/**
 * The collected decisions that differ from `before` to `after`, in key order: each with the value
 * it takes and the rule that gives it (for one that goes, the rule that gave it).
 */
export function collectedChanges(
  before: ReadonlyMap<string, CollectedValue>,
  after: ReadonlyMap<string, CollectedValue>,
): { decision: string; to: string | boolean; ruleId: string }[] {
  const out: { decision: string; to: string | boolean; ruleId: string }[] = [];
  for (const key of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const b = before.get(key);
    const a = after.get(key);
    if (a?.value === b?.value) continue;
    if (a !== undefined) out.push({ decision: key, to: a.value, ruleId: a.ruleId });
    else if (b !== undefined) out.push({ decision: key, to: collectedAbsent(key), ruleId: b.ruleId });
  }
  return out;
}
