// Which answers would change a decision: each absent fact the rules read is answered in turn with
// every candidate (src/answer-candidates.ts), the rest of the case kept, and only the rules that
// read it (directly or through a derived fact) are evaluated again; the decisions are resolved
// again only when one of them fires or stops firing, and the second stage runs again only when a
// first-stage decision it reads moved. What comes out is exactly what judging the answered case
// would decide (test/questions-claims.test.ts re-judges every claim).
import {
  BOUNDED_BY,
  DERIVED_INPUTS,
  feeds,
  numberCandidates,
  readIndexOf,
  type ReadIndex,
} from './answer-candidates.js';
import { SINGLE_KEYS, type SingleKey } from '../verdict/decisions.js';
import { FACTS } from '../facts/catalog.js';
import {
  derivationContext,
  filledDifference,
  IMPLIED_FACTS,
  IMPLIED_INPUTS,
  isoMs,
  notShownIn,
  NOT_SHOWN_FROM_RECORD,
  pathOf,
  rederive,
  type DerivationSettings,
  type Facts,
  type FilledFacts,
} from '../facts/derive-facts.js';
import { DERIVED, type DerivedFact } from '../facts/derived.js';
import type { Evaluated } from '../evaluate/evaluated.js';
import { REACH_TRUE } from '../evaluate/compile-conditions.js';
import type { TraceNode } from '../schema/verdict.js';
import { kindOf, type Probed, type ProbeChange } from '../verdict/open-questions.js';
import { decisionValue, idOf, resolveDecisions, valueMovers, type Resolution } from '../verdict/resolve-decisions.js';
import type { Case } from '../schema/case.js';
import { CHRONOLOGY } from '../schema/parse-case.js';
import { merged, resolvedOutcomeFacts, withOutcome, type Selection } from './stage-two.js';
import { collectOutcome } from '../verdict/fold-verdict.js';
import { collectedChanges, collectedKeys, type CollectedValue } from '../verdict/collected-keys.js';

/** What the judge evaluated of one case: the probe's starting point. */
export interface ProbeInput {
  readonly c: Case;
  readonly settings: DerivationSettings;
  /** The case's facts, with the first stage's outcome written on them (`read`). */
  readonly facts: Facts;
  readonly bucket: Selection;
  readonly first: readonly Evaluated[];
  readonly second: readonly Evaluated[];
  readonly evaluated: readonly Evaluated[];
  /** The first stage's outcome facts the second stage read. */
  readonly read: Facts;
  /**
   * Only facts whose absence is unknown are asked (the judge's `questions: 'unknown'`): what a
   * party has not shown is left out, alone or in a group.
   */
  readonly onlyUnknown?: boolean;
}

/** One answer: case fields (dotted) and their values. */
export type Answer = readonly (readonly [string, unknown])[];

/** An absent fact (or absent object) to ask, with the answers worth trying. */
export interface AskUnit {
  readonly fact: string;
  readonly candidates: readonly unknown[];
}

const MINUTE = 60_000;
const DERIVED_BY_NAME = new Map(DERIVED.map((d) => [d.name, d]));
const DAY_AND_HALF = 36 * 3_600_000;

/** The case with some fields set (dotted paths), copied only along the paths it changes. */
export function answered(c: Case, answer: Answer): Case {
  const root = { ...(c as unknown as Record<string, unknown>) };
  for (const [path, value] of answer) {
    const keys = pathOf(path);
    let at = root;
    for (let i = 0; i < keys.length - 1; i++) {
      const k = keys[i] as string;
      const next = at[k];
      at = at[k] = next !== null && typeof next === 'object' ? { ...(next as Record<string, unknown>) } : {};
    }
    at[keys[keys.length - 1] as string] = value;
  }
  return root as unknown as Case;
}

const isoOf = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** The bounds the case's chronology puts on an instant field (`CHRONOLOGY`, src/schema/parse-case.ts). */
function boundsOf(fact: string, facts: Facts): { lo: number; hi: number } {
  let lo = -Infinity;
  let hi = Infinity;
  const at = (f: string) => (typeof facts[f] === 'string' ? isoMs(facts[f] as string) : undefined);
  for (const o of CHRONOLOGY) {
    if (o.later === fact) {
      const e = at(o.earlier);
      if (e !== undefined) lo = Math.max(lo, e);
    }
    if (o.earlier === fact) {
      const l = at(o.later);
      if (l !== undefined) hi = Math.min(hi, l);
    }
  }
  return { lo, hi };
}

