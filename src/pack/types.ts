// The types of a rule pack, from its files to its compiled, indexed form: in a module of their own
// so the jobs that build a pack (validate.ts, versions.ts, compile-rule.ts, index-rules.ts) and
// the stages that run one name them without importing build-pack.ts, which imports those jobs.
import type { RuleProgram } from '../evaluate/compile-conditions.js';
import type { RuleDecisions } from '../verdict/rule-decisions.js';
import type { PackIssue } from '../shared/errors.js';
import type { PackManifest, RuleSpec, TopCondition } from '../schema/rule.js';

/** A rule of a loaded pack: its metadata, its resolved priorities, and when it runs. */
export interface PackRule {
  readonly spec: RuleSpec;
  /** The rule's priority as a number: its tier's level (`pack.json` `priorities`) plus its offset. */
  readonly priority: number;
  /** The rule's priority tier. */
  readonly tier: string;
  /** Each decision's priority as a number (its own tier, else the rule's), parallel to `spec.decisions`. */
  readonly decisionPriorities: readonly number[];
  /** 1: reads the case; 2: also reads `outcome.*`, so runs after the first fold. */
  readonly stage: 1 | 2;
  readonly file: string;
  /** Position of the rule in its file (for messages). */
  readonly index: number;
  /** The series the rule is a version of: `spec.series`, else its own id. */
  readonly series: string;
  /** Every fact the rule's conditions read, right-hand sides (`value: { fact }`) included, sorted. */
  readonly reads: readonly string[];
  /** Shop-policy fields the rule reads: non-empty means it applies the shop's policy. */
  readonly policy: readonly string[];
  /** The rule reads a `promises.*` fact or the agreement before the claim: what it decides rests on a promise the seller made. */
  readonly promise: boolean;
}

/** A rule ready to evaluate: a pack rule and its compiled condition tree (internal). */
export interface CompiledRule extends PackRule {
  /** The conditions evaluated: the rule's, plus the amounts its decisions need (required known). */
  readonly conditions: TopCondition;
  /** The conditions compiled to closures. */
  readonly program: RuleProgram;
  /** What the fold reads of the rule's decisions, worked out at load. */
  readonly decided: RuleDecisions;
}

/**
 * The rules in force over a span of calendar days: `from` inclusive (`''`: since always) up to
 * the next era's `from`. Precomputed at load so a case only looks its day up.
 */
export interface Era {
  readonly from: string;
  readonly stage1: readonly CompiledRule[];
  readonly stage2: readonly CompiledRule[];
  /** Some rule here is gated on a pack option. */
  readonly optional: boolean;
}

/**
 * The rules that can apply to one platform and claim type, by stage, in (priority, id) order:
 * all versions (`stage1`, `stage2`) and, in `eras`, the rules in force over each span of days.
 */
export interface Bucket {
  readonly stage1: readonly CompiledRule[];
  readonly stage2: readonly CompiledRule[];
  readonly eras: readonly Era[];
}

/** A loaded, validated, compiled rule pack. Immutable; shared by every judgement. */
export interface Pack {
  readonly id: string;
  readonly version: string;
  readonly manifest: PackManifest;
  /** Every rule, highest priority first (then by id). */
  readonly rules: readonly PackRule[];
  /**
   * Problems that do not stop the pack from loading: `version_gap`, days between two versions of
   * a series when no version is in force (a rule withdrawn for a while is legitimate, but usually
   * a typo in a date).
   */
  readonly warnings: readonly PackIssue[];
}

/** A pack as the judge uses it: rules compiled to closures, indexed by platform and claim type (internal). */
export interface CompiledPack extends Pack {
  readonly rules: readonly CompiledRule[];
  /** Rules indexed by `platform:claimType`, each with its eras of effective dates. */
  readonly buckets: ReadonlyMap<string, Bucket>;
}

/** A rule file's name (for messages) and its text. */
export interface PackFile {
  readonly name: string;
  readonly text: string;
}
