// The HTTP API's error answers: every 4XX and 5XX is an RFC 9457 problem details document
// (`application/problem+json`), thrown from request helpers as an HttpError and answered by the
// app's onError.
import type { Issue } from '../shared/errors.js';

/** The `code` of every problem document the server answers with, one per kind of problem. */
export const ERROR_CODES = [
  'invalid_case',
  'invalid_parameter',
  'invalid_json',
  'invalid_request',
  'invalid_patch',
  'body_too_large',
  'unsupported_media_type',
  'not_found',
  'method_not_allowed',
  'misdirected_request',
  'internal_error',
] as const;
/** One of `ERROR_CODES`. */
export type ErrorCode = (typeof ERROR_CODES)[number];

/** The media type of an error answer (RFC 9457). */
export const PROBLEM_TYPE = 'application/problem+json';

/**
 * Where each problem's `type` URI starts: `https://aftersale-rules.dev/problems/` then the code
 * with dashes (`invalid-case`). An identifier, stable across versions; a client compares it, it
 * does not fetch it.
 */
export const PROBLEM_BASE = 'https://aftersale-rules.dev/problems/';

/** The `title` of each kind of problem: the same for every occurrence (RFC 9457 §3.1.3). */
export const PROBLEM_TITLES: Readonly<Record<ErrorCode, string>> = {
  invalid_case: 'The case is invalid',
  invalid_parameter: 'A query parameter is invalid',
  invalid_json: 'The body is not JSON',
  invalid_request: 'The request body is not what the route reads',
  invalid_patch: 'The patch is invalid',
  body_too_large: 'The request body is too large',
  unsupported_media_type: 'The Content-Type is not read here',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  misdirected_request: 'This server does not answer for that host',
  internal_error: 'Internal error',
};

/** The `type` URI of a code: `https://aftersale-rules.dev/problems/invalid-case`. */
export const problemType = (code: ErrorCode) => `${PROBLEM_BASE}${code.replaceAll('_', '-')}`;

/** An HTTP status an error answer carries. */
export type ErrorStatus = 400 | 404 | 405 | 413 | 415 | 421 | 500;

/**
 * A problem details document (RFC 9457): `type`, `title`, `status`, `detail`, the machine-readable
 * `code`, and `issues` (each with the JSON path into the case) when the problem is a case's.
 */
export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: ErrorStatus;
  readonly detail: string;
  readonly code: ErrorCode;
  readonly issues?: readonly Issue[];
}

/** The problem document of a code. */
export const problem = (status: ErrorStatus, code: ErrorCode, detail: string, issues?: readonly Issue[]): Problem => ({
  type: problemType(code),
  title: PROBLEM_TITLES[code],
  status,
  detail,
  code,
  ...(issues !== undefined ? { issues } : {}),
});

/** The 400 of an invalid case: every issue at once. */
export const invalidCase = (issues: readonly Issue[]): Problem =>
  problem(
    400,
    'invalid_case',
    `The case has ${issues.length} issue${issues.length === 1 ? '' : 's'}; each names its JSON path`,
    issues,
  );

/** A problem's response: its status, `Content-Type: application/problem+json`, and any more headers. */
export const problemResponse = (p: Problem, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(p), { status: p.status, headers: { 'Content-Type': PROBLEM_TYPE, ...headers } });

/** Thrown by the request helpers and turned into the problem response it carries. */
export class HttpError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.detail);
  }
}

/** An HttpError with a problem document. */
export const fail = (status: ErrorStatus, code: ErrorCode, detail: string, issues?: readonly Issue[]) =>
  new HttpError(problem(status, code, detail, issues));

/** An echoed name or value, cut short: an error message never grows with a hostile input. */
export const clip = (s: string) => (s.length > 64 ? `${s.slice(0, 64)}…` : s);
