// The wording of a case's issues: what a caller can act on, in the project's words, never zod's
// defaults ("Invalid input: expected object, received undefined"). A schema's own message wins
// (zod's precedence); this map words the rest, and `missingIssue` names a missing field.
import type * as z from 'zod';

const quoted = (v: unknown) => (typeof v === 'string' ? `"${v.length > 40 ? `${v.slice(0, 40)}…` : v}"` : String(v));

/** What a JSON value is, as a caller would say it: `a string`, `an array`, `null`. */
export function jsonKind(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  switch (typeof v) {
    case 'string':
      return 'a string';
    case 'number':
      return 'a number';
    case 'boolean':
      return 'true or false';
    case 'object':
      return 'an object';
    default:
      return 'nothing';
  }
}

const EXPECTED: Readonly<Record<string, string>> = {
  object: 'an object',
  array: 'an array',
  string: 'a string',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
};

/** How a message for an absent value starts, here and in the schemas' own (src/schema/primitives.ts). */
const MISSING = 'Missing: expected ';

/** A number sent as a string (`"129.00"`, as some clients send money): the hint to send the number. */
const NUMERIC_TEXT = /^\s*-?\d+(\.\d+)?\s*$/;

/**
 * The message of a zod issue the schema did not word itself. Passed to `safeParse` as its error
 * map (`{ error: caseMessage }`).
 *
 * @example
 * CaseSchema.safeParse(input, { error: caseMessage });
 */
export function caseMessage(issue: z.core.$ZodRawIssue): string {
  const input = issue.input;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = EXPECTED[issue.expected] ?? issue.expected;
      if (input === undefined) return `${MISSING}${expected}`;
      if (
        (issue.expected === 'number' || issue.expected === 'int') &&
        typeof input === 'string' &&
        NUMERIC_TEXT.test(input)
      )
        return `Send a JSON number, not a string: ${input.trim()} without the quotes`;
      return `Expected ${expected}, got ${jsonKind(input)}`;
    }
    case 'invalid_value':
      return `Expected one of ${issue.values.map(quoted).join(', ')}; got ${quoted(input)}`;
    case 'too_big':
      return issue.origin === 'string'
        ? `At most ${issue.maximum} characters`
        : issue.origin === 'array'
          ? `At most ${issue.maximum} items`
          : `At most ${issue.maximum}`;
    case 'too_small':
      return issue.origin === 'string'
        ? Number(issue.minimum) === 1
          ? 'Cannot be empty'
          : `At least ${issue.minimum} characters`
        : issue.origin === 'array'
          ? `At least ${issue.minimum} item${Number(issue.minimum) === 1 ? '' : 's'}`
          : `At least ${issue.minimum}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'Expected a calendar date YYYY-MM-DD' : `Not a valid ${issue.format}`;
    case 'not_multiple_of':
      return `Must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `Unknown field${issue.keys.length === 1 ? '' : 's'} ${issue.keys.map(quoted).join(', ')}`;
    case 'invalid_union':
      return 'Matches none of the accepted forms';
    case 'invalid_key':
      return 'A key that is not accepted here';
    case 'invalid_element':
      return 'An element that is not accepted here';
    default:
      return 'Not an accepted value';
  }
}

/**
 * The issue for a required member that is absent (zod reports its type, `undefined`): said to be
 * missing, by name, with what it should be. Undefined when the value at the path is there.
 */
export function missingIssue(input: unknown, issue: z.core.$ZodIssue): z.core.$ZodIssue | undefined {
  if (issue.code !== 'invalid_type' || issue.path.length === 0) return undefined;
  let parent: unknown = input;
  for (const k of issue.path.slice(0, -1))
    parent = parent !== null && typeof parent === 'object' ? (parent as Record<PropertyKey, unknown>)[k] : undefined;
  if (parent === null || typeof parent !== 'object') return undefined;
  const key = issue.path.at(-1) as PropertyKey;
  if ((parent as Record<PropertyKey, unknown>)[key] !== undefined) return undefined;
  // The schema's own wording of what belongs there, when it gave one ("Missing: expected a timestamp …").
  const expected = issue.message.startsWith(MISSING)
    ? issue.message.slice(MISSING.length)
    : (EXPECTED[issue.expected] ?? issue.expected);
  const what = issue.expected === 'object' ? 'object' : 'field';
  return { ...issue, message: `The required ${what} "${String(key)}" is missing: expected ${expected}` };
}
