import { decisionValue } from '../verdict/coherence.js';
import { SINGLE_KEYS, singleOf, type SingleKey } from '../verdict/decisions.js';
import type { Pack } from '../pack/types.js';
import type { DecisionStatus, Verdict } from '../schema/verdict.js';

/** A JSON merge patch (RFC 7386): an object whose members replace, `null` removes, objects merge. */
export type MergePatch = { readonly [key: string]: unknown };

/** Options for `whatIf`. */
export interface WhatIfOptions {
  /**
   * Judge the patched case with the rules in force on this calendar day (`YYYY-MM-DD`) instead
   * of the day of its `order.paidAt`: with an empty patch, "what would the rules of that day say".
   * The case as given is still judged with its own day's rules (or the judge's pinned day).
   */
  readonly rulesAt?: string;
}

/** A single-valued decision whose value or status differs between the two verdicts. */
export interface WhatIfChange {
  /** A status key: `liability`, `remedy`, `countsTowardDisputeRate`, `freight.<leg>`. */
  readonly decision: SingleKey;
  /** The value before (a freight leg's payer); absent when the decision was not taken. */
  readonly from?: string | boolean;
  readonly to?: string | boolean;
  readonly fromStatus?: DecisionStatus;
  readonly toStatus?: DecisionStatus;
  /** The fired rules that decided it, after the change first, then before (each once). */
  readonly ruleIds: readonly string[];
}

/** What `whatIf` returns: both verdicts and the decisions that differ. */
export interface WhatIfResult {
  readonly before: Verdict;
  readonly after: Verdict;
  /** In the registry's order (liability, remedy, dispute rate, freight legs); empty: nothing changes. */
  readonly changes: readonly WhatIfChange[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Applies a JSON merge patch (RFC 7386) to a JSON value without changing either: a member whose
 * patch value is `null` is removed, an object merges member by member, anything else replaces.
 *
 * @example
 * applyMergePatch({ shipment: { firstCarrierScanAt: 'x', markedShippedAt: 'y' } }, { shipment: { firstCarrierScanAt: null } });
 * // { shipment: { markedShippedAt: 'y' } }
 */
export function applyMergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch;
  const out: Record<string, unknown> = isObject(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    // Defined, not assigned: a member named `__proto__` (JSON.parse makes it an own member) stays a
    // member, for the case check to refuse, instead of replacing the result's prototype.
    else
      Object.defineProperty(out, key, {
        value: applyMergePatch(Object.hasOwn(out, key) ? out[key] : undefined, value),
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }
  return out;
}

/** The fired rules that gave a single-valued decision its value, highest priority first. */
export function decidedBy(pack: Pack, v: Verdict, key: SingleKey): string[] {
  const value = decisionValue(v, key);
  if (value === undefined || value === 'undetermined') return [];
  const byId = new Map(pack.rules.map((r) => [r.spec.id, r]));
  return v.trace
    .filter((t) => t.fired)
    .filter((t) =>
      byId.get(t.ruleId)?.spec.decisions.some((d) => {
        const s = singleOf(d);
        return s !== undefined && s.key === key && s.value === value;
      }),
    )
    .sort((a, b) => b.priority - a.priority)
    .map((t) => t.ruleId);
}

/**
 * The single-valued decisions whose value or status differs between two verdicts of one pack.
 *
 * @example
 * diffVerdicts(pack, before, after); // [{ decision: 'liability', from: 'seller', to: 'none', … }]
 */
export function diffVerdicts(pack: Pack, before: Verdict, after: Verdict): WhatIfChange[] {
  const changes: WhatIfChange[] = [];
  const statusOf = (v: Verdict, key: SingleKey) => (v.status as Record<string, DecisionStatus | undefined>)[key];
  for (const key of SINGLE_KEYS) {
    const [from, to] = [decisionValue(before, key), decisionValue(after, key)];
    const [fromStatus, toStatus] = [statusOf(before, key), statusOf(after, key)];
    if (from === to && fromStatus === toStatus) continue;
    changes.push({
      decision: key,
      ...(from !== undefined ? { from } : {}),
      ...(to !== undefined ? { to } : {}),
      ...(fromStatus !== undefined ? { fromStatus } : {}),
      ...(toStatus !== undefined ? { toStatus } : {}),
      ruleIds: [...new Set([...decidedBy(pack, after, key), ...decidedBy(pack, before, key)])],
    });
  }
  return changes;
}
