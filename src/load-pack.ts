import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Engine, Rule } from 'json-rules-engine';
import { checkRule, decisionFacts, leaves, unsupportedSyntax } from './check-rule.js';
import { SINGLE_DECISIONS } from './decisions.js';
import { FACTS } from './facts/catalog.js';
import { engineOperators } from './operators.js';
import { PackLoadError, fromZodIssues, type PackIssue } from './errors.js';
import { PackManifest, RuleFile, RuleSpec, type Condition, type TopCondition } from './schema/rule.js';
import * as V from './schema/vocabulary.js';
import { ClaimType, Platform } from './schema/vocabulary.js';

/** A rule ready to evaluate: its metadata, its json-rules-engine `Rule`, and when it runs. */
export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly rule: Rule;
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
  readonly rules: readonly CompiledRule[];
  /** Rules indexed by `platform:claimType`, each with its eras of effective dates. */
  readonly buckets: ReadonlyMap<string, Bucket>;
  /**
   * Problems that do not stop the pack from loading: `version_gap`, days between two versions of
   * a series when no version is in force (a rule withdrawn for a while is legitimate, but usually
   * a typo in a date).
   */
  readonly warnings: readonly PackIssue[];
}

/** A rule file's name (for messages) and its text. */
export interface PackFile {
  readonly name: string;
  readonly text: string;
}

const byPriorityThenId = (a: CompiledRule, b: CompiledRule) =>
  b.spec.priority - a.spec.priority || (a.spec.id < b.spec.id ? -1 : a.spec.id > b.spec.id ? 1 : 0);

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

/**
 * A decision that needs an amount needs the fact it is computed from: the compiled rule
 * requires it to be known (money is never negative), so a missing amount is reported, not guessed.
 */
function withRequiredFacts(spec: RuleSpec): TopCondition {
  const needed = [...new Set(spec.event.params.decisions.flatMap(decisionFacts))].sort();
  if (needed.length === 0) return spec.conditions;
  const known: Condition[] = needed.map((fact) => ({ fact, operator: 'greaterThanInclusive', value: 0 }));
  return 'all' in spec.conditions ? { all: [...spec.conditions.all, ...known] } : { all: [spec.conditions, ...known] };
}

/** Every fact a rule's conditions read, on either side of a comparison, sorted. */
export function factsRead(spec: RuleSpec): string[] {
  const read = new Set<string>();
  for (const { leaf } of leaves(spec.conditions)) {
    read.add(leaf.fact);
    if (typeof leaf.value === 'object' && leaf.value !== null && !Array.isArray(leaf.value)) read.add(leaf.value.fact);
  }
  return [...read].sort();
}

/** A rule file longer than this (in characters) is a mistake, not a pack: the largest shipped file has ~20,000. */
export const MAX_RULE_FILE_CHARS = 1024 * 1024;
/** Deepest `all` / `any` nesting a rule may have; deeper is junk, and would exhaust the stack. */
export const MAX_CONDITION_DEPTH = 32;

/** Where a condition tree nests deeper than `MAX_CONDITION_DEPTH`, found without recursion. */
function tooDeep(conditions: unknown): (string | number)[] | undefined {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [{ node: conditions, path: ['conditions'], depth: 0 }];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as { node: unknown; path: (string | number)[]; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_CONDITION_DEPTH) return path;
    for (const key of ['all', 'any', 'not'] as const) {
      const list = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      if (Array.isArray(list)) list.forEach((child, i) => stack.push({ node: child, path: [...path, key, i], depth: depth + 1 }));
      else if (list !== undefined) stack.push({ node: list, path: [...path, key, 0], depth: depth + 1 });
    }
  }
  return undefined;
}

/** A rule id as it may be named in a message: long junk is cut short. */
const nameOf = (id: string) => (id.length > 80 ? `${id.slice(0, 80)}…` : id);

