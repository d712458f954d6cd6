import { TZDate } from '@date-fns/tz';

// Wall-clock times in an IANA time zone ⇄ ISO 8601 timestamps with the zone's offset, with
// @date-fns/tz: the case parser reads platform times (`2024-04-15 10:00:00`) with it, and the desk
// page's date-time inputs read and show times in the platform's zone with it.

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `YYYY-MM-DDTHH:mm:ss` of a TZDate's wall clock in its zone. */
function wallText(t: TZDate): string {
  return `${pad(t.getFullYear(), 4)}-${pad(t.getMonth() + 1)}-${pad(t.getDate())}T${pad(t.getHours())}:${pad(t.getMinutes())}:${pad(t.getSeconds())}`;
}

/** A TZDate's offset from UTC as `+08:00`. */
function offsetText(t: TZDate): string {
  const east = -t.getTimezoneOffset();
  const abs = Math.abs(east);
  return `${east < 0 ? '-' : '+'}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/**
 * A wall-clock time in `timeZone` as ISO 8601 with the offset in force then. `exact` is false when
 * the zone skips that time (a daylight-saving gap): `iso` is then the time moved on by the gap, as
 * the zone's clocks did. In a repeated hour the earlier instant is taken.
 *
 * @example
 * wallClockToIso([2024, 4, 15, 10, 0, 0], 'Asia/Shanghai'); // { iso: '2024-04-15T10:00:00+08:00', exact: true }
 */
export function wallClockToIso(
  [y, mo, d, h, mi, s]: readonly [number, number, number, number, number, number],
  timeZone: string,
): { iso: string; exact: boolean } {
  const t = new TZDate(y, mo - 1, d, h, mi, s, timeZone);
  const exact =
    t.getFullYear() === y &&
    t.getMonth() === mo - 1 &&
    t.getDate() === d &&
    t.getHours() === h &&
    t.getMinutes() === mi &&
    t.getSeconds() === s;
  return { iso: `${wallText(t)}${offsetText(t)}`, exact };
}

/**
 * An instant's wall clock in `timeZone`, `YYYY-MM-DDTHH:mm:ss` (what a `datetime-local` input holds).
 *
 * @example
 * instantToWallClock(Date.parse('2024-04-15T02:00:00Z'), 'Asia/Shanghai'); // '2024-04-15T10:00:00'
 */
export function instantToWallClock(epochMs: number, timeZone: string): string {
  return wallText(new TZDate(epochMs, timeZone));
}

/**
 * The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: 480).
 *
 * @example
 * offsetMinutes('America/New_York', Date.UTC(2024, 0, 15)); // -300
 */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  return -new TZDate(epochMs, timeZone).getTimezoneOffset();
}
