import { SINGLE_DECISIONS, SINGLE_KEYS } from './decisions.js';
import type { Verdict } from '../schema/verdict.js';

/** A combination a verdict may never hold, or a status that disagrees with the verdict. */
export interface Incoherence {
  readonly code: string;
  readonly message: string;
}

/**
 * The combinations a verdict may never hold. The fold produces coherent verdicts by construction
 * (liability is decided first and the other decisions follow it; see `foldVerdict`); this list
 * states the rules once, for the tests and for callers who want to check a verdict they hold.
 */
export const INCOHERENT: readonly {
  readonly code: string;
  readonly message: string;
  readonly holds: (v: Verdict) => boolean;
}[] = [
  {
    code: 'rejected_with_compensation',
    message: 'The claim is rejected, yet the buyer is compensated',
    holds: (v) =>
      v.outcome.remedy === 'reject_claim' && v.outcome.penalties.some((p) => p.compensationToBuyer !== undefined),
  },
  {
    code: 'penalty_without_seller_fault',
    message: 'The seller is penalised, yet found not liable (liability none or buyer)',
    holds: (v) => (v.outcome.liability === 'none' || v.outcome.liability === 'buyer') && v.outcome.penalties.length > 0,
  },
  {
    code: 'liable_seller_claim_rejected',
    message: 'The seller is liable, yet the claim is rejected',
    holds: (v) => v.outcome.liability === 'seller' && v.outcome.remedy === 'reject_claim',
  },
  {
    code: 'liable_buyer_seller_pays',
    message: 'The buyer is liable, yet the seller pays a freight leg it did not promise',
    holds: (v) =>
      v.outcome.liability === 'buyer' &&
      Object.values(v.outcome.freight).some((leg) => leg?.payer === 'seller' && leg.restsOnPromise !== true),
  },
  {
    code: 'rejected_seller_pays',
    message: 'The claim is rejected, yet the seller pays a freight leg it did not promise',
    holds: (v) =>
      v.outcome.remedy === 'reject_claim' &&
      Object.values(v.outcome.freight).some((leg) => leg?.payer === 'seller' && leg.restsOnPromise !== true),
  },
  {
    code: 'rejected_with_refund_adjustment',
    message: 'The claim is rejected, yet the refund is adjusted',
    holds: (v) => v.outcome.remedy === 'reject_claim' && v.outcome.refundAdjustments.length > 0,
  },
];

/** The value of a single-valued decision in an outcome (`freight.return` is its payer); undefined when absent. */
export function decisionValue(
  v: Pick<Verdict, 'outcome'>,
  key: (typeof SINGLE_KEYS)[number],
): string | boolean | undefined {
  if (key.startsWith('freight.'))
    return v.outcome.freight[key.slice('freight.'.length) as keyof Verdict['outcome']['freight']]?.payer;
  return v.outcome[key as 'liability' | 'remedy' | 'countsTowardDisputeRate'];
}

/**
 * Every way a verdict contradicts itself: an incoherent combination of decisions; a decision whose
 * status disagrees with its value (`undetermined` exactly when the status is); a provisional
 * decision with no unknown open question that could change it, or a firm one with such a question.
 *
 * @example
 * const problems = incoherences(await judge(myCase)); // [] for every verdict the library returns
 */
export function incoherences(v: Verdict): Incoherence[] {
  const found: Incoherence[] = INCOHERENT.filter((rule) => rule.holds(v)).map(({ code, message }) => ({
    code,
    message,
  }));
  const status = v.status as Record<string, string | undefined>;
  const unknownChanges = new Set(
    v.openQuestions.filter((q) => q.kind === 'unknown').flatMap((q) => q.couldChange.map((c) => c.decision)),
  );
  for (const key of SINGLE_KEYS) {
    const value = decisionValue(v, key);
    const s = status[key];
    if ((value === undefined) !== (s === undefined)) {
      if (
        !(value === undefined && s === undefined) &&
        !(SINGLE_DECISIONS.get(key)?.always === true && value !== undefined && s !== undefined)
      ) {
        found.push({ code: 'status_without_decision', message: `${key} is ${String(value)} with status ${String(s)}` });
      }
      continue;
    }
    if (value === undefined) continue;
    if ((value === 'undetermined') !== (s === 'undetermined'))
      found.push({ code: 'status_disagrees', message: `${key} is ${String(value)} but its status is ${String(s)}` });
    if (s === 'provisional' && !unknownChanges.has(key))
      found.push({
        code: 'provisional_without_question',
        message: `${key} is provisional, yet no unknown fact's question could change it`,
      });
    if (s === 'firm' && unknownChanges.has(key))
      found.push({
        code: 'firm_with_question',
        message: `${key} is firm, yet an unknown fact's question could change it`,
      });
  }
  return found;
}
