import type { Judge } from '../judge/judge.js';
import { parseCaseText } from '../schema/case-text.js';

/** What judging one NDJSON line gives: the output line (no newline) and whether it is a verdict. */
export interface LineResult {
  readonly text: string;
  readonly ok: boolean;
}

/**
 * Judged lines ready to write: their output lines (each ending in `\n`), as text or as UTF-8
 * bytes (a worker encodes its chunk and hands the bytes over without a copy), and how many there
 * are and were invalid.
 */
export interface LinesOut {
  readonly output: string | Uint8Array;
  readonly lines: number;
  readonly invalid: number;
}

const encoder = new TextEncoder();

/**
 * The output of judged lines, in order; `bytes`: UTF-8 in a buffer of its own (transferable).
 *
 * @example
 * linesOut([{ ok: true, text: '{"caseId":"A1",…}' }]); // { output: '{"caseId":"A1",…}\n', lines: 1, invalid: 0 }
 */
export function linesOut(results: readonly LineResult[], bytes = false): LinesOut {
  let invalid = 0;
  let text = '';
  for (const r of results) {
    if (!r.ok) invalid++;
    text += `${r.text}\n`;
  }
  return { output: bytes ? encoder.encode(text) : text, lines: results.length, invalid };
}

/**
 * The longest input line `batch` reads, in bytes. The largest case the case budget admits is well
 * under 1 MiB; a longer line is reported without being held in memory or parsed, so one huge
 * line cannot exhaust the memory of the command or of a worker.
 */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/** A case ID echoed in an error line is at most this long (a real one is at most 128 characters). */
const MAX_ECHOED_CASE_ID = 128;

const errorLine = (error: Record<string, unknown>): LineResult => ({ ok: false, text: JSON.stringify({ error }) });

/**
 * Judges one NDJSON line. A verdict is printed as is; malformed JSON or an invalid case becomes
 * `{"error":{"line":N,"caseId"?,"code","message","issues"?}}` so every input line has its output line.
 *
 * @example
 * const { text } = await judgeLine(createJudge(), '{"caseId":"A1",…}', 1);
 */
export async function judgeLine(judge: Judge, line: string, lineNo: number): Promise<LineResult> {
  // A leading BOM dropped; a key given twice or nesting past the budget is bad input, its issues
  // capped as for the 400 body of POST /v1/judge.
  const read = parseCaseText(line);
  if (!read.ok)
    return 'malformed' in read
      ? errorLine({ line: lineNo, code: 'invalid_json', message: `Malformed JSON: ${read.malformed}` })
      : errorLine({ line: lineNo, code: 'invalid_case', message: 'Invalid case', issues: read.issues });
  const input = read.value;
  try {
    const result = await judge.safeJudge(input);
    if (result.ok) return { ok: true, text: JSON.stringify(result.verdict) };
    const id = (input as { caseId?: unknown } | null)?.caseId;
    const caseId = typeof id === 'string' && id.length <= MAX_ECHOED_CASE_ID ? id : undefined;
    return errorLine({
      line: lineNo,
      ...(caseId !== undefined ? { caseId } : {}),
      code: 'invalid_case',
      message: 'Invalid case',
      issues: result.issues,
    });
  } catch (e) {
    return errorLine({ line: lineNo, code: 'internal_error', message: (e as Error).message });
  }
}

/** The error line for a line over `MAX_LINE_BYTES`, which is skipped unread. */
export function lineTooLarge(lineNo: number): LineResult {
  return errorLine({
    line: lineNo,
    code: 'line_too_large',
    message: `The line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MiB; it was not read`,
  });
}

/** The error line for a line whose worker thread died twice, the second time judging it alone. */
export function workerFailed(lineNo: number, reason: string): LineResult {
  return errorLine({
    line: lineNo,
    code: 'worker_failed',
    message: `The worker thread judging this line died (${reason}); the line was retried once on a new worker, which died too`,
  });
}

/** One input line: its number (counting every line, blank ones too) and its text, or `tooLarge`. */
export type InputLine = { readonly n: number; readonly text: string } | { readonly n: number; readonly tooLarge: true };

/**
 * Splits a byte stream into lines at `\n`, dropping a `\r` before it: a lone `\r` is not a line
 * break (inside a JSON line it is whitespace). A line over `maxBytes` is yielded as `tooLarge`
 * and its bytes are dropped as they arrive. A last line without a newline counts.
 *
 * @example
 * for await (const line of splitLines(process.stdin)) if ('text' in line) console.log(line.n, line.text);
 */
export async function* splitLines(
  input: AsyncIterable<Uint8Array | string>,
  maxBytes = MAX_LINE_BYTES,
): AsyncGenerator<InputLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let over = false;
  let n = 0;
  const add = (piece: Buffer) => {
    if (over || piece.length === 0) return;
    if (size + piece.length > maxBytes) {
      over = true;
      parts = [];
      return;
    }
    parts.push(piece);
    size += piece.length;
  };
  const finish = (): InputLine => {
    n++;
    const line: InputLine = over
      ? { n, tooLarge: true }
      : { n, text: decode(parts.length === 1 ? (parts[0] as Buffer) : Buffer.concat(parts, size)) };
    parts = [];
    size = 0;
    over = false;
    return line;
  };
  for await (const chunk of input) {
    const buf =
      typeof chunk === 'string'
        ? Buffer.from(chunk, 'utf8')
        : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    let start = 0;
    for (let end = buf.indexOf(10, start); end !== -1; end = buf.indexOf(10, start)) {
      add(buf.subarray(start, end));
      start = end + 1;
      yield finish();
    }
    // Copied: a stream may reuse its chunk's memory once the chunk has been consumed.
    if (start < buf.length) add(Buffer.from(buf.subarray(start)));
  }
  if (size > 0 || over) yield finish();
}

/** A line's text: UTF-8, without the `\r` of a `\r\n` ending. */
function decode(bytes: Buffer): string {
  const end = bytes.length > 0 && bytes[bytes.length - 1] === 13 ? bytes.length - 1 : bytes.length;
  return bytes.toString('utf8', 0, end);
}
