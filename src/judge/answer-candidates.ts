// What a question could be answered with: for each fact the rules of a selection read, the
// answers worth trying (each value of an enum, both booleans, each side of every threshold a rule
// compares a number with, and the instants that put each derived hour or day count it feeds on
// each side of its thresholds), and which rules read it. Built once per selection of rules.
import { FACTS } from '../facts/catalog.js';
import { DERIVED, type DerivedFact } from '../facts/derived.js';
import type { CompiledRule } from '../pack/build-pack.js';
import { factsRead } from '../evaluate/rule-reads.js';
import type { Condition } from '../schema/rule.js';

/** Which case fields a derived fact is computed from beyond its catalogue `inputs` (which name only those that make it unknown). */
const SETTING_INPUTS: Readonly<Record<string, readonly string[]>> = {
  // Taobao art. 25's ship time: with no carrier record, the waybill date and the click-ship time.
  hoursToShipPlatform: ['shipment.waybillAt', 'shipment.markedShippedAt', 'shipment.carrierHasNoTrackingSystem'],
  returnWindowDays: ['shopPolicy.returnWindowDays'],
  returnWindowHoursLeft: ['shopPolicy.returnWindowDays'],
  shopWindowLapsed: ['shopPolicy.returnWindowDays'],
  afterSalePeriodLapsed: ['shopPolicy.afterSalePeriodDays'],
  returnFreightCap: ['shopPolicy.returnFreightCap'],
};

/** The case fields each derived fact is computed from (its catalogue inputs and the shop settings it reads). */
export const DERIVED_INPUTS: ReadonlyMap<string, readonly string[]> = new Map(
  DERIVED.map((d) => {
    const inputs = [...(d.inputs ?? []), ...(SETTING_INPUTS[d.name] ?? [])];
    // The ship time stands on the scan shown: with no scan time, whether the carrier scanned at all
    // (shown by the seller, or implied by a carrier event) decides between "not shipped" and unknown.
    if (inputs.includes('shipment.firstCarrierScanAt') || d.name === 'shipped') inputs.push('shipment.carrierScanned');
    return [d.name, [...new Set(inputs)]];
  }),
);

/** The derived facts each case field feeds. */
const FEEDS: ReadonlyMap<string, readonly string[]> = (() => {
  const m = new Map<string, string[]>();
  for (const [d, inputs] of DERIVED_INPUTS) for (const i of inputs) m.set(i, [...(m.get(i) ?? []), d]);
  return m;
})();

/** The derived facts a case field feeds (none for most). */
export const feeds = (fact: string): readonly string[] => FEEDS.get(fact) ?? NONE;

const NONE: readonly string[] = Object.freeze([]);

/** What a selection's rules read, indexed for the questions. */
export interface ReadIndex {
  /** All rules, stage 1 first: an index below `stage1` is a first-stage rule. */
  readonly rules: readonly CompiledRule[];
  readonly stage1: number;
  /** The rules that read each fact directly (conditions, and the amounts a decision needs). */
  readonly readers: ReadonlyMap<string, readonly number[]>;
  /** Every fact some rule reads, `outcome.*` aside. */
  readonly read: readonly string[];
  /** The constants each number fact is compared with. */
  readonly thresholds: ReadonlyMap<string, readonly number[]>;
  /** The other facts each fact is compared with. */
  readonly comparedWith: ReadonlyMap<string, readonly string[]>;
  /** Each rule's case fields, its derived facts' inputs included, absent objects aside. */
  readonly caseReads: readonly (readonly string[])[];
  /**
   * The derived facts some rule's conditions or decisions (an amount, a cap) name, or a derived
   * fact they name stands on (its not-shown and unknown inputs are read too), in `DERIVED` order:
   * the only ones a probe computes again, since nothing else of a probe reads a derived fact.
   */
  readonly derived: readonly DerivedFact[];
}

/** A fact and the derived facts it stands on, recursively. */
function derivedUnder(fact: string, out: Set<string>): void {
  if (FACTS.get(fact)?.origin !== 'derived' || out.has(fact)) return;
  out.add(fact);
  for (const i of FACTS.get(fact)?.inputs ?? NONE) derivedUnder(i, out);
}

