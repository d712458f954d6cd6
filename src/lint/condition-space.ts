import { DERIVED } from '../facts/derived.js';
import { FACTS } from '../facts/catalog.js';
import type { Condition, LeafCondition } from '../schema/rule.js';

/** One way a condition tree can hold: leaves that must all be true. */
export type Conjunct = readonly LeafCondition[];

/** Possible values of some facts that narrow the catalogue's (e.g. `outcome.*` values no rule decides). */
export type Universes = ReadonlyMap<string, readonly (string | boolean)[]>;

/** More alternatives than this and the analysis gives up (and assumes the worst: it may hold). */
const MAX_CONJUNCTS = 512;

type Scalar = string | number | boolean;

interface Bound {
  readonly v: number;
  readonly incl: boolean;
}

/** What the leaves of one conjunct say about one fact. */
interface FactBox {
  present?: boolean;
  /** Some comparison reads it: every operator but `present` is false on an absent fact. */
  compared: boolean;
  allowed?: Scalar[];
  excluded: Set<Scalar>;
  lo?: Bound;
  hi?: Bound;
}

const isLeaf = (c: Condition): c is LeafCondition => 'fact' in c;

/**
 * What `deriveFacts` guarantees about derived facts (each fact's `requires` in src/facts/derived.ts), so the analysis does not report rules as
 * overlapping when derivation keeps them apart. Each derived fact here is unknown unless these
 * case fields are present (test/cli/derived-implications.test.ts checks that against
 * `deriveFacts`). Keep it short and certain: a wrong entry would hide a real conflict.
 */
export const DERIVED_REQUIRES: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  DERIVED.flatMap((d) => (d.requires !== undefined ? [[d.name, d.requires] as const] : [])),
);

/**
 * What `deriveFacts` guarantees when `shipped` is false (no shipment, or a carrier with no scan):
 * there is no first carrier scan and the carrier has not scanned; the ship time is `asOf`, so
 * `hoursToShip` is `hoursSincePaid`; and Taobao's ship time (`hoursToShipPlatform`), the later of
 * the waybill date and the click-ship time when there is a waybill, else `asOf`, is no later than
 * `asOf` (both are events, which the case parser keeps at or before `asOf`), so a lower bound on
 * it is one on `hoursSincePaid`. test/cli/derived-implications.test.ts checks these on `deriveFacts`.
 */
function withImplications(conj: Conjunct): Conjunct {
  const notShipped = conj.some(
    (l) =>
      l.fact === 'shipped' &&
      ((l.operator === 'equal' && l.value === false) ||
        (l.operator === 'in' && Array.isArray(l.value) && l.value.length === 1 && l.value[0] === false)),
  );
  const out: LeafCondition[] = [];
  if (notShipped)
    out.push(
      { fact: 'shipment.firstCarrierScanAt', operator: 'present', value: false },
      { fact: 'shipment.carrierScanned', operator: 'notEqual', value: true },
    );
  for (const leaf of conj) {
    const l = notShipped && leaf.fact === 'hoursToShip' ? { ...leaf, fact: 'hoursSincePaid' } : leaf;
    out.push(l);
    if (
      notShipped &&
      l.fact === 'hoursToShipPlatform' &&
      (l.operator === 'greaterThan' || l.operator === 'greaterThanInclusive') &&
      typeof l.value === 'number'
    )
      out.push({ ...l, fact: 'hoursSincePaid' });
    const known = l.operator !== 'present' || l.value === true;
    if (known)
      for (const input of DERIVED_REQUIRES[l.fact] ?? []) out.push({ fact: input, operator: 'present', value: true });
  }
  return out;
}

/**
 * The disjunctive normal form of a condition tree: the conjuncts any one of which makes it true.
 * Conjuncts that cannot hold are dropped as they appear. `undefined` when there are too many to
 * enumerate, which callers must read as "may hold".
 *
 * @example
 * dnf({ all: [a, { any: [b, c] }] }); // [[a, b], [a, c]]
 */
