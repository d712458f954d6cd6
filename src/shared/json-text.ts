import { formatPath, type Issue } from './errors.js';

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;
const COMMA = 0x2c;

/**
 * Every key that occurs twice in one object of a JSON text, as an issue at the path of the second
 * (`order.paidAt`). `JSON.parse` keeps the last value silently, and other parsers keep the first,
 * so a case with a duplicate key means different things to different readers. Give it text that
 * `JSON.parse` accepts; one pass, no recursion (any depth).
 *
 * @example
 * duplicateKeyIssues('{"order":{"amount":1,"amount":100}}');
 * // [{ code: 'duplicate_key', path: 'order.amount', message: 'Duplicate key "amount": …' }]
 */
export function duplicateKeyIssues(text: string): Issue[] {
  interface Frame {
    readonly keys: Set<string> | undefined; // undefined: an array
    readonly parent: Frame | undefined;
    /** Where this object or array sits in its parent: a key or an index. */
    readonly at: PropertyKey | undefined;
    index: number;
    key: string | undefined;
    expectKey: boolean;
  }
  // Paths are built only for a duplicate, by walking up: no copying per level, so depth is cheap.
  const pathOf = (frame: Frame): PropertyKey[] => {
    const path: PropertyKey[] = [];
    for (let f: Frame | undefined = frame; f?.parent; f = f.parent) path.push(f.at as PropertyKey);
    return path.reverse();
  };
  const issues: Issue[] = [];
  const stack: Frame[] = [];
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
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = escaped ? (JSON.parse(text.slice(i, j + 1)) as string) : text.slice(i + 1, j);
        if (top.keys.has(key)) {
          issues.push({
            code: 'duplicate_key',
            path: formatPath([...pathOf(top), key]),
            message: `Duplicate key "${key.length > 64 ? `${key.slice(0, 64)}…` : key}": JSON readers disagree on which value wins, so give each key once`,
          });
        }
        top.keys.add(key);
        top.key = key;
        top.expectKey = false;
      }
      i = j;
    } else if (ch === OPEN_OBJECT || ch === OPEN_ARRAY) {
      const parent = stack.at(-1);
      const at = parent ? (parent.keys ? (parent.key ?? '') : parent.index) : undefined;
      stack.push({
        keys: ch === OPEN_OBJECT ? new Set() : undefined,
        parent,
        at,
        index: 0,
        key: undefined,
        expectKey: ch === OPEN_OBJECT,
      });
    } else if (ch === CLOSE_OBJECT || ch === CLOSE_ARRAY) {
      stack.pop();
    } else if (ch === COMMA) {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return issues;
}
