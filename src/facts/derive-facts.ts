import type { Case } from '../schema/case.js';
import { FACTS } from './catalog.js';
import { DERIVED, time, isoMs, type DerivationContext, type DerivationSettings, type DerivedFact } from './derived.js';

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
  /** The fact was filled in, or (a derived fact) was computed from a fact that was. */
  has(name: string): boolean;
  /** The filled-in facts `name` stands on: itself, or a derived fact's filled inputs. */
  of(name: string): readonly string[];
}

/** The facts of a case that were filled in as not shown. */
export function notShownIn(facts: Facts): FilledFacts | undefined {
  return (facts as { [NOT_SHOWN]?: FilledFacts })[NOT_SHOWN];
}

/** Where each fillable fact sits in a case's flags, and which of them each derived fact reads. */
interface FillIndex {
  readonly at: ReadonlyMap<string, number>;
  readonly derived: ReadonlyMap<string, readonly (readonly [string, number])[]>;
}

/**
 * The fillable facts one case filled in, one flag per fact of `notShownValues()`: set at
 * derivation without building a set of names per case.
 */
/** Whether one of a derived fact's not-shown inputs is filled in: the derived fact then is too. */
function anyFilled(flags: Uint8Array, inputs: readonly (readonly [string, number])[]): boolean {
  for (const [, j] of inputs) if (flags[j] === 1) return true;
  return false;
}

class Filled implements FilledFacts {
  readonly flags: Uint8Array;
  constructor(private readonly index: FillIndex) {
    this.flags = new Uint8Array(index.at.size);
  }
  has(name: string): boolean {
    const i = this.index.at.get(name);
    if (i !== undefined) return this.flags[i] === 1;
    const inputs = this.index.derived.get(name);
    return inputs !== undefined && anyFilled(this.flags, inputs);
  }
  of(name: string): readonly string[] {
    const i = this.index.at.get(name);
    if (i !== undefined) return this.flags[i] === 1 ? [name] : [];
    return (this.index.derived.get(name) ?? []).filter(([, j]) => this.flags[j] === 1).map(([input]) => input);
  }
}

let fillIndex: FillIndex | undefined;
const fillIndexOf = (): FillIndex => {
  if (fillIndex) return fillIndex;
  const at = new Map(notShownValues().map(([name], i) => [name, i]));
  const derived = new Map<string, (readonly [string, number])[]>();
  for (const d of DERIVED) {
    const inputs = (d.inputs ?? []).flatMap((i) => (at.has(i) ? [[i, at.get(i) as number] as const] : []));
    if (inputs.length > 0) derived.set(d.name, inputs);
  }
  return (fillIndex = { at, derived });
};

/** Case facts whose absence is "not shown" and that then hold a value: filled in by deriveFacts. */
let filled: readonly (readonly [string, unknown])[] | undefined;
const notShownValues = () =>
  (filled ??= [...FACTS.values()]
    .filter((f) => f.origin === 'case' && f.notShownValue !== undefined)
    .map((f) => [f.name, f.notShownValue] as const));

let fillable: ReadonlySet<string> | undefined;
/**
 * The facts `deriveFacts` may fill in as not shown (case facts with a `notShownValue`), and the
 * derived facts computed from one of them.
 */
export const fillableFacts = (): ReadonlySet<string> =>
  (fillable ??= new Set([...fillIndexOf().at.keys(), ...fillIndexOf().derived.keys()]));

/**
 * The facts of `fillableFacts()` (in its order) filled in as not shown on one side and not the
 * other: what an answer changed in the showing of facts whose value may have stayed.
 */
export function filledDifference(a: FilledFacts | undefined, b: FilledFacts): string[] {
  const out: string[] = [];
  if (!(a instanceof Filled) || !(b instanceof Filled)) {
    for (const n of fillableFacts()) if ((a?.has(n) === true) !== b.has(n)) out.push(n);
    return out;
  }
  const values = notShownValues();
  for (let i = 0; i < values.length; i++)
    if (a.flags[i] !== b.flags[i]) out.push((values[i] as readonly [string, unknown])[0]);
  if (out.length > 0)
    for (const [name, inputs] of fillIndexOf().derived)
      if (anyFilled(a.flags, inputs) !== anyFilled(b.flags, inputs)) out.push(name);
  return out;
}

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

