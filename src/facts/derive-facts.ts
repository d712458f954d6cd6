import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, differenceInMilliseconds, parseISO, startOfDay } from 'date-fns';
import type { Case } from '../schema/case.js';
import { DERIVED_FACTS, FACTS } from './catalog.js';

/** What derivation needs from the pack: the platform's time zone and the default windows. */
export interface DerivationSettings {
  readonly timeZone: string;
  readonly returnWindowDays: number;
  /** After-sale period for defects found after use when the shop states none; default 15 days. */
  readonly afterSalePeriodDays?: number;
}

/**
 * The seeds name no after-sale period (002:783 only says "check whether the order is still
 * within it"); 15 days mirrors how long the platforms keep a completed order open for an
 * after-sale request, and is a default the shop's own policy replaces.
 */
const DEFAULT_AFTER_SALE_PERIOD_DAYS = 15;

/**
 * The seed shop reimburses seller-liable return freight "up to 12-15 yuan" (000:177-179), the
 * range depending on where the buyer is. Without the shop's own figure the top of the range is
 * the cap: the seller wrote the range, so the reading least against the buyer applies.
 */
const DEFAULT_RETURN_FREIGHT_CAP = 15;

/** The flat facts of one case: `order.amount`, `hoursToShip`, … An absent key is an unknown fact. */
export type Facts = Record<string, unknown>;

/**
 * Where `deriveFacts` lists the facts it filled in because they were not shown (a boolean taken
 * as not true, an enum as `none`): the trace marks their leaves `not_shown`.
 */
export const NOT_SHOWN: unique symbol = Symbol('notShown');

/** The facts of a case that were filled in as not shown. */
export function notShownIn(facts: Facts): ReadonlySet<string> | undefined {
  return (facts as { [NOT_SHOWN]?: ReadonlySet<string> })[NOT_SHOWN];
}

/** Case facts whose absence is "not shown" and that then hold a value: filled in by deriveFacts. */
let filled: readonly (readonly [string, unknown])[] | undefined;
const notShownValues = () =>
  (filled ??= [...FACTS.values()].filter((f) => f.origin === 'case' && f.notShownValue !== undefined).map((f) => [f.name, f.notShownValue] as const));

const MS_PER_HOUR = 3_600_000;

function flatten(value: Record<string, unknown>, prefix: string, out: Facts): void {
  for (const key of Object.keys(value)) {
    const v = value[key];
    if (v === undefined) continue;
    out[prefix + key] = v;
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) flatten(v as Record<string, unknown>, `${prefix}${key}.`, out);
  }
}

const time = (iso: unknown): Date | undefined => (typeof iso === 'string' ? parseISO(iso) : undefined);

/** Exact elapsed hours from `from` to `to`; unknown when either end is. */
function hoursBetween(from: Date | undefined, to: Date | undefined): number | undefined {
  if (!from || !to) return undefined;
  return differenceInMilliseconds(to, from) / MS_PER_HOUR;
}

/** Exact elapsed days (fractional) from `from` to `to`; unknown when either end is. */
function daysBetween(from: Date | undefined, to: Date | undefined): number | undefined {
  const h = hoursBetween(from, to);
  return h === undefined ? undefined : h / 24;
}

/** Whether the shop's own window (counted like the law's) had ended when the claim was opened. */
function shopWindowLapsed(c: Case, deliveredAt: Date | undefined, timeZone: string): boolean | undefined {
  const days = c.shopPolicy?.returnWindowDays;
  if (days === undefined) return false;
  if (!deliveredAt) return undefined;
  const end = addDays(startOfDay(new TZDate(deliveredAt.getTime(), timeZone)), days + 1);
  return parseISO(c.claim.openedAt).getTime() >= end.getTime();
}

/**
 * Calendar days from the negotiation of a price to payment, in the platform's zone: Taobao holds a
 * negotiated price with no stated time limit valid on the day of agreement only (000:207-208).
 */
function calendarDaysPriceAgreedToPaid(c: Case, paidAt: Date, timeZone: string): number | undefined {
  const agreedAt = time(c.promises?.negotiatedPriceAgreedAt);
  if (c.promises?.negotiatedPrice === undefined || !agreedAt) return undefined;
  return differenceInCalendarDays(new TZDate(paidAt.getTime(), timeZone), new TZDate(agreedAt.getTime(), timeZone));
}

/**
 * Computes the flat facts of a case: every case field under its dotted path, plus the derived
 * facts of `DERIVED_FACTS`. Done once per case, before any rule runs, so rules compare plain
 * numbers and booleans, never date strings.
 */
