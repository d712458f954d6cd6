import type { FactType } from '../facts/catalog.js';

/** A condition operator: what it compares, what it may be applied to, and how. */
export interface OperatorDef {
  readonly name: string;
  /** Fact types the operator accepts. */
  readonly factTypes: readonly FactType[];
  /** `scalar`: one value of the fact's type; `list`: an array of them; `boolean`: true / false. */
  readonly value: 'scalar' | 'list' | 'boolean';
  /** Whether an absent fact is a known answer for this operator (only `present`). */
  readonly answersAbsent?: boolean;
  readonly test: (fact: unknown, value: unknown) => boolean;
}

const comparable: readonly FactType[] = ['number', 'boolean', 'enum', 'string'];
const numeric: readonly FactType[] = ['number'];

/**
 * The closed operator registry. Every operator but `present` is false on an absent fact: with
 * no `not` in the rule language, a false leaf can only keep a rule from firing, never make it fire.
 * The trace reports such a leaf as unknown, not false.
 */
export const OPERATORS: ReadonlyMap<string, OperatorDef> = new Map(
  (
    [
      { name: 'equal', factTypes: comparable, value: 'scalar', test: (a, b) => a === b },
      { name: 'notEqual', factTypes: comparable, value: 'scalar', test: (a, b) => a !== b },
      { name: 'in', factTypes: comparable, value: 'list', test: (a, b) => (b as unknown[]).includes(a) },
      { name: 'notIn', factTypes: comparable, value: 'list', test: (a, b) => !(b as unknown[]).includes(a) },
      { name: 'lessThan', factTypes: numeric, value: 'scalar', test: (a, b) => (a as number) < (b as number) },
      {
        name: 'lessThanInclusive',
        factTypes: numeric,
        value: 'scalar',
        test: (a, b) => (a as number) <= (b as number),
      },
      { name: 'greaterThan', factTypes: numeric, value: 'scalar', test: (a, b) => (a as number) > (b as number) },
      {
        name: 'greaterThanInclusive',
        factTypes: numeric,
        value: 'scalar',
        test: (a, b) => (a as number) >= (b as number),
      },
      {
        name: 'present',
        factTypes: ['number', 'boolean', 'enum', 'string', 'timestamp', 'object'],
        value: 'boolean',
        answersAbsent: true,
        test: (a, b) => (a !== undefined) === b,
      },
    ] satisfies OperatorDef[]
  ).map((op) => [op.name, op]),
);
