/// <reference lib="dom" />
// Form values ⇄ case facts, and setting one fact of a case. Pure: no DOM, no judge. The case is
// edited field by field (never rebuilt from the form), so whatever the form cannot show — an
// unknown key in pasted JSON, a value of the wrong type — stays for the judge to report.
import type { ControlKind } from './fields.js';
import { isoToWall, wallToIso } from './zoned-time.js';

/** A case as the page holds it: whatever JSON object was pasted, loaded or built. */
export type CaseObject = Record<string, unknown>;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The value at a dotted path (`order.paidAt`), or undefined.
 *
 * @example
 * getFact({ order: { amount: 199 } }, 'order.amount'); // 199
 */
export function getFact(c: unknown, fact: string): unknown {
  let at: unknown = c;
  for (const key of fact.split('.')) {
    if (!isObject(at) || !Object.hasOwn(at, key)) return undefined;
    at = at[key];
  }
  return at;
}

/**
 * A copy of the case with one fact set, or removed when `value` is undefined. Objects on the way
 * are created (or replace a non-object); a section left empty by a removal goes too, unless it is
 * in `keep` (`order`, `claim`, `shipment`: there its presence is a fact of its own).
 *
 * @example
 * withFact({ caseId: 'X' }, 'claim.escalated', true); // { caseId: 'X', claim: { escalated: true } }
 */
export function withFact(c: unknown, fact: string, value: unknown, keep: ReadonlySet<string> = new Set()): CaseObject {
  const keys = fact.split('.');
  const set = (obj: unknown, depth: number): CaseObject => {
    const copy: CaseObject = isObject(obj) ? { ...obj } : {};
    const key = keys[depth] as string;
    if (depth === keys.length - 1) {
      if (value === undefined) delete copy[key];
      else copy[key] = value;
      return copy;
    }
    const child = set(copy[key], depth + 1);
    const path = keys.slice(0, depth + 1).join('.');
    if (Object.keys(child).length === 0 && value === undefined && !keep.has(path)) delete copy[key];
    else copy[key] = child;
    return copy;
  };
  return set(c, 0);
}

/** What a control's text gives: a value, no value (the fact left out), or text that is not one. */
export type ParsedInput =
  { readonly ok: true; readonly value: unknown } | { readonly ok: false; readonly problem: 'time' | 'number' };

/**
 * The fact value of a control's text: `''` leaves the fact out; a date-time is read in the
 * platform's `timeZone` and becomes ISO 8601 with its offset; money and numbers become numbers
 * (the judge checks fen and ranges and says so at the field's path); `true` / `false` booleans;
 * `present` makes a section (`{}`).
 *
 * @example
 * parseInput('timestamp', '2024-04-15T10:00', 'Asia/Shanghai'); // { ok: true, value: '2024-04-15T10:00:00+08:00' }
 * parseInput('boolean', '', 'Asia/Shanghai'); // { ok: true, value: undefined }
 */
export function parseInput(kind: ControlKind, raw: string, timeZone: string): ParsedInput {
  const text = kind === 'text' ? raw : raw.trim();
  if (text === '') return { ok: true, value: undefined };
  switch (kind) {
    case 'timestamp': {
      const iso = wallToIso(text, timeZone);
      return iso === undefined ? { ok: false, problem: 'time' } : { ok: true, value: iso };
    }
    case 'money':
    case 'whole':
    case 'number': {
      const n = Number(text);
      return Number.isFinite(n) ? { ok: true, value: n } : { ok: false, problem: 'number' };
    }
    case 'boolean':
      return { ok: true, value: text === 'true' ? true : text === 'false' ? false : undefined };
    case 'section':
      return { ok: true, value: {} };
    default:
      return { ok: true, value: text };
  }
}

/**
 * The control's text for a fact value: the inverse of `parseInput`. A value the control cannot
 * hold (a timestamp without an offset, a number as a string) gives `''`; the judge reports it.
 *
 * @example
 * toInput('timestamp', '2024-04-15T10:00:00+08:00', 'Asia/Shanghai'); // '2024-04-15T10:00:00'
 */
export function toInput(kind: ControlKind, value: unknown, timeZone: string): string {
  if (value === undefined) return '';
  switch (kind) {
    case 'timestamp':
      return typeof value === 'string' ? (isoToWall(value, timeZone) ?? '') : '';
    case 'money':
    case 'whole':
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? String(value) : '';
    case 'boolean':
      return typeof value === 'boolean' ? String(value) : '';
    case 'section':
      return isObject(value) ? 'present' : '';
    default:
      return typeof value === 'string' ? value : '';
  }
}

/**
 * Whether a control can show the case's value as it is: false for a value the judge will reject
 * (wrong type) or one the control would rewrite (a timestamp the form re-encodes is fine; an
 * unreadable one is not).
 */
export function representable(kind: ControlKind, value: unknown, timeZone: string): boolean {
  return value === undefined || toInput(kind, value, timeZone) !== '';
}

/** The time zone of the case's platform, from the pack's `timeZones`; `fallback` for none or an unknown platform. */
export function zoneOf(c: unknown, timeZones: Readonly<Record<string, string>>, fallback: string): string {
  const platform = getFact(c, 'platform');
  return typeof platform === 'string' && Object.hasOwn(timeZones, platform)
    ? (timeZones[platform] as string)
    : fallback;
}