/**
 * Instants worth trying for a timestamp field: those that put each derived fact it feeds just on
 * each side of every threshold a rule compares that fact with, found through the derivation itself
 * (the derived fact at two instants gives its slope; for one that is not a straight line, a
 * calendar-day count or a later-of, a day and a half each side is tried too), within the case's
 * chronology.
 */
function instantCandidates(fact: string, p: ProbeInput, idx: ReadIndex): string[] {
  const { lo, hi } = boundsOf(fact, p.facts);
  const paid = isoMs(p.c.order.paidAt);
  const asOf = isoMs(p.c.asOf);
  const a = Math.max(lo, Math.min(paid, hi));
  const b = Math.min(hi, Math.max(asOf, lo));
  const out = new Set<number>([a, b]);
  const derived = feeds(fact).filter((d) => (idx.thresholds.get(d)?.length ?? 0) > 0);
  if (derived.length > 0 && b > a) {
    const xa = derivationContext(answered(p.c, [[fact, isoOf(a)]]), p.settings, (n) => p.facts[n]);
    const xb = derivationContext(answered(p.c, [[fact, isoOf(b)]]), p.settings, (n) => p.facts[n]);
    for (const d of derived) {
      const def = DERIVED_BY_NAME.get(d);
      const da = def?.compute(xa);
      const db = def?.compute(xb);
      if (typeof da !== 'number' || typeof db !== 'number' || da === db) continue;
      const slope = (db - da) / (b - a);
      for (const t of idx.thresholds.get(d) ?? []) {
        const x = a + (t - da) / slope;
        const near = [Math.floor(x / MINUTE) * MINUTE - MINUTE, Math.ceil(x / MINUTE) * MINUTE + MINUTE];
        for (const y of def?.bent === true ? [...near, x - DAY_AND_HALF, x + DAY_AND_HALF] : near)
          out.add(Math.round(y / MINUTE) * MINUTE);
      }
    }
  }
  return [...out]
    .filter((x) => Number.isFinite(x) && x >= lo && x <= hi)
    .sort((x, y) => x - y)
    .map(isoOf);
}

/** The answers worth trying for one case field (an object: each candidate of each field under it). */
function candidatesOf(fact: string, p: ProbeInput, idx: ReadIndex, under: readonly string[]): unknown[] {
  const def = FACTS.get(fact);
  switch (def?.type) {
    case 'boolean':
      return [true, false];
    case 'enum':
      return [...(def.values ?? [])];
    case 'number':
      return numberCandidates(fact, idx, (f) => p.facts[f], !def.money);
    case 'timestamp':
      return instantCandidates(fact, p, idx);
    case 'object': {
      const out: unknown[] = [{}];
      for (const sub of under) {
        const rest = sub.slice(fact.length + 1);
        for (const v of candidatesOf(sub, p, idx, []))
          out.push((answered({} as Case, [[rest, v]]) as unknown as Record<string, unknown>) ?? {});
      }
      return out;
    }
    default:
      return [];
  }
}

/**
 * The answers the probe tries for one fact or absent object of a case (for the tests that re-judge
 * each claim with them): as `probeAnswers` builds them.
 */
export function answerCandidates(p: ProbeInput, unit: string): unknown[] {
  const idx = readIndexOf(p.bucket, p.bucket.stage1, p.bucket.stage2);
  const under = [...new Set(idx.caseReads.flat().filter((f) => f.startsWith(`${unit}.`)))].sort();
  return candidatesOf(unit, p, idx, under);
}

/** The absent object a field sits in that is itself not shown (no shipment), if any. */
function absentParent(fact: string, facts: Facts): string | undefined {
  for (let i = fact.indexOf('.'); i !== -1; i = fact.indexOf('.', i + 1)) {
    const parent = fact.slice(0, i);
    if (facts[parent] === undefined && FACTS.get(parent)?.absent === 'not_shown') return parent;
  }
  return undefined;
}

