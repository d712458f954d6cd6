// Derived facts count calendar days without a Date per case (src/facts/zone-days.ts: cached day
// starts per zone and day; src/facts/derive-facts.ts: epoch-ms arithmetic). Here they are held to
// date-fns + @date-fns/tz, as the facts were computed before, on many instants: spread over
// 2000–2100 (3,000 per zone in `npm test`, 15,000 under `npm run test:full`, ZONE_DAYS_UNIFORM sets
// it; test/helpers/sizes.ts) and every 7 minutes around each DST change of 2015–2030 (always).
import { TZDate } from '@date-fns/tz';
import { addDays, differenceInCalendarDays, parseISO, startOfDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoMs, windowEnd } from '../src/facts/derive-facts.js';
import { localDateOf, localDayOf } from '../src/facts/zone-days.js';
import { sizeOf } from './helpers/sizes.js';

const ZONES = ['America/New_York', 'Europe/Berlin', 'Asia/Shanghai', 'Australia/Lord_Howe'] as const;
const HOUR = 3_600_000;
const MIN_MS = Date.UTC(2000, 0, 1);
const MAX_MS = Date.UTC(2100, 11, 31);
const UNIFORM = sizeOf('ZONE_DAYS_UNIFORM', { quick: 3_000, full: 15_000 });

/** Instants: uniform over the years, plus every 7 minutes for two days around each DST change of 2015–2030. */
function instants(zone: string): number[] {
  const out: number[] = [];
  let x = 12345;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let i = 0; i < UNIFORM; i++) out.push(Math.floor(MIN_MS + rnd() * (MAX_MS - MIN_MS)));
  const offset = (ms: number) => new TZDate(ms, zone).getTimezoneOffset();
  for (let t = Date.UTC(2015, 0, 1); t < Date.UTC(2031, 0, 1); t += 6 * HOUR) {
    if (offset(t) === offset(t + 6 * HOUR)) continue;
    for (let u = t - 24 * HOUR; u < t + 30 * HOUR; u += 7 * 60_000 + 13) out.push(u);
  }
  return out;
}

const reference = (ms: number, days: number, zone: string) =>
  addDays(startOfDay(new TZDate(ms, zone)), days + 1).getTime();

describe('calendar days in a zone, without a Date per case, equal date-fns + @date-fns/tz', () => {
  let total = 0;
  for (const zone of ZONES) {
    it(`window ends, calendar-day differences and local dates in ${zone}`, { timeout: 120_000 }, () => {
      const all = instants(zone);
      const fmt = new Intl.DateTimeFormat('en-CA', {
        timeZone: zone,
        year: 'numeric',
        month: '2-digit',
        day: '2-digit',
      });
      let prev = all[0] as number;
      for (const ms of all) {
        const days = ms % 3 === 0 ? 7 : ms % 3 === 1 ? 15 : 0;
        const mine = windowEnd(ms, days, zone);
        if (mine !== reference(ms, days, zone))
          expect.fail(`${zone} ${new Date(ms).toISOString()} +${days}: ${mine} vs ${reference(ms, days, zone)}`);
        const diff = localDayOf(ms, zone) - localDayOf(prev, zone);
        const want = differenceInCalendarDays(new TZDate(ms, zone), new TZDate(prev, zone));
        if (diff !== want)
          expect.fail(`${zone} ${new Date(prev).toISOString()} → ${new Date(ms).toISOString()}: ${diff} vs ${want}`);
        if (localDateOf(ms, zone) !== fmt.format(ms))
          expect.fail(`${zone} ${new Date(ms).toISOString()}: ${localDateOf(ms, zone)} vs ${fmt.format(ms)}`);
        prev = ms;
      }
      total += all.length;
      expect(all.length).toBeGreaterThanOrEqual(UNIFORM);
    });
  }
  it('checked the uniform instants of every zone and about 15,000 around the DST changes of each zone that has them', () => {
    expect(total).toBeGreaterThanOrEqual(ZONES.length * UNIFORM + 3 * 14_000);
  });

  it('reads ISO timestamps as parseISO does', () => {
    const offsets = ['Z', '+08:00', '-05:00', '+05:45', '-00:30', '+14:00'];
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_MS, max: MAX_MS }),
        fc.constantFrom(...offsets),
        fc.constantFrom('s', 'm', 'f3', 'f6'),
        (ms, off, form) => {
          const sign = off === 'Z' ? 0 : off.startsWith('-') ? -1 : 1;
          const offMin = off === 'Z' ? 0 : sign * (Number(off.slice(1, 3)) * 60 + Number(off.slice(4, 6)));
          const local = new Date(ms + offMin * 60_000).toISOString();
          const text = `${form === 'm' ? local.slice(0, 16) : form === 's' ? local.slice(0, 19) : form === 'f3' ? local.slice(0, 23) : `${local.slice(0, 23)}417`}${off}`;
          expect(isoMs(text)).toBe(parseISO(text).getTime());
        },
      ),
      { numRuns: 100_000, seed: 20_261_130 },
    );
  });
});
