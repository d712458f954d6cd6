// One case of `diff`, judged with the base and the head pack: its delta, or why it was not judged,
// as one JSON line (the same on a worker thread and on the main thread).
import type { Judge } from '../judge/judge.js';
import { parseJsonText, textFault, type JsonTextLimits } from '../shared/json-text.js';
import { CASE_TEXT } from '../schema/case-text.js';
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

/** A line holds a case, or a case one level down in a fixture wrapper: the case's nesting budget plus one. */
const FIXTURE_KEY_TEXT: JsonTextLimits = { ...CASE_TEXT, maxDepth: (CASE_TEXT.maxDepth ?? 16) + 1 };

/**
 * Judges one line (a case, or a fixture wrapper) with both packs.
 *
 * @example
 * const r = await diffLine(judges, '{"caseId":"A1",…}', 1);
 */
export async function diffLine(judges: DiffJudges, text: string, lineNo: number): Promise<DiffLineResult> {
  // The same bounded read as every other door: malformed JSON, duplicate keys, nesting past the budget.
  const read = parseJsonText(text, FIXTURE_KEY_TEXT);
  if (!read.ok)
    return {
      error: {
        caseId: `line ${lineNo}`,
        side: 'both',
        message: 'malformed' in read ? `Malformed JSON: ${read.malformed}` : textFault(read.issues),
      },
    };
  let input: unknown = read.value;
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