/** What a probe found: the decisions one answer changes, and the rules whose firing it changed. */
interface Outcome {
  readonly changes: ProbeChange[];
  readonly moved: readonly number[];
}

/**
 * Every absent fact (or absent object) a rule of the case's selection reads, with the decisions
 * some single answer to it changes; then, for each rule that no single answer moves but that waits
 * on, or lacks the showing of, two or three facts, whether answering them together does.
 */
export function probeAnswers(p: ProbeInput): Probed[] {
  const { bucket, facts, first, second } = p;
  const idx = readIndexOf(bucket, bucket.stage1, bucket.stage2);
  const filled = notShownIn(facts);
  const isAbsent = (f: string) => facts[f] === undefined || filled?.has(f) === true;
  const base = resolveDecisions(p.evaluated, [], true);
  const baseValue = new Map<SingleKey, string | boolean>(SINGLE_KEYS.map((k) => [k, decisionValue(base, k)]));
  const baseCollected = collectedKeys(collectOutcome(p.evaluated, base, facts));
  const byIndex = [...first, ...second];
  const evaluatedAt = (i: number) => byIndex[i] as Evaluated;

  // The units to ask: absent case fields the rules read, an absent not-shown object once for its fields.
  const units = new Map<string, Set<string>>();
  const unitsOfRule: string[][] = idx.caseReads.map((fields) => {
    const own = new Set<string>();
    for (const f of fields) {
      if (!isAbsent(f)) continue;
      const parent = absentParent(f, facts);
      const unit = parent ?? f;
      own.add(unit);
      const under = units.get(unit) ?? units.set(unit, new Set()).get(unit);
      if (parent !== undefined) under?.add(f);
    }
    return [...own];
  });

  // Whether answering could move a rule reading `f`: one decided whatever its absent facts say
  // cannot move while `f` is absent; any reader may move when `f` holds a value (a derived fact).
  const live = (f: string) =>
    (idx.readers.get(f) ?? []).some((i) => (facts[f] !== undefined && !isAbsent(f) ? true : !definite(evaluatedAt(i))));
  const movers = valueMovers(byIndex, base, true);
  const probe: Probe = {
    p,
    idx,
    baseValue,
    baseCollected,
    seen: new Map(),
    firstOutcomes: new Map(),
    evaluatedAt,
    definite: Uint8Array.from(byIndex, (e) => (definite(e) ? 1 : 0)),
    movers,
    // A first-stage rule deciding anything may also change what the second stage reads.
    worthMoving: movers.map((m, i) =>
      m === 1 || (i < idx.stage1 && bucket.stage2.length > 0 && evaluatedAt(i).compiled.decided.singles.length > 0)
        ? 1
        : 0,
    ),
    undecidedReaders: new Map(),
  };
  const out: Probed[] = [];
  const movedBySingle = new Set<number>();
  const claimed = new Map<string, Set<string>>();
  const candidates = new Map<string, unknown[]>();
  // The units a question may ask (read by a rule an answer could move, not bounded by the record):
  // only they are answered, alone or in a group.
  const askable = new Set<string>();
  const candidatesFor = (unit: string): unknown[] => {
    if (!askable.has(unit)) return [];
    let values = candidates.get(unit);
    if (values === undefined)
      candidates.set(unit, (values = candidatesOf(unit, p, idx, [...(units.get(unit) ?? [])].sort())));
    return values;
  };
  const asked = (unit: string) => p.onlyUnknown !== true || kindOf(unit, facts) === 'unknown';
  for (const unit of [...units.keys()].sort()) {
    if (!asked(unit)) continue;
    // A field no formula reads, read only by rules whose result no absent fact can change: nothing to try.
    if (FACTS.get(unit)?.type !== 'object' && ![unit, ...feeds(unit)].some(live)) continue;
    // A fact the record already answers (a carrier without a scan has no scan time) is not asked;
    // where that is only not shown, the question goes to the showing (the carrier's scan) instead.
    if (BOUNDED_BY.some((b) => b.fact === unit && facts[b.by] === b.is)) continue;
    askable.add(unit);
    // No rule that any answer to it could make fire or stop firing: nothing to try.
    const reach = reachOf(idx, [unit]);
    if (!mayMove(probe, reach.rules, reach.free)) continue;
    const values = candidatesFor(unit);
    const changes: ProbeChange[] = [];
    for (const v of values) {
      if (!answerMayMove(probe, [[unit, v]], reach, reach.rules)) continue;
      const o = run(probe, [[unit, v]], reach);
      if (o === undefined) continue;
      for (const m of o.moved) movedBySingle.add(m);
      for (const ch of o.changes) addChange(changes, ch);
    }
    if (changes.length === 0) continue;
    for (const ch of changes) (claimed.get(unit) ?? claimed.set(unit, new Set()).get(unit))?.add(keyOf(ch));
    out.push({ facts: [unit], changes });
  }

  // Facts that move a decision only together: a rule waiting on (or lacking the showing of) two or
  // three of them, which no single answer made fire or stop firing.
  const tried = new Set<string>();
  for (let i = 0; i < idx.rules.length; i++) {
    if (movedBySingle.has(i) || probe.worthMoving[i] === 0) continue;
    const e = evaluatedAt(i);
    if (e.fired || (e.trace.result !== 'unknown' && e.trace.shownResult === false)) continue;
    if (e.compiled.decided.singles.length === 0 && !e.compiled.decided.collects) continue;
    const waits = (unitsOfRule[i] ?? []).sort();
    if (waits.length < 2) continue;
    // The fewest of them its conditions need answered (a rule may also read a fact whose absence it accepts).
    const group = waits.length <= MAX_GROUP ? waits : fewestToFire(e, facts, filled, waits);
    if (group === undefined || group.length < 2 || group.length > MAX_GROUP || !group.every(asked)) continue;
    const key = group.join('|');
    if (tried.has(key)) continue;
    tried.add(key);
    const reach = reachOf(idx, group);
    const target = [i];
    if (!mayMove(probe, target, reach.free)) continue;
    // A value with which the rule could not move whatever the others answer rules out every
    // combination holding it (fewer free facts reach no more results).
    const ruledOut = new Map<string, Set<unknown>>();
    for (const u of group)
      ruledOut.set(u, new Set(candidatesFor(u).filter((v) => !answerMayMove(probe, [[u, v]], reach, target))));
    const changes: ProbeChange[] = [];
    for (const answer of combinations(group, candidatesFor, 64)) {
      if (answer.some(([u, v]) => ruledOut.get(u)?.has(v) === true)) continue;
      if (!answerMayMove(probe, answer, reach, target)) continue;
      const o = run(probe, answer, reach, i);
      if (o === undefined) continue;
      for (const ch of o.changes)
        if (!group.some((u) => claimed.get(u)?.has(keyOf(ch)) === true)) addChange(changes, ch);
    }
    if (changes.length > 0) out.push({ facts: group, changes });
  }
  return out;
}

