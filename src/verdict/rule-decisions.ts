// What the fold needs of a rule's decisions, worked out once when the rule is compiled instead of
// once per case and fold: its single-valued decisions with their keys and priorities, the
// liability it decides, and the decisions it forbids when it is mandatory.
import { singleOf, type SingleKey } from './decisions.js';
import type { Decision, RuleSpec } from '../schema/rule.js';

/** A single-valued decision of a rule, as the fold takes it. */
export interface SingleDecision {
  readonly key: SingleKey;
  readonly value: string | boolean;
  /** `String(value)`: what a mandatory rule's `forbid` names. */
  readonly text: string;
  /** The decision's own priority, else the rule's. */
  readonly priority: number;
  /** A freight payer that owes the leg in full (`waiveTerms`). */
  readonly waiveTerms: boolean;
}

/** What a mandatory rule forbids a shop policy to decide. */
export interface ForbidDecision {
  readonly decision: string;
  readonly value: string;
}

/** The fold's view of a rule's decisions (frozen: shared by every case). */
export interface RuleDecisions {
  readonly singles: readonly SingleDecision[];
  /** The liability the rule decides, if it decides one. */
  readonly liability: string | undefined;
  /** The rule's `forbid` decisions, when it is mandatory; else none. */
  readonly forbids: readonly ForbidDecision[];
  /** The rule makes a collected decision an answer may add or take away: a penalty, a refund adjustment, freight terms. */
  readonly collects: boolean;
}

/**
 * A rule's decisions as the fold reads them.
 *
 * @example
 * ruleDecisions(spec, [500]).singles; // [{ key: 'liability', value: 'seller', text: 'seller', priority: 500, waiveTerms: false }]
 */
export function ruleDecisions(spec: RuleSpec, decisionPriorities: readonly number[], priority: number): RuleDecisions {
  const singles: SingleDecision[] = [];
  spec.decisions.forEach((d: Decision, i) => {
    const single = singleOf(d);
    if (single === undefined) return;
    singles.push(
      Object.freeze({
        key: single.key,
        value: single.value,
        text: String(single.value),
        priority: decisionPriorities[i] ?? priority,
        waiveTerms: d.kind === 'freight' && d.waiveTerms === true,
      }),
    );
  });
  const liability = spec.decisions.find((d) => d.kind === 'liability');
  const forbids =
    spec.mandatory === true
      ? spec.decisions.flatMap((d) =>
          d.kind === 'forbid' ? [Object.freeze({ decision: d.decision, value: d.value })] : [],
        )
      : [];
  return Object.freeze({
    singles: Object.freeze(singles),
    liability: liability?.kind === 'liability' ? liability.value : undefined,
    forbids: Object.freeze(forbids),
    collects: spec.decisions.some(
      (d) => d.kind === 'penalty' || d.kind === 'refundAdjustment' || d.kind === 'freightTerms',
    ),
  });
}
