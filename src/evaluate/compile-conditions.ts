import { FACTS } from '../facts/catalog.js';
import { fillableFacts, type Facts, type FilledFacts } from '../facts/derive-facts.js';
import { OPERATORS } from './operators.js';
import type { Condition, LeafCondition, TopCondition } from '../schema/rule.js';
import type { TraceGroup, TraceNode } from '../schema/verdict.js';
import { traceLeaf, type RuleTrace } from './trace.js';

/*
 * A rule's condition tree compiled at load into plain closures (no eval, no `new Function`) that
 * give exactly what `traceRule` (src/evaluate/reference-evaluator.ts) rebuilds from json-rules-engine's result: the same
 * three-valued result on the record and if every not-shown fact were shown, the same trace nodes
 * (same keys, same order), the same `missing` / `notShown`. The differential test
 * (test/evaluators.test.ts) holds the two to byte-identical verdicts.
 *
 * A node's result is one small integer, `rec * 3 + opt`, each 0 (false), 1 (true) or 2
 * (unknown): evaluating allocates nothing unless the trace node is asked for.
 */

const F = 0;
const T = 1;
const U = 2;

type Code = number;

/** A compiled condition: runs on a case's facts; when `build`, leaves its trace node in `built`. */
interface Node {
  run(facts: Facts, filled: FilledFacts | undefined, build: boolean): Code;
  /** The absent facts of `kind` under the nodes whose `side` (0 rec, 1 opt) is unknown (trace.ts `collect`). */
  collect(
    facts: Facts,
    filled: FilledFacts | undefined,
    side: 0 | 1,
    kind: 'unknown' | 'not_shown',
    out: string[],
  ): void;
  /** What the node may result in on the record (`REACH_*` bits) once the facts `free` names may hold any value. */
  reach(facts: Facts, free: (fact: string) => boolean): number;
}

/** The trace node the last `run(…, true)` built (evaluation is synchronous, so one slot serves). */
let built: TraceNode | undefined;

const tri = (x: number): boolean | 'unknown' => (x === U ? 'unknown' : x === T);

/** A result a node may reach on the record: false, true, unknown (bits of `reach`). */
export const REACH_FALSE = 1;
export const REACH_TRUE = 2;
export const REACH_UNKNOWN = 4;
const REACH_ANY = REACH_FALSE | REACH_TRUE | REACH_UNKNOWN;
const REACH_OF = [REACH_FALSE, REACH_TRUE, REACH_UNKNOWN] as const;
const side = (code: Code, s: 0 | 1) => (s === 0 ? (code / 3) | 0 : code % 3);

/** Whether a fact's absence on this case includes a not-shown fact (`absenceOf(name).some(not_shown)`), without allocating. */
function notShownTest(name: string): (facts: Facts) => boolean {
  const def = FACTS.get(name);
  if (def?.origin === 'derived') {
    const inputs = (def.inputs ?? []).map((i) => [i, notShownTest(i)] as const);
    return (facts) => {
      for (const [i, test] of inputs) if (facts[i] === undefined && test(facts)) return true;
      return false;
    };
  }
  const parents: string[] = [];
  for (let i = name.indexOf('.'); i !== -1; i = name.indexOf('.', i + 1)) {
    const parent = name.slice(0, i);
    if (FACTS.get(parent)?.absent === 'not_shown') parents.push(parent);
  }
  const own = def?.absent === 'not_shown';
  if (parents.length === 0) return () => own;
  return (facts) => {
    for (const p of parents) if (facts[p] === undefined) return true;
    return own;
  };
}

/** Where a collector puts the absent facts of one kind. */
type Collector = (facts: Facts, kind: 'unknown' | 'not_shown', out: string[]) => void;

/**
 * The facts of `kind` among `absenceOf(name, facts)` (trace.ts), pushed in its order without
 * building its list: compiled once per fact name from the catalogue.
 */
function absenceCollector(name: string): Collector {
  const def = FACTS.get(name);
  if (def?.origin === 'derived') {
    const inputs = (def.inputs ?? []).map((i) => ({
      name: i,
      notShown: notShownTest(i),
      collect: absenceCollector(i),
    }));
    return (facts, kind, out) => {
      let absent = 0;
      let notShown = false;
      for (const i of inputs) {
        if (facts[i.name] !== undefined) continue;
        absent++;
        if (i.notShown(facts)) notShown = true;
      }
      // No input absent: the derived fact itself is unknown. Else the inputs' not-shown facts if
      // any input has one, or all their (unknown) facts.
      if (absent === 0) {
        if (kind === 'unknown') out.push(name);
        return;
      }
      if (kind === 'unknown' && notShown) return;
      for (const i of inputs) if (facts[i.name] === undefined) i.collect(facts, kind, out);
    };
  }
  const isNotShown = notShownTest(name);
  return (facts, kind, out) => {
    if ((kind === 'not_shown') === isNotShown(facts)) out.push(name);
  };
}

