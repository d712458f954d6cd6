export { judge, safeJudge, createJudge, whatIf, explainRule, describeFact } from './judge/judge.js';
export { applyMergePatch } from './explain/what-if.js';
export type { MergePatch, WhatIfOptions, WhatIfResult, WhatIfChange } from './explain/what-if.js';
export type { RuleExplanation, ExplainedDecision } from './explain/explain-rule.js';
export type { FactDescription } from './explain/describe-fact.js';
export type { Judge, JudgeOptions, JudgeResult, QuestionsAsked, ShopPolicy } from './judge/judge.js';
export type { EvaluatorName, TraceMode } from './evaluate/evaluate.js';
export { loadPack, buildPack } from './pack/load-pack.js';
export type { Pack, PackFile, PackRule } from './pack/load-pack.js';
export { defaultPack, DEFAULT_RULES_DIR } from './default-pack.js';
export { CaseValidationError, PackLoadError, formatIssues } from './shared/errors.js';
export type { Issue, PackIssue } from './shared/errors.js';
export { CaseSchema } from './schema/case.js';
export type { Case, CaseInput, ParsedCase } from './schema/case.js';
export { VerdictSchema } from './schema/verdict.js';
export type { Verdict, TraceNode } from './schema/verdict.js';
// Types whose zod schema of the same name is not exported: re-declared as types, because a
// declaration bundler turns `export type { Outcome }` of a name that is also a value into a value
// export that does not exist at run time (test/declarations.test.ts).
import type * as VerdictTypes from './schema/verdict.js';
/** The decisions of a verdict (liability, remedy, freight legs, penalties, …). */
export type Outcome = VerdictTypes.Outcome;
/** Who pays one freight leg, and on what terms. */
export type FreightLegResult = VerdictTypes.FreightLegResult;
/** A penalty a rule imposes (points, compensation to the buyer, payment to the platform). */
export type Penalty = VerdictTypes.Penalty;
/** Two rules of the same priority disagreeing, or a mandatory rule overriding a shop policy. */
export type Conflict = VerdictTypes.Conflict;
/** One rule's evaluation in the trace. */
export type TraceEntry = VerdictTypes.TraceEntry;
/** The rule pack and the rule versions a verdict was judged with. */
export type Ruleset = VerdictTypes.Ruleset;
/** A dated series of rule versions in force for the verdict. */
export type RuleVersion = VerdictTypes.RuleVersion;
/** The status (firm, provisional, undetermined) of each decision. */
export type Status = VerdictTypes.Status;
/** firm, provisional or undetermined. */
export type DecisionStatus = VerdictTypes.DecisionStatus;
/** A fact the verdict still needs, ranked, with the decisions it could change. */
export type OpenQuestion = VerdictTypes.OpenQuestion;
export { incoherences, INCOHERENT } from './verdict/coherence.js';
export type { Incoherence } from './verdict/coherence.js';
export { SINGLE_DECISIONS, SINGLE_KEYS } from './verdict/decisions.js';
export type { SingleKey, SingleDecisionDef } from './verdict/decisions.js';
export { RuleSpec, RuleFile, PackManifest, Decision, PriorityRef, PriorityTier } from './schema/rule.js';
export { priorityLabel } from './pack/priority.js';
export { FACTS } from './facts/catalog.js';
export type { FactDef, FactType } from './facts/catalog.js';
export { OPERATORS } from './evaluate/operators.js';
export { diffPacks } from './diff/pack-diff.js';
export type { PackDiff, ChangeCount, RuleFiringChange, DiffError, DiffOptions } from './diff/pack-diff.js';
export { verdictDelta } from './diff/verdict-delta.js';
export type { VerdictDelta, Change } from './diff/verdict-delta.js';
export { coverageOf } from './coverage/coverage.js';
export type { Coverage, RuleCoverage, LeafCoverage, CoverageTotals } from './coverage/coverage.js';
export { coverageText, coverageLcov } from './coverage/coverage-report.js';
export type { CoverageFile } from './coverage/coverage-report.js';
