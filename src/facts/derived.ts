import { parseISO } from 'date-fns';
import type { Case } from '../schema/case.js';
import type { FactDef } from './fact-def.js';
import { dayStart, localDayOf } from './zone-days.js';

/*
 * The derived facts, each defined once: its metadata (type, description, the case fields it is
 * computed from), its formula, and what lint may rely on (`requires`: case fields without which it
 * is always unknown; test/cli/derived-implications.test.ts checks each against the formula). The
 * fact catalogue (`DERIVED_FACTS`), `deriveFacts` and lint's condition analysis all read this list.
 *
 * Formulas work on epoch milliseconds: a case allocates no Date. Calendar days in the platform's
 * zone come from the per-zone, per-day cache of src/facts/zone-days.ts.
 */

/** What derivation needs from the pack (`pack.json` `timeZones` and `defaults`). */
export interface DerivationSettings {
  /** The platform's IANA time zone: calendar days (return windows) are counted there. */
  readonly timeZone: string;
  /** The no-reason return window in days when the shop's is not longer. */
  readonly returnWindowDays: number;
}

/** The instants and settings the formulas share, computed once per case (epoch ms; undefined: unknown). */
export interface DerivationContext {
  readonly c: Case;
  readonly settings: DerivationSettings;
  readonly asOf: number;
  readonly paidAt: number;
  /** The first carrier scan. */
  readonly scanAt: number | undefined;
  /** The carrier scanned the parcel: shipment.carrierScanned as given, implied by a carrier event, or not shown (false). */
  readonly scanned: boolean;
  /** No shipment, or no scan shown: not shipped as of asOf. */
  readonly notShipped: boolean;
  /** The carrier's first scan; asOf while not shipped; unknown with a shipment but no word from the carrier. */
  readonly shipTime: number | undefined;
  /** Taobao dispute rules art. 25(二): for a carrier with no tracking system, the later of the waybill date and the click-ship time. */
  readonly platformShipTime: number | undefined;
  readonly markedAt: number | undefined;
  readonly presaleShipBy: number | undefined;
  readonly deliveredAt: number | undefined;
  /** The no-reason return window: the shop's when longer than the pack's default. */
  readonly windowDays: number;
}

/** A derived fact: its catalogue entry, its formula and what lint may assume about it. */
export interface DerivedFact extends FactDef {
  readonly origin: 'derived';
  readonly compute: (x: DerivationContext) => unknown;
  /** Case fields without which the fact is always unknown (lint's condition analysis relies on it). */
  readonly requires?: readonly string[];
  /**
   * Not a straight line in the instants it reads: it counts calendar days in the platform's zone
   * (steps), or takes the later of two instants (a bend). Every other number fact is a straight line
   * in each instant it reads (test/derived-linear.test.ts), which the questions' candidate instants
   * rely on.
   */
  readonly bent?: true;
}

const MS_PER_HOUR = 3_600_000;

const digit = (s: string, i: number): number => {
  const c = s.charCodeAt(i) - 48;
  return c >= 0 && c <= 9 ? c : NaN;
};
const two = (s: string, i: number) => digit(s, i) * 10 + digit(s, i + 1);

/**
 * Epoch milliseconds of an ISO 8601 timestamp with an offset, as date-fns' `parseISO` reads it,
 * without a Date: `YYYY-MM-DDTHH:mm[:ss](Z|±HH:MM)` directly; any other form (fractions of a
 * second) through `parseISO`.
 */
export function isoMs(s: string): number {
  const n = s.length;
  if (
    (n === 20 || n === 25 || n === 17 || n === 22) &&
    s.charCodeAt(4) === 45 &&
    s.charCodeAt(7) === 45 &&
    s.charCodeAt(10) === 84 &&
    s.charCodeAt(13) === 58
  ) {
    const withSeconds = n === 20 || n === 25;
    const zoneAt = withSeconds ? 19 : 16;
    if (!withSeconds || s.charCodeAt(16) === 58) {
      const y = two(s, 0) * 100 + two(s, 2);
      const local = Date.UTC(y, two(s, 5) - 1, two(s, 8), two(s, 11), two(s, 14), withSeconds ? two(s, 17) : 0);
      const z = s.charCodeAt(zoneAt);
      if (z === 90 && n === zoneAt + 1 && !Number.isNaN(local)) return local;
      if ((z === 43 || z === 45) && n === zoneAt + 6 && s.charCodeAt(zoneAt + 3) === 58) {
        const offset = (two(s, zoneAt + 1) * 60 + two(s, zoneAt + 4)) * 60_000;
        const ms = z === 43 ? local - offset : local + offset;
        if (!Number.isNaN(ms)) return ms;
      }
    }
  }
  return parseISO(s).getTime();
}