/** Deep-frozen copy of a condition's value: shared by every verdict's trace, so it must not change. */
function frozen(value: unknown): unknown {
  if (Array.isArray(value)) return Object.freeze(value.map(frozen));
  if (value !== null && typeof value === 'object') return Object.freeze({ ...value });
  return value;
}

function compileLeaf(c: LeafCondition): Node {
  const fact = c.fact;
  const operator = c.operator;
  const op = OPERATORS.get(operator);
  if (!op) throw new Error(`internal: unknown operator ${operator}`);
  const test = op.test;
  const answersAbsent = op.answersAbsent === true;
  const ref = typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value) ? c.value.fact : undefined;
  const value = ref === undefined ? frozen(c.value) : undefined;
  const fillable = fillableFacts();
  const fillLeft = fillable.has(fact);
  const fillRight = ref !== undefined && fillable.has(ref);
  const nsLeft = notShownTest(fact);
  const nsRight = ref === undefined ? () => false : notShownTest(ref);
  const absentLeft = absenceCollector(fact);
  const absentRight = ref === undefined ? absentLeft : absenceCollector(ref);

  const run: Node['run'] = (facts, filled, build) => {
    const fv = facts[fact];
    const b = ref === undefined ? value : facts[ref];
    // As json-rules-engine's operator (src/evaluate/reference-evaluator.ts): false on an absent fact but for `present`.
    const r0 = answersAbsent ? test(fv, b) : fv !== undefined && b !== undefined && test(fv, b);
    let rec: number = r0 ? T : F;
    let opt = rec;
    let absent = false;
    if (fv === undefined || (ref !== undefined && b === undefined)) {
      absent = true;
      const ns = (fv === undefined && nsLeft(facts)) || (ref !== undefined && b === undefined && nsRight(facts));
      if (answersAbsent) {
        if (ns) opt = U;
      } else if (ns) {
        rec = F;
        opt = U;
      } else {
        rec = U;
        opt = U;
      }
    }
    if (filled !== undefined && ((fillLeft && filled.has(fact)) || (fillRight && filled.has(ref as string)))) {
      absent = true;
      if (rec !== U) opt = U;
    }
    if (build) {
      // Compared with another fact that the case does not give: `null`, so the leaf keeps its `value` key in JSON.
      built = traceLeaf(
        fact,
        operator,
        ref === undefined ? value : (b ?? null),
        ref,
        fv,
        absent && opt === U && rec !== U,
        tri(rec),
      );
    }
    return rec * 3 + opt;
  };

  const collect: Node['collect'] = (facts, filled, s, kind, out) => {
    if (side(run(facts, filled, false), s) !== U) return;
    // The same list, in the same order, as trace.ts builds for the leaf.
    if (facts[fact] === undefined) absentLeft(facts, kind, out);
    if (ref !== undefined && facts[ref] === undefined) absentRight(facts, kind, out);
    if (kind !== 'not_shown' || filled === undefined) return;
    if (fillLeft && filled.has(fact)) out.push(...filled.of(fact));
    if (fillRight && filled.has(ref as string)) out.push(...filled.of(ref as string));
  };
  // A leaf reading a free fact may come out any way; any other leaf comes out as it does now (the
  // result on the record reads only the facts' values, never which of them are not shown).
  const reach: Node['reach'] = (facts, free) =>
    free(fact) || (ref !== undefined && free(ref))
      ? REACH_ANY
      : (REACH_OF[(run(facts, undefined, false) / 3) | 0] as number);
  return { run, collect, reach };
}

