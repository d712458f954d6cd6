// Messages a caller can act on: a missing object or field says it is missing, a timestamp says
// what is wrong with it, money sent as a string says to send the number, and no zod default
// wording ("Invalid input: expected object, received undefined") reaches a user.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeJudge, type Issue } from '../src/index.js';

type Case = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Case =>
  JSON.parse(readFileSync(join(import.meta.dirname, 'cli', 'fixtures', 'cases', 'late-shipment.json'), 'utf8'));

async function issuesOf(change: (c: Case) => unknown): Promise<Issue[]> {
  const c = base();
  const changed = change(c);
  const r = await safeJudge(changed === undefined ? c : changed);
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}

/** zod's own wording, as its English locale writes it. */
const ZOD_DEFAULT =
  /Invalid input|Invalid option|Invalid string|Invalid element|Invalid key|Too big|Too small|, received /;

describe('issue messages', () => {
  it('a missing required object or field says it is missing, by name', async () => {
    expect(await issuesOf((c) => void delete c.order)).toEqual([
      { code: 'invalid_type', path: 'order', message: 'The required object "order" is missing: expected an object' },
    ]);
    expect(await issuesOf((c) => void delete c.order.amount)).toEqual([
      expect.objectContaining({
        path: 'order.amount',
        message: expect.stringMatching(/^The required field "amount" is missing: expected an amount in yuan/),
      }),
    ]);
  });

  it('a missing asOf is missing, not a bad timestamp', async () => {
    const [issue] = await issuesOf((c) => void delete c.asOf);
    expect(issue?.path).toBe('asOf');
    expect(issue?.message).toMatch(/^The required field "asOf" is missing: expected a timestamp/);
    expect(issue?.message).not.toMatch(/ISO 8601|offset/);
  });

  it.each([
    ['2015-04-15T10:00+08:00', /^The seconds are missing: write 2015-04-15T10:00:00\+08:00$/],
    ['2015-04-15 10:00', /^The seconds are missing: write 2015-04-15 10:00:00$/],
    ['2015-04-15T10:00:00', /^The offset is missing: write 2015-04-15T10:00:00\+08:00 /],
    ['2015-02-30T10:00:00+08:00', /is not a real date and time$/],
    ['15 April 2015', /^Expected an ISO 8601 timestamp with an offset/],
  ])('a timestamp %s says what is wrong with it', async (value, message) => {
    const [issue] = await issuesOf((c) => void (c.order.paidAt = value));
    expect(issue).toMatchObject({ code: 'invalid_format', path: 'order.paidAt' });
    expect(issue?.message).toMatch(message);
  });

  it('money sent as a string ("129.00", as Java and PHP clients send it) says to send the number', async () => {
    expect(await issuesOf((c) => void (c.order.amount = '129.00'))).toEqual([
      {
        code: 'invalid_type',
        path: 'order.amount',
        message: 'Send the amount as a JSON number, not a string: 129.00 without the quotes',
      },
    ]);
  });

  it('no zod default wording reaches a user, whatever is wrong', async () => {
    const breakers: ((c: Case) => unknown)[] = [
      () => undefined,
      () => 'a string',
      () => [],
      (c) => void delete c.order,
      (c) => void delete c.caseId,
      (c) => void delete c.platform,
      (c) => void delete c.claim,
      (c) => void (c.platform = 'ebay'),
      (c) => void (c.caseId = ''),
      (c) => void (c.caseId = 'x'.repeat(500)),
      (c) => void (c.order = 'order'),
      (c) => void (c.order = []),
      (c) => void (c.order.amount = true),
      (c) => void (c.order.amount = -1),
      (c) => void (c.order.amount = 1e12),
      (c) => void (c.order.amount = 'lots'),
      (c) => void (c.shipment.status = 42),
      (c) => void (c.claim.type = 'whatever'),
      (c) => void (c.asOf = 20150415),
      (c) => void (c.shopPolicy = { returnWindowDays: '15' }),
      (c) => void (c.shopPolicy = { returnWindowDays: 1.5 }),
      (c) => void (c.shopPolicy = { returnWindowDays: -1 }),
      (c) => void (c.evidence = 'none'),
    ];
    const messages: string[] = [];
    for (const breaker of breakers) {
      const c = base();
      const changed = breaker(c);
      const r = await safeJudge(breaker.length === 0 ? changed : c);
      expect(r.ok, String(breaker)).toBe(false);
      if (!r.ok) messages.push(...r.issues.map((i) => i.message));
    }
    expect(messages.filter((m) => ZOD_DEFAULT.test(m))).toEqual([]);
    expect(messages.length).toBeGreaterThanOrEqual(breakers.length);
  });
});