/** Claims in which the buyer's photos of what arrived are its photos of the defect (000:136, 000:176, 002:755). */
const PHOTO_CLAIMS: ReadonlySet<string> = new Set(['quality', 'not_as_described']);

/**
 * The case fields `implied()` reads or fills, and those a not-shown value depends on
 * (`notShownValueIn`): given or left out, each can change what the rest of the record implies, so
 * a probe answering one derives the case again whole, and "left out" is not "given at its plain
 * not-shown value" for them.
 */
export const IMPLIED_INPUTS: ReadonlySet<string> = new Set([
  // a carrier event implies a scan
  'shipment.carrierScanned',
  'shipment.firstCarrierScanAt',
  'shipment.status',
  'shipment.deliveredAt',
  'shipment.lastTrackingUpdateAt',
  'shipment.signedBy',
  // the buyer's photos are the defect photos in a quality or not-as-described claim
  'evidence.buyerPhotos',
  'evidence.defectPhotoOrVideo',
  'claim.type',
  // goods not used had no days of use
  'item.used',
  'item.defectAppearedAfterUseDays',
  // goods shown used, washed, without tags or with broken packaging were opened beyond inspection
  'item.openedForInspectionOnly',
  'item.washed',
  'item.tagsIntact',
  'item.packagingIntact',
  // insurance shown on the order is valid until the seller shows it void (a confirmed receipt does)
  'promises.returnFreightInsurance',
  'returnShipment.insuranceStatus',
  'order.receiptConfirmed',
]);

/** The facts `implied()` may fill: nothing else of a case is implied by the rest of its record. */
export const IMPLIED_FACTS: readonly string[] = [
  'shipment.carrierScanned',
  'evidence.defectPhotoOrVideo',
  'item.defectAppearedAfterUseDays',
  'item.openedForInspectionOnly',
];

/**
 * What the record implies for facts the case leaves out, before anything is filled in as not
 * shown: any carrier event means the carrier scanned the parcel; in a quality or not-as-described
 * claim the buyer's photos of what arrived are the defect photos; goods not used had no days of use;
 * goods shown used, washed, without tags or with broken packaging were opened beyond inspection.
 */
function implied(c: Case, f: Facts): void {
  const s = c.shipment;
  if (
    s !== undefined &&
    s.carrierScanned === undefined &&
    (s.firstCarrierScanAt !== undefined ||
      s.status !== undefined ||
      s.deliveredAt !== undefined ||
      s.lastTrackingUpdateAt !== undefined ||
      s.signedBy !== undefined)
  )
    f['shipment.carrierScanned'] = true;
  if (c.evidence?.buyerPhotos === true && c.evidence.defectPhotoOrVideo === undefined && PHOTO_CLAIMS.has(c.claim.type))
    f['evidence.defectPhotoOrVideo'] = true;
  const item = c.item;
  if (item?.used === false && item.defectAppearedAfterUseDays === undefined) f['item.defectAppearedAfterUseDays'] = 0;
  // What the seller shows of the goods' state (used, washed, tags off, packaging broken) is the
  // showing that they were opened beyond inspection (网络购买商品七日无理由退货暂行办法 第九条).
  if (
    item !== undefined &&
    item.openedForInspectionOnly === undefined &&
    (item.used === true || item.washed === true || item.tagsIntact === false || item.packagingIntact === false)
  )
    f['item.openedForInspectionOnly'] = false;
}

/**
 * The not-shown facts whose value depends on the record, each reading the facts it needs (undefined:
 * the plain not-shown value): return-freight insurance shown on the order is valid until the seller
 * shows the buyer voided it (002:625-637), and a receipt the buyer confirmed before the claim is
 * such a showing (买家已经确认收货, 002:629).
 */
const NOT_SHOWN_BY_RECORD: ReadonlyMap<string, (fact: (name: string) => unknown) => unknown> = new Map([
  [
    'returnShipment.insuranceStatus',
    (fact: (name: string) => unknown) =>
      fact('promises.returnFreightInsurance') !== true
        ? undefined
        : fact('order.receiptConfirmed') === true
          ? 'invalid_buyer_fault'
          : 'valid',
  ],
]);

/** The not-shown facts whose value depends on the record (`NOT_SHOWN_BY_RECORD`). */
export const NOT_SHOWN_FROM_RECORD: readonly string[] = [...NOT_SHOWN_BY_RECORD.keys()];