function compileGroup(match: 'all' | 'any', members: readonly Condition[]): Node {
  const kids = members.map(compileNode);
  const n = kids.length;
  // Kleene's `and` / `or` (trace.ts `combine`): a decisive member decides, else an unknown one makes it unknown.
  const decisive = match === 'all' ? F : T;
  const otherwise = match === 'all' ? T : F;
  const run: Node['run'] = (facts, filled, build) => {
    let rec = otherwise;
    let opt = otherwise;
    let recDone = false;
    let optDone = false;
    const conditions: TraceNode[] | undefined = build ? new Array<TraceNode>(n) : undefined;
    for (let i = 0; i < n; i++) {
      const code = (kids[i] as Node).run(facts, filled, build);
      if (conditions) conditions[i] = built as TraceNode;
      const r = (code / 3) | 0;
      const o = code % 3;
      if (!recDone) {
        if (r === decisive) {
          rec = decisive;
          recDone = true;
        } else if (r === U) rec = U;
      }
      if (!optDone) {
        if (o === decisive) {
          opt = decisive;
          optDone = true;
        } else if (o === U) opt = U;
      }
      // Both sides decided and no trace node wanted: the remaining members cannot change the code.
      if (recDone && optDone && !build) break;
    }
    if (conditions) {
      const group: TraceGroup = { match, result: tri(rec), conditions };
      built = group;
    }
    return rec * 3 + opt;
  };
  const collect: Node['collect'] = (facts, filled, s, kind, out) => {
    if (side(run(facts, filled, false), s) !== U) return;
    for (const k of kids) k.collect(facts, filled, s, kind, out);
  };
  // Kleene's `and` / `or` over what each member may reach (each member apart: an over-approximation
  // where two members read the same free fact).
  const decisiveBit = match === 'all' ? REACH_FALSE : REACH_TRUE;
  const otherwiseBit = match === 'all' ? REACH_TRUE : REACH_FALSE;
  const reach: Node['reach'] = (facts, free) => {
    // Decisive when some member may be; the other way when every member may be; unknown when every
    // member may be other than decisive and some member may be unknown.
    let some = 0;
    let every = REACH_ANY;
    let undecisive = true;
    for (const k of kids) {
      const m = k.reach(facts, free);
      some |= m;
      every &= m;
      if ((m & (otherwiseBit | REACH_UNKNOWN)) === 0) undecisive = false;
    }
    return (
      (some & decisiveBit) | (every & otherwiseBit) | (undecisive && (some & REACH_UNKNOWN) !== 0 ? REACH_UNKNOWN : 0)
    );
  };
  return { run, collect, reach };
}

function compileNode(c: Condition): Node {
  if ('fact' in c) return compileLeaf(c);
  return 'all' in c ? compileGroup('all', c.all) : compileGroup('any', c.any);
}

const NONE: readonly string[] = Object.freeze([]);
const NO_CONDITIONS: TraceNode[] = Object.freeze([]) as unknown as TraceNode[];

/** The names of a freshly collected list, sorted and each once: the list itself, sorted in place. */
function uniqueSorted(xs: string[]): readonly string[] {
  if (xs.length === 0) return NONE;
  if (xs.length === 1) return xs;
  xs.sort();
  let n = 1;
  for (let i = 1; i < xs.length; i++) if (xs[i] !== xs[n - 1]) xs[n++] = xs[i] as string;
  xs.length = n;
  return xs;
}

/** A compiled rule condition: evaluates a case's facts to a `RuleTrace`, with or without its condition tree. */
export interface RuleProgram {
  (facts: Facts, filled: FilledFacts | undefined, withConditions: boolean): RuleTrace;
  /**
   * What the rule's result on the record may be (`REACH_*` bits) once the facts `free` names may
   * hold any value, the others kept: whether an answer can make it fire or stop firing.
   */
  readonly reach: (facts: Facts, free: (fact: string) => boolean) => number;
  /** Whether the rule fires on these facts: the program's `result === true`, with no trace built. */
  readonly fires: (facts: Facts) => boolean;
}

/**
 * Compiles a rule's (top-level `all` / `any`) condition tree. The program's trace, given the facts
 * and `notShownIn(facts)`, equals `traceRule` of json-rules-engine's result on the same facts; without `withConditions` its
 * `conditions` is empty (nothing of the tree is built).
 */
export function compileConditions(conditions: TopCondition): RuleProgram {
  const match: 'all' | 'any' = 'all' in conditions ? 'all' : 'any';
  const root = compileNode(conditions);
  // Without its condition tree, a rule that is plainly false (or true), on the record and if every
  // not-shown fact were shown, has nothing of the case in its trace: one frozen trace each, shared.
  const plain = (result: boolean): RuleTrace =>
    Object.freeze({ match, result, conditions: NO_CONDITIONS, missing: NONE, notShown: NONE, shownResult: result });
  const plainFalse = plain(false);
  const plainTrue = plain(true);
  const program = (facts: Facts, filled: FilledFacts | undefined, withConditions: boolean): RuleTrace => {
    const code = root.run(facts, filled, withConditions);
    if (!withConditions && code === F * 3 + F) return plainFalse;
    if (!withConditions && code === T * 3 + T) return plainTrue;
    const rec = (code / 3) | 0;
    const opt = code % 3;
    let missing: readonly string[] = NONE;
    let notShown: readonly string[] = NONE;
    if (rec === U) {
      const out: string[] = [];
      root.collect(facts, filled, 0, 'unknown', out);
      missing = uniqueSorted(out);
    } else if (rec === F && opt !== F) {
      const out: string[] = [];
      root.collect(facts, filled, 1, 'not_shown', out);
      notShown = uniqueSorted(out);
    }
    const conditions_ = withConditions ? (built as TraceGroup).conditions : NO_CONDITIONS;
    built = undefined;
    return { match, result: tri(rec), conditions: conditions_, missing, notShown, shownResult: tri(opt) };
  };
  const fires = (facts: Facts) => ((root.run(facts, undefined, false) / 3) | 0) === T;
  return Object.assign(program, { reach: root.reach, fires });
}
