import * as z from 'zod';

/** The years a case's timestamps may name: earlier or later is a typo, not an order. */
export const TIMESTAMP_YEARS = { min: 2000, max: 2100 } as const;

/** `YYYY-MM-DD HH:mm:ss`: how the platforms' APIs write a time, in the platform's own zone. */
export const PLATFORM_LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2}) (\d{2}):(\d{2}):(\d{2})$/;

const ISO_MESSAGE =
  'Expected an ISO 8601 timestamp with an offset (2024-04-15T10:00:00+08:00) or a platform time YYYY-MM-DD HH:mm:ss';

/** An ISO 8601 timestamp with an offset (`2024-04-15T10:00:00+08:00` or `…Z`). */
const IsoTimestamp = z.iso.datetime({ offset: true });
/**
 * The pattern `IsoTimestamp` checks a string with (all its check does): tested directly, a
 * timestamp costs one regular expression, not a nested parse.
 */
const ISO_TIMESTAMP_PATTERN: RegExp = (IsoTimestamp._zod.def as { pattern: RegExp }).pattern;

/** Whether year, month, day, hour, minute and second name a real calendar time. */
function realLocalTime(text: string): boolean {
  const m = PLATFORM_LOCAL_PATTERN.exec(text);
  if (!m) return false;
  const [y, mo, d, h, mi, s] = m.slice(1).map(Number) as [number, number, number, number, number, number];
  const t = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d && h < 24 && mi < 60 && s < 60;
}

/** A `T` time with minutes but no seconds, with or without an offset; a platform time without seconds. */
const NO_SECONDS = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(Z|[+-]\d{2}:?\d{2})?$/i;
/** A `T` time with seconds and no offset. */
const NO_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/;
/** Looks like a date and time, written the right way, that names no real time (2024-02-30, 25:00). */
const DATE_TIME_SHAPE = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})?$/;

/**
 * What is wrong with a timestamp that is neither form: its seconds missing, its offset missing,
 * a time that does not exist, or another format.
 *
 * @example
 * timestampFault('2024-04-15T10:00+08:00'); // 'The seconds are missing: write 2024-04-15T10:00:00+08:00'
 */
export function timestampFault(v: string): string {
  if (NO_SECONDS.test(v)) {
    const fixed = v.replace(/^(\S{10}[T ]\d{2}:\d{2})/, '$1:00');
    return `The seconds are missing: write ${fixed}${/[T]/.test(v) && !/(Z|[+-]\d{2}:?\d{2})$/i.test(v) ? '+08:00 (with the offset of its zone)' : ''}`;
  }
  if (NO_OFFSET.test(v))
    return `The offset is missing: write ${v}+08:00 (or the offset of its zone, or Z for UTC); a time without one means different moments in different zones. Or give a platform time, ${v.replace('T', ' ').replace(/\.\d+$/, '')}`;
  if (DATE_TIME_SHAPE.test(v)) return `${v.length > 40 ? `${v.slice(0, 40)}…` : v} is not a real date and time`;
  return ISO_MESSAGE;
}

/** The check behind `Timestamp`: either form, a real date, a year in range. */
const timestampCheck = z.superRefine((v: string, ctx) => {
  if (!ISO_TIMESTAMP_PATTERN.test(v) && !realLocalTime(v)) {
    ctx.issues.push({ code: 'invalid_format', format: 'datetime', input: v, message: timestampFault(v) });
    return;
  }
  const year = Number(v.slice(0, 4));
  if (year < TIMESTAMP_YEARS.min || year > TIMESTAMP_YEARS.max) {
    ctx.issues.push({
      code: 'custom',
      input: v,
      params: { code: 'out_of_range' },
      message: `A timestamp's year is ${TIMESTAMP_YEARS.min}–${TIMESTAMP_YEARS.max}; ${v.slice(0, 4)} is a typo`,
    });
  }
});

/**
 * A point in time, in one of two forms:
 * - ISO 8601 with an offset: `2024-04-15T10:00:00+08:00` or `…Z`. A `T` form without an offset is
 *   ambiguous across time zones and is rejected.
 * - A platform time `2024-04-15 10:00:00` (exactly `YYYY-MM-DD HH:mm:ss`, as the platforms' APIs
 *   return it): read in the time zone `pack.json` gives the case's platform; the judge turns it into
 *   ISO with that offset before anything reads it, and the verdict echoes that form.
 *
 * The year is 2000–2100 as written. The JSON Schema says both forms (`anyOf`).
 */
export const Timestamp = z
  .string({
    error: (iss) =>
      iss.input === undefined
        ? 'Missing: expected a timestamp such as 2024-04-15T10:00:00+08:00'
        : `${ISO_MESSAGE}; got ${iss.input === null ? 'null' : typeof iss.input}`,
  })
  .check(timestampCheck)
  .meta({ anyOf: [{ format: 'date-time' }, { pattern: PLATFORM_LOCAL_PATTERN.source.replace(/[()]/g, '') }] });

/** Whether a (possibly wrapped, possibly `.meta()`-cloned) schema is `Timestamp`. */
export function isTimestamp(schema: z.ZodType): boolean {
  const def = schema._zod.def as { type: string; checks?: readonly unknown[] };
  return def.type === 'string' && (def.checks ?? []).includes(timestampCheck);
}

/** Whether a string is a platform time (`YYYY-MM-DD HH:mm:ss`, no offset). */
export const isPlatformLocal = (v: string): boolean => PLATFORM_LOCAL_PATTERN.test(v);

/**
 * Whether a number is a whole number of fen exactly: its shortest decimal form has at most two
 * decimals. `199.999999999` and `1e-9` are not, whatever the floating-point distance to a fen.
 */
export const wholeFen = (v: number): boolean => Number(v.toFixed(2)) === v;

/** What a money field's JSON Schema says, since `multipleOf: 0.01` fails 9.95 in floating point. */
export const MONEY_RULE = 'Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.';

/** An amount of CNY yuan: finite, non-negative, at most 2 decimals exactly. */
export const Money = z
  .number({
    error: (iss) =>
      iss.input === undefined
        ? 'Missing: expected an amount in yuan (a number)'
        : typeof iss.input === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(iss.input)
          ? `Send the amount as a JSON number, not a string: ${iss.input.trim()} without the quotes`
          : 'Expected an amount in yuan (a number)',
  })
  .nonnegative({ error: 'An amount of money cannot be negative' })
  .max(1e10, { error: 'An amount of money above 10 000 000 000 yuan is not plausible' })
  .refine(wholeFen, {
    error: 'An amount of money has at most 2 decimals (whole fen)',
  });

/** A whole number of hours or days, used for promises and windows. */
export const WholeNumber = z.number().int().nonnegative().max(100_000);

/** A calendar date `YYYY-MM-DD` (used for rule effective dates). */
export const CalendarDate = z.iso.date();
