// JSON text as every door reads it (HTTP bodies, `batch` lines, the CLI's files, the desk's link
// and paste box, an agent's text arguments): a leading byte order mark dropped, `JSON.parse`,
// then one bounded pass over the text for what `JSON.parse` hides — a key given twice — and for
// nesting past the case budget. The pass is linear in the text, lists at most `MAX_ISSUES` issues
// (the rest counted), and never builds a path longer than the nesting budget.
import { MAX_ISSUES, formatPath, type Issue } from './errors.js';

/**
 * The nesting budget when none is given: far above any document here, low enough that no path is
 * long. A case's own (4) is given by src/schema/case-text.ts.
 */
export const DEFAULT_MAX_DEPTH = 32;

/** A key longer than this is cut short in a path or a message (the case budget's longest key). */
const MAX_KEY_CHARS = 64;

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/** U+FEFF, which Windows tools write at the start of a UTF-8 file; RFC 8259 §8.1 lets a reader ignore it. */
export const BOM = '\uFEFF';

/**
 * The text without a leading byte order mark.
 *
 * @example
 * withoutBom('\uFEFF{"a":1}'); // '{"a":1}'
 */
export const withoutBom = (text: string): string => (text.startsWith(BOM) ? text.slice(1) : text);

/** How far the structural pass reads, and how much it reports. Every field is optional. */
export interface JsonTextLimits {
  /**
   * The nesting budget, counted as `CASE_BUDGET.maxDepth` counts (a case is level 0, `order` 1):
   * an object or array at this level or deeper is one `too_deep` issue, and nothing inside it is
   * read. Default `DEFAULT_MAX_DEPTH`; a case's text is read with the case's (`parseCaseText`).
   */
  readonly maxDepth?: number;
  /**
   * The level of the text's root: 0 for a case (the default), 1 for a part of a case (a shop
   * policy), -1 for a body that holds a case (`{ "case": …, "patch": … }`).
   */
  readonly rootLevel?: number;
  /** Most issues listed; the rest are counted in one last `too_many_issues` issue. Default `MAX_ISSUES`. */
  readonly maxIssues?: number;
  /** The message of a `too_deep` issue; default: the budget, said plainly. */
  readonly tooDeepMessage?: string;
}

/**
 * What `parseJsonText` gives: the value, or why not — `malformed` (what `JSON.parse` said, for
 * text that is not JSON) or `issues` (JSON, but with a duplicate key or nested too deep).
 */
export type JsonTextResult =
  | { readonly ok: true; readonly value: unknown }
  | { readonly ok: false; readonly malformed: string }
  | { readonly ok: false; readonly issues: readonly Issue[] };

/**
 * Reads JSON text as every door does: a leading BOM dropped, malformed JSON reported with
 * `JSON.parse`'s message, then `jsonTextIssues` (duplicate keys, nesting past the budget, capped).
 *
 * @example
 * parseJsonText('{"order":{"amount":1,"amount":100}}');
 * // { ok: false, issues: [{ code: 'duplicate_key', path: 'order.amount', … }] }
 * parseJsonText('\uFEFF{"caseId":"A"}'); // { ok: true, value: { caseId: 'A' } }
 */
export function parseJsonText(text: string, limits: JsonTextLimits = {}): JsonTextResult {
  const body = withoutBom(text);
  let value: unknown;
  try {
    value = JSON.parse(body) as unknown;
  } catch (e) {
    return { ok: false, malformed: (e as Error).message };
  }
  const issues = jsonTextIssues(body, limits);
  return issues.length > 0 ? { ok: false, issues } : { ok: true, value };
}

/**
 * A heading for the issues of `jsonTextIssues`: what they are about.
 *
 * @example
 * textFault([{ code: 'duplicate_key', path: 'a', message: '…' }]); // 'Duplicate keys'
 */
export const textFault = (issues: readonly Issue[]): string =>
  issues.some((i) => i.code === 'too_deep')
    ? issues.some((i) => i.code === 'duplicate_key')
      ? 'Duplicate keys and nesting too deep'
      : 'Nesting too deep'
    : 'Duplicate keys';

/** A key in a path or a message, cut short as the case budget cuts a long key. */
const clipKey = (key: string): string => (key.length > MAX_KEY_CHARS ? `${key.slice(0, 32)}…` : key);

