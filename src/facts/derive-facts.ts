import type { Case } from '../schema/case.js';
import { FACTS } from './catalog.js';
import { DERIVED, time, isoMs, type DerivationContext, type DerivationSettings } from './derived.js';

export { isoMs, windowEnd, type DerivationSettings } from './derived.js';

/** The flat facts of one case: `order.amount`, `hoursToShip`, … An absent key is an unknown fact. */
export type Facts = Record<string, unknown>;

/**
 * Where `deriveFacts` lists the facts it filled in because they were not shown (a boolean taken
 * as not true, an enum as `none`): the trace marks their leaves `not_shown`.
 */
export const NOT_SHOWN: unique symbol = Symbol('notShown');

/** Which facts of a case were filled in as not shown. */
export interface FilledFacts {
  has(name: string): boolean;
}

/** The facts of a case that were filled in as not shown. */
export function notShownIn(facts: Facts): FilledFacts | undefined {
  return (facts as { [NOT_SHOWN]?: FilledFacts })[NOT_SHOWN];
}

/**
 * The fillable facts one case filled in, one flag per fact of `notShownValues()`: set at
 * derivation without building a set of names per case.
 */
class Filled implements FilledFacts {
  readonly flags: Uint8Array;
  constructor(private readonly index: ReadonlyMap<string, number>) {
    this.flags = new Uint8Array(index.size);
  }
  has(name: string): boolean {
    const i = this.index.get(name);
    return i !== undefined && this.flags[i] === 1;
  }
}

let fillIndex: ReadonlyMap<string, number> | undefined;
const fillIndexOf = () => (fillIndex ??= new Map(notShownValues().map(([name], i) => [name, i])));

/** Case facts whose absence is "not shown" and that then hold a value: filled in by deriveFacts. */
let filled: readonly (readonly [string, unknown])[] | undefined;
const notShownValues = () =>
  (filled ??= [...FACTS.values()]
    .filter((f) => f.origin === 'case' && f.notShownValue !== undefined)
    .map((f) => [f.name, f.notShownValue] as const));

let fillable: ReadonlySet<string> | undefined;
/** The facts `deriveFacts` may fill in as not shown (case facts with a `notShownValue`). */
export const fillableFacts = (): ReadonlySet<string> => (fillable ??= new Set(notShownValues().map(([name]) => name)));

/** The dotted names of a case's fields, built once per field: flattening a case concatenates no strings. */
interface Names {
  readonly name: string;
  readonly children: Map<string, Names>;
}
const root: Names = { name: '', children: new Map() };

function child(parent: Names, key: string): Names {
  let n = parent.children.get(key);
  if (n === undefined) {
    n = { name: parent === root ? key : `${parent.name}.${key}`, children: new Map() };
    // Case fields are a closed set (the schema rejects unknown keys); the cap only guards the cache.
    if (parent.children.size < 1000) parent.children.set(key, n);
  }
  return n;
}

function flatten(value: Record<string, unknown>, at: Names, out: Facts): void {
  for (const key in value) {
    const v = value[key];
    if (v === undefined) continue;
    const n = child(at, key);
    out[n.name] = v;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, n, out);
  }
}

/**
 * Computes the flat facts of a case: every case field under its dotted path, plus the derived
 * facts of `DERIVED_FACTS`. Done once per case, before any rule runs, so rules compare plain
 * numbers and booleans, never date strings.
 */
export function deriveFacts(c: Case, settings: DerivationSettings): Facts {
  const f: Facts = Object.create(null) as Facts;
  flatten(c as unknown as Record<string, unknown>, root, f);

  const x = derivationContext(c, settings);
  for (const def of DERIVED) {
    const v = def.compute(x);
    if (v !== undefined) f[def.name] = v;
  }
  // Not shown is not established: a boolean is not true, an enum holds its `none`. Filled in after
  // derivation, which reads only what the case gives.
  const values = notShownValues();
  const notShown = new Filled(fillIndexOf());
  for (let i = 0; i < values.length; i++) {
    const [name, value] = values[i] as readonly [string, unknown];
    if (f[name] !== undefined) continue;
    f[name] = value;
    notShown.flags[i] = 1;
  }
  Object.defineProperty(f, NOT_SHOWN, { value: notShown });
  return f;
}

/**
 * The instants and settings the derived facts' formulas share, computed once per case: what
 * `deriveFacts` hands every formula of `DERIVED`, and what the questions' probes (src/answer-probe.ts)
 * hand them for a case with one answer more.
 */
export function derivationContext(c: Case, settings: DerivationSettings): DerivationContext {
  const asOf = isoMs(c.asOf);
  const s = c.shipment;
  // Ship time is the carrier's record. Without a shipment, or with a carrier that has no scan,
  // the parcel has not shipped as of asOf; with a shipment but no word from the carrier, unknown.
  const scanAt = time(s?.firstCarrierScanAt);
  const notShipped = s === undefined || (scanAt === undefined && s.carrierScanned === false);
  const shipTime = scanAt ?? (notShipped ? asOf : undefined);
  const markedAt = time(s?.markedShippedAt);
  // Taobao dispute rules art. 25: with no carrier record, the later of the waybill date and the
  // click-ship time is the ship time; no waybill either: not shipped as of asOf.
  const waybillAt = time(s?.waybillAt);
  return {
    c,
    settings,
    asOf,
    paidAt: isoMs(c.order.paidAt),
    scanAt,
    notShipped,
    shipTime,
    platformShipTime:
      s !== undefined && scanAt === undefined && s.carrierScanned === false && waybillAt !== undefined
        ? Math.max(waybillAt, markedAt ?? 0)
        : shipTime,
    markedAt,
    presaleShipBy: time(c.order.presaleShipBy),
    deliveredAt: time(s?.deliveredAt),
    windowDays: Math.max(settings.returnWindowDays, c.shopPolicy?.returnWindowDays ?? 0),
  };
}
