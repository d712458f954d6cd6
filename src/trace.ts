import { FACTS } from './facts/catalog.js';
import type { Facts } from './facts/derive-facts.js';
import { OPERATORS } from './operators.js';
import type { TraceGroup, TraceLeaf, TraceNode } from './schema/verdict.js';

/** json-rules-engine's evaluated condition objects, as left on a `RuleResult`. */
interface EvaluatedCondition {
  all?: EvaluatedCondition[];
  any?: EvaluatedCondition[];
  fact?: string;
  operator?: string;
  value?: unknown;
  factResult?: unknown;
  valueResult?: unknown;
  result?: boolean;
}

type Tri = boolean | 'unknown';

/**
 * Kleene's three-valued `and` / `or`: an `all` with a false member is false whatever the unknowns,
 * an `any` with a true member is true; otherwise an unknown member makes the group unknown.
 */
function combine(match: 'all' | 'any', nodes: readonly TraceNode[]): Tri {
  const decisive = match !== 'all';
  let unknown = false;
  for (const n of nodes) {
    if (n.result === decisive) return decisive;
    if (n.result === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : !decisive;
}

/**
 * Whether an absent fact is a known "none": the field says absence means none (no promise, no
 * agreed date), or it sits inside such an object that is absent (no shipment: nothing was scanned).
 */
function absentMeansNone(name: string, facts: Facts): boolean {
  if (FACTS.get(name)?.absentMeansNone) return true;
  for (let i = name.indexOf('.'); i !== -1; i = name.indexOf('.', i + 1)) {
    const parent = name.slice(0, i);
    if (FACTS.get(parent)?.absentMeansNone && facts[parent] === undefined) return true;
  }
  return false;
}

/**
 * The case fields whose absence leaves a fact unknown: the field itself, or a derived fact's
 * absent inputs. Empty when the absence is a known "none", which makes the comparison false.
 */
function unknownInputs(name: string, facts: Facts): string[] {
  const def = FACTS.get(name);
  if (def?.origin !== 'derived') return absentMeansNone(name, facts) ? [] : [name];
  const absent = (def.inputs ?? []).filter((i) => facts[i] === undefined);
  if (absent.length === 0) return [name];
  return absent.some((i) => absentMeansNone(i, facts)) ? [] : absent;
}

/** A traced rule: its condition tree with three-valued results, and the facts it was missing. */
export interface RuleTrace {
  readonly match: 'all' | 'any';
  readonly result: Tri;
  readonly conditions: TraceNode[];
  readonly missing: string[];
}

/**
 * Rebuilds the trace of one evaluated rule from json-rules-engine's result tree, keeping each
 * group's result (which its `toJSON` drops) and telling unknown leaves from false ones.
 */
export function traceRule(root: EvaluatedCondition, facts: Facts): RuleTrace {
  const missing: string[] = [];
  const top = visit(root, facts, missing) as TraceGroup;
  return { match: top.match, result: top.result, conditions: top.conditions, missing: missing.length > 1 ? [...new Set(missing)].sort() : missing };
}

// A plain recursive function and object literals of fixed shapes: this runs for every leaf of
// every rule of every case, so it avoids per-call closures and conditional spreads.
function visit(c: EvaluatedCondition, facts: Facts, missing: string[]): TraceNode {
  const match = c.all ? 'all' : c.any ? 'any' : undefined;
  if (match) {
    const members = c[match] as EvaluatedCondition[];
    const conditions: TraceNode[] = new Array<TraceNode>(members.length);
    for (let i = 0; i < members.length; i++) conditions[i] = visit(members[i] as EvaluatedCondition, facts, missing);
    const group: TraceGroup = { match, result: combine(match, conditions), conditions };
    return group;
  }
  const fact = c.fact as string;
  const operator = c.operator as string;
  const factValue = facts[fact];
  const ref = typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value) ? (c.value as { fact: string }).fact : undefined;
  const refValue = ref === undefined ? undefined : facts[ref];
  // Compared with another fact that the case does not give: `null`, so the leaf keeps its
  // `value` key in JSON (an undefined would vanish there, and the verdict would not parse).
  const value = ref === undefined ? c.value : (refValue ?? null);
  let result: Tri = c.result === true;
  // Both sides known (the common case): the comparison's own result stands.
  if ((factValue === undefined || (ref !== undefined && refValue === undefined)) && OPERATORS.get(operator)?.answersAbsent !== true) {
    // A side that is a known "none" makes the comparison false whatever the other side is.
    const left = factValue === undefined ? unknownInputs(fact, facts) : undefined;
    const right = ref !== undefined && refValue === undefined ? unknownInputs(ref, facts) : undefined;
    if (left?.length !== 0 && right?.length !== 0) {
      const unknown = [...(left ?? []), ...(right ?? [])];
      if (unknown.length > 0) result = 'unknown';
      for (const m of unknown) missing.push(m);
    }
  }
  const shown = factValue !== undefined && typeof factValue !== 'object';
  // Key order is part of the verdict's JSON: fact, operator, value, valueFact?, factValue?, result.
  let leaf: TraceLeaf;
  if (ref === undefined) leaf = shown ? { fact, operator, value, factValue, result } : { fact, operator, value, result };
  else leaf = shown ? { fact, operator, value, valueFact: ref, factValue, result } : { fact, operator, value, valueFact: ref, result };
  return leaf;
}