/**
 * The structural issues of a JSON text (give it text that `JSON.parse` accepts): every key that
 * occurs twice in one object, as a `duplicate_key` issue at the path of the second
 * (`order.amount`), and every object or array nested past `maxDepth`, as a `too_deep` issue at its
 * path (its contents are not read). `JSON.parse` keeps the last of two equal keys silently and
 * other parsers keep the first, so a text with a duplicate key means different things to
 * different readers. One pass, no recursion, linear time: a path is built only for a listed
 * issue and is never deeper than the budget; past `maxIssues` the issues are only counted.
 *
 * @example
 * jsonTextIssues('{"order":{"amount":1,"amount":100}}');
 * // [{ code: 'duplicate_key', path: 'order.amount', message: 'Duplicate key "amount": …' }]
 */
export function jsonTextIssues(text: string, limits: JsonTextLimits = {}): Issue[] {
  const maxDepth = limits.maxDepth ?? DEFAULT_MAX_DEPTH;
  const rootLevel = limits.rootLevel ?? 0;
  const maxIssues = limits.maxIssues ?? MAX_ISSUES;
  const deepMessage =
    limits.tooDeepMessage ?? `Nested too deep: at most ${maxDepth} levels of objects and arrays are read`;
  interface Frame {
    readonly keys: Set<string> | undefined; // undefined: an array
    /** Where this object or array sits in its parent: a key (clipped) or an index; undefined for the root. */
    readonly at: PropertyKey | undefined;
    index: number;
    key: string;
    expectKey: boolean;
  }
  const stack: Frame[] = [];
  /** The path of the slot the top frame is filling now (its current key or index). */
  const slotPath = (): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let k = 1; k < stack.length; k++) path.push((stack[k] as Frame).at as PropertyKey);
    const top = stack.at(-1);
    if (top) path.push(top.keys ? clipKey(top.key) : top.index);
    return path;
  };
  const issues: Issue[] = [];
  let found = 0;
  const report = (make: () => Issue) => {
    found++;
    if (issues.length < maxIssues) issues.push(make());
  };
  /** Levels open inside a container that was too deep: read past, not into. */
  let skipping = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === QUOTE) {
      // The string's end, and whether it has an escape (then JSON.parse reads it; else it is as written).
      let j = i + 1;
      let escaped = false;
      for (let c = text.charCodeAt(j); j < text.length && c !== QUOTE; c = text.charCodeAt(j)) {
        if (c === BACKSLASH) {
          escaped = true;
          j += 2;
        } else j++;
      }
      const top = skipping === 0 ? stack.at(-1) : undefined;
      if (top?.keys && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        top.key = key;
        if (top.keys.has(key))
          report(() => ({
            code: 'duplicate_key',
            path: formatPath(slotPath()),
            message: `Duplicate key "${clipKey(key)}": JSON readers disagree on which value wins, so give each key once`,
          }));
        else top.keys.add(key);
        top.expectKey = false;
      }
      i = j;
    } else if (ch === OPEN_OBJECT || ch === OPEN_ARRAY) {
      if (skipping > 0) skipping++;
      else if (rootLevel + stack.length >= maxDepth) {
        report(() => ({ code: 'too_deep', path: formatPath(slotPath()), message: deepMessage }));
        skipping = 1;
      } else {
        const parent = stack.at(-1);
        stack.push({
          keys: ch === OPEN_OBJECT ? new Set() : undefined,
          at: parent ? (parent.keys ? clipKey(parent.key) : parent.index) : undefined,
          index: 0,
          key: '',
          expectKey: ch === OPEN_OBJECT,
        });
      }
    } else if (ch === CLOSE_OBJECT || ch === CLOSE_ARRAY) {
      if (skipping > 0) skipping--;
      else stack.pop();
    } else if (ch === COMMA && skipping === 0) {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  if (found > issues.length) {
    const rest = found - issues.length;
    issues.push({
      code: 'too_many_issues',
      path: '',
      message: `… and ${rest} more issue${rest === 1 ? '' : 's'} (only the first ${issues.length} are listed)`,
    });
  }
  return issues;
}

/** `jsonTextIssues`, under its first name, for the duplicate keys it was written for. */
export const duplicateKeyIssues = (text: string, limits: JsonTextLimits = {}): Issue[] => jsonTextIssues(text, limits);
