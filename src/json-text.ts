import { formatPath, type Issue } from './errors.js';

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
    const ch = text[i];
    if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.keys && top.expectKey) {
        const key = JSON.parse(text.slice(i, j + 1)) as string;
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
    } else if (ch === '{' || ch === '[') {
      const parent = stack.at(-1);
      const at = parent ? (parent.keys ? (parent.key ?? '') : parent.index) : undefined;
      stack.push({
        keys: ch === '{' ? new Set() : undefined,
        parent,
        at,
        index: 0,
        key: undefined,
        expectKey: ch === '{',
      });
    } else if (ch === '}' || ch === ']') {
      stack.pop();
    } else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.keys) top.expectKey = true;
      else if (top) top.index++;
    }
  }
  return issues;
}
