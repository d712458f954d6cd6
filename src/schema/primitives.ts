import * as z from 'zod';

/**
 * An ISO 8601 timestamp with an offset (`2024-04-15T10:00:00+08:00` or `…Z`).
 * A timestamp without one is ambiguous across time zones and is rejected.
 */
export const Timestamp = z.iso
  .datetime({ offset: true, error: 'Expected an ISO 8601 timestamp with an offset, e.g. 2024-04-15T10:00:00+08:00' });

/** An amount of CNY yuan: finite, non-negative, at most 2 decimals. */
export const Money = z
  .number({ error: 'Expected an amount in yuan (a number)' })
  .nonnegative({ error: 'An amount of money cannot be negative' })
  .max(1e10, { error: 'An amount of money above 10 000 000 000 yuan is not plausible' })
  .refine((v) => Math.abs(v * 100 - Math.round(v * 100)) < 1e-6, {
    error: 'An amount of money has at most 2 decimals (whole fen)',
  });

/** A whole number of hours or days, used for promises and windows. */
export const WholeNumber = z.number().int().nonnegative().max(100_000);

/** A calendar date `YYYY-MM-DD` (used for rule effective dates). */
export const CalendarDate = z.iso.date();