/** Epoch ms of a timestamp fact; undefined when absent. */
export const time = (iso: unknown): number | undefined => (typeof iso === 'string' ? isoMs(iso) : undefined);

/** Exact elapsed hours from `from` to `to`; unknown when either end is. */
function hoursBetween(from: number | undefined, to: number | undefined): number | undefined {
  if (from === undefined || to === undefined) return undefined;
  return (to - from) / MS_PER_HOUR;
}

/** Exact elapsed days (fractional) from `from` to `to`; unknown when either end is. */
function daysBetween(from: number | undefined, to: number | undefined): number | undefined {
  const h = hoursBetween(from, to);
  return h === undefined ? undefined : h / 24;
}

/**
 * The end of a window of `days` calendar days that opens at 00:00 of the day after `from` in the
 * platform's zone and closes at 24:00 of its last day: the start of day (from's day + days + 1).
 */
export const windowEnd = (from: number, days: number, timeZone: string): number =>
  dayStart(localDayOf(from, timeZone) + days + 1, timeZone);

/** Whether the shop's own window (counted like the law's) had ended when the claim was opened. */
function shopWindowLapsed(x: DerivationContext): boolean | undefined {
  const days = x.c.shopPolicy?.returnWindowDays;
  if (days === undefined) return false;
  if (x.deliveredAt === undefined) return undefined;
  return isoMs(x.c.claim.openedAt) >= windowEnd(x.deliveredAt, days, x.settings.timeZone);
}

/** Whether the shop's after-sale period, counted from sign-for, had ended when the claim was opened. */
function afterSalePeriodLapsed(x: DerivationContext): boolean | undefined {
  const days = x.c.shopPolicy?.afterSalePeriodDays;
  if (days === undefined || x.deliveredAt === undefined) return undefined;
  return isoMs(x.c.claim.openedAt) >= windowEnd(x.deliveredAt, days, x.settings.timeZone);
}

/**
 * Calendar days from the negotiation of a price to payment, in the platform's zone: Taobao holds a
 * negotiated price with no stated time limit valid on the day of agreement only (000:207-208).
 */
function calendarDaysPriceAgreedToPaid(x: DerivationContext): number | undefined {
  const agreedAt = time(x.c.promises?.negotiatedPriceAgreedAt);
  if (x.c.promises?.negotiatedPrice === undefined || agreedAt === undefined) return undefined;
  return localDayOf(x.paidAt, x.settings.timeZone) - localDayOf(agreedAt, x.settings.timeZone);
}

const hours = (
  name: string,
  description: string,
  inputs: string[],
  how: Pick<DerivedFact, 'compute' | 'requires' | 'bent'>,
): DerivedFact => ({
  name,
  type: 'number',
  origin: 'derived',
  description,
  inputs,
  ...how,
});

