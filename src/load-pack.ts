import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { Engine, Rule } from 'json-rules-engine';
import { checkRule, decisionFacts, leaves, unsupportedSyntax } from './check-rule.js';
import { FACTS } from './facts/catalog.js';
import { engineOperators } from './operators.js';
import { PackLoadError, fromZodIssues, type PackIssue } from './errors.js';
import { PackManifest, RuleFile, RuleSpec, type Condition, type TopCondition } from './schema/rule.js';
import { ClaimType, Platform } from './schema/vocabulary.js';

/** A rule ready to evaluate: its metadata, its json-rules-engine `Rule`, and when it runs. */
export interface CompiledRule {
  readonly spec: RuleSpec;
  readonly rule: Rule;
  /** 1: reads the case; 2: also reads `outcome.*`, so runs after the first fold. */
  readonly stage: 1 | 2;
  readonly file: string;
}

/** The rules that can apply to one platform and claim type, by stage, in (priority, id) order. */
export interface Bucket {
  readonly stage1: readonly CompiledRule[];
  readonly stage2: readonly CompiledRule[];
}

/** A loaded, validated, compiled rule pack. Immutable; shared by every judgement. */
export interface Pack {
  readonly id: string;
  readonly version: string;
  readonly manifest: PackManifest;
  readonly rules: readonly CompiledRule[];
  /** Rules indexed by `platform:claimType`. */
  readonly buckets: ReadonlyMap<string, Bucket>;
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

function parseJson(file: PackFile, issues: PackIssue[]): unknown {
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
      const ruleId = typeof rawId === 'string' ? rawId : undefined;
      const at = (i: { code: string; path: string; message: string }): PackIssue => ({ ...i, file: file.name, ...(ruleId ? { ruleId } : {}) });
      const unsupported = unsupportedSyntax((raw as { conditions?: unknown } | null)?.conditions);
      if (unsupported.length > 0) {
        for (const p of unsupported) issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
        return;
      }
      const parsed = RuleSpec.safeParse(raw);
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
      const rule = new Rule({ name: spec.id, priority: spec.priority, conditions: withRequiredFacts(spec) as never, event: spec.event });
      (rule as unknown as { setEngine(e: Engine): void }).setEngine(engine);
      const stage = leaves(spec.conditions).some(({ leaf }) => FACTS.get(leaf.fact)?.origin === 'outcome') ? 2 : 1;
      compiled.push({ spec, rule, stage, file: file.name });
    });
  }
  if (issues.length > 0 || !manifest?.success) throw new PackLoadError(issues);
  compiled.sort(byPriorityThenId);
  return { id: manifest.data.id, version: manifest.data.version, manifest: manifest.data, rules: compiled, buckets: indexRules(compiled) };
}

function formatRulePath(index: number, path: readonly (string | number)[]): string {
  return [`rules[${index}]`, ...path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))].join('');
}

function indexRules(rules: readonly CompiledRule[]): Map<string, Bucket> {
  const buckets = new Map<string, Bucket>();
  for (const platform of Platform.options) {
    for (const claimType of ClaimType.options) {
      const applies = rules.filter((r) => r.spec.platforms.includes(platform) && (claimTypesOf(r.spec.conditions)?.includes(claimType) ?? true));
      buckets.set(`${platform}:${claimType}`, {
        stage1: applies.filter((r) => r.stage === 1),
        stage2: applies.filter((r) => r.stage === 2),
      });
    }
  }
  return buckets;
}

/**
 * Loads a pack from a directory: `pack.json` and `<family>/*.json` rule files.
 *
 * @example
 * const pack = loadPack('./rules');
 */
export function loadPack(dir: string): Pack {
  const files: PackFile[] = [];
  for (const entry of readdirSync(dir).sort()) {
    const full = join(dir, entry);
    if (!statSync(full).isDirectory()) continue;
    for (const name of readdirSync(full).sort()) {
      if (name.endsWith('.json')) files.push({ name: relative(dir, join(full, name)), text: readFileSync(join(full, name), 'utf8') });
    }
  }
  return buildPack({ name: 'pack.json', text: readFileSync(join(dir, 'pack.json'), 'utf8') }, files);
}
