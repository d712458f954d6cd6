// A case's JSON text read with the case's limits: the bounded text check of src/shared/json-text.ts
// with the case budget's nesting and its `too_deep` message, so a door refuses deep input with
// the same issue as the case parser.
import { jsonTextIssues, parseJsonText, type JsonTextLimits, type JsonTextResult } from '../shared/json-text.js';
import type { Issue } from '../shared/errors.js';
import { CASE_BUDGET, tooDeepMessage } from './case-budget.js';

/** The limits a case's text is read with: the case budget's nesting, its message. */
export const CASE_TEXT: JsonTextLimits = { maxDepth: CASE_BUDGET.maxDepth, tooDeepMessage: tooDeepMessage() };

/**
 * A case's JSON text (or a text holding one: `rootLevel` -1 for `{ case, patch }`, 1 for a part
 * of a case) to its value, or why not: `parseJsonText` with `CASE_TEXT`.
 *
 * @example
 * parseCaseText('\uFEFF{"caseId":"A"}'); // { ok: true, value: { caseId: 'A' } }
 */
export const parseCaseText = (text: string, limits: JsonTextLimits = {}): JsonTextResult =>
  parseJsonText(text, { ...CASE_TEXT, ...limits });

/** The duplicate keys and too-deep nesting of a case's JSON text: `jsonTextIssues` with `CASE_TEXT`. */
export const caseTextIssues = (text: string, limits: JsonTextLimits = {}): Issue[] =>
  jsonTextIssues(text, { ...CASE_TEXT, ...limits });
