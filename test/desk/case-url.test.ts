// The desk page's URL fragment: `#case=` base64url of the case JSON (UTF-8), `&lang=en`.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fromBase64Url, readFragment, toBase64Url, writeFragment } from '../../src/desk/case-url.js';

const root = join(import.meta.dirname, '..', '..');
const lateShipment = JSON.parse(readFileSync(join(root, 'examples', 'late-shipment.json'), 'utf8')) as unknown;

describe('base64url', () => {
  it('round-trips UTF-8 text, Chinese and astral characters included', () => {
    for (const text of ['', 'a', 'ab', 'abc', '{"caseId":"淘宝-001"}', '😀 买家', 'x'.repeat(100_000)]) {
      const encoded = toBase64Url(text);
      expect(encoded).toMatch(/^[A-Za-z0-9_-]*$/);
      expect(fromBase64Url(encoded)).toBe(text);
    }
  });

  it('is the RFC 4648 §5 alphabet without padding', () => {
    expect(toBase64Url('\u00fb\u00ff')).toBe(Buffer.from('\u00fb\u00ff').toString('base64url'));
    expect(toBase64Url('{"a":"淘宝"}')).toBe(Buffer.from('{"a":"淘宝"}').toString('base64url'));
    expect(fromBase64Url('eyJhIjoi5reY5a6dIn0=')).toBe('{"a":"淘宝"}');
  });

  it('says undefined for text that is not base64url of UTF-8', () => {
    expect(fromBase64Url('a+b/')).toBeUndefined();
    expect(fromBase64Url('abcde')).toBeUndefined();
    expect(fromBase64Url('_w')).toBeUndefined(); // 0xff: not UTF-8
  });
});

describe('the fragment', () => {
  it('carries the case and the language, and reads back what it wrote', () => {
    const fragment = writeFragment(lateShipment, 'en');
    expect(fragment).toMatch(/^#case=[A-Za-z0-9_-]+&lang=en$/);
    const state = readFragment(fragment);
    expect(state.lang).toBe('en');
    expect(JSON.parse(state.caseText ?? '')).toEqual(lateShipment);
  });

  it('leaves Chinese, the default, and a missing case out', () => {
    expect(writeFragment(undefined, 'zh')).toBe('');
    expect(writeFragment(undefined, 'en')).toBe('#lang=en');
    expect(writeFragment({ caseId: 'X' }, 'zh')).toBe('#case=eyJjYXNlSWQiOiJYIn0');
  });

  it('reads either order, ignores other keys and languages it does not know', () => {
    expect(readFragment('#lang=en&case=eyJjYXNlSWQiOiJYIn0&x=1')).toEqual({ lang: 'en', caseText: '{"caseId":"X"}' });
    expect(readFragment('#lang=fr')).toEqual({});
    expect(readFragment('')).toEqual({});
  });

  it('marks a case it cannot decode instead of throwing', () => {
    expect(readFragment('#case=%%%')).toEqual({ caseUnreadable: true });
  });
});