/** What answering some units may change, the rest of the record kept. */
export interface Reach {
  /** Whether a fact may hold another value once they are answered. */
  readonly free: (fact: string) => boolean;
  /** The rules that read such a fact. */
  readonly rules: readonly number[];
  /** The derived facts such an answer may change, of those the rules read (`ReadIndex.derived`), in `DERIVED` order. */
  readonly derived: readonly DerivedFact[];
}

const reaches = new WeakMap<ReadIndex, Map<string, Reach>>();

/**
 * What answering `units` may change, whatever the answers: the units and the fields under them;
 * for an answer the case is derived again for (`needsWhole`), what the record implies and the
 * not-shown values read from it; and every derived fact computed from any of these. The same for
 * every case of a selection, so worked out once per read index and set of units (exported for
 * test/reach.test.ts).
 */
export function reachOf(idx: ReadIndex, units: readonly string[]): Reach {
  let cache = reaches.get(idx);
  if (cache === undefined) reaches.set(idx, (cache = new Map()));
  const key = units.join('|');
  let r = cache.get(key);
  if (r !== undefined) return r;
  const named = new Set<string>(units);
  if (needsWhole(units.map((u) => [u, undefined] as const)))
    for (const f of [...IMPLIED_FACTS, ...NOT_SHOWN_FROM_RECORD]) named.add(f);
  const prefixes = units.map((u) => `${u}.`);
  const under = (f: string) => named.has(f) || prefixes.some((x) => f.startsWith(x));
  // Derived facts computed from a free fact, or from another such derived fact.
  for (let grew = true; grew;) {
    grew = false;
    for (const [d, inputs] of DERIVED_INPUTS)
      if (!named.has(d) && inputs.some(under)) {
        named.add(d);
        grew = true;
      }
  }
  // Only the facts some rule reads are ever asked about: kept as a set of names.
  const free = new Set<string>();
  const rules = new Set<number>();
  for (const [f, readers] of idx.readers)
    if (under(f)) {
      free.add(f);
      for (const i of readers) rules.add(i);
    }
  const derived = idx.derived.filter((d) => under(d.name));
  for (const d of derived) free.add(d.name);
  r = { free: (f) => free.has(f), rules: [...rules].sort((a, b) => a - b), derived };
  cache.set(key, r);
  return r;
}

