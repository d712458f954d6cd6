import { FACTS } from './facts/catalog.js';
import { notShownIn, type Facts } from './facts/derive-facts.js';
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
function combine(match: 'all' | 'any', results: readonly Tri[]): Tri {
  const decisive = match !== 'all';
  let unknown = false;
  for (const r of results) {
    if (r === decisive) return decisive;
    if (r === 'unknown') unknown = true;
  }
  return unknown ? 'unknown' : !decisive;
}

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
    if (facts[parent] === undefined && FACTS.get(parent)?.absent === 'not_shown') return [{ fact: name, kind: 'not_shown' }];
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

/** A node while tracing: its result on the record (`rec`) and if every not-shown fact were shown (`opt`). */
interface Walk {
  readonly node: TraceNode;
  readonly rec: Tri;
  readonly opt: Tri;
  readonly kids?: readonly Walk[];
  readonly absent?: readonly AbsentFact[];
}

/**
 * Rebuilds the trace of one evaluated rule from json-rules-engine's result tree, keeping each
 * group's result (which its `toJSON` drops), telling unknown leaves from false ones and marking
 * leaves on facts that were not shown.
 */
export function traceRule(root: EvaluatedCondition, facts: Facts): RuleTrace {
  const top = visit(root, facts);
  const group = top.node as TraceGroup;
  const missing: string[] = [];
  const notShown: string[] = [];
  if (top.rec === 'unknown') collect(top, 'rec', 'unknown', missing);
  else if (top.rec === false && top.opt !== false) collect(top, 'opt', 'not_shown', notShown);
  return { match: group.match, result: top.rec, conditions: group.conditions, missing: uniqueSorted(missing), notShown: uniqueSorted(notShown), shownResult: top.opt };
}

const uniqueSorted = (xs: string[]) => (xs.length > 1 ? [...new Set(xs)].sort() : xs);

/** The absent facts of `kind` under the nodes whose result (`rec` or `opt`) is unknown. */
function collect(w: Walk, side: 'rec' | 'opt', kind: AbsentFact['kind'], out: string[]): void {
  if (w[side] !== 'unknown') return;
  if (w.kids) for (const k of w.kids) collect(k, side, kind, out);
  else for (const a of w.absent ?? []) if (a.kind === kind) out.push(a.fact);
}

// A plain recursive function and object literals of fixed shapes: this runs for every leaf of
// every rule of every case, so it avoids per-call closures and conditional spreads.
function visit(c: EvaluatedCondition, facts: Facts): Walk {
  const match = c.all ? 'all' : c.any ? 'any' : undefined;
  if (match) {
    const members = c[match] as EvaluatedCondition[];
    const kids: Walk[] = new Array<Walk>(members.length);
    const conditions: TraceNode[] = new Array<TraceNode>(members.length);
    const recs: Tri[] = new Array<Tri>(members.length);
    const opts: Tri[] = new Array<Tri>(members.length);
    for (let i = 0; i < members.length; i++) {
      const k = visit(members[i] as EvaluatedCondition, facts);
      kids[i] = k;
      conditions[i] = k.node;
      recs[i] = k.rec;
      opts[i] = k.opt;
    }
    const rec = combine(match, recs);
    const node: TraceGroup = { match, result: rec, conditions };
    return { node, rec, opt: combine(match, opts), kids };
  }
  const fact = c.fact as string;
  const operator = c.operator as string;
  const factValue = facts[fact];
  const ref = typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value) ? (c.value as { fact: string }).fact : undefined;
  const refValue = ref === undefined ? undefined : facts[ref];
  // Compared with another fact that the case does not give: `null`, so the leaf keeps its
  // `value` key in JSON (an undefined would vanish there, and the verdict would not parse).
  const value = ref === undefined ? c.value : (refValue ?? null);
  let rec: Tri = c.result === true;
  let opt: Tri = rec;
  let absent: AbsentFact[] | undefined;
  const filled = notShownIn(facts);
  const filledLeft = filled?.has(fact) === true;
  const filledRight = ref !== undefined && filled?.has(ref) === true;
  if (factValue === undefined || (ref !== undefined && refValue === undefined)) {
    absent = [...(factValue === undefined ? absenceOf(fact, facts) : []), ...(ref !== undefined && refValue === undefined ? absenceOf(ref, facts) : [])];
    const notShown = absent.some((a) => a.kind === 'not_shown');
    if (OPERATORS.get(operator)?.answersAbsent === true) {
      // `present` answers an absent fact on the record; shown, it would answer otherwise.
      if (notShown) opt = 'unknown';
    } else if (notShown) {
      // Not shown: not established, so the comparison is false on the record.
      rec = false;
      opt = 'unknown';
    } else {
      rec = 'unknown';
      opt = 'unknown';
    }
  }
  if (filledLeft || filledRight) {
    // Held at its not-shown value (false, none): the comparison stands on the record; shown, it might not.
    absent = [...(absent ?? []), ...(filledLeft ? [{ fact, kind: 'not_shown' as const }] : []), ...(filledRight ? [{ fact: ref as string, kind: 'not_shown' as const }] : [])];
    if (rec !== 'unknown') opt = 'unknown';
  }
  const shown = factValue !== undefined && typeof factValue !== 'object';
  const mark = absent !== undefined && opt === 'unknown' && rec !== 'unknown';
  // Key order is part of the verdict's JSON: fact, operator, value, valueFact?, factValue?, absent?, result.
  let leaf: TraceLeaf;
  if (ref === undefined) {
    if (shown) leaf = mark ? { fact, operator, value, factValue, absent: 'not_shown', result: rec } : { fact, operator, value, factValue, result: rec };
    else leaf = mark ? { fact, operator, value, absent: 'not_shown', result: rec } : { fact, operator, value, result: rec };
  } else if (shown) {
    leaf = mark ? { fact, operator, value, valueFact: ref, factValue, absent: 'not_shown', result: rec } : { fact, operator, value, valueFact: ref, factValue, result: rec };
  } else {
    leaf = mark ? { fact, operator, value, valueFact: ref, absent: 'not_shown', result: rec } : { fact, operator, value, valueFact: ref, result: rec };
  }
  return absent ? { node: leaf, rec, opt, absent } : { node: leaf, rec, opt };
}