/** The value a not-shown fact holds on this case (`NOT_SHOWN_BY_RECORD`, or its plain not-shown value). */
function notShownValueIn(name: string, value: unknown, fact: (name: string) => unknown): unknown {
  return NOT_SHOWN_BY_RECORD.get(name)?.(fact) ?? value;
}

/**
 * Computes the flat facts of a case: every case field under its dotted path, the values of the
 * facts not shown, then the derived facts of `DERIVED_FACTS`, which therefore read a not-shown
 * fact at its not-shown value. Done once per case, before any rule runs, so rules compare plain
 * numbers and booleans, never date strings.
 */
export function deriveFacts(c: Case, settings: DerivationSettings): Facts {
  const f: Facts = Object.create(null) as Facts;
  flatten(c as unknown as Record<string, unknown>, root, f);
  implied(c, f);

  // Not shown is not established: a boolean is not true, an enum holds its `none`.
  const values = notShownValues();
  const notShown = new Filled(fillIndexOf());
  for (let i = 0; i < values.length; i++) {
    const [name, value] = values[i] as readonly [string, unknown];
    if (f[name] !== undefined) continue;
    f[name] = notShownValueIn(name, value, (n) => f[n]);
    notShown.flags[i] = 1;
  }
  Object.defineProperty(f, NOT_SHOWN, { value: notShown });

  const x = derivationContext(c, settings, (n) => f[n]);
  for (const def of DERIVED) {
    const v = def.compute(x);
    if (v !== undefined) f[def.name] = v;
  }
  return f;
}

/** A case field by its dotted name (undefined when it or an object on its path is absent). */
function fieldOf(c: Case, path: readonly string[]): unknown {
  let at: unknown = c;
  for (const k of path) {
    if (at === null || typeof at !== 'object') return undefined;
    at = (at as Record<string, unknown>)[k];
  }
  return at;
}

const paths = new Map<string, readonly string[]>();
/** A dotted name's keys, split once per name (case fields are a closed set; the cap only guards the cache). */
export function pathOf(name: string): readonly string[] {
  let keys = paths.get(name);
  if (keys === undefined) {
    keys = name.split('.');
    if (paths.size < 10_000) paths.set(name, keys);
  }
  return keys;
}

/**
 * The not-shown facts an answer to some fields can fill differently whatever the record implies:
 * those under them, and those whose value reads the record (indices into `notShownValues()`).
 */
const refills = new Map<string, readonly number[]>();
function refilledUnder(answered: readonly string[]): readonly number[] {
  const key = answered.join('\n');
  let out = refills.get(key);
  if (out !== undefined) return out;
  const again = (name: string) =>
    NOT_SHOWN_BY_RECORD.has(name) || answered.some((a) => name === a || name.startsWith(`${a}.`));
  out = notShownValues().flatMap(([name], i) => (again(name) ? [i] : []));
  // Answers are one field or a few; the cap only guards the cache.
  if (refills.size < 10_000) refills.set(key, out);
  return out;
}

/** What the record implies on a case (`implied`): the facts it fills, and their values. */
function impliedOn(c: Case): Facts {
  const f = Object.create(null) as Facts;
  implied(c, f);
  return f;
}

/** What the record implies on a case already derived: worked out once per case, however many answers `rederive` derives. */
const impliedBy = new WeakMap<Case, Facts>();
function impliedBefore(c: Case): Facts {
  let f = impliedBy.get(c);
  if (f === undefined) impliedBy.set(c, (f = impliedOn(c)));
  return f;
}

/**
 * `deriveFacts` of a case `c` that differs from an already derived one (`from`) only at some fields
 * (`answered`: dotted paths, and every field under them), told as the facts that may differ besides
 * those fields: `visit(name, value)` gets each object on their paths, each fact the record implies
 * on either case, each not-shown fact under them, implied on either, or whose value reads the
 * record, and each derived fact, with its value on `c` (undefined: absent). Every other fact is as
 * in `from.facts` (test/rederive.test.ts checks the two against each other). Only the `derived`
 * facts asked for are computed. Returns which facts of `c` were filled in as not shown.
 */