function collect(c: Condition, thresholds: Map<string, Set<number>>, pairs: Map<string, Set<string>>): void {
  if ('fact' in c) {
    const v = c.value;
    if (typeof v === 'number') (thresholds.get(c.fact) ?? thresholds.set(c.fact, new Set()).get(c.fact))?.add(v);
    else if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
      (pairs.get(c.fact) ?? pairs.set(c.fact, new Set()).get(c.fact))?.add(v.fact);
      (pairs.get(v.fact) ?? pairs.set(v.fact, new Set()).get(v.fact))?.add(c.fact);
    }
    return;
  }
  for (const k of 'all' in c ? c.all : c.any) collect(k, thresholds, pairs);
}

/** The case fields a fact stands on: itself, or a derived fact's inputs (recursively). */
function caseFieldsOf(fact: string, out: Set<string>): void {
  const def = FACTS.get(fact);
  if (def?.origin === 'derived') for (const i of DERIVED_INPUTS.get(fact) ?? NONE) caseFieldsOf(i, out);
  else if (def?.origin === 'case') out.add(fact);
}

const indexes = new WeakMap<object, ReadIndex>();

/** The read index of a selection's two stages, built once per selection (`key`). */
export function readIndexOf(key: object, stage1: readonly CompiledRule[], stage2: readonly CompiledRule[]): ReadIndex {
  let idx = indexes.get(key);
  if (idx) return idx;
  const rules = [...stage1, ...stage2];
  const readers = new Map<string, number[]>();
  const thresholds = new Map<string, Set<number>>();
  const pairs = new Map<string, Set<string>>();
  const caseReads: string[][] = [];
  rules.forEach((r, i) => {
    const reads = factsRead(r.conditions);
    for (const f of reads) readers.set(f, [...(readers.get(f) ?? []), i]);
    collect(r.conditions, thresholds, pairs);
    const fields = new Set<string>();
    for (const f of reads) caseFieldsOf(f, fields);
    caseReads.push([...fields].sort());
  });
  // A derived fact's thresholds reach the fields it is computed from through `instantsFor`.
  idx = {
    rules,
    stage1: stage1.length,
    readers,
    read: [...readers.keys()].filter((f) => FACTS.get(f)?.origin !== 'outcome').sort(),
    thresholds: new Map([...thresholds].map(([f, s]) => [f, [...s].sort((a, b) => a - b)])),
    comparedWith: new Map([...pairs].map(([f, s]) => [f, [...s].sort()])),
    caseReads,
    derived: derivedRead([...readers.keys(), ...rules.flatMap((r) => stringsIn(r.spec.decisions))]),
  };
  indexes.set(key, idx);
  return idx;
}

/** Every string in a rule's decisions: the facts their amounts and caps name among them. */
function stringsIn(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) for (const v of value) stringsIn(v, out);
  else if (value !== null && typeof value === 'object') for (const v of Object.values(value)) stringsIn(v, out);
  return out;
}

function derivedRead(facts: Iterable<string>): DerivedFact[] {
  const read = new Set<string>();
  for (const f of facts) derivedUnder(f, read);
  return DERIVED.filter((d) => read.has(d.name));
}

/** Numbers worth trying for a number fact: each side of every threshold, and each compared fact's value. */
export function numberCandidates(
  fact: string,
  idx: ReadIndex,
  value: (f: string) => unknown,
  whole: boolean,
): number[] {
  const out = new Set<number>();
  // A whole number (hours, days) just below, at and just above; an amount to the fen.
  const around = (t: number) => {
    const xs = whole ? [Math.ceil(t) - 1, Math.floor(t), Math.ceil(t), Math.floor(t) + 1] : [t - 0.01, t, t + 0.01];
    for (const x of xs) if (x >= 0) out.add(Math.round(x * 100) / 100);
  };
  for (const t of idx.thresholds.get(fact) ?? []) around(t);
  for (const g of idx.comparedWith.get(fact) ?? []) {
    const v = value(g);
    if (typeof v === 'number') around(v);
  }
  // A number a derived fact is computed from (a shop's window in days): a spread of plausible values.
  if (feeds(fact).length > 0) for (const x of [0, 1, 3, 7, 8, 14, 15, 16, 30, 31, 90, 365]) out.add(x);
  if (out.size === 0) out.add(0);
  return [...out].sort((a, b) => a - b);
}

/**
 * Facts the record already answers when another fact holds a value: no question is asked for them.
 * A carrier without a scan has no first-scan time to give (000:188-191); where the scan is only
 * not shown, the seller is asked to show it (shipment.carrierScanned), not for its time.
 */
export const BOUNDED_BY: readonly { readonly fact: string; readonly by: string; readonly is: unknown }[] = [
  { fact: 'shipment.firstCarrierScanAt', by: 'shipment.carrierScanned', is: false },
];
