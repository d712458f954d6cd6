import { ClaimType } from '../schema/vocabulary.js';
import { mergeCase, type MergeConflict } from './merge-case.js';
import { fromPinduoduo } from './pinduoduo.js';
import type { ReasonTable } from './reasons.js';
import { fromTaobao } from './taobao.js';
import { fromTrace, TRACE_FORMATS, type TraceFormat } from './trace.js';
import type { AdapterResult, CaseDraft } from './types.js';

/** The record sources the CLI and HTTP doors adapt. */
export const ADAPT_SOURCES = ['pinduoduo', 'taobao', 'trace'] as const;
export type AdaptSource = (typeof ADAPT_SOURCES)[number];

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** What the doors answer: the adapter's result and, when the request gave its own facts (`add`), the conflicts. */
export type AdaptAnswer = AdapterResult & { readonly conflicts?: readonly MergeConflict[] };

/**
 * Runs an adapter on a JSON request, as the CLI (`adapt`, `judge --from`) and HTTP
 * (`POST /v1/adapt/{source}`) take it: pinduoduo `{ refund, order?, trace?, asOf, caseId?, reasons?, add? }`,
 * taobao `{ refund, trade?, trace?, messages?, asOf, caseId?, reasons?, add? }`, trace
 * `{ trace, format }`. `add`: the shop's own facts, merged over the draft (they win). Throws a
 * TypeError saying what is wrong with a malformed request.
 *
 * @example
 * adaptRequest('trace', { format: 'kuaidi100', trace: response }).case.shipment;
 */
export function adaptRequest(source: AdaptSource, body: unknown): AdaptAnswer {
  if (!isObject(body)) throw new TypeError('the request must be a JSON object');
  if (source === 'trace') {
    const format = body.format;
    if (typeof format !== 'string' || !(TRACE_FORMATS as readonly string[]).includes(format))
      throw new TypeError(`format: expected one of ${TRACE_FORMATS.join(', ')}`);
    if (!isObject(body.trace)) throw new TypeError('trace: expected the trace API response (an object)');
    return fromTrace(body.trace, { format: format as TraceFormat });
  }
  if (!isObject(body.refund)) throw new TypeError('refund: expected the after-sale record (an object)');
  if (typeof body.asOf !== 'string')
    throw new TypeError('asOf: expected the time of judgement (the library has no clock)');
  if (body.caseId !== undefined && typeof body.caseId !== 'string') throw new TypeError('caseId: expected a string');
  if (body.reasons !== undefined && !isReasonTable(body.reasons))
    throw new TypeError(
      'reasons: expected { rows: [{ contains: [..], when?: [..], type }], fallback: "ask" | <claim type> }',
    );
  if (body.add !== undefined && !isObject(body.add)) throw new TypeError('add: expected case facts (an object)');
  const options = {
    asOf: body.asOf,
    ...(body.caseId !== undefined ? { caseId: body.caseId as string } : {}),
    ...(body.reasons !== undefined ? { reasons: body.reasons as ReasonTable } : {}),
  };
  const r =
    source === 'pinduoduo'
      ? fromPinduoduo({ refund: body.refund, order: body.order, trace: body.trace }, options)
      : fromTaobao({ refund: body.refund, trade: body.trade, trace: body.trace, messages: body.messages }, options);
  if (body.add === undefined) return r;
  const merged = mergeCase(r.case, body.add as CaseDraft);
  const has = (path: string) =>
    path.split('.').reduce<unknown>((o, k) => (isObject(o) ? o[k] : undefined), merged.case) !== undefined;
  return {
    ...r,
    case: merged.case,
    missingRequired: r.missingRequired.filter((p) => !has(p)),
    conflicts: merged.conflicts,
  };
}

const CLAIM_TYPES: readonly string[] = ClaimType.options;

function isReasonTable(v: unknown): v is ReasonTable {
  return (
    isObject(v) &&
    typeof v.fallback === 'string' &&
    (v.fallback === 'ask' || CLAIM_TYPES.includes(v.fallback)) &&
    Array.isArray(v.rows) &&
    v.rows.every(
      (r) =>
        isObject(r) &&
        typeof r.type === 'string' &&
        CLAIM_TYPES.includes(r.type) &&
        Array.isArray(r.contains) &&
        r.contains.every((w) => typeof w === 'string') &&
        (r.when === undefined || (Array.isArray(r.when) && r.when.every((w) => typeof w === 'string'))),
    )
  );
}