/** Facts computed from the case before evaluation: metadata, formula and lint's assumptions. */
export const DERIVED: readonly DerivedFact[] = [
  {
    name: 'shipped',
    type: 'boolean',
    origin: 'derived',
    inputs: ['shipment.firstCarrierScanAt', 'shipment.carrierScanned'],
    description:
      'The carrier has the parcel: a carrier scan is shown, or implied by any carrier event (a first scan, a status, a sign-for, a tracking movement, a signer). False when there is no shipment or the seller shows no scan (000:188-191).',
    compute: (x) => (x.scanAt !== undefined || x.scanned ? true : x.notShipped ? false : undefined),
  },
  hours('hoursSincePaid', 'Hours from payment to asOf.', [], { compute: (x) => hoursBetween(x.paidAt, x.asOf) }),
  hours(
    'hoursToShip',
    'Hours from payment to the ship time (first carrier scan; asOf while not shipped).',
    ['shipment.firstCarrierScanAt', 'shipment.carrierScanned'],
    { compute: (x) => hoursBetween(x.paidAt, x.shipTime) },
  ),
  hours(
    'hoursToShipPlatform',
    "Hours from payment to the ship time of Taobao's dispute rules art. 25: the first carrier scan; for a carrier with no tracking system at all (shipment.carrierHasNoTrackingSystem), the later of shipment.waybillAt and shipment.markedShippedAt; asOf while neither exists.",
    ['shipment.firstCarrierScanAt', 'shipment.carrierScanned', 'shipment.carrierHasNoTrackingSystem'],
    { compute: (x) => hoursBetween(x.paidAt, x.platformShipTime), bent: true },
  ),
  hours(
    'hoursMarkedToScan',
    'Hours from clicking "ship" to the first carrier scan (asOf while there is none).',
    ['shipment.markedShippedAt', 'shipment.firstCarrierScanAt', 'shipment.carrierScanned'],
    {
      compute: (x) => hoursBetween(x.markedAt, x.scanAt ?? (x.notShipped ? x.asOf : undefined)),
      requires: ['shipment.markedShippedAt'],
    },
  ),
  hours(
    'hoursMarkedToCorrection',
    'Hours from clicking "ship" to the tracking-number correction.',
    ['shipment.markedShippedAt', 'shipment.trackingCorrectedAt'],
    {
      compute: (x) => hoursBetween(x.markedAt, time(x.c.shipment?.trackingCorrectedAt)),
      requires: ['shipment.markedShippedAt', 'shipment.trackingCorrectedAt'],
    },
  ),
  hours(
    'hoursPaidToPresaleShipBy',
    'Hours from payment to the presale ship-by date stated on the listing.',
    ['order.presaleShipBy'],
    { compute: (x) => hoursBetween(x.paidAt, x.presaleShipBy), requires: ['order.presaleShipBy'] },
  ),
  hours(
    'hoursLateVsPresaleShipBy',
    'Hours the ship time falls after the presale ship-by date (negative: before).',
    ['order.presaleShipBy', 'shipment.firstCarrierScanAt', 'shipment.carrierScanned'],
    { compute: (x) => hoursBetween(x.presaleShipBy, x.shipTime), requires: ['order.presaleShipBy'] },
  ),
  hours(
    'hoursLateVsAgreedShipBy',
    'Hours the ship time falls after the agreed ship-by date (negative: before).',
    ['order.agreedShipBy', 'shipment.firstCarrierScanAt', 'shipment.carrierScanned'],
    { compute: (x) => hoursBetween(time(x.c.order.agreedShipBy), x.shipTime), requires: ['order.agreedShipBy'] },
  ),
  hours(
    'hoursSinceTrackingUpdate',
    "Hours from the carrier's latest tracking movement to asOf.",
    ['shipment.lastTrackingUpdateAt'],
    {
      compute: (x) => hoursBetween(time(x.c.shipment?.lastTrackingUpdateAt), x.asOf),
      requires: ['shipment.lastTrackingUpdateAt'],
    },
  ),
  hours(
    'hoursRefundRequestToShip',
    "Hours from the buyer's refund request made before shipment (claim.refundRequestedAt) to the ship time (the first carrier scan; asOf while not shipped): positive, the seller shipped after the request (Taobao dispute rules art. 27).",
    ['claim.refundRequestedAt', 'shipment.firstCarrierScanAt', 'shipment.carrierScanned'],
    {
      compute: (x) => hoursBetween(time(x.c.claim.refundRequestedAt), x.shipTime),
      requires: ['claim.refundRequestedAt'],
    },
  ),
  hours(
    'hoursBuyerUnreachable',
    'Hours from order.buyerUnreachableSince (the seller could not reach the buyer since then) to asOf.',
    ['order.buyerUnreachableSince'],
    {
      compute: (x) => hoursBetween(time(x.c.order.buyerUnreachableSince), x.asOf),
      requires: ['order.buyerUnreachableSince'],
    },
  ),
  {
    name: 'daysSinceReturnReceived',
    type: 'number',
    origin: 'derived',
    inputs: ['returnShipment.receivedAt'],
    description:
      'Exact elapsed days (fractional) from the seller signing for the returned goods (returnShipment.receivedAt) to asOf.',
    compute: (x) => daysBetween(time(x.c.returnShipment?.receivedAt), x.asOf),
    requires: ['returnShipment.receivedAt'],
  },
  {
    name: 'daysSinceFirstShipment',
    type: 'number',
    origin: 'derived',
    inputs: ['shipment.markedShippedAt', 'shipment.firstCarrierScanAt'],
    description:
      "Exact elapsed days (fractional) from the first parcel's shipment to asOf: the seller's shipping notice (markedShippedAt), else the first carrier scan. A reship does not restart it.",
    compute: (x) => daysBetween(x.markedAt ?? x.scanAt, x.asOf),
  },
  {
    name: 'daysSinceReship',
    type: 'number',
    origin: 'derived',
    inputs: ['shipment.reshippedAt'],
    description: 'Exact elapsed days (fractional) from the reship (shipment.reshippedAt) to asOf.',
    compute: (x) => daysBetween(time(x.c.shipment?.reshippedAt), x.asOf),
    requires: ['shipment.reshippedAt'],
  },
  {
    name: 'returnWindowDays',
    type: 'number',
    origin: 'derived',
    inputs: [],
    description:
      "No-reason return window in days: the shop's window when longer than the pack's defaults.returnWindowDays (7 in the shipped pack.json), else that default.",
    compute: (x) => x.windowDays,
  },
  {
    name: 'afterSalePeriodLapsed',
    type: 'boolean',
    origin: 'derived',
    inputs: ['shopPolicy.afterSalePeriodDays', 'shipment.deliveredAt'],
    description:
      "The shop's after-sale period (shopPolicy.afterSalePeriodDays, counted from sign-for like the return window: 002:783, 000:163/174) had ended when the claim was opened; not shown when the shop shows no period, so none lapses (Taobao dispute rules art. 5(四)).",
    compute: afterSalePeriodLapsed,
    requires: ['shopPolicy.afterSalePeriodDays'],
    bent: true,
  },
  {
    name: 'shopWindowLapsed',
    type: 'boolean',
    origin: 'derived',
    inputs: ['shipment.deliveredAt'],
    description:
      "The shop's own shopPolicy.returnWindowDays (counted like the law's window) had ended when the claim was opened; false when the shop sets no window.",
    compute: shopWindowLapsed,
    bent: true,
  },
  hours(
    'returnWindowHoursLeft',
    'Hours from claim.openedAt to the end of the return window (24:00 of the last day, platform time zone); negative: lapsed.',
    ['shipment.deliveredAt'],
    {
      compute: (x) =>
        x.deliveredAt === undefined
          ? undefined
          : hoursBetween(isoMs(x.c.claim.openedAt), windowEnd(x.deliveredAt, x.windowDays, x.settings.timeZone)),
      bent: true,
    },
  ),
  {
    name: 'returnFreightCap',
    type: 'number',
    origin: 'derived',
    money: true,
    inputs: ['shopPolicy.returnFreightCap'],
    description:
      "Most the seller reimburses for a return leg it pays, in yuan: the shop's shopPolicy.returnFreightCap (000:177-179 is one shop's 12-15 yuan); not shown when the shop shows none, and then no cap applies (Taobao dispute rules art. 13).",
    compute: (x) => x.c.shopPolicy?.returnFreightCap,
    requires: ['shopPolicy.returnFreightCap'],
  },
  {
    name: 'calendarDaysPriceAgreedToPaid',
    type: 'number',
    origin: 'derived',
    inputs: ['promises.negotiatedPrice', 'promises.negotiatedPriceAgreedAt'],
    description:
      "Calendar days, in the platform's time zone, from the day the price was negotiated (promises.negotiatedPriceAgreedAt) to the day of payment: 0 the same day, 1 the next day, negative when paid before the negotiation.",
    compute: calendarDaysPriceAgreedToPaid,
    bent: true,
  },
  hours(
    'hoursPaidAfterPriceValidUntil',
    "Hours from the negotiated price's stated time limit (promises.negotiatedPriceValidUntil) to payment (negative: paid within it).",
    ['promises.negotiatedPriceValidUntil'],
    { compute: (x) => hoursBetween(time(x.c.promises?.negotiatedPriceValidUntil), x.paidAt) },
  ),
];
