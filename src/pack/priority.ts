import { MAX_TIER_OFFSET, type PriorityRef, type PriorityTier, type RuleSpec } from '../schema/rule.js';

/** A problem with a rule's priority: its path inside the rule and a message. */
export interface PriorityProblem {
  readonly code: 'unknown_priority_tier' | 'priority_out_of_tier';
  readonly path: (string | number)[];
  readonly message: string;
}

/** A rule's priorities as numbers: the rule's, and each decision's (its own, else the rule's). */
export interface Ranking {
  readonly priority: number;
  /** The rule's tier name. */
  readonly tier: string;
  /** Parallel to `spec.decisions`. */
  readonly decisionPriorities: readonly number[];
}

const tierOf = (ref: PriorityRef) => (typeof ref === 'string' ? ref : ref.tier);
const offsetOf = (ref: PriorityRef) => (typeof ref === 'string' ? 0 : ref.offset);

/**
 * A priority as a reader writes it: `standard`, `standard+5`, `law-2`.
 *
 * @example
 * priorityLabel({ tier: 'standard', offset: 5, note: '…' }); // 'standard+5'
 */
export function priorityLabel(ref: PriorityRef): string {
  const offset = offsetOf(ref);
  return offset === 0 ? tierOf(ref) : `${tierOf(ref)}${offset > 0 ? '+' : ''}${offset}`;
}

/**
 * A priority as a number: its tier's level plus the offset. The result must stay strictly between
 * the levels of the tiers below and above (an offset moves a rule inside its tier, never past
 * another tier) and at least 1.
 */
function resolve(
  ref: PriorityRef,
  tiers: readonly PriorityTier[],
  path: (string | number)[],
): number | PriorityProblem {
  const name = tierOf(ref);
  const i = tiers.findIndex((t) => t.tier === name);
  const tier = tiers[i];
  if (tier === undefined) {
    return {
      code: 'unknown_priority_tier',
      path: typeof ref === 'string' ? path : [...path, 'tier'],
      message: `Unknown priority tier "${name}"; pack.json "priorities" declares ${tiers.map((t) => t.tier).join(', ')}`,
    };
  }
  const value = tier.level + offsetOf(ref);
  const below = tiers[i - 1]?.level ?? 0;
  const above = tiers[i + 1]?.level ?? tier.level + MAX_TIER_OFFSET + 1;
  if (value <= below || value >= above) {
    return {
      code: 'priority_out_of_tier',
      path: [...path, 'offset'],
      message: `${priorityLabel(ref)} is ${value}, outside tier "${name}" (between ${below} and ${above}, exclusive): use another tier`,
    };
  }
  return value;
}

/**
 * Resolves a rule's priority and its decisions' priorities against the pack's tiers.
 *
 * @example
 * const r = rankRule(spec, manifest.priorities);
 * if ('problems' in r) report(r.problems); else console.log(r.priority);
 */
export function rankRule(spec: RuleSpec, tiers: readonly PriorityTier[]): Ranking | { problems: PriorityProblem[] } {
  const problems: PriorityProblem[] = [];
  const priority = resolve(spec.priority, tiers, ['priority']);
  if (typeof priority !== 'number') problems.push(priority);
  const decisionPriorities = spec.decisions.map((d, i) => {
    if (!('priority' in d) || d.priority === undefined) return typeof priority === 'number' ? priority : 0;
    const own = resolve(d.priority, tiers, ['decisions', i, 'priority']);
    if (typeof own === 'number') return own;
    problems.push(own);
    return 0;
  });
  if (problems.length > 0 || typeof priority !== 'number') return { problems };
  return { priority, tier: tierOf(spec.priority), decisionPriorities };
}