function parseJson(file: PackFile, issues: PackIssue[]): unknown {
  if (file.text.length > MAX_RULE_FILE_CHARS) {
    issues.push({ file: file.name, code: 'file_too_large', path: '', message: `The file has ${file.text.length} characters; a rule file may have at most ${MAX_RULE_FILE_CHARS}` });
    return undefined;
  }
  try {
    return JSON.parse(file.text);
  } catch (e) {
    issues.push({ file: file.name, code: 'invalid_json', path: '', message: `Malformed JSON: ${(e as Error).message}` });
    return undefined;
  }
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

  const engine = new Engine([], { allowUndefinedFacts: true });
  for (const op of engineOperators()) engine.addOperator(op);

  const compiled: CompiledRule[] = [];
  const seen = new Map<string, string>();
  for (const file of [...files].sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const json = parseJson(file, issues);
    if (json === undefined) continue;
    const parsedFile = RuleFile.safeParse(json);
    if (!parsedFile.success) {
      issues.push(...fromZodIssues(parsedFile.error.issues).map((i) => ({ ...i, file: file.name })));
      continue;
    }
    parsedFile.data.rules.forEach((raw, index) => {
      const rawId = (raw as { id?: unknown } | null)?.id;
      const ruleId = typeof rawId === 'string' ? nameOf(rawId) : undefined;
      const at = (i: { code: string; path: string; message: string }): PackIssue => ({ ...i, file: file.name, ...(ruleId ? { ruleId } : {}) });
      const deep = tooDeep((raw as { conditions?: unknown } | null)?.conditions);
      if (deep) {
        issues.push(at({ code: 'too_deep', path: formatRulePath(index, deep), message: `Conditions nest deeper than ${MAX_CONDITION_DEPTH} levels of all / any` }));
        return;
      }
      const unsupported = unsupportedSyntax((raw as { conditions?: unknown } | null)?.conditions);
      if (unsupported.length > 0) {
        for (const p of unsupported) issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
        return;
      }
      // jitless: zod's compiled fast path costs more to build than ~150 one-off parses save.
      const parsed = RuleSpec.safeParse(raw, { jitless: true });
      if (!parsed.success) {
        issues.push(...fromZodIssues(parsed.error.issues, ['rules', index]).map(at));
        return;
      }
      const spec = parsed.data;
      const problems = checkRule(spec);
      for (const p of problems) issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
      const first = seen.get(spec.id);
      if (first !== undefined) {
        issues.push(at({ code: 'duplicate_id', path: formatRulePath(index, ['id']), message: `Rule id "${spec.id}" is already used in ${first}` }));
        return;
      }
      seen.set(spec.id, file.name);
      if (problems.length > 0) return;
      const extra = checkVersioning(spec, manifest?.success ? manifest.data : undefined);
      for (const p of extra) issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
      if (extra.length > 0) return;
      // The event carries only its type: the fold reads decisions from the spec, and json-rules-engine
      // deep-clones the event on every evaluation (RuleResult), so a lean event is a cheaper one.
      const rule = new Rule({ name: spec.id, priority: spec.priority, conditions: withRequiredFacts(spec) as never, event: { type: spec.event.type } });
      (rule as unknown as { setEngine(e: Engine): void }).setEngine(engine);
      const reads = factsRead(spec);
      const stage = reads.some((f) => FACTS.get(f)?.origin === 'outcome') ? 2 : 1;
      const policy = reads.filter((f) => f.startsWith('shopPolicy.'));
      const promise = reads.some((f) => f.startsWith('promises.'));
      compiled.push({ spec, rule, stage, file: file.name, index, series: spec.series ?? spec.id, reads, policy, promise });
    });
  }
  const warnings: PackIssue[] = [];
  checkSeries(compiled, issues, warnings);
  if (issues.length > 0 || !manifest?.success) throw new PackLoadError(issues);
  compiled.sort(byPriorityThenId);
  return { id: manifest.data.id, version: manifest.data.version, manifest: manifest.data, rules: compiled, buckets: indexRules(compiled), warnings };
}

