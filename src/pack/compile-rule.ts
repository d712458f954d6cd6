// Compiling one validated rule: the facts it reads (once), its stage, and its condition tree as
// closures (src/evaluate/compile-conditions.ts).
import { decisionFacts } from './check-rule.js';
import { compileConditions } from '../evaluate/compile-conditions.js';
import { deepFreeze } from '../shared/deep-freeze.js';
import type { CompiledRule } from './types.js';
import type { Ranking } from './priority.js';
import { ruleDecisions } from '../verdict/rule-decisions.js';
import { factsRead, policyOf, stageOf } from '../evaluate/rule-reads.js';
import type { Condition, RuleSpec, TopCondition } from '../schema/rule.js';

/**
 * A decision that needs an amount needs the fact it is computed from: the compiled rule
 * requires it to be known (money is never negative), so a missing amount is reported, not guessed.
 */
function withRequiredFacts(spec: RuleSpec): TopCondition {
  const needed = [...new Set(spec.decisions.flatMap(decisionFacts))].sort();
  if (needed.length === 0) return spec.conditions;
  const known: Condition[] = needed.map((fact) => ({ fact, operator: 'greaterThanInclusive', value: 0 }));
  return 'all' in spec.conditions ? { all: [...spec.conditions.all, ...known] } : { all: [spec.conditions, ...known] };
}

/**
 * A fact whose shown value is something the seller bound itself to: a `promises.*` fact, or the
 * remedy seller and buyer agreed before the claim (claim.priorAgreement; 淘宝平台争议处理规则
 * 第七条: what the parties agreed comes first, 第四十九条: an agreed return silent on freight is the
 * seller's to pay). A seller may pay a leg on its strength although the buyer is liable.
 */
const restsOnPromise = (fact: string): boolean => fact.startsWith('promises.') || fact === 'claim.priorAgreement';

/** A validated rule ready to evaluate. Its spec is frozen: verdicts quote its message and source. */
export function compileRule(spec: RuleSpec, ranking: Ranking, file: string, index: number): CompiledRule {
  deepFreeze(spec);
  const conditions = withRequiredFacts(spec);
  const reads = factsRead(spec.conditions);
  const stage = stageOf(reads);
  const policy = policyOf(reads);
  const promise = reads.some(restsOnPromise);
  return {
    spec,
    ...ranking,
    stage,
    file,
    index,
    series: spec.series ?? spec.id,
    reads,
    policy,
    promise,
    conditions,
    program: compileConditions(conditions),
    decided: ruleDecisions(spec, ranking.decisionPriorities, ranking.priority),
  };
}
