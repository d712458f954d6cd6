/// <reference lib="dom" />
// Wall-clock time in a platform's time zone (the pack's `timeZones`) ⇄ an ISO 8601 timestamp with
// its offset, for the desk page's date-time inputs, on the library's wall-clock conversions
// (src/facts/wall-clock.ts, @date-fns/tz). Pure: no clock.
import { instantToWallClock, offsetMinutes, wallClockToIso } from '../facts/wall-clock.js';
import { isPlatformLocal } from '../schema/primitives.js';

export { offsetMinutes };

const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * A wall-clock time (`2024-04-15T10:00`, `2024-04-15T10:00:00`, or the platform form
 * `2024-04-15 10:00:00`) read in `timeZone`, as ISO 8601 with that zone's offset
 * (`2024-04-15T10:00:00+08:00`); undefined when it is not such a time. A time that does not exist
 * (skipped by a DST change) moves forward by the gap, as the zone's clocks did.
 *
 * @example
 * wallToIso('2024-04-15T10:00', 'Asia/Shanghai'); // '2024-04-15T10:00:00+08:00'
 */
export function wallToIso(wall: string, timeZone: string): string | undefined {
  const m = WALL.exec(wall.trim());
  if (!m) return undefined;
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = m.slice(1).map((x) => Number(x ?? 0));
  // A day or time that does not exist on any calendar (02-30, 24:00) is refused; one the zone skips
  // (a daylight-saving gap) is the time moved on by the gap.
  const check = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  return wallClockToIso([y, mo, d, h, mi, s], timeZone).iso;
}

/** ISO 8601 with an offset (or `Z`); seconds and fractions optional. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * A case's timestamp as the wall clock of `timeZone` (`YYYY-MM-DDTHH:mm:ss`, what a
 * `datetime-local` input holds): an ISO timestamp is converted; a platform time
 * (`YYYY-MM-DD HH:mm:ss`) already is one. Undefined for anything else.
 *
 * @example
 * isoToWall('2024-04-15T02:00:00Z', 'Asia/Shanghai'); // '2024-04-15T10:00:00'
 */
export function isoToWall(value: string, timeZone: string): string | undefined {
  if (isPlatformLocal(value)) return value.replace(' ', 'T');
  if (!ISO.test(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return instantToWallClock(ms, timeZone);
}

/**
 * The wall clock of `timeZone` now, to the second (for a "now" button): `YYYY-MM-DDTHH:mm:ss`.
 *
 * @example
 * nowWall('Asia/Shanghai', Date.now());
 */
export function nowWall(timeZone: string, epochMs: number): string {
  return instantToWallClock(Math.floor(epochMs / 1000) * 1000, timeZone);
}
