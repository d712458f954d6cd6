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
function combine(match: 'all' | 'any', results: Tri[]): Tri {
  const decisive = match === 'all' ? false : true;
  if (results.includes(decisive)) return decisive;
  return results.includes('unknown') ? 'unknown' : !decisive;
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
  const missing = new Set<string>();
  const visit = (c: EvaluatedCondition): TraceNode => {
    const match = c.all ? 'all' : c.any ? 'any' : undefined;
    if (match) {
      const conditions = (c[match] ?? []).map(visit);
      const group: TraceGroup = { match, result: combine(match, conditions.map((n) => n.result)), conditions };
      return group;
    }
    const fact = c.fact as string;
    const factValue = facts[fact];
    const ref = typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value) ? (c.value as { fact: string }).fact : undefined;
    const value = ref === undefined ? c.value : facts[ref];
    const answersAbsent = OPERATORS.get(c.operator as string)?.answersAbsent === true;
    let result: Tri = c.result === true;
    if (!answersAbsent) {
      // A side that is a known "none" makes the comparison false whatever the other side is.
      const sides = [factValue === undefined ? unknownInputs(fact, facts) : undefined, ref !== undefined && value === undefined ? unknownInputs(ref, facts) : undefined];
      if (!sides.some((side) => side?.length === 0)) {
        const unknown = sides.flatMap((side) => side ?? []);
        if (unknown.length > 0) result = 'unknown';
        unknown.forEach((m) => missing.add(m));
      }
    }
    const leaf: TraceLeaf = {
      fact,
      operator: c.operator as string,
      value,
      ...(ref !== undefined ? { valueFact: ref } : {}),
      ...(factValue !== undefined && typeof factValue !== 'object' ? { factValue } : {}),
      result,
    };
    return leaf;
  };
  const top = visit(root) as TraceGroup;
  return { match: top.match, result: top.result, conditions: top.conditions, missing: [...missing].sort() };
}
