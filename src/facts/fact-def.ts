// The shape of one entry of the fact catalogue (catalog.ts), in a module of its own so the derived
// facts (derived.ts), which the catalogue lists, can name it.
import type { Burden } from './burden.js';

/** What kind of value a fact holds; decides which operators and values a rule may use on it. */
export type FactType = 'number' | 'boolean' | 'enum' | 'string' | 'timestamp' | 'object';

/** One fact a rule condition can name. */
export interface FactDef {
  readonly name: string;
  readonly type: FactType;
  /** Allowed values of an enum fact. */
  readonly values?: readonly string[];
  /** Amount in yuan: usable in money expressions. */
  readonly money?: boolean;
  /**
   * Case facts: what absence means (`src/facts/burden.ts`). `unknown`: the judge must ask for it;
   * `not_shown`: the party who must show it has not, so it is not established (conditions needing
   * a shown value are false) and the `present` operator may test it.
   */
  readonly absent?: Burden['absent'];
  /** `not_shown`: who must show it; `unknown`: who can answer it. */
  readonly party?: Burden['party'];
  /** The question a judge asks for it. */
  readonly question?: Burden['question'];
  /** Where a seed or public rule says who must prove it. */
  readonly burdenSource?: string;
  /**
   * `not_shown` booleans and enums: the value the record holds while nothing is shown — false
   * (not true), or the enum's `none` (or the burden's `notShownValue`). Numbers and times have
   * none: every comparison on them is false.
   */
  readonly notShownValue?: string | boolean;
  /** The case must give it (or the schema fills in `defaultValue`). */
  readonly required?: boolean;
  readonly defaultValue?: unknown;
  /** `case`: a field of the case; `derived`: computed before evaluation; `outcome`: the first fold's result. */
  readonly origin: 'case' | 'derived' | 'outcome';
  readonly description: string;
  /** Derived facts: the case fields they are computed from (named in `missingFacts` when absent). */
  readonly inputs?: readonly string[];
}
