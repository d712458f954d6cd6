import type * as z from 'zod';

/** One problem with the input, `path` being the JSON path into the case (`order.paidAt`). */
export interface Issue {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

/** One problem with a rule pack: the file, the rule (when known) and the path inside the rule. */
export interface PackIssue extends Issue {
  readonly file: string;
  readonly ruleId?: string;
}

/** Formats a path array the way a reader writes it: `order.paidAt`, `rules[2].conditions.all[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out;
}

/** The most issues one report lists; the rest are counted in a last `too_many_issues` issue. */
export const MAX_ISSUES = 100;

/**
 * At most `max` issues, then one `too_many_issues` issue saying how many more there were, so a
 * hostile input cannot make the report itself huge.
 *
 * @example
 * capIssues(issues).at(-1); // { code: 'too_many_issues', path: '', message: '… and 4900 more issues' }
 */
export function capIssues(issues: readonly Issue[], max = MAX_ISSUES): Issue[] {
  if (issues.length <= max) return [...issues];
  const rest = issues.length - max;
  return [
    ...issues.slice(0, max),
    {
      code: 'too_many_issues',
      path: '',
      message: `… and ${rest} more issue${rest === 1 ? '' : 's'} (only the first ${max} are listed)`,
    },
  ];
}

/** The code of a zod issue: a refinement may name its own (`params.code`), else zod's. */
function codeOf(issue: z.core.$ZodIssue): string {
  const own = issue.code === 'custom' ? (issue.params as { code?: unknown } | undefined)?.code : undefined;
  return typeof own === 'string' ? own : issue.code;
}

/** Turns zod issues into `Issue`s, one per unknown key so each misspelling has its own path. */
export function fromZodIssues(issues: readonly z.core.$ZodIssue[], prefix: readonly PropertyKey[] = []): Issue[] {
  const out: Issue[] = [];
  for (const issue of issues) {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        out.push({ code: 'unknown_key', path: formatPath([...path, key]), message: `Unknown field "${key}"` });
      }
    } else if (issue.code === 'invalid_union' && issue.errors.length > 0) {
      // Report the branch that got furthest rather than "invalid input".
      const best = [...issue.errors].sort((a, b) => depth(b) - depth(a))[0] ?? [];
      const nested = fromZodIssues(best, path);
      out.push(
        ...(nested.length > 0 ? nested : [{ code: issue.code, path: formatPath(path), message: issue.message }]),
      );
    } else {
      out.push({ code: codeOf(issue), path: formatPath(path), message: issue.message });
    }
  }
  return out;
}

const depth = (issues: readonly z.core.$ZodIssue[]): number =>
  Math.max(0, ...issues.map((i) => i.path.length + (i.code === 'invalid_union' ? 0 : 1)));

/**
 * Prints issues one per line, `✖ message → at path`.
 *
 * @example
 * formatIssues([{ code: 'invalid_format', path: 'order.paidAt', message: 'Expected an ISO 8601 timestamp' }]);
 * // '✖ Expected an ISO 8601 timestamp → at order.paidAt'
 */
export function formatIssues(issues: readonly (Issue | PackIssue)[]): string {
  return issues
    .map((i) => {
      const where = 'file' in i ? [i.file, i.ruleId && `rule ${i.ruleId}`, i.path].filter(Boolean).join(' › ') : i.path;
      return where ? `✖ ${i.message} → at ${where}` : `✖ ${i.message}`;
    })
    .join('\n');
}

/**
 * Thrown by `judge` when the case is invalid. Carries every issue, as `safeJudge` returns them.
 *
 * @example
 * try { await judge({}); } catch (e) { if (e instanceof CaseValidationError) console.error(e.issues); }
 */
export class CaseValidationError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[]) {
    super(`Invalid case:\n${formatIssues(issues)}`);
    this.name = 'CaseValidationError';
    this.issues = issues;
  }
}

/**
 * Thrown when a rule pack fails to load. Carries every problem with its file, rule and path.
 *
 * @example
 * try { loadPack('./my-rules'); } catch (e) { if (e instanceof PackLoadError) console.error(e.message); }
 */
export class PackLoadError extends Error {
  readonly issues: readonly PackIssue[];
  constructor(issues: readonly PackIssue[]) {
    super(`Rule pack failed to load:\n${formatIssues(issues)}`);
    this.name = 'PackLoadError';
    this.issues = issues;
  }
}
