// The three-valued trace of a rule (see README "How a verdict is reached"): what it records, and what
// an absent fact means on a case. Both evaluators build it: src/evaluate/compile-conditions.ts directly,
// src/evaluate/reference-evaluator.ts from json-rules-engine's result tree.
import { FACTS } from '../facts/catalog.js';
import type { Facts } from '../facts/derive-facts.js';
import type { TraceLeaf, TraceNode } from '../schema/verdict.js';

/** A three-valued result: true, false, or unknown. */
export type Tri = boolean | 'unknown';

/** An absent fact a leaf needed: the case field to ask for, and whether it is unknown or not shown. */
export interface AbsentFact {
  readonly fact: string;
  readonly kind: 'unknown' | 'not_shown';
}

/**
 * What the absence of a fact means on this case (see `src/facts/burden.ts`): a case field inside
 * an absent object that is itself not shown (no shipment) is not shown; a derived fact is not
 * shown when one of its absent inputs is, else unknown through its absent inputs.
 */
export function absenceOf(name: string, facts: Facts): AbsentFact[] {
  const def = FACTS.get(name);
  if (def?.origin === 'derived') {
    const absent = (def.inputs ?? []).filter((i) => facts[i] === undefined);
    if (absent.length === 0) return [{ fact: name, kind: 'unknown' }];
    const found = absent.flatMap((i) => absenceOf(i, facts));
    const notShown = found.filter((a) => a.kind === 'not_shown');
    return notShown.length > 0 ? notShown : found;
  }
  for (let i = name.indexOf('.'); i !== -1; i = name.indexOf('.', i + 1)) {
    const parent = name.slice(0, i);
    if (facts[parent] === undefined && FACTS.get(parent)?.absent === 'not_shown')
      return [{ fact: name, kind: 'not_shown' }];
  }
  return [{ fact: name, kind: def?.absent === 'not_shown' ? 'not_shown' : 'unknown' }];
}

/**
 * A traced rule: its condition tree with three-valued results on the record, and what would
 * change it. `missing`: the unknown facts that keep it `unknown` (only those on which its result
 * hangs). `notShown`: when the rule is false on the record only because facts were not shown, the
 * facts whose showing could make it fire; `shownResult` is its result if they were shown.
 */
export interface RuleTrace {
  readonly match: 'all' | 'any';
  readonly result: Tri;
  readonly conditions: TraceNode[];
  readonly missing: readonly string[];
  readonly notShown: readonly string[];
  readonly shownResult: Tri;
}

/**
 * A trace leaf in the verdict's key order — fact, operator, value, valueFact?, factValue?, absent?,
 * result — as both evaluators write it. `factValue` appears when the case gives a scalar;
 * `absent: 'not_shown'` marks a leaf decided on the record because a fact was not shown. Fixed
 * object shapes, one per case, keep this hot path monomorphic.
 *
 * @example
 * traceLeaf('hoursToShip', 'greaterThan', 72, undefined, 80.5, false, true);
 * // { fact: 'hoursToShip', operator: 'greaterThan', value: 72, factValue: 80.5, result: true }
 */
export function traceLeaf(
  fact: string,
  operator: string,
  value: unknown,
  valueFact: string | undefined,
  factValue: unknown,
  notShown: boolean,
  result: Tri,
): TraceLeaf {
  const shown = factValue !== undefined && typeof factValue !== 'object';
  if (valueFact === undefined) {
    if (shown)
      return notShown
        ? { fact, operator, value, factValue, absent: 'not_shown', result }
        : { fact, operator, value, factValue, result };
    return notShown ? { fact, operator, value, absent: 'not_shown', result } : { fact, operator, value, result };
  }
  if (shown)
    return notShown
      ? { fact, operator, value, valueFact, factValue, absent: 'not_shown', result }
      : { fact, operator, value, valueFact, factValue, result };
  return notShown
    ? { fact, operator, value, valueFact, absent: 'not_shown', result }
    : { fact, operator, value, valueFact, result };
}