const FORBIDDABLE: Record<string, readonly string[]> = {
  ...Object.fromEntries([...SINGLE_DECISIONS.values()].filter((d) => d.forbiddable).map((d) => [d.key, d.values.map(String)])),
  refundAdjustment: V.AdjustmentKind.options,
  penalty: V.PenaltyKind.options,
  action: V.ActionCode.options,
};

/** Checks of the dating, option and mandatory metadata of one parsed rule. */
function checkVersioning(spec: RuleSpec, manifest: PackManifest | undefined): { code: string; path: (string | number)[]; message: string }[] {
  const problems: { code: string; path: (string | number)[]; message: string }[] = [];
  if (spec.option !== undefined && manifest && !(manifest.options && spec.option in manifest.options)) {
    problems.push({ code: 'unknown_option', path: ['option'], message: `Option "${spec.option}" is not declared in pack.json "options"` });
  }
  spec.event.params.decisions.forEach((d, i) => {
    if (d.kind !== 'forbid') return;
    const at = ['event', 'params', 'decisions', i];
    if (spec.mandatory !== true) {
      problems.push({ code: 'forbid_not_mandatory', path: at, message: 'Only a rule marked "mandatory": true can forbid what a shop policy decides' });
    }
    const allowed = FORBIDDABLE[d.decision] ?? [];
    if (!allowed.includes(d.value)) {
      problems.push({ code: 'invalid_value', path: [...at, 'value'], message: `"${d.value}" is not a value of ${d.decision}; expected one of ${allowed.join(', ')}` });
    }
  });
  return problems;
}

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const span = (r: CompiledRule) => `${r.spec.effectiveFrom ?? '…'}..${r.spec.effectiveTo ?? '…'}`;

/**
 * Versions of a series must not be in force on the same day on a platform they share (an
 * error naming both rules); days between consecutive versions that none covers are warnings.
 * Rules of a series with the same date range are one version.
 */
function checkSeries(rules: readonly CompiledRule[], issues: PackIssue[], warnings: PackIssue[]): void {
  const bySeries = new Map<string, CompiledRule[]>();
  for (const r of rules) bySeries.set(r.series, [...(bySeries.get(r.series) ?? []), r]);
  for (const [series, members] of [...bySeries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (members.length < 2) continue;
    const from = (r: CompiledRule) => r.spec.effectiveFrom ?? '';
    const to = (r: CompiledRule) => r.spec.effectiveTo ?? '\uffff';
    const ordered = [...members].sort((a, b) => (from(a) < from(b) ? -1 : from(a) > from(b) ? 1 : a.spec.id < b.spec.id ? -1 : 1));
    for (let i = 0; i < ordered.length; i++) {
      const a = ordered[i] as CompiledRule;
      for (let j = i + 1; j < ordered.length; j++) {
        const b = ordered[j] as CompiledRule;
        if (span(a) === span(b)) continue;
        const shared = a.spec.platforms.filter((p) => b.spec.platforms.includes(p));
        if (shared.length === 0 || from(b) > to(a) || from(a) > to(b)) continue;
        issues.push({
          file: b.file,
          ruleId: b.spec.id,
          code: 'version_overlap',
          path: formatRulePath(b.index, [b.spec.effectiveFrom !== undefined ? 'effectiveFrom' : 'effectiveTo']),
          message: `Rule "${b.spec.id}" (${span(b)}) and rule "${a.spec.id}" (${span(a)}, ${a.file}) are versions of series "${series}" in force on the same days on ${shared.join(', ')}; end one version the day before the next begins`,
        });
      }
    }
    for (const platform of Platform.options) {
      const versions = [...new Map(ordered.filter((r) => r.spec.platforms.includes(platform)).map((r) => [span(r), r])).values()];
      for (let i = 1; i < versions.length; i++) {
        const prev = versions[i - 1] as CompiledRule;
        const next = versions[i] as CompiledRule;
        if (prev.spec.effectiveTo === undefined || next.spec.effectiveFrom === undefined) continue;
        const after = nextDay(prev.spec.effectiveTo);
        if (after >= next.spec.effectiveFrom) continue;
        warnings.push({
          file: next.file,
          ruleId: next.spec.id,
          code: 'version_gap',
          path: formatRulePath(next.index, ['effectiveFrom']),
          message: `Series "${series}" has no version in force on ${platform} from ${after} to the day before ${next.spec.effectiveFrom} (between "${prev.spec.id}" and "${next.spec.id}")`,
        });
      }
    }
  }
}

function formatRulePath(index: number, path: readonly (string | number)[]): string {
  return [`rules[${index}]`, ...path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))].join('');
}

