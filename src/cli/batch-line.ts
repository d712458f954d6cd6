import type { Judge } from '../judge.js';

/** What judging one NDJSON line gives: the output line (no newline) and whether it is a verdict. */
export interface LineResult {
  readonly text: string;
  readonly ok: boolean;
}

/**
 * Judges one NDJSON line. A verdict is printed as is; malformed JSON or an invalid case becomes
 * `{"error":{"line":N,"caseId"?,"code","message","issues"?}}` so every input line has its output line.
 *
 * @example
 * const { text } = await judgeLine(createJudge(), '{"caseId":"A1",…}', 1);
 */
export async function judgeLine(judge: Judge, line: string, lineNo: number): Promise<LineResult> {
  let input: unknown;
  try {
    input = JSON.parse(line);
  } catch (e) {
    return { ok: false, text: JSON.stringify({ error: { line: lineNo, code: 'invalid_json', message: `Malformed JSON: ${(e as Error).message}` } }) };
  }
  try {
    const result = await judge.safeJudge(input);
    if (result.ok) return { ok: true, text: JSON.stringify(result.verdict) };
    const caseId = typeof (input as { caseId?: unknown } | null)?.caseId === 'string' ? (input as { caseId: string }).caseId : undefined;
    return { ok: false, text: JSON.stringify({ error: { line: lineNo, ...(caseId !== undefined ? { caseId } : {}), code: 'invalid_case', message: 'Invalid case', issues: result.issues } }) };
  } catch (e) {
    return { ok: false, text: JSON.stringify({ error: { line: lineNo, code: 'internal_error', message: (e as Error).message } }) };
  }
}
