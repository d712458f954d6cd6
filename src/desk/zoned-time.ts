/// <reference lib="dom" />
// Wall-clock time in a platform's time zone (the pack's `timeZones`) ⇄ an ISO 8601 timestamp with
// its offset, for the desk page's date-time inputs. Pure: Intl only, no clock.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in minutes (Asia/Shanghai: 480). */
export function offsetMinutes(timeZone: string, epochMs: number): number {
  const parts: Record<string, string> = {};
  for (const p of formatter(timeZone).formatToParts(new Date(epochMs))) parts[p.type] = p.value;
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(epochMs / 1000) * 1000) / 60_000);
}

const WALL = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?$/;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const m = Math.abs(minutes);
  return `${sign}${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}

/** `YYYY-MM-DDTHH:mm:ss` of an instant as a wall clock shifted by `offset` minutes. */
function wallText(epochMs: number, offset: number): string {
  return new Date(epochMs + offset * 60_000).toISOString().slice(0, 19);
}

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
  const guess = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(guess);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) return undefined;
  // The offset at the guess, then at the instant it gives: one of the two instants shows this
  // wall clock (the earlier, where the clocks went back and it shows twice); neither does where
  // the clocks went forward over it, and then the later one is the time moved on by the gap.
  const candidates = [offsetMinutes(timeZone, guess)];
  candidates.push(offsetMinutes(timeZone, guess - (candidates[0] as number) * 60_000));
  const instants = candidates.map((o) => guess - o * 60_000);
  const exact = instants.filter((i) => i + offsetMinutes(timeZone, i) * 60_000 === guess);
  const instant = exact.length > 0 ? Math.min(...exact) : Math.max(...instants);
  const offset = offsetMinutes(timeZone, instant);
  return `${wallText(instant, offset)}${offsetText(offset)}`;
}

/** ISO 8601 with an offset (or `Z`); seconds and fractions optional. */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;
const PLATFORM_LOCAL = /^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/;

/**
 * A case's timestamp as the wall clock of `timeZone` (`YYYY-MM-DDTHH:mm:ss`, what a
 * `datetime-local` input holds): an ISO timestamp is converted; a platform time
 * (`YYYY-MM-DD HH:mm:ss`) already is one. Undefined for anything else.
 *
 * @example
 * isoToWall('2024-04-15T02:00:00Z', 'Asia/Shanghai'); // '2024-04-15T10:00:00'
 */
export function isoToWall(value: string, timeZone: string): string | undefined {
  if (PLATFORM_LOCAL.test(value)) return value.replace(' ', 'T');
  if (!ISO.test(value)) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) return undefined;
  return wallText(ms, offsetMinutes(timeZone, ms));
}

/**
 * The wall clock of `timeZone` now, to the second (for a "now" button): `YYYY-MM-DDTHH:mm:ss`.
 *
 * @example
 * nowWall('Asia/Shanghai', Date.now());
 */
export function nowWall(timeZone: string, epochMs: number): string {
  const ms = Math.floor(epochMs / 1000) * 1000;
  return wallText(ms, offsetMinutes(timeZone, ms));
}