const inForce = (r: CompiledRule, day: string) =>
  (r.spec.effectiveFrom === undefined || r.spec.effectiveFrom <= day) && (r.spec.effectiveTo === undefined || day <= r.spec.effectiveTo);

/** Splits rules (in order) into the spans of days over which the same rules are in force. */
function erasOf(rules: readonly CompiledRule[]): Era[] {
  const starts = new Set<string>(['']);
  for (const r of rules) {
    if (r.spec.effectiveFrom !== undefined) starts.add(r.spec.effectiveFrom);
    if (r.spec.effectiveTo !== undefined) starts.add(nextDay(r.spec.effectiveTo));
  }
  return [...starts].sort().map((from) => {
    const day = from === '' ? '0000-01-01' : from;
    const applies = rules.filter((r) => inForce(r, day));
    return {
      from,
      stage1: applies.filter((r) => r.stage === 1),
      stage2: applies.filter((r) => r.stage === 2),
      optional: applies.some((r) => r.spec.option !== undefined),
    };
  });
}

function indexRules(rules: readonly CompiledRule[]): Map<string, Bucket> {
  // Each rule's claim types once (not once per bucket), and one era list per distinct set of
  // rules: many buckets hold the same rules (every claim type a platform has no rule for).
  const claimTypes = new Map(rules.map((r) => [r, claimTypesOf(r.spec.conditions)]));
  const byMembers = new Map<string, Bucket>();
  const buckets = new Map<string, Bucket>();
  for (const platform of Platform.options) {
    for (const claimType of ClaimType.options) {
      const applies = rules.filter((r) => r.spec.platforms.includes(platform) && (claimTypes.get(r)?.includes(claimType) ?? true));
      const members = applies.map((r) => r.spec.id).join('\n');
      let bucket = byMembers.get(members);
      if (!bucket) {
        bucket = { stage1: applies.filter((r) => r.stage === 1), stage2: applies.filter((r) => r.stage === 2), eras: erasOf(applies) };
        byMembers.set(members, bucket);
      }
      buckets.set(`${platform}:${claimType}`, bucket);
    }
  }
  return buckets;
}

/**
 * The era of a bucket in force on a calendar day (`YYYY-MM-DD`): a binary search over the
 * precomputed spans, so selecting a version costs no filtering per case.
 */
export function eraAt(bucket: Bucket, day: string): Era {
  const eras = bucket.eras;
  let lo = 0;
  let hi = eras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((eras[mid] as Era).from <= day) lo = mid;
    else hi = mid - 1;
  }
  return eras[lo] as Era;
}

/**
 * The files `loadPack` reads from a directory: `pack.json` and `<family>/*.json`, in name order.
 *
 * @example
 * const { manifest, files } = readPackFiles('rules'); // as loadPack('rules') reads them
 */
export function readPackFiles(dir: string): { manifest: PackFile; files: PackFile[] } {
  const files: PackFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    for (const name of readdirSync(full).sort()) {
      if (name.endsWith('.json')) files.push({ name: relative(dir, join(full, name)), text: readFileSync(join(full, name), 'utf8') });
    }
  }
  return { manifest: { name: 'pack.json', text: readFileSync(join(dir, 'pack.json'), 'utf8') }, files };
}

/**
 * Loads a pack from a directory: `pack.json` and `<family>/*.json` rule files.
 *
 * @example
 * const pack = loadPack('./rules');
 */
export function loadPack(dir: string): Pack {
  const { manifest, files } = readPackFiles(dir);
  return buildPack(manifest, files);
}
