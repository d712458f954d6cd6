import { TZDate } from '@date-fns/tz';

/*
 * Calendar days in an IANA time zone without a Date per question: the start of each local day
 * (as epoch milliseconds) is computed once per zone and day with @date-fns/tz, then kept. A local
 * day is numbered like a UTC day (days since 1970-01-01), so day arithmetic is integer arithmetic,
 * and an instant's local day is found by comparing it with at most three cached day starts.
 */

const MS_PER_DAY = 86_400_000;

/** Per zone: local day number → epoch ms of that day's first instant (00:00, or when the day begins). */
const starts = new Map<string, Map<number, number>>();
/** Per zone: local day number → `YYYY-MM-DD`. */
const names = new Map<string, Map<number, string>>();

function zoneStarts(zone: string): Map<number, number> {
  let m = starts.get(zone);
  if (!m) {
    m = new Map();
    starts.set(zone, m);
  }
  return m;
}

/** Epoch ms at which local day `day` (days since 1970-01-01) begins in `zone`: `startOfDay` of a TZDate on that day. */
export function dayStart(day: number, zone: string): number {
  const m = zoneStarts(zone);
  let s = m.get(day);
  if (s === undefined) {
    const utc = new Date(day * MS_PER_DAY);
    // TZDate's constructor from local fields, as date-fns' startOfDay on a TZDate sets them.
    s = new TZDate(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 0, 0, 0, 0, zone).getTime();
    m.set(day, s);
  }
  return s;
}

/** The local day number (days since 1970-01-01) of an instant in `zone`. */
export function localDayOf(ms: number, zone: string): number {
  // Offsets are within a day of UTC, so the local day is the UTC day or a neighbour.
  let day = Math.floor(ms / MS_PER_DAY);
  while (ms < dayStart(day, zone)) day--;
  while (ms >= dayStart(day + 1, zone)) day++;
  return day;
}

/** The calendar day (`YYYY-MM-DD`) of an instant in `zone`. */
export function localDateOf(ms: number, zone: string): string {
  const day = localDayOf(ms, zone);
  let m = names.get(zone);
  if (!m) {
    m = new Map();
    names.set(zone, m);
  }
  let s = m.get(day);
  if (s === undefined) {
    s = new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
    m.set(day, s);
  }
  return s;
}
