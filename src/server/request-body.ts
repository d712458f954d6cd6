// Reading a request body safely: the content type checked (415), the size bounded by
// Content-Length and while streaming (413), JSON parsed with duplicate keys and deep nesting refused (400).
import type { Context } from 'hono';
import { parseCaseText } from '../schema/case-text.js';
import type { JsonTextLimits } from '../shared/json-text.js';
import { clip, fail, HttpError, invalidCase } from './http-error.js';

/**
 * A 415 unless the request's media type is one of `types` (any case); a `charset` parameter must
 * say UTF-8, the only encoding read, and the body must not be compressed (Content-Encoding).
 */
export function requireType(c: Context, types: readonly string[]): void {
  const header = c.req.header('content-type') ?? '';
  const [type = '', ...params] = header.split(';').map((p) => p.trim());
  const charset = params
    .map((p) => p.split('=', 2) as [string, string?])
    .find(([k]) => k.toLowerCase() === 'charset')?.[1]
    ?.replace(/^"(.*)"$/, '$1')
    .toLowerCase();
  if (!types.includes(type.toLowerCase()))
    throw fail(
      415,
      'unsupported_media_type',
      `Expected Content-Type ${types[0]}, got ${header === '' ? 'none' : clip(header)}`,
    );
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8')
    throw fail(415, 'unsupported_media_type', `Only UTF-8 is read; got charset=${clip(charset)}`);
  const encoding = c.req.header('content-encoding')?.trim().toLowerCase();
  if (encoding !== undefined && encoding !== '' && encoding !== 'identity')
    throw fail(415, 'unsupported_media_type', `A compressed body is not read; got Content-Encoding ${clip(encoding)}`);
}

const tooLarge = (limit: number, counted = false) =>
  fail(
    413,
    'body_too_large',
    `The request body is larger than ${limit} bytes; ${counted ? 'the rest of it' : 'it'} was not read`,
  );

/** A 413 when the request says (Content-Length) that its body is over `limit`. */
export function checkLength(req: Request, limit: number): void {
  const declared = req.headers.get('content-length');
  if (declared !== null && Number(declared) > limit) throw tooLarge(limit);
}

/** Raised inside a streamed body when it passes its limit. */
export class BodyTooLarge extends Error {}

/**
 * The body's chunks, counted as they arrive: past `limit` bytes, `BodyTooLarge` is thrown and
 * nothing more is read (the server drains or drops the rest once the response ends).
 */
export async function* bounded(body: ReadableStream<Uint8Array> | null, limit: number): AsyncGenerator<Uint8Array> {
  if (body === null) return;
  const reader = body.getReader();
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      size += value.byteLength;
      if (size > limit) throw new BodyTooLarge(`The request body is larger than ${limit} bytes; the rest was not read`);
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/** The whole body as UTF-8 text, at most `limit` bytes: Content-Length is checked first, then every chunk read. */
export async function readText(req: Request, limit: number): Promise<string> {
  checkLength(req, limit);
  const parts: Uint8Array[] = [];
  try {
    for await (const chunk of bounded(req.body, limit)) parts.push(chunk);
  } catch (e) {
    if (e instanceof BodyTooLarge) throw tooLarge(limit, true);
    throw e;
  }
  return Buffer.concat(parts).toString('utf8');
}

/**
 * JSON text to a value, as every door reads it (`parseJsonText`): a leading BOM dropped,
 * malformed JSON a 400 `invalid_json`, a key given twice or nesting past the case budget a 400
 * `invalid_case` with the issues (at most `MAX_ISSUES`, the rest counted). `limits.rootLevel` -1 for a body that
 * holds a case.
 */
export function parseJson(text: string, limits: JsonTextLimits = {}): unknown {
  const read = parseCaseText(text, limits);
  if (read.ok) return read.value;
  if ('malformed' in read) throw fail(400, 'invalid_json', `Malformed JSON: ${read.malformed}`);
  throw new HttpError(invalidCase(read.issues));
}
