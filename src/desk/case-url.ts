/// <reference lib="dom" />
// The page's state in its URL fragment: `#case=<base64url of the case JSON>&lang=en`. A fragment
// never reaches a server, so a shared link carries the case and nothing is sent anywhere.

import type { Lang } from '../cli/i18n.js';

/**
 * UTF-8 text as base64url without padding (RFC 4648 §5).
 *
 * @example
 * toBase64Url('{"a":"淘宝"}'); // 'eyJhIjoi5reY5a6dIn0'
 */
export function toBase64Url(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * base64url (padded or not) back to UTF-8 text; undefined when it is not base64url of UTF-8.
 *
 * @example
 * fromBase64Url('eyJhIjoi5reY5a6dIn0'); // '{"a":"淘宝"}'
 */
export function fromBase64Url(encoded: string): string | undefined {
  if (!/^[A-Za-z0-9_-]*={0,2}$/.test(encoded)) return undefined;
  const b64 = encoded.replace(/=+$/, '').replace(/-/g, '+').replace(/_/g, '/');
  if (b64.length % 4 === 1) return undefined;
  try {
    const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4));
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0));
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** What a fragment holds: the case's JSON text (as encoded: it may be invalid JSON), the language. */
export interface PageState {
  /** The JSON text of the case; undefined when the fragment has none. */
  readonly caseText?: string;
  /** `case=` was there but is not base64url of UTF-8 text. */
  readonly caseUnreadable?: true;
  readonly lang?: Lang;
}

/**
 * Reads `#case=…&lang=…` (either order, either may be missing; other keys are ignored).
 *
 * @example
 * readFragment('#lang=en'); // { lang: 'en' }
 */
export function readFragment(fragment: string): PageState {
  const out: { caseText?: string; caseUnreadable?: true; lang?: Lang } = {};
  for (const pair of fragment.replace(/^#/, '').split('&')) {
    const eq = pair.indexOf('=');
    if (eq < 0) continue;
    const key = pair.slice(0, eq);
    const value = pair.slice(eq + 1);
    if (key === 'lang' && (value === 'zh' || value === 'en')) out.lang = value;
    if (key === 'case') {
      const text = fromBase64Url(value);
      if (text === undefined) out.caseUnreadable = true;
      else out.caseText = text;
    }
  }
  return out;
}

/**
 * The fragment for a case (any JSON value; undefined: none) and a language: `#case=…&lang=en`;
 * Chinese, the default, is left out.
 *
 * @example
 * writeFragment({ caseId: 'X' }, 'en'); // '#case=eyJjYXNlSWQiOiJYIn0&lang=en'
 */
export function writeFragment(caseValue: unknown, lang: Lang): string {
  const parts: string[] = [];
  if (caseValue !== undefined) parts.push(`case=${toBase64Url(JSON.stringify(caseValue))}`);
  if (lang !== 'zh') parts.push(`lang=${lang}`);
  return parts.length > 0 ? `#${parts.join('&')}` : '';
}