/**
 * Whether one of `rules` worth moving (`Probe.worthMoving`) may fire or stop firing once the facts
 * `free` names hold any value, the rest of the case kept.
 */
function mayMove(probe: Probe, rules: readonly number[], free: (fact: string) => boolean): boolean {
  for (const i of rules) {
    if (probe.worthMoving[i] === 0) continue;
    const e = probe.evaluatedAt(i);
    const can = e.compiled.program.reach(probe.p.facts, free);
    if (e.fired ? (can & ~REACH_TRUE) !== 0 : (can & REACH_TRUE) !== 0) return true;
  }
  return false;
}

/**
 * `mayMove` for one answer: its fields written onto the case's facts hold their values, and only
 * what its derivation may change (`reach`, the answered fields aside) may hold any. A probe is
 * judged only for an answer that passes.
 */
function answerMayMove(probe: Probe, answer: Answer, reach: Reach, rules: readonly number[]): boolean {
  const facts = probe.p.facts;
  const saved: [string, unknown][] = [];
  const written = new Set<string>();
  for (const [f, v] of answer)
    eachWritten(f, v, (name, value) => {
      saved.push([name, facts[name]]);
      written.add(name);
      facts[name] = value;
    });
  try {
    return mayMove(probe, rules, (f) => !written.has(f) && reach.free(f));
  } finally {
    restore(facts, saved);
  }
}

/** Each fact an answer to `f` writes: `f`, and an object's fields under their dotted names. */
function eachWritten(f: string, v: unknown, write: (name: string, value: unknown) => void): void {
  write(f, v);
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) eachWritten(`${f}.${k}`, x, write);
}

/** The facts put back as `saved` held them before an answer was written, the last written first (undefined: absent). */
function restore(facts: Facts, saved: readonly (readonly [string, unknown])[]): void {
  for (let k = saved.length - 1; k >= 0; k--) {
    const [f, v] = saved[k] as readonly [string, unknown];
    if (v === undefined) delete facts[f];
    else facts[f] = v;
  }
}

/** A grouped question asks at most this many facts. */
const MAX_GROUP = 3;

/**
 * The fewest of a rule's absent units whose answers could make its conditions hold, read off its
 * traced condition tree on the record: a leaf that holds needs nothing, one that does not needs the
 * units it reads (none: it cannot be made to hold by an answer); `all` needs what each child needs,
 * `any` what its cheapest child needs. Undefined when no answer to them can make it hold.
 */
function fewestToFire(
  e: Evaluated,
  facts: Facts,
  filled: ReturnType<typeof notShownIn>,
  units: readonly string[],
): string[] | undefined {
  const t = e.trace.conditions.length > 0 ? e.trace : e.compiled.program(facts, filled, true);
  const unitsOf = (fact: string | undefined): string[] =>
    fact === undefined ? [] : units.filter((u) => fact === u || fact.startsWith(`${u}.`) || feeds(u).includes(fact));
  const need = (n: TraceNode): Set<string> | undefined => {
    if ('conditions' in n) {
      const kids = n.conditions.map(need);
      if (n.match === 'all') {
        if (kids.some((k) => k === undefined)) return undefined;
        return new Set(kids.flatMap((k) => [...(k as Set<string>)]));
      }
      let best: Set<string> | undefined;
      for (const k of kids) if (k !== undefined && (best === undefined || k.size < best.size)) best = k;
      return best;
    }
    if (n.result === true) return new Set();
    const own = [...unitsOf(n.fact), ...unitsOf(n.valueFact)];
    return own.length > 0 ? new Set(own) : undefined;
  };
  const root = need({ match: t.match, result: t.result, conditions: t.conditions });
  return root === undefined ? undefined : [...root].sort();
}

