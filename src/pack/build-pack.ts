// Building a rule pack from its files' text, job by job: validate (validate.ts), version
// (versions.ts), compile (compile-rule.ts), index (index-rules.ts). This file puts the jobs together
// (the pack's types are in types.ts); reading a directory (read-pack.ts, Node) is load-pack.ts's job, so
// the browser entry builds the inlined pack without Node.
import { PackLoadError, fromZodIssues, type PackIssue } from '../shared/errors.js';
import { compileRule } from './compile-rule.js';
import { byPriorityThenId, indexRules } from './index-rules.js';
import { parseJson, timeZoneIssues, validateRule } from './validate.js';
import { checkSeries } from './versions.js';
import type { CompiledPack, CompiledRule, Pack, PackFile } from './types.js';
import { PackManifest, RuleFile, type RuleSpec, type TopCondition } from '../schema/rule.js';

export { MAX_CONDITION_DEPTH, MAX_RULE_FILE_CHARS } from './validate.js';
export { eraAt, nextDay } from './versions.js';
export { factsRead } from '../evaluate/rule-reads.js';

export type { Bucket, CompiledPack, CompiledRule, Era, Pack, PackFile, PackRule } from './types.js';

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
