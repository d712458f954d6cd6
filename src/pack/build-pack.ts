// Building a rule pack from its files' text, job by job: validate (validate.ts), version
// (versions.ts), compile (compile-rule.ts), index (index-rules.ts). This file holds the pack's types
// and puts the jobs together; reading a directory (read-pack.ts, Node) is load-pack.ts's job, so
// the browser entry builds the inlined pack without Node.
import type { RuleProgram } from '../compile-conditions.js';
import type { RuleDecisions } from '../rule-decisions.js';
import { PackLoadError, fromZodIssues, type PackIssue } from '../errors.js';
import { compileRule } from './compile-rule.js';
import { byPriorityThenId, indexRules } from './index-rules.js';
import { parseJson, timeZoneIssues, validateRule } from './validate.js';
import { checkSeries } from './versions.js';
import { PackManifest, RuleFile, type RuleSpec, type TopCondition } from '../schema/rule.js';

export { MAX_CONDITION_DEPTH, MAX_RULE_FILE_CHARS } from './validate.js';
export { eraAt, nextDay } from './versions.js';
export { factsRead } from '../rule-reads.js';

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
  /** The rule reads a `promises.*` fact: what it decides rests on a promise the seller made. */
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

/**
 * The compiled form of a pack `loadPack` or `buildPack` returned (a `TypeError` for any other object).
 *
 * @example
 * compiledPack(loadPack('rules')).buckets.get('taobao:late_shipment');
 */
export function compiledPack(pack: Pack): CompiledPack {
  if (!(pack as Partial<CompiledPack>).buckets) throw new TypeError('Not a loaded pack: use loadPack() or buildPack()');
  return pack as CompiledPack;
}

/** A rule file's name (for messages) and its text. */
export interface PackFile {
  readonly name: string;
  readonly text: string;
}

/**
 * Validates and compiles a pack from its manifest and rule files. Every problem in every file
 * is reported at once, each with its file, rule id and path.
 *
 * @example
 * const pack = buildPack({ name: 'pack.json', text: manifestJson }, [{ name: 'ship/late.json', text: rulesJson }]);
 */
export function buildPack(manifestFile: PackFile, files: readonly PackFile[]): Pack {
  const issues: PackIssue[] = [];
  const manifestJson = parseJson(manifestFile, issues);
  const manifest = manifestJson === undefined ? undefined : PackManifest.safeParse(manifestJson);
  if (manifest && !manifest.success) {
    issues.push(...fromZodIssues(manifest.error.issues).map((i) => ({ ...i, file: manifestFile.name })));
  }
  if (manifest?.success) issues.push(...timeZoneIssues(manifest.data, manifestFile.name));

  const compiled: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const json = parseJson(file, issues);
    if (json === undefined) continue;
    const parsedFile = RuleFile.safeParse(json);
    if (!parsedFile.success)
      issues.push(...fromZodIssues(parsedFile.error.issues).map((i) => ({ ...i, file: file.name })));
    // A bad file (an unknown key beside `rules`) still has its rules checked: all problems at once.
    const rawRules = parsedFile.success ? parsedFile.data.rules : (json as { rules?: unknown } | null)?.rules;
    (Array.isArray(rawRules) ? (rawRules as unknown[]) : []).forEach((raw, index) => {
      const valid = validateRule(raw, index, file.name, manifest?.success ? manifest.data : undefined, seen, issues);
      if (valid) compiled.push(compileRule(valid.spec, valid.ranking, file.name, index));
    });
  }
  const warnings: PackIssue[] = [];
  checkSeries(compiled, issues, warnings);
  if (issues.length > 0 || !manifest?.success) throw new PackLoadError(issues);
  compiled.sort(byPriorityThenId);
  const pack: CompiledPack = {
    id: manifest.data.id,
    version: manifest.data.version,
    manifest: manifest.data,
    rules: compiled,
    buckets: indexRules(compiled),
    warnings,
  };
  return pack;
}