const keyOf = (c: ProbeChange) => `${c.decision}|${String(c.to)}`;

function addChange(list: ProbeChange[], c: ProbeChange): void {
  if (!list.some((x) => x.decision === c.decision && x.to === c.to)) list.push(c);
}

/** Every combination of the units' candidates, at most `cap`. */
function combinations(
  units: readonly string[],
  candidates: (unit: string) => readonly unknown[],
  cap: number,
): Answer[] {
  let acc: [string, unknown][][] = [[]];
  for (const u of units) {
    const values = candidates(u);
    const next: [string, unknown][][] = [];
    for (const a of acc) for (const v of values) if (next.length < cap) next.push([...a, [u, v]]);
    acc = next;
  }
  return acc;
}

/** Whether an answer gives an absent object, so the case must be derived again whole. */
const givesObject = (answer: Answer) => answer.some(([f]) => FACTS.get(f)?.type === 'object');

/**
 * Whether an answer needs the case derived again whole: it gives an absent object, or a field the
 * record's implications or a not-shown value read (another answered fillable fact is only given,
 * as `pfilled` in `run` has it).
 */
const needsWhole = (answer: Answer) => givesObject(answer) || answer.some(([f]) => IMPLIED_INPUTS.has(f));

/** Whether an answer may reach a derived fact (an instant, or a field a formula reads): the formulas run again. */
const reachesDerived = (answer: Answer) => answer.some(([f]) => feeds(f).length > 0);

/** What the probes of one case share: the case, its rules and what they decided, and what earlier probes found. */
interface Probe {
  readonly p: ProbeInput;
  readonly idx: ReadIndex;
  readonly baseValue: ReadonlyMap<SingleKey, string | boolean>;
  /** The collected decisions (penalties, refund adjustments, freight terms) on the record. */
  readonly baseCollected: ReadonlyMap<string, CollectedValue>;
  /** The decisions each set of rules moving changes (`signatureOf`). */
  readonly seen: Map<string, ProbeChange[]>;
  /** The first stage's rules that could change one of its decisions' values (`valueMovers`), worked out when first needed. */
  firstMovers?: Uint8Array;
  /** The first stage's outcome facts for each set of first-stage rules moving. */
  readonly firstOutcomes: Map<string, Facts>;
  readonly evaluatedAt: (i: number) => Evaluated;
  /** 1 for a rule decided on the record whatever its absent facts say (`definite`). */
  readonly definite: Uint8Array;
  /** 1 for a rule whose firing or ceasing to fire alone could change a decision's value (`valueMovers`). */
  readonly movers: Uint8Array;
  /**
   * 1 for a rule whose moving an answer is worth judging for: a mover, or a first-stage rule that
   * may change the outcome the second stage reads. An answer that can move none of them changes
   * nothing, and a rule that is none of them is not asked about with others (a grouped question).
   */
  readonly worthMoving: Uint8Array;
  /** Each fact's readers that are not `definite` (`undecidedReaders`). */
  readonly undecidedReaders: Map<string, readonly number[]>;
}

/**
 * One answer judged incrementally; undefined when no rule fires or stops firing (with a `target`:
 * when that rule does not).
 */
