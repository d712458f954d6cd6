// The HTTP API's error answers: `{ error: { code, message, issues? } }`, or `{ issues }` for an
// invalid case, thrown from request helpers as an HttpError and answered by the app's onError.
import type { Issue } from '../shared/errors.js';
import type { ErrorCode } from './openapi.js';

/** A response body `{ error: { code, message, issues? } }`. */
export interface ErrorBody {
  readonly error: { readonly code: ErrorCode; readonly message: string; readonly issues?: readonly Issue[] };
}

/** Thrown by the request helpers and turned into the error response it carries. */
export class HttpError extends Error {
  constructor(
    readonly status: 400 | 404 | 413 | 415 | 421,
    readonly body: ErrorBody | { readonly issues: readonly Issue[] },
  ) {
    super('error' in body ? body.error.message : 'Invalid case');
  }
}

/** An HttpError with an `{ error }` body. */
export const fail = (
  status: 400 | 404 | 413 | 415 | 421,
  code: ErrorCode,
  message: string,
  issues?: readonly Issue[],
) => new HttpError(status, { error: { code, message, ...(issues !== undefined ? { issues } : {}) } });

/** An echoed name or value, cut short: an error message never grows with a hostile input. */
export const clip = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