export function deriveFacts(c: Case, settings: DerivationSettings): Facts {
  const f: Facts = Object.create(null) as Facts;
  flatten(c as unknown as Record<string, unknown>, '', f);

  const asOf = parseISO(c.asOf);
  const paidAt = parseISO(c.order.paidAt);
  const s = c.shipment;

  // Ship time is the carrier's record. Without a shipment, or with a carrier that has no scan,
  // the parcel has not shipped as of asOf; with a shipment but no word from the carrier, unknown.
  const scanAt = time(s?.firstCarrierScanAt);
  const notShipped = s === undefined || (scanAt === undefined && s.carrierScanned === false);
  const shipTime = scanAt ?? (notShipped ? asOf : undefined);
  const shipped = scanAt !== undefined || s?.carrierScanned === true ? true : notShipped ? false : undefined;

  const presaleShipBy = time(c.order.presaleShipBy);
  const agreedShipBy = time(c.order.agreedShipBy);
  const markedAt = time(s?.markedShippedAt);

  // Taobao dispute rules art. 25: with no carrier record, the later of the waybill date and the
  // click-ship time is the ship time; no waybill either: not shipped as of asOf.
  const waybillAt = time(s?.waybillAt);
  const platformShipTime =
    s !== undefined && scanAt === undefined && s.carrierScanned === false && waybillAt
      ? new Date(Math.max(waybillAt.getTime(), markedAt?.getTime() ?? 0))
      : shipTime;

  const windowDays = Math.max(settings.returnWindowDays, c.shopPolicy?.returnWindowDays ?? 0);
  const deliveredAt = time(s?.deliveredAt);
  // The window opens at 00:00 of the day after sign-for in the platform's zone and closes at
  // 24:00 of its last day, so it ends at the start of day (sign-for day + windowDays + 1).
  const windowEnd = deliveredAt
    ? addDays(startOfDay(new TZDate(deliveredAt.getTime(), settings.timeZone)), windowDays + 1)
    : undefined;

  const derived: Record<string, unknown> = {
    shipped,
    hoursSincePaid: hoursBetween(paidAt, asOf),
    hoursToShip: hoursBetween(paidAt, shipTime),
    hoursToShipPlatform: hoursBetween(paidAt, platformShipTime),
    hoursMarkedToScan: hoursBetween(markedAt, scanAt ?? (notShipped ? asOf : undefined)),
    hoursMarkedToCorrection: hoursBetween(markedAt, time(s?.trackingCorrectedAt)),
    hoursPaidToPresaleShipBy: hoursBetween(paidAt, presaleShipBy),
    hoursLateVsPresaleShipBy: hoursBetween(presaleShipBy, shipTime),
    hoursLateVsAgreedShipBy: hoursBetween(agreedShipBy, shipTime),
    hoursSinceTrackingUpdate: hoursBetween(time(s?.lastTrackingUpdateAt), asOf),
    hoursBuyerUnreachable: hoursBetween(time(c.order.buyerUnreachableSince), asOf),
    // Cross-border delivery promises run from the first shipment; a reship restarts them only
    // when the buyer agreed to it, so both clocks are kept.
    daysSinceFirstShipment: daysBetween(time(s?.markedShippedAt) ?? scanAt, asOf),
    daysSinceReship: daysBetween(time(s?.reshippedAt), asOf),
    returnWindowDays: windowDays,
    afterSalePeriodDays: c.shopPolicy?.afterSalePeriodDays ?? settings.afterSalePeriodDays ?? DEFAULT_AFTER_SALE_PERIOD_DAYS,
    returnWindowHoursLeft: hoursBetween(parseISO(c.claim.openedAt), windowEnd),
    shopWindowLapsed: shopWindowLapsed(c, deliveredAt, settings.timeZone),
    returnFreightCap: c.shopPolicy?.returnFreightCap ?? DEFAULT_RETURN_FREIGHT_CAP,
    calendarDaysPriceAgreedToPaid: calendarDaysPriceAgreedToPaid(c, paidAt, settings.timeZone),
    hoursPaidAfterPriceValidUntil: hoursBetween(time(c.promises?.negotiatedPriceValidUntil), paidAt),
  };
  for (const def of DERIVED_FACTS) {
    const v = derived[def.name];
    if (v !== undefined) f[def.name] = v;
  }
  // Not shown is not established: a boolean is not true, an enum holds its `none`. Filled in after
  // derivation, which reads only what the case gives.
  const notShown = new Set<string>();
  for (const [name, value] of notShownValues()) {
    if (f[name] !== undefined) continue;
    f[name] = value;
    notShown.add(name);
  }
  Object.defineProperty(f, NOT_SHOWN, { value: notShown });
  return f;
}
