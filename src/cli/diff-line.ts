// One case of `diff`, judged with the base and the head pack: its delta, or why it was not judged,
// as one JSON line (the same on a worker thread and on the main thread).
import type { Judge } from '../judge/judge.js';
import { duplicateKeyIssues } from '../shared/json-text.js';
import { verdictDelta, type VerdictDelta } from '../diff/verdict-delta.js';
import type { DiffError } from '../diff/pack-diff.js';

/** The two judges of a diff. */
export interface DiffJudges {
  readonly base: Judge;
  readonly head: Judge;
}

/** A line's result: the delta, or an error. */
export type DiffLineResult = { readonly delta: VerdictDelta } | { readonly error: DiffError };

/**
 * A fixture sent as a line: `{ "$fixture": name, case, judgeOptions? }` (a case never has a
 * `$fixture` key), so the fixture's own judge options apply and its name identifies it.
 */
export const FIXTURE_KEY = '$fixture';

/**
 * Judges one line (a case, or a fixture wrapper) with both packs.
 *
 * @example
 * const r = await diffLine(judges, '{"caseId":"A1",…}', 1);
 */
export async function diffLine(judges: DiffJudges, text: string, lineNo: number): Promise<DiffLineResult> {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (e) {
    return { error: { caseId: `line ${lineNo}`, side: 'both', message: `Malformed JSON: ${(e as Error).message}` } };
  }
  let base = judges.base;
  let head = judges.head;
  let name: string | undefined;
  if (input !== null && typeof input === 'object' && FIXTURE_KEY in input) {
    const f = input as { [FIXTURE_KEY]: string; case: unknown; judgeOptions?: Parameters<Judge['with']>[0] };
    name = f[FIXTURE_KEY];
    input = f.case;
    if (f.judgeOptions !== undefined) {
      try {
        base = base.with(f.judgeOptions);
        head = head.with(f.judgeOptions);
      } catch (e) {
        return { error: { caseId: name, side: 'both', message: (e as Error).message } };
      }
    }
  } else if (duplicateKeyIssues(text).length > 0) {
    return { error: { caseId: `line ${lineNo}`, side: 'both', message: 'Duplicate keys in the case' } };
  }
  const id = (input as { caseId?: unknown } | null)?.caseId;
  const caseId = name ?? (typeof id === 'string' ? id.slice(0, 128) : `line ${lineNo}`);
  try {
    const [a, b] = await Promise.all([base.safeJudge(input), head.safeJudge(input)]);
    if (a.ok && b.ok) return { delta: { ...verdictDelta(a.verdict, b.verdict), caseId } };
    const issues = !a.ok ? a.issues : !b.ok ? b.issues : [];
    return {
      error: {
        caseId,
        side: !a.ok && !b.ok ? 'both' : a.ok ? 'head' : 'base',
        message: issues
          .slice(0, 3)
          .map((i) => `${i.message}${i.path ? ` at ${i.path}` : ''}`)
          .join('; '),
      },
    };
  } catch (e) {
    return { error: { caseId, side: 'both', message: (e as Error).message } };
  }
}