export function dnf(c: Condition, universes: Universes = new Map()): Conjunct[] | undefined {
  const go = (node: Condition): Conjunct[] | undefined => {
    if (isLeaf(node)) return [[node]];
    if ('any' in node) {
      const out: Conjunct[] = [];
      for (const child of node.any) {
        const sub = go(child);
        if (sub === undefined) return undefined;
        out.push(...sub);
        if (out.length > MAX_CONJUNCTS) return undefined;
      }
      return out;
    }
    let acc: Conjunct[] = [[]];
    for (const child of node.all) {
      const sub = go(child);
      if (sub === undefined) return undefined;
      const next: Conjunct[] = [];
      for (const a of acc) {
        for (const b of sub) {
          const joined = [...a, ...b];
          if (unsatisfiedFact(joined, universes) === undefined) next.push(joined);
          if (next.length > MAX_CONJUNCTS) return undefined;
        }
      }
      acc = next;
    }
    return acc;
  };
  return go(c)?.filter((conj) => unsatisfiedFact(conj, universes) === undefined);
}

/** `a op b` as `b op' a`. */
const MIRROR: Record<string, string> = {
  lessThan: 'greaterThan',
  lessThanInclusive: 'greaterThanInclusive',
  greaterThan: 'lessThan',
  greaterThanInclusive: 'lessThanInclusive',
};

const tighterLo = (a: Bound | undefined, b: Bound): Bound =>
  a === undefined || b.v > a.v || (b.v === a.v && !b.incl) ? b : a;
const tighterHi = (a: Bound | undefined, b: Bound): Bound =>
  a === undefined || b.v < a.v || (b.v === a.v && !b.incl) ? b : a;

function inRange(box: FactBox, v: Scalar): boolean {
  if (typeof v !== 'number') return box.lo === undefined && box.hi === undefined;
  if (box.lo && (v < box.lo.v || (v === box.lo.v && !box.lo.incl))) return false;
  if (box.hi && (v > box.hi.v || (v === box.hi.v && !box.hi.incl))) return false;
  return true;
}

function boxOf(boxes: Map<string, FactBox>, fact: string): FactBox {
  let box = boxes.get(fact);
  if (!box) {
    box = { compared: false, excluded: new Set() };
    boxes.set(fact, box);
  }
  return box;
}

function constrain(boxes: Map<string, FactBox>, leaf: LeafCondition): void {
  const box = boxOf(boxes, leaf.fact);
  const v = leaf.value;
  if (leaf.operator === 'present') {
    const want = v === true;
    // present true and present false on one fact: record the clash as an empty allowed set.
    if (box.present !== undefined && box.present !== want) box.allowed = [];
    box.present = want;
    return;
  }
  box.compared = true;
  if (typeof v === 'object' && !Array.isArray(v)) {
    // Fact against fact: both must be known, and the comparison constrains their difference.
    boxOf(boxes, v.fact).compared = true;
    const flip = v.fact < leaf.fact;
    const diff = flip ? `${v.fact} − ${leaf.fact}` : `${leaf.fact} − ${v.fact}`;
    const op = flip ? (MIRROR[leaf.operator] ?? leaf.operator) : leaf.operator;
    constrain(boxes, { fact: diff, operator: op, value: 0 });
    boxOf(boxes, diff).compared = false;
    return;
  }
  const list: Scalar[] = Array.isArray(v) ? v : [v];
  const intersect = (values: Scalar[]) =>
    (box.allowed = box.allowed === undefined ? values : box.allowed.filter((x) => values.includes(x)));
  switch (leaf.operator) {
    case 'equal':
    case 'in':
      intersect(list);
      break;
    case 'notEqual':
    case 'notIn':
      for (const x of list) box.excluded.add(x);
      break;
    case 'lessThan':
      box.hi = tighterHi(box.hi, { v: v as number, incl: false });
      break;
    case 'lessThanInclusive':
      box.hi = tighterHi(box.hi, { v: v as number, incl: true });
      break;
    case 'greaterThan':
      box.lo = tighterLo(box.lo, { v: v as number, incl: false });
      break;
    case 'greaterThanInclusive':
      box.lo = tighterLo(box.lo, { v: v as number, incl: true });
      break;
    default:
      break; // an operator this analysis does not know constrains nothing it can prove
  }
}

