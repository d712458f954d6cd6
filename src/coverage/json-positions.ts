import { formatPath } from '../shared/errors.js';

/**
 * The line (1-based) on which each value of a JSON text starts, by its path (`rules[0].conditions.all[1]`,
 * the root as `''`), so a report can point at the line of a rule or a condition in its file. Give it
 * text `JSON.parse` accepts; one pass, no recursion (any depth).
 *
 * @example
 * jsonLines('{\n  "a": [\n    1,\n    2\n  ]\n}').get('a[1]'); // 4
 */
export function jsonLines(text: string): Map<string, number> {
  interface Frame {
    readonly path: readonly PropertyKey[];
    readonly object: boolean;
    index: number;
    key: string | undefined;
  }
  const lines = new Map<string, number>();
  const stack: Frame[] = [];
  let line = 1;
  // The path of the value that starts next: the root, an array's next element, or an object's key.
  const nextPath = (): readonly PropertyKey[] | undefined => {
    const top = stack.at(-1);
    if (top === undefined) return lines.size === 0 ? [] : undefined;
    if (top.object) return top.key === undefined ? undefined : [...top.path, top.key];
    return [...top.path, top.index];
  };
  let expectValue = true;
  const startValue = (): readonly PropertyKey[] | undefined => {
    if (!expectValue) return undefined;
    expectValue = false;
    const path = nextPath();
    if (path !== undefined && !lines.has(formatPath(path))) lines.set(formatPath(path), line);
    return path;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') line++;
    else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      const top = stack.at(-1);
      if (top?.object && top.key === undefined) top.key = JSON.parse(text.slice(i, j + 1)) as string;
      else startValue();
      i = j;
    } else if (ch === ':') expectValue = true;
    else if (ch === '{' || ch === '[') {
      const path = startValue() ?? [];
      stack.push({ path, object: ch === '{', index: 0, key: undefined });
      expectValue = ch === '[';
    } else if (ch === '}' || ch === ']') {
      stack.pop();
      expectValue = false;
    } else if (ch === ',') {
      const top = stack.at(-1);
      if (top?.object) top.key = undefined;
      else if (top) {
        top.index++;
        expectValue = true;
      }
    } else if (ch !== ' ' && ch !== '\t' && ch !== '\r') startValue();
  }
  return lines;
}
