// The adapters' small functions, as tables: record times and money, the reason table, mergeCase,
// and what an upload flag shows per claim type.
import { describe, expect, it } from 'vitest';
import {
  claimTypeOf,
  DEFAULT_REASONS,
  evidenceFromPhotos,
  fromPinduoduo,
  fromTaobao,
  mergeCase,
  type ReasonTable,
} from '../../src/adapters/index.js';
import { readFen, readTime, readYuan } from '../../src/adapters/read-values.js';

describe('readTime', () => {
  it.each([
    ['2024-04-15 10:00:00', '2024-04-15T10:00:00+08:00', 'platform'],
    ['2024-04-15T10:00:00+08:00', '2024-04-15T10:00:00+08:00', 'iso'],
    ['1551612204', '2019-03-03T19:23:24+08:00', 'unix_s'],
    [1551612204, '2019-03-03T19:23:24+08:00', 'unix_s'],
    [1638792640659, '2021-12-06T20:10:40+08:00', 'unix_ms'],
    ['1638792640659', '2021-12-06T20:10:40+08:00', 'unix_ms'],
  ])('%j → %s (%s)', (raw, iso, format) => {
    expect(readTime(raw)).toEqual({ iso, format });
  });
  it.each([0, '', '0', 'str', '2024-04-15T10:00:00', 12345, null, undefined, 1.5e9 + 0.5])('%j is no time', (raw) => {
    expect(readTime(raw)).toBeUndefined();
  });
});

describe('money', () => {
  it.each([
    ['8.00', 8],
    ['200.07', 200.07],
    [19.9, 19.9],
    ['1', 1],
  ])('yuan %j → %s', (raw, v) => expect(readYuan(raw)).toBe(v));
  it.each([
    [1990, 19.9],
    [100, 1],
    ['27857', 278.57],
    [1, 0.01],
  ])('fen %j → %s yuan', (raw, v) => expect(readFen(raw)).toBe(v));
  it.each([[-1], ['8.00'], [1.5], ['x']])('fen %j is no amount', (raw) => expect(readFen(raw)).toBeUndefined());
});

describe('the reason table', () => {
  it.each([
    ['不想要了', 'not_shipped', 'changed_mind'],
    ['不想要了', 'in_transit', 'changed_mind'],
    ['不想要了', 'received', 'no_reason_return'],
    ['多拍/拍错/不想要', 'received', 'no_reason_return'],
    ['未按约定时间发货', 'not_shipped', 'late_shipment'],
    ['缺货', 'not_shipped', 'out_of_stock'],
    ['商品破损/包装破', 'received', 'damaged_in_transit'],
    ['质量问题', 'received', 'quality'],
    ['与商品描述不符', 'received', 'not_as_described'],
    ['假冒品牌', 'received', 'counterfeit'],
    ['未收到货', 'received', 'not_received'],
    ['虚假发货', undefined, 'fake_shipment'],
  ] as const)('%s (%s) → %s', (reason, state, type) => {
    expect(claimTypeOf(reason, state, DEFAULT_REASONS).type).toBe(type);
  });

  it('a reason whose claim type depends on where the goods are, with the record silent: the caller decides', () => {
    const m = claimTypeOf('不想要了', undefined, DEFAULT_REASONS);
    expect(m.type).toBeUndefined();
    expect(m.type === undefined && m.why).toContain('changed_mind');
  });

  it('a reason no row matches: the fallback decides — "ask" leaves claim.type to the caller, named in missingRequired', () => {
    expect(claimTypeOf('其他', 'received', DEFAULT_REASONS).type).toBeUndefined();
    const r = fromTaobao(
      { refund: { refund_id: '1', reason: '其他', created: '2024-04-15 10:00:00' } },
      { asOf: '2024-04-16 10:00:00' },
    );
    expect(r.missingRequired).toContain('claim.type');
    expect(r.unmapped).toContainEqual(expect.objectContaining({ field: 'refund.reason', value: '其他' }));
  });

  it("a shop's own table replaces the shipped one, and its fallback is used and noted", () => {
    const table: ReasonTable = {
      rows: [{ contains: ['开关失灵'], when: ['received'], type: 'quality' }],
      fallback: 'broken_promise',
    };
    expect(claimTypeOf('开关失灵', 'received', table).type).toBe('quality');
    expect(claimTypeOf('质量问题', 'received', table)).toEqual({ type: 'broken_promise', byFallback: true });
    const r = fromPinduoduo(
      { refund: { id: 1, after_sales_reason: '其他', shipping_status: 0 } },
      { asOf: '2024-04-16 10:00:00', reasons: table },
    );
    expect(r.case.claim?.type).toBe('broken_promise');
    expect(r.assumptions).toContainEqual(
      expect.objectContaining({ fact: 'claim.type', note: expect.stringContaining('fallback broken_promise') }),
    );
  });

  it('a table without a fallback is refused', () => {
    expect(() => claimTypeOf('x', undefined, { rows: [] } as unknown as ReasonTable)).toThrow(/fallback/);
  });
});

describe('mergeCase', () => {
  it('later parts win, every fact given differently is listed, null is dropped', () => {
    const { case: c, conflicts } = mergeCase(
      { order: { amount: 19.9, freeShipping: true }, claim: { type: 'changed_mind' } },
      { order: { amount: 18 }, claim: { type: 'no_reason_return', openedAt: '2024-04-15 10:00:00' } },
      { order: { freeShipping: null } } as never,
    );
    expect(c).toEqual({
      order: { amount: 18, freeShipping: true },
      claim: { type: 'no_reason_return', openedAt: '2024-04-15 10:00:00' },
    });
    expect(conflicts).toEqual([
      { path: 'order.amount', values: [19.9, 18], kept: 18 },
      { path: 'claim.type', values: ['changed_mind', 'no_reason_return'], kept: 'no_reason_return' },
    ]);
  });
});

describe('an upload flag, per claim type', () => {
  it.each([
    ['quality', { buyerPhotos: true, defectPhotoOrVideo: true }],
    ['not_as_described', { buyerPhotos: true, defectPhotoOrVideo: true }],
    ['wrong_item', { buyerPhotos: true }],
    ['damaged_in_transit', { buyerPhotos: true }],
    ['counterfeit', { buyerPhotos: true }],
    ['late_shipment', {}],
  ] as const)('%s → %j', (type, evidence) => {
    expect(evidenceFromPhotos(type, true)).toEqual(evidence);
    expect(evidenceFromPhotos(type, false)).toEqual({});
  });
});