function satisfiable(fact: string, box: FactBox, universes: Universes): boolean {
  if (box.allowed !== undefined && box.allowed.length === 0) return false;
  if (box.present === false) return !box.compared;
  const def = FACTS.get(fact);
  if (def?.money) box.lo = tighterLo(box.lo, { v: 0, incl: true });
  const universe: readonly Scalar[] | undefined =
    universes.get(fact) ?? (def?.type === 'enum' ? def.values : def?.type === 'boolean' ? [true, false] : undefined);
  let candidates = box.allowed ?? universe;
  if (candidates !== undefined) {
    if (universe !== undefined) candidates = candidates.filter((x) => universe.includes(x));
    return candidates.some((x) => !box.excluded.has(x) && inRange(box, x));
  }
  if (box.lo && box.hi) {
    if (box.lo.v > box.hi.v) return false;
    if (box.lo.v === box.hi.v) return box.lo.incl && box.hi.incl && !box.excluded.has(box.lo.v);
  }
  return true;
}

/**
 * The first fact (in leaf order) on which the leaves of a conjunct contradict each other, with
 * those leaves; `undefined` when the conjunct can hold as far as this analysis can tell.
 *
 * @example
 * unsatisfiedFact([{ fact: 'order.amount', operator: 'lessThan', value: 10 }, { fact: 'order.amount', operator: 'greaterThan', value: 20 }]);
 * // { fact: 'order.amount', leaves: [...] }
 */
export function unsatisfiedFact(
  conj: Conjunct,
  universes: Universes = new Map(),
): { fact: string; leaves: LeafCondition[] } | undefined {
  const boxes = new Map<string, FactBox>();
  for (const leaf of withImplications(conj)) constrain(boxes, leaf);
  for (const [fact, box] of boxes) {
    if (!satisfiable(fact, box, universes)) {
      return { fact, leaves: conj.filter((l) => mentions(l, fact)) };
    }
  }
  return undefined;
}

function mentions(l: LeafCondition, fact: string): boolean {
  if (
    l.fact === fact ||
    (DERIVED_REQUIRES[l.fact] ?? []).includes(fact) ||
    (fact === 'hoursSincePaid' && (l.fact === 'hoursToShip' || l.fact === 'hoursToShipPlatform')) ||
    (l.fact === 'shipped' && (fact === 'shipment.firstCarrierScanAt' || fact === 'shipment.carrierScanned'))
  )
    return true;
  if (typeof l.value !== 'object' || Array.isArray(l.value)) return false;
  return l.value.fact === fact || fact === `${l.fact} − ${l.value.fact}` || fact === `${l.value.fact} − ${l.fact}`;
}

const NEGATE: Record<string, string> = {
  equal: 'notEqual',
  notEqual: 'equal',
  in: 'notIn',
  notIn: 'in',
  lessThan: 'greaterThanInclusive',
  lessThanInclusive: 'greaterThan',
  greaterThan: 'lessThanInclusive',
  greaterThanInclusive: 'lessThan',
};

/**
 * Whether every case satisfying a conjunct satisfies a leaf too (as far as this analysis can
 * prove). A leaf holds when its fact is known and the comparison is true, so the conjunct must
 * make the fact known and rule the opposite comparison out.
 *
 * @example
 * implies([{ fact: 'hoursToShip', operator: 'greaterThan', value: 72 }], { fact: 'hoursToShip', operator: 'greaterThan', value: 48 }); // true
 */
export function implies(conj: Conjunct, leaf: LeafCondition): boolean {
  if (conj.some((l) => JSON.stringify(l) === JSON.stringify(leaf))) return true;
  const absent: LeafCondition = { fact: leaf.fact, operator: 'present', value: false };
  if (leaf.operator === 'present') {
    if (leaf.value === false) return conj.some((l) => JSON.stringify(l) === JSON.stringify(absent));
    return unsatisfiedFact([...conj, absent]) !== undefined;
  }
  const negated = NEGATE[leaf.operator];
  if (negated === undefined || (typeof leaf.value === 'object' && !Array.isArray(leaf.value))) return false;
  return (
    unsatisfiedFact([...conj, absent]) !== undefined &&
    unsatisfiedFact([...conj, { ...leaf, operator: negated }]) !== undefined
  );
}

/**
 * A leaf as a reader writes it: `claim.type in ["quality","wrong_item"]`.
 *
 * @example
 * describeLeaf({ fact: 'claim.type', operator: 'in', value: ['quality'] }); // 'claim.type in ["quality"]'
 */
export function describeLeaf(leaf: LeafCondition): string {
  return `${leaf.fact} ${leaf.operator} ${JSON.stringify(leaf.value)}`;
}
