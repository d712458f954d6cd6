import { PLATFORM_LOCAL_PATTERN } from '../schema/primitives.js';

/** How a time was written in the record. */
export type TimeFormat = 'iso' | 'platform' | 'unix_s' | 'unix_ms';

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/;
const BEIJING_MS = 8 * 3_600_000;

/** An instant as Beijing wall-clock time with its offset: `2024-04-15T10:00:00+08:00`. */
export function beijingIso(ms: number): string {
  return `${new Date(ms + BEIJING_MS).toISOString().slice(0, 19)}+08:00`;
}

/** Whether a record value means "no time" (PDD writes 0 or "" for a time not set). */
export const noTime = (v: unknown): boolean => v === undefined || v === null || v === '' || v === 0 || v === '0';

/**
 * A record's time as ISO with an offset: ISO passes through; `YYYY-MM-DD HH:mm:ss` is read as
 * Beijing time (every platform API and Chinese carrier writes it so); 10 digits are unix seconds,
 * 13 digits unix milliseconds (as a number or a string). Undefined for anything else.
 *
 * @example
 * readTime('1551612204'); // { iso: '2019-03-03T19:23:24+08:00', format: 'unix_s' }
 */
export function readTime(v: unknown): { iso: string; format: TimeFormat } | undefined {
  if (typeof v === 'string' && ISO_WITH_OFFSET.test(v)) return { iso: v, format: 'iso' };
  if (typeof v === 'string' && PLATFORM_LOCAL_PATTERN.test(v))
    return { iso: `${v.slice(0, 10)}T${v.slice(11)}+08:00`, format: 'platform' };
  const digits = typeof v === 'number' && Number.isInteger(v) && v > 0 ? String(v) : typeof v === 'string' ? v : '';
  if (/^\d{10}$/.test(digits)) return { iso: beijingIso(Number(digits) * 1000), format: 'unix_s' };
  if (/^\d{13}$/.test(digits)) return { iso: beijingIso(Number(digits)), format: 'unix_ms' };
  return undefined;
}

/** What each time format is called in an assumption note. */
export const TIME_FORMAT_NOTE: Readonly<Record<TimeFormat, string>> = {
  iso: 'ISO 8601 with its offset, as given',
  platform: 'YYYY-MM-DD HH:mm:ss read as Beijing time (UTC+8)',
  unix_s: 'read as unix seconds (10 digits), written as Beijing time',
  unix_ms: 'read as unix milliseconds (13 digits), written as Beijing time',
};

const round2 = (x: number) => Math.round(x * 100) / 100;

/** Yuan written as a decimal string (`"8.00"`) or number; undefined when not a finite non-negative amount. */
export function readYuan(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim()) ? Number(v) : typeof v === 'number' ? v : NaN;
  return Number.isFinite(n) && n >= 0 ? round2(n) : undefined;
}

/** Fen written as a whole number (or a string of digits), in yuan; undefined otherwise. */
export function readFen(v: unknown): number | undefined {
  const n = typeof v === 'string' && /^\d+$/.test(v.trim()) ? Number(v) : typeof v === 'number' ? v : NaN;
  return Number.isInteger(n) && n >= 0 ? round2(n / 100) : undefined;
}

/** A record object's field (records are JSON: anything else is read as absent). */
export function field(o: unknown, key: string): unknown {
  return o !== null && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>)[key] : undefined;
}

/** A record value as text, for reason matching and notes. */
export const text = (v: unknown): string => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : '');
