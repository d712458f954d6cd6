// How large a case may be before it is read at all, and the walk that checks it (the first step
// of src/schema/parse-case.ts).
import { formatPath, type Issue } from '../shared/errors.js';

/**
 * How large a case may be before it is read at all. A real case is a few dozen short fields two
 * levels deep; these limits are far above that and far below what costs memory or time.
 */
export const CASE_BUDGET = {
  /** Longest string value, in characters (a timestamp is 25, a case ID at most 128). */
  maxStringChars: 1024,
  /** Longest key, in characters (the longest field name is under 40). */
  maxKeyChars: 64,
  /** Most keys (or array items) in one object (the largest part of a case has under 30 fields). */
  maxKeysPerObject: 64,
  /** Most keys in the whole case. */
  maxKeys: 512,
  /** Deepest nesting: the case is level 0, `order` 1, `order.paidAt` 2. */
  maxDepth: 4,
} as const;

/** The message of a `too_deep` issue, here and in the JSON text check (src/json-text.ts). */
export const tooDeepMessage = (): string =>
  `A case nests at most ${CASE_BUDGET.maxDepth} levels deep; nothing in a case is an object at this depth`;

/**
 * Every issue with the case's size, walking at most `maxDepth` levels (so a cycle is harmless).
 * Depth first, an object's members last to first, each object's keys checked before any member
 * is entered; the walk stops at the first object past `maxKeys` keys in all.
 */
export function budgetIssues(input: unknown): Issue[] {
  const walk: BudgetWalk = { issues: [], keys: 0, path: [] };
  visit(input, walk);
  return walk.issues;
}

interface BudgetWalk {
  readonly issues: Issue[];
  keys: number;
  /** Where the walk is: one path, pushed and popped, not a copy per member. */
  readonly path: PropertyKey[];
}

/** Checks one value and, unless it breaks a limit, its members; false when the whole walk must stop. */
function visit(value: unknown, w: BudgetWalk): boolean {
  const b = CASE_BUDGET;
  const { issues, path } = w;
  if (typeof value === 'string') {
    if (value.length > b.maxStringChars)
      issues.push({
        code: 'too_big',
        path: formatPath(path),
        message: `A string in a case has at most ${b.maxStringChars} characters; this one has ${value.length}`,
      });
    return true;
  }
  if (value === null || typeof value !== 'object') return true;
  if (path.length >= b.maxDepth) {
    issues.push({
      code: 'too_deep',
      path: formatPath(path),
      message: tooDeepMessage(),
    });
    return true;
  }
  const own: PropertyKey[] = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  w.keys += own.length;
  if (own.length > b.maxKeysPerObject) {
    issues.push({
      code: 'too_many_keys',
      path: formatPath(path),
      message: `An object in a case has at most ${b.maxKeysPerObject} keys; this one has ${own.length}`,
    });
    return true;
  }
  if (w.keys > b.maxKeys) {
    issues.push({ code: 'too_many_keys', path: '', message: `A case has at most ${b.maxKeys} keys in all` });
    return false;
  }
  const members: { key: PropertyKey; value: unknown }[] = [];
  for (const k of own) {
    if (typeof k === 'string' && k.length > b.maxKeyChars) {
      issues.push({
        code: 'key_too_long',
        path: formatPath([...path, `${k.slice(0, 32)}…`]),
        message: `A key in a case has at most ${b.maxKeyChars} characters; this one has ${k.length}`,
      });
      continue;
    }
    members.push({ key: k, value: (value as Record<PropertyKey, unknown>)[k] });
  }
  for (let i = members.length - 1; i >= 0; i--) {
    const m = members[i] as { key: PropertyKey; value: unknown };
    if (typeof m.value !== 'object' && typeof m.value !== 'string') continue;
    path.push(m.key);
    const go = visit(m.value, w);
    path.pop();
    if (!go) return false;
  }
  return true;
}
