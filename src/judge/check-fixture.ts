import { formatIssues } from '../shared/errors.js';
import type { Judge } from './judge.js';
import { Fixture } from '../schema/fixture.js';
import type { Verdict } from '../schema/verdict.js';
import { fromZodIssues } from '../shared/errors.js';

/** One place where the verdict differs from the fixture's expectation. */
export interface Mismatch {
  readonly path: string;
  readonly expected: unknown;
  readonly actual: unknown;
}

/** The result of running one fixture. */
export type FixtureResult =
  | { readonly status: 'pass'; readonly verdict: Verdict }
  | { readonly status: 'fail'; readonly verdict: Verdict; readonly mismatches: readonly Mismatch[] }
  | { readonly status: 'error'; readonly message: string };

/**
 * Compares a value with a partial expectation: objects as subsets, arrays in full and in order,
 * everything else by identity.
 */
export function matchPartial(actual: unknown, expected: unknown, path = ''): Mismatch[] {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return [{ path, expected, actual }];
    return expected.flatMap((e, i) => matchPartial(actual[i], e, `${path}[${i}]`));
  }
  if (expected !== null && typeof expected === 'object') {
    if (actual === null || typeof actual !== 'object' || Array.isArray(actual)) return [{ path, expected, actual }];
    return Object.entries(expected).flatMap(([k, e]) =>
      matchPartial((actual as Record<string, unknown>)[k], e, path ? `${path}.${k}` : k),
    );
  }
  return Object.is(actual, expected) ? [] : [{ path, expected, actual }];
}

/**
 * Runs one fixture (already parsed from JSON) through a judge.
 *
 * @example
 * const result = await checkFixture(createJudge(), JSON.parse(text));
 * if (result.status !== 'pass') console.log(result);
 */
export async function checkFixture(judge: Judge, raw: unknown): Promise<FixtureResult> {
  const parsed = Fixture.safeParse(raw);
  if (!parsed.success)
    return { status: 'error', message: `Malformed fixture:\n${formatIssues(fromZodIssues(parsed.error.issues))}` };
  const fixture = parsed.data;
  // A rule the pack does not have is a mistake in the fixture (a typo, a renamed rule), not a
  // failed expectation: the fixture cannot pass whatever the rules say.
  const unknown = (['fired', 'notFired', 'waiting'] as const).flatMap((key) =>
    (fixture[key] ?? []).flatMap((id, i) =>
      judge.explainRule(id) === undefined ? [`${key}[${i}]: no rule "${id}" in the pack`] : [],
    ),
  );
  if (unknown.length > 0)
    return {
      status: 'error',
      message: `Fixture names rules that do not exist:\n${unknown.map((u) => `✖ ${u}`).join('\n')}`,
    };
  let bound = judge;
  if (fixture.judgeOptions) {
    try {
      bound = judge.with(fixture.judgeOptions);
    } catch (e) {
      return { status: 'error', message: `Invalid judgeOptions in fixture: ${(e as Error).message}` };
    }
  }
  const result = await bound.safeJudge(fixture.case);
  if (!result.ok)
    return {
      status: 'error',
      message: `Invalid case in fixture:\n${formatIssues(result.issues.map((i) => ({ ...i, path: `case.${i.path}` })))}`,
    };
  const { verdict } = result;
  const resultOf = new Map(verdict.trace.map((t) => [t.ruleId, t.result]));
  const said = (r: boolean | 'unknown' | undefined) =>
    r === undefined ? 'not evaluated' : r === 'unknown' ? 'waiting' : r ? 'fired' : 'false';
  const expectResult = (path: string, ids: readonly string[] | undefined, want: boolean | 'unknown') =>
    (ids ?? [])
      .filter((id) => resultOf.get(id) !== want)
      .map((id) => ({ path, expected: id, actual: said(resultOf.get(id)) }));
  const mismatches = [
    ...matchPartial(verdict, fixture.expect),
    ...expectResult('fired', fixture.fired, true),
    ...expectResult('notFired', fixture.notFired, false),
    ...expectResult('waiting', fixture.waiting, 'unknown'),
  ];
  return mismatches.length === 0 ? { status: 'pass', verdict } : { status: 'fail', verdict, mismatches };
}