function run(probe: Probe, answer: Answer, reach: Reach, target?: number): Outcome | undefined {
  const { p, idx, baseValue, baseCollected, seen, firstOutcomes, evaluatedAt } = probe;
  const { facts, bucket } = p;
  const filled = notShownIn(facts);
  // The answer written onto the case's facts (undone at the end): each field, an object's fields
  // under their dotted names, and the derived facts computed again when a formula may read it.
  const pf = facts;
  const changed: string[] = [];
  const saved: [string, unknown][] = [];
  const wasUndefined = new Set<string>();
  const set = (f: string, v: unknown) => {
    const was = facts[f];
    saved.push([f, was]);
    changed.push(f);
    if (was === undefined) wasUndefined.add(f);
    if (v === undefined) delete facts[f];
    else facts[f] = v;
  };
  for (const [f, v] of answer) eachWritten(f, v, set);
  const answeredNames = new Set(changed);
  const whole = needsWhole(answer) ? answered(p.c, answer) : undefined;
  // An answer the record's implications or the not-shown values read: what the record implies and
  // what is filled in as not shown follow the answer (`rederive`, as `deriveFacts` of the answered
  // case), and every fact that differs is written over.
  // Only the derived facts the answer may change are computed again.
  const derivedNow = reach.derived;
  let wholeFilled: FilledFacts | undefined;
  if (whole !== undefined) {
    wholeFilled = rederive(
      p,
      whole,
      p.settings,
      answer.map(([f]) => f),
      (k, v) => {
        if (answeredNames.has(k)) return;
        if (v !== undefined) {
          if (v !== facts[k]) set(k, v);
        } else if (k in facts && !(k in p.read)) set(k, undefined);
      },
      derivedNow,
    );
    for (const f of changed) answeredNames.add(f);
    // A fact whose value stays but that is now shown (or no longer) may change a rule's showing.
    for (const n of filledDifference(filled, wholeFilled))
      if (!answeredNames.has(n)) {
        changed.push(n);
        answeredNames.add(n);
      }
  } else if (reachesDerived(answer)) {
    const x = derivationContext(answered(p.c, answer), p.settings, (n) => facts[n]);
    for (const d of derivedNow) {
      const v = d.compute(x);
      if (v !== facts[d.name]) set(d.name, v);
    }
    for (const f of changed) answeredNames.add(f);
  }
  // Not shown, the answer aside: an answered fact, and a derived fact's answered inputs, are given.
  const pfilled: FilledFacts | undefined =
    wholeFilled !== undefined
      ? wholeFilled
      : filled === undefined
        ? undefined
        : {
            has: (n) => !answeredNames.has(n) && filled.has(n) && filled.of(n).some((x) => !answeredNames.has(x)),
            of: (n) => filled.of(n).filter((x) => !answeredNames.has(x)),
          };
  try {
    // A rule decided on the record whatever its absent facts say is not touched by answering one of
    // them; a derived fact or a whole object derived again may change under any rule.
    const touched: number[] = [];
    const isTouched = new Uint8Array(idx.rules.length);
    for (const f of changed) {
      const wasAbsent = filled?.has(f) === true || wasUndefined.has(f);
      for (const i of wasAbsent ? undecidedReaders(probe, f) : (idx.readers.get(f) ?? NO_RULES))
        if (isTouched[i] === 0) {
          isTouched[i] = 1;
          touched.push(i);
        }
    }
    if (touched.length === 0) return undefined;
    // Only a rule that fires or stops firing can change a decision's value.
    const moved: number[] = [];
    const replaced = new Map<number, Evaluated>();
    const evalRule = (i: number) => {
      const e = evaluatedAt(i);
      const fired = e.compiled.program.fires(pf);
      if (fired === e.fired) return;
      replaced.set(i, { compiled: e.compiled, trace: e.compiled.program(pf, pfilled, false), fired });
      moved.push(i);
    };
    // Only an answer that moves the target is worth judging further.
    if (target !== undefined && target < idx.stage1) {
      const e = evaluatedAt(target);
      if (isTouched[target] === 0 || e.compiled.program.fires(pf) === e.fired) return undefined;
    }
    for (const i of touched) if (i < idx.stage1) evalRule(i);
    if (moved.length === 0 && !touched.some((i) => i >= idx.stage1)) return undefined;
    const first1 = moved.length === 0 ? p.first : p.first.map((e, i) => replaced.get(i) ?? e);
    // The first stage's moves (`signatureOf`), and how many there were.
    let firstKey: string | undefined;
    const movedFirst = moved.length;
    if (bucket.stage2.length > 0) {
      let outcomeMoved = false;
      let read = p.read;
      if (moved.length > 0) {
        const key = (firstKey = signatureOf(moved, replaced));
        let r = firstOutcomes.get(key);
        if (r === undefined) {
          // First-stage rules none of which could change a first-stage value leave the outcome as it is
          // (the second stage reads no collected decision).
          const movers = (probe.firstMovers ??= valueMovers(p.first, resolveDecisions(p.first, [], true), false));
          r = moved.every((i) => movers[i] === 0) ? p.read : resolvedOutcomeFacts(resolveDecisions(first1, [], true));
          firstOutcomes.set(key, r);
        }
        read = r;
        for (const k in read) if (read[k] !== p.read[k]) outcomeMoved = true;
      }
      if (outcomeMoved) {
        // The second-stage rules that read an outcome fact that moved, and those the answer touched.
        for (const k in read)
          if (read[k] !== p.read[k]) for (const i of idx.readers.get(k) ?? NO_RULES) isTouched[i] = 1;
        const keep = Object.keys(p.read).map((k) => [k, facts[k]] as [string, unknown]);
        withOutcome(pf, read);
        for (let i = idx.stage1; i < idx.rules.length; i++) if (isTouched[i] === 1) evalRule(i);
        for (const [k, v] of keep) facts[k] = v;
      } else for (const i of touched) if (i >= idx.stage1) evalRule(i);
    }
    if (moved.length === 0 || (target !== undefined && !replaced.has(target))) return undefined;
    // The same rules moving the same way change the same decisions: resolved once per case.
    const signature = firstKey !== undefined && moved.length === movedFirst ? firstKey : signatureOf(moved, replaced);
    const known = seen.get(signature);
    if (known) return { changes: known, moved };
    // Rules none of which could change a value alone change none together.
    if (moved.every((i) => probe.movers[i] === 0)) {
      seen.set(signature, NO_CHANGES);
      return { changes: NO_CHANGES, moved };
    }
    const second1 = p.second.map((e, i) => replaced.get(i + idx.stage1) ?? e);
    const rules = bucket.stage2.length === 0 ? first1 : merged(bucket.order, first1, second1);
    const res = resolveDecisions(rules, [], true);
    const changes: ProbeChange[] = [];
    for (const k of SINGLE_KEYS) {
      const to = decisionValue(res, k);
      if (to === baseValue.get(k)) continue;
      const winner = res.resolved.get(k)?.winner;
      const ruleId = winner
        ? idOf(winner.rule)
        : idOf(evaluatedAt(moved.find((i) => decides(evaluatedAt(i), k)) ?? (moved[0] as number)));
      changes.push({ decision: k, to, ruleId });
    }
    // Penalties, refund adjustments and freight terms: present or not, as the fold collects them.
    changes.push(...collectedChanges(baseCollected, collectedKeys(collectOutcome(rules, res, pf))));
    seen.set(signature, changes);
    return { changes, moved };
  } finally {
    restore(facts, saved);
  }
}

/** The rules an answer moved, and which way: a key for what they change. */
const signatureOf = (moved: readonly number[], replaced: ReadonlyMap<number, Evaluated>) =>
  moved
    .map((i) => (replaced.get(i)?.fired === true ? i : -1 - i))
    .sort((a, b) => a - b)
    .join(',');

const NO_RULES: readonly number[] = [];
const NO_CHANGES = Object.freeze([]) as unknown as ProbeChange[];

/** The rules reading a fact that its absent facts leave undecided (not `definite`), listed once per case and fact. */
function undecidedReaders(probe: Probe, f: string): readonly number[] {
  let out = probe.undecidedReaders.get(f);
  if (out === undefined) {
    out = (probe.idx.readers.get(f) ?? NO_RULES).filter((i) => probe.definite[i] === 0);
    probe.undecidedReaders.set(f, out);
  }
  return out;
}
/** A rule whose result no answer to an absent fact it reads directly can change: decided alike on the record and with every showing. */
const definite = (e: Evaluated) => e.trace.result !== 'unknown' && e.trace.shownResult === e.trace.result;

const decides = (e: Evaluated, k: SingleKey) => e.compiled.decided.singles.some((s) => s.key === k);
