// JSON merge patch (RFC 7386) as `whatIf` and the doors apply it: members replace, `null` removes,
// objects merge, and a member named `__proto__` in patch text is a member like any other.
import { describe, expect, it } from 'vitest';
import { applyMergePatch, CaseValidationError, whatIf } from '../src/index.js';
import { LATE } from './agent/cases.js';

describe('applyMergePatch', () => {
  it('replaces, removes with null and merges objects, leaving both inputs as they were', () => {
    const target = { a: 1, b: { c: 2, d: 3 }, e: [1] };
    const patch = { a: 5, b: { c: null, f: 4 }, e: null, g: { h: 1 } };
    expect(applyMergePatch(target, patch)).toEqual({ a: 5, b: { d: 3, f: 4 }, g: { h: 1 } });
    expect(target).toEqual({ a: 1, b: { c: 2, d: 3 }, e: [1] });
    expect(patch).toEqual({ a: 5, b: { c: null, f: 4 }, e: null, g: { h: 1 } });
  });

  it('keeps a "__proto__" member of patch text as an own member, never as the prototype', () => {
    const patch = JSON.parse('{"order":{"__proto__":{"amount":1}},"__proto__":{"shipment":{}}}') as object;
    const out = applyMergePatch({ order: { paidAt: 'x' } }, patch) as Record<string, Record<string, unknown>>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(out.order)).toBe(Object.prototype);
    expect(Object.keys(out)).toEqual(['order', '__proto__']);
    expect(Object.keys(out.order!)).toEqual(['paidAt', '__proto__']);
    expect('shipment' in out).toBe(false);
    expect(out.order!.amount).toBeUndefined();
    expect(({} as Record<string, unknown>).shipment).toBeUndefined();
  });

  it('a case patched with a "__proto__" member is refused by the case check, with its path', async () => {
    const patch = JSON.parse('{"order":{"__proto__":{"amount":1}}}') as Record<string, unknown>;
    const refused = await whatIf(LATE, patch).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(CaseValidationError);
    expect((refused as CaseValidationError).issues.map((i) => i.path)).toEqual(['order.__proto__']);
  });
});
