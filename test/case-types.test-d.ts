// The public case types: generated with doc comments, yet exactly what zod infers; judge() typed,
// safeJudge() open to anything.
import { describe, expectTypeOf, it } from 'vitest';
import type * as z from 'zod';
import { createJudge, judge, safeJudge, type CaseInput, type ParsedCase } from '../src/index.js';
import { CaseSchema } from '../src/schema/case.js';

describe('case types', () => {
  it('CaseInput is z.input of CaseSchema, ParsedCase z.output', () => {
    expectTypeOf<CaseInput>().toEqualTypeOf<z.input<typeof CaseSchema>>();
    expectTypeOf<ParsedCase>().toEqualTypeOf<z.output<typeof CaseSchema>>();
  });

  it('judge takes a CaseInput: a misspelled platform does not compile', () => {
    const ok: CaseInput = {
      caseId: 'A',
      platform: 'taobao',
      asOf: '2024-04-20T09:00:00+08:00',
      order: { paidAt: '2024-04-15T10:00:00+08:00', amount: 1 },
      claim: { type: 'late_shipment', openedAt: '2024-04-19T10:00:00+08:00' },
    };
    expectTypeOf(judge).parameter(0).toEqualTypeOf<CaseInput>();
    expectTypeOf(createJudge().judge).parameter(0).toEqualTypeOf<CaseInput>();
    // @ts-expect-error 'taobo' is not a platform
    void judge({ ...ok, platform: 'taobo' });
    // @ts-expect-error a misspelled field
    void judge({ ...ok, order: { ...ok.order, paidat: '2024-04-15T10:00:00+08:00' } });
  });

  it('safeJudge takes anything (untrusted input)', () => {
    expectTypeOf(safeJudge).parameter(0).toEqualTypeOf<unknown>();
  });
});