export function rederive(
  from: { readonly c: Case; readonly facts: Facts },
  c: Case,
  settings: DerivationSettings,
  answered: readonly string[],
  visit: (name: string, value: unknown) => void,
  derived: readonly DerivedFact[] = DERIVED,
): FilledFacts {
  const base = from.facts;
  const baseFilled = notShownIn(base);
  if (!(baseFilled instanceof Filled)) throw new Error('rederive: the facts were not derived by deriveFacts');
  const index = fillIndexOf();
  const values = notShownValues();
  const notShown = new Filled(index);
  notShown.flags.set(baseFilled.flags);
  // What the record implies (here or before the answer), then the not-shown facts an answer can
  // change, in `deriveFacts`' order: a fact reads another's not-shown value once it is filled in.
  const extra = impliedOn(c);
  const targets = Object.keys(extra);
  const before = impliedBefore(from.c);
  for (const t in before) if (!(t in extra)) targets.push(t);
  let again = refilledUnder(answered);
  let implied: number[] | undefined;
  for (const t of targets) {
    const j = index.at.get(t);
    if (j !== undefined && !again.includes(j) && implied?.includes(j) !== true) (implied ??= []).push(j);
  }
  if (implied !== undefined) again = [...again, ...implied].sort((x, y) => x - y);
  // The not-shown values filled in again, by their index in `values`.
  const refilled: unknown[] = [];
  let upTo = 0;
  const fact = (n: string): unknown => {
    const v = fieldOf(c, pathOf(n)) ?? extra[n];
    if (v !== undefined) return v;
    const j = index.at.get(n);
    if (j === undefined) return undefined;
    return refilled[j] ?? (j < upTo && notShown.flags[j] === 1 ? base[n] : undefined);
  };
  // Each one's value on `c` (given, implied or filled in), for `visit` below.
  const now: unknown[] = [];
  for (const i of again) {
    upTo = i;
    const [name, value] = values[i] as readonly [string, unknown];
    let v = fact(name);
    notShown.flags[i] = v === undefined ? 1 : 0;
    if (v === undefined) refilled[i] = v = notShownValueIn(name, value, fact);
    now.push(v);
  }
  upTo = values.length;

  for (const a of answered)
    for (let i = a.indexOf('.'); i !== -1; i = a.indexOf('.', i + 1)) {
      const parent = a.slice(0, i);
      visit(parent, fieldOf(c, pathOf(parent)));
    }
  again.forEach((i, k) => visit((values[i] as readonly [string, unknown])[0], now[k]));
  for (const t of targets) visit(t, fact(t));
  const x = derivationContext(c, settings, fact);
  for (const def of derived) visit(def.name, def.compute(x));
  return notShown;
}

/**
 * The instants and settings the derived facts' formulas share, computed once per case: what
 * `deriveFacts` hands every formula of `DERIVED`, and what the questions' probes (src/answer-probe.ts)
 * hand them for a case with one answer more.
 */
export function derivationContext(
  c: Case,
  settings: DerivationSettings,
  fact: (name: string) => unknown,
): DerivationContext {
  const asOf = isoMs(c.asOf);
  const s = c.shipment;
  // Ship time is the carrier's record, the seller's to show. Without a shipment, or with no scan
  // shown (`fact` gives what the record implies and the not-shown values), the parcel has not shipped
  // as of asOf; with a scan but no time for it, unknown.
  const scanAt = time(s?.firstCarrierScanAt);
  const scanned = fact('shipment.carrierScanned') === true;
  const notShipped = s === undefined || (scanAt === undefined && !scanned);
  const shipTime = scanAt ?? (notShipped ? asOf : undefined);
  const markedAt = time(s?.markedShippedAt);
  // Taobao dispute rules art. 25(二): only a carrier with no tracking system at all has its ship
  // time from the later of the waybill date and the click-ship time.
  const waybillAt = time(s?.waybillAt);
  return {
    c,
    settings,
    asOf,
    paidAt: isoMs(c.order.paidAt),
    scanAt,
    scanned,
    notShipped,
    shipTime,
    platformShipTime:
      s !== undefined &&
      scanAt === undefined &&
      fact('shipment.carrierHasNoTrackingSystem') === true &&
      waybillAt !== undefined
        ? Math.max(waybillAt, markedAt ?? 0)
        : shipTime,
    markedAt,
    presaleShipBy: time(c.order.presaleShipBy),
    deliveredAt: time(s?.deliveredAt),
    windowDays: Math.max(settings.returnWindowDays, c.shopPolicy?.returnWindowDays ?? 0),
  };
}
