// `aftersale-rules/browser`: the judge with the shipped pack inlined, for pages, workers and any
// runtime without a file system. Nothing here (or below it) imports from Node, and the reference
// evaluator (json-rules-engine) is left out: `evaluator: 'reference'` is a TypeError here.
import { files, manifest } from 'aftersale-rules:shipped-pack';
import { judgeFactory, type Judge, type JudgeOptions } from './judge/judge-core.js';
import { buildPack, type Pack } from './pack/build-pack.js';
import { caseFactsFor } from './pack/bucket-facts.js';

export type { Judge, JudgeOptions, JudgeResult, QuestionsAsked, ShopPolicy } from './judge/judge-core.js';
export type { EvaluatorName, TraceMode } from './evaluate/evaluate.js';
export { buildPack } from './pack/build-pack.js';
export type { Pack, PackFile, PackRule } from './pack/build-pack.js';
export { CaseValidationError, PackLoadError, formatIssues } from './shared/errors.js';
export type { Issue, PackIssue } from './shared/errors.js';
export { CaseSchema } from './schema/case.js';
export type { Case, CaseInput, ParsedCase } from './schema/case.js';
export { VerdictSchema } from './schema/verdict.js';
export type { Verdict } from './schema/verdict.js';
export { applyMergePatch } from './explain/what-if.js';
export type { MergePatch, WhatIfOptions, WhatIfResult, WhatIfChange } from './explain/what-if.js';
export type { RuleExplanation, ExplainedDecision } from './explain/explain-rule.js';
export type { FactDescription } from './explain/describe-fact.js';
export { FACTS } from './facts/catalog.js';
export type { FactDef, FactType } from './facts/catalog.js';
export { SINGLE_DECISIONS, SINGLE_KEYS } from './verdict/decisions.js';

let cached: Pack | undefined;

/**
 * The pack that ships with the package, inlined at build time and compiled on first use: the
 * same rules `loadPack('rules')` reads in Node.
 *
 * @example
 * shippedPack().rules.length;
 */
export function shippedPack(): Pack {
  cached ??= buildPack(manifest, files);
  return cached;
}

/**
 * Binds a judge to a pack (default: the shipped one) and options, as `createJudge` in Node does;
 * `evaluator: 'reference'` is not available here.
 *
 * @example
 * const shop = createJudge({ shopPolicy: { returnWindowDays: 15 } });
 * const verdict = await shop.judge(myCase);
 */
export const createJudge: (options?: JudgeOptions) => Judge = judgeFactory({
  entry: 'aftersale-rules/browser',
  defaultPack: shippedPack,
});

/**
 * The shipped pack's judge: `judge`, `safeJudge`, `whatIf`, `explainRule`, `describeFact`, each as
 * documented on `Judge` and as the Node entry exports them.
 *
 * @example
 * const verdict = await judge(myCase);
 */
export const { judge, safeJudge, whatIf, explainRule, describeFact }: Judge = createJudge();

/**
 * The case facts the shipped pack's rules for one platform and claim type read (a derived fact
 * stands for the case facts it is computed from), in the catalogue's order: what a form for that
 * complaint needs to ask. Empty for a platform or claim type the pack has no rules for.
 *
 * @example
 * factsFor('taobao', 'late_shipment').includes('shipment.firstCarrierScanAt'); // true
 */
export const factsFor = (platform: string, claimType: string): string[] =>
  caseFactsFor(shippedPack(), platform, claimType);
