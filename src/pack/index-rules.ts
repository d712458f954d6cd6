// The pack indexed by platform and claim type, each bucket with its eras of effective dates.
import type { Bucket, CompiledRule } from './types.js';
import type { TopCondition } from '../schema/rule.js';
import { ClaimType, Platform } from '../schema/vocabulary.js';
import { erasOf } from './versions.js';

/** Highest priority first, then by id. */
export const byPriorityThenId = (a: CompiledRule, b: CompiledRule) =>
  b.priority - a.priority || (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0);

/** Claim types a rule is limited to by a top-level `claim.type` condition; undefined: any. */
function claimTypesOf(conditions: TopCondition): readonly string[] | undefined {
  if (!('all' in conditions)) return undefined;
  for (const c of conditions.all) {
    if (!('fact' in c) || c.fact !== 'claim.type') continue;
    if (c.operator === 'equal' && typeof c.value === 'string') return [c.value];
    if (c.operator === 'in' && Array.isArray(c.value)) return c.value as string[];
  }
  return undefined;
}

/** Every rule by `platform:claimType`, each bucket with its eras. */
export function indexRules(rules: readonly CompiledRule[]): Map<string, Bucket> {
  // Each rule's claim types once (not once per bucket), and one era list per distinct set of
  // rules: many buckets hold the same rules (every claim type a platform has no rule for).
  const claimTypes = new Map(rules.map((r) => [r, claimTypesOf(r.spec.conditions)]));
  const byMembers = new Map<string, Bucket>();
  const buckets = new Map<string, Bucket>();
  for (const platform of Platform.options) {
    for (const claimType of ClaimType.options) {
      const applies = rules.filter(
        (r) => r.spec.platforms.includes(platform) && (claimTypes.get(r)?.includes(claimType) ?? true),
      );
      const members = applies.map((r) => r.spec.id).join('\n');
      let bucket = byMembers.get(members);
      if (!bucket) {
        bucket = {
          stage1: applies.filter((r) => r.stage === 1),
          stage2: applies.filter((r) => r.stage === 2),
          eras: erasOf(applies),
        };
        byMembers.set(members, bucket);
      }
      buckets.set(`${platform}:${claimType}`, bucket);
    }
  }
  return buckets;
}
