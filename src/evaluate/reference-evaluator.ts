// The reference evaluator: json-rules-engine, as the library judged before rules were compiled to
// closures (src/evaluate/compile-conditions.ts). Every use of json-rules-engine is in this file. It runs when
// a judge is created with `evaluator: 'reference'`, and the differential test
// (test/evaluators.test.ts) holds the compiled evaluator to its verdicts, byte for byte.
import { Almanac, Engine, Operator, Rule } from 'json-rules-engine';
import { notShownIn, type Facts } from '../facts/derive-facts.js';
import type { Evaluated } from './evaluated.js';
import type { CompiledRule } from '../pack/types.js';
import { OPERATORS } from './operators.js';
import type { TraceGroup, TraceNode } from '../schema/verdict.js';
import { absenceOf, traceLeaf, type AbsentFact, type RuleTrace, type Tri } from './trace.js';

/** The operator registry as json-rules-engine operators, with the absent-fact guard built in. */
export function engineOperators(): Operator[] {
  return [...OPERATORS.values()].map(
    (op) =>
      new Operator(op.name, (a: unknown, b: unknown) => {
        if (op.answersAbsent) return op.test(a, b);
        return a !== undefined && b !== undefined && op.test(a, b);
      }),
  );
}

/**
 * An almanac over one case's precomputed flat facts: a lookup, with no per-fact hashing or
 * path evaluation on the hot path. A fact the case does not give resolves to undefined.
 */
class CaseAlmanac extends Almanac {
  constructor(private readonly facts: Facts) {
    super({ allowUndefinedFacts: true });
  }
  override factValue<T>(factId: string): Promise<T> {
    return Promise.resolve(this.facts[factId] as T);
  }
}

interface EvaluatedResult {
  result: boolean;
  conditions: Parameters<typeof traceRule>[0];
}

let engine: Engine | undefined;
const rules = new WeakMap<CompiledRule, Rule>();

/**
 * The json-rules-engine `Rule` of a compiled rule, built on first use. Its event is the rule id,
 * no params: the fold reads the decisions from the spec, and json-rules-engine deep-clones the
 * event on every evaluation.
 */
function ruleOf(r: CompiledRule): Rule {
  let rule = rules.get(r);
  if (!rule) {
    if (!engine) {
      engine = new Engine([], { allowUndefinedFacts: true });
      for (const op of engineOperators()) engine.addOperator(op);
    }
    rule = new Rule({
      name: r.spec.id,
      priority: r.priority,
      conditions: r.conditions as never,
      event: { type: r.spec.id },
    });
    (rule as unknown as { setEngine(e: Engine): void }).setEngine(engine);
    rules.set(r, rule);
  }
  return rule;
}

/**
 * Evaluates rules against one case with json-rules-engine. Each rule is evaluated on its own
 * almanac-backed `Rule#evaluate`, so no run status is shared between concurrent judgements.
 */
export async function evaluateReference(compiled: readonly CompiledRule[], facts: Facts): Promise<Evaluated[]> {
  const almanac = new CaseAlmanac(facts);
  const results = await Promise.all(
    compiled.map((r) => (ruleOf(r) as unknown as { evaluate(a: Almanac): Promise<EvaluatedResult> }).evaluate(almanac)),
  );
  return results.map((res, i) => {
    const c = compiled[i] as CompiledRule;
    const trace = traceRule(res.conditions, facts);
    if (res.result !== (trace.result === true)) {
      throw new Error(`internal: rule ${c.spec.id} fired=${res.result} but its trace says ${String(trace.result)}`);
    }
    return { compiled: c, trace, fired: res.result };
  });
}

/**
 * A json-rules-engine `Engine` holding every rule of a pack as a plain json-rules-engine user
 * would write it (the decisions as event params): the benchmark's naive baseline.
 */
export function naiveEngine(compiled: readonly CompiledRule[]): { run(facts: Facts): Promise<unknown> } {
  const e = new Engine([], { allowUndefinedFacts: true });
  for (const op of engineOperators()) e.addOperator(op);
  for (const r of compiled) {
    e.addRule(
      new Rule({
        name: r.spec.id,
        priority: r.priority,
        conditions: r.spec.conditions as never,
        event: { type: r.spec.id, params: { decisions: r.spec.decisions } },
      }),
    );
  }
  return { run: (facts) => e.run(facts) };
}

// --- The trace, rebuilt from json-rules-engine's evaluated condition tree (RuleResult). ---
// src/evaluate/compile-conditions.ts computes the same RuleTrace directly; test/evaluators.test.ts holds the two equal.

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
  return {
    match: group.match,
    result: top.rec,
    conditions: group.conditions,
    missing: uniqueSorted(missing),
    notShown: uniqueSorted(notShown),
    shownResult: top.opt,
  };
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
  const ref =
    typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value)
      ? (c.value as { fact: string }).fact
      : undefined;
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
    absent = [
      ...(factValue === undefined ? absenceOf(fact, facts) : []),
      ...(ref !== undefined && refValue === undefined ? absenceOf(ref, facts) : []),
    ];
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
    absent = [
      ...(absent ?? []),
      ...(filledLeft ? filled.of(fact).map((name) => ({ fact: name, kind: 'not_shown' as const })) : []),
      ...(filledRight ? filled.of(ref as string).map((name) => ({ fact: name, kind: 'not_shown' as const })) : []),
    ];
    if (rec !== 'unknown') opt = 'unknown';
  }
  const mark = absent !== undefined && opt === 'unknown' && rec !== 'unknown';
  const leaf = traceLeaf(fact, operator, value, ref, factValue, mark, rec);
  return absent ? { node: leaf, rec, opt, absent } : { node: leaf, rec, opt };
}
