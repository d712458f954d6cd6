// Validating a pack's manifest and rules: every problem of every file at once, each with its
// file, rule id and path.
import { checkRule, unsupportedSyntax } from './check-rule.js';
import { SINGLE_DECISIONS } from '../verdict/decisions.js';
import { fromZodIssues, type PackIssue } from '../shared/errors.js';
import type { PackFile } from './types.js';
import { rankRule, type Ranking } from './priority.js';
import { withoutBom } from '../shared/json-text.js';
import { PackManifest, RuleSpec } from '../schema/rule.js';
import * as V from '../schema/vocabulary.js';

/** A rule file longer than this (in characters) is a mistake, not a pack: the largest shipped file has ~20,000. */
export const MAX_RULE_FILE_CHARS = 1024 * 1024;
/** Deepest `all` / `any` nesting a rule may have; deeper is junk, and would exhaust the stack. */
export const MAX_CONDITION_DEPTH = 32;

/** Where a condition tree nests deeper than `MAX_CONDITION_DEPTH`, found without recursion. */
function tooDeep(conditions: unknown): (string | number)[] | undefined {
  const stack: { node: unknown; path: (string | number)[]; depth: number }[] = [
    { node: conditions, path: ['conditions'], depth: 0 },
  ];
  while (stack.length > 0) {
    const { node, path, depth } = stack.pop() as { node: unknown; path: (string | number)[]; depth: number };
    if (node === null || typeof node !== 'object') continue;
    if (depth > MAX_CONDITION_DEPTH) return path;
    for (const key of ['all', 'any', 'not'] as const) {
      const list = Object.hasOwn(node, key) ? (node as Record<string, unknown>)[key] : undefined;
      if (Array.isArray(list))
        list.forEach((child, i) => stack.push({ node: child, path: [...path, key, i], depth: depth + 1 }));
      else if (list !== undefined) stack.push({ node: list, path: [...path, key, 0], depth: depth + 1 });
    }
  }
  return undefined;
}

/** A rule id as it may be named in a message: long junk is cut short. */
export const nameOf = (id: string) => (id.length > 80 ? `${id.slice(0, 80)}…` : id);

/**
 * `pack.json` time zones the runtime's `Intl` does not know (a typo, an offset such as `+08:00`):
 * each would otherwise be a `RangeError` on every judgement of that platform.
 */
export function timeZoneIssues(manifest: PackManifest, file: string): PackIssue[] {
  return Object.entries(manifest.timeZones).flatMap(([platform, zone]) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: zone });
      return [];
    } catch {
      return [
        {
          file,
          code: 'unknown_time_zone',
          path: `timeZones.${platform}`,
          message: `${JSON.stringify(nameOf(zone))} is not a time zone: expected an IANA name such as Asia/Shanghai`,
        },
      ];
    }
  });
}

export function parseJson(file: PackFile, issues: PackIssue[]): unknown {
  if (file.text.length > MAX_RULE_FILE_CHARS) {
    issues.push({
      file: file.name,
      code: 'file_too_large',
      path: '',
      message: `The file has ${file.text.length} characters; a rule file may have at most ${MAX_RULE_FILE_CHARS}`,
    });
    return undefined;
  }
  try {
    return JSON.parse(withoutBom(file.text));
  } catch (e) {
    issues.push({
      file: file.name,
      code: 'invalid_json',
      path: '',
      message: `Malformed JSON: ${(e as Error).message}`,
    });
    return undefined;
  }
}

const FORBIDDABLE: Record<string, readonly string[]> = {
  ...Object.fromEntries(
    [...SINGLE_DECISIONS.values()].filter((d) => d.forbiddable).map((d) => [d.key, d.values.map(String)]),
  ),
  refundAdjustment: V.AdjustmentKind.options,
  penalty: V.PenaltyKind.options,
  action: V.ActionCode.options,
};

/** Checks of the dating, option and mandatory metadata of one parsed rule. */
function checkVersioning(
  spec: RuleSpec,
  manifest: PackManifest | undefined,
): { code: string; path: (string | number)[]; message: string }[] {
  const problems: { code: string; path: (string | number)[]; message: string }[] = [];
  if (spec.option !== undefined && manifest && !(manifest.options && spec.option in manifest.options)) {
    problems.push({
      code: 'unknown_option',
      path: ['option'],
      message: `Option "${spec.option}" is not declared in pack.json "options"`,
    });
  }
  spec.decisions.forEach((d, i) => {
    if (d.kind !== 'forbid') return;
    const at = ['decisions', i];
    if (spec.mandatory !== true) {
      problems.push({
        code: 'forbid_not_mandatory',
        path: at,
        message: 'Only a rule marked "mandatory": true can forbid what a shop policy decides',
      });
    }
    const allowed = FORBIDDABLE[d.decision] ?? [];
    if (!allowed.includes(d.value)) {
      problems.push({
        code: 'invalid_value',
        path: [...at, 'value'],
        message: `"${d.value}" is not a value of ${d.decision}; expected one of ${allowed.join(', ')}`,
      });
    }
  });
  return problems;
}

export function formatRulePath(index: number, path: readonly (string | number)[]): string {
  return [`rules[${index}]`, ...path.map((k) => (typeof k === 'number' ? `[${k}]` : `.${k}`))].join('');
}

/**
 * Validates one raw rule of a file: depth, syntax, schema, the rule's own checks, its id (unique
 * across the pack), dating and priority. Every problem is pushed to `issues`; the parsed rule and
 * its ranking when it has none.
 */
export function validateRule(
  raw: unknown,
  index: number,
  file: string,
  manifest: PackManifest | undefined,
  seen: Map<string, string>,
  issues: PackIssue[],
): { spec: RuleSpec; ranking: Ranking } | undefined {
  const rawId = (raw as { id?: unknown } | null)?.id;
  const ruleId = typeof rawId === 'string' ? nameOf(rawId) : undefined;
  const at = (i: { code: string; path: string; message: string }): PackIssue => ({
    ...i,
    file,
    ...(ruleId ? { ruleId } : {}),
  });
  const deep = tooDeep((raw as { conditions?: unknown } | null)?.conditions);
  if (deep) {
    issues.push(
      at({
        code: 'too_deep',
        path: formatRulePath(index, deep),
        message: `Conditions nest deeper than ${MAX_CONDITION_DEPTH} levels of all / any`,
      }),
    );
    return undefined;
  }
  const unsupported = unsupportedSyntax((raw as { conditions?: unknown } | null)?.conditions);
  if (unsupported.length > 0) {
    for (const p of unsupported)
      issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
    return undefined;
  }
  // jitless: zod's compiled fast path costs more to build than ~150 one-off parses save.
  const parsed = RuleSpec.safeParse(raw, { jitless: true });
  if (!parsed.success) {
    issues.push(...fromZodIssues(parsed.error.issues, ['rules', index]).map(at));
    return undefined;
  }
  const spec = parsed.data;
  const problems = checkRule(spec);
  for (const p of problems) issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
  const first = seen.get(spec.id);
  if (first !== undefined) {
    issues.push(
      at({
        code: 'duplicate_id',
        path: formatRulePath(index, ['id']),
        message: `Rule id "${spec.id}" is already used in ${first}`,
      }),
    );
    return undefined;
  }
  seen.set(spec.id, file);
  // Every check of a parsed rule runs, whatever the others found: all its problems at once.
  const extra = checkVersioning(spec, manifest);
  for (const p of extra) issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
  const ranking = manifest ? rankRule(spec, manifest.priorities) : undefined;
  if (ranking && 'problems' in ranking) {
    for (const p of ranking.problems)
      issues.push(at({ code: p.code, path: formatRulePath(index, p.path), message: p.message }));
  }
  if (problems.length > 0 || extra.length > 0 || ranking === undefined || 'problems' in ranking) return undefined;
  return { spec, ranking };
}
