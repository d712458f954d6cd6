// Properties of the adapters over generated records (fixed seed, so a failure reproduces): they
// never emit null or a not-shown false; every draft, with the required fields it names filled in,
// passes CaseSchema; and the traps hold — confirm-receipt never becomes deliveredAt, the ship
// click never becomes the first scan, fen and yuan are never mixed.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromPinduoduo, fromTaobao, fromTrace, mergeCase, type AdapterResult } from '../../src/adapters/index.js';
import { saysNothing } from '../../src/adapters/draft.js';
import { beijingIso } from '../../src/adapters/read-values.js';
import { CaseSchema } from '../../src/schema/case.js';
import { ClaimType } from '../../src/schema/vocabulary.js';

const RUNS = 300;
const params = { numRuns: RUNS, seed: 20261207, endOnFailure: true } as const;

// Instants between 2020 and 2025, written in one of the formats the records use.
const T0 = Date.UTC(2020, 0, 1);
const instant = fc.integer({ min: 0, max: 5 * 365 * 86_400 }).map((s) => T0 + s * 1000);
const platformString = (ms: number) => beijingIso(ms).slice(0, 19).replace('T', ' ');
const written = (ms: number) =>
  fc.constantFrom(platformString(ms), String(ms / 1000), ms / 1000, ms, String(ms), beijingIso(ms));
const time = instant.chain(written);
const maybe = <T>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const anyValue = fc.oneof(fc.constant(null), fc.constant(''), fc.constant(0), fc.boolean(), fc.string(), fc.integer());
const reason = fc.constantFrom(
  '不想要了',
  '质量问题',
  '未收到货',
  '缺货',
  '发错货',
  '破损',
  '其他',
  '',
  '七天无理由',
  '拒收',
);

const pddStep = fc.record({
  status_time: time,
  status_desc: fc.constantFrom('已揽收', '运输中', '已签收', '驿站代收', ''),
  action: fc.constantFrom(
    'GOT',
    'SEND',
    'SIGN',
    'SIGN_ON_BEHALF',
    'ARRIVAL',
    'DEPARTURE',
    'REJECTION',
    'RETURN',
    'IN_CABINET',
    'OUT_CABINET',
    'FAIL',
    'OTHER',
  ),
});
const pddRecords = fc.record({
  refund: fc.record(
    {
      id: fc.integer({ min: 1, max: 1e9 }),
      after_sales_reason: reason,
      after_sales_type: fc.integer({ min: 0, max: 6 }),
      after_sales_status: fc.integer({ min: 0, max: 33 }),
      shipping_status: fc.constantFrom(0, 1),
      user_shipping_status: fc.constantFrom('0', '1', '2', 'str'),
      created_time: time,
      order_amount: fc.oneof(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.integer({ min: 0, max: 100_000 }).map((f) => (f / 100).toFixed(2)),
      ),
      refund_amount: fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.constant('8.00')),
      exist_images: fc.boolean(),
      join_or_not: fc.constantFrom('0', '1', 'str'),
      recreated_at: maybe(time),
      junk: anyValue,
    },
    { requiredKeys: [] },
  ),
  order: maybe(
    fc.record(
      {
        pay_time: time,
        shipping_time: time,
        receive_time: time,
        last_ship_time: time,
        pay_amount: fc.integer({ min: 0, max: 100_000 }).map((f) => f / 100),
        postage: fc.constantFrom(0, 5, 10.5),
        is_pre_sale: fc.constantFrom(0, 1),
        pre_sale_time: time,
        is_stock_out: fc.constantFrom(0, 1),
        return_freight_payer: fc.constantFrom(0, 1),
        free_sf: fc.constantFrom(0, 1),
        order_status: fc.constantFrom(1, 2, 3),
      },
      { requiredKeys: [] },
    ),
  ),
  trace: maybe(fc.record({ trace_list: fc.array(pddStep, { maxLength: 6 }) })),
});

const tbRecords = fc.record({
  refund: fc.record(
    {
      refund_id: fc.string({ minLength: 1, maxLength: 12 }),
      oid: fc.constant('1'),
      created: time,
      status: fc.constantFrom('WAIT_SELLER_AGREE', 'SELLER_REFUSE_BUYER', 'SUCCESS', 'CLOSED'),
      order_status: fc.constantFrom(
        'WAIT_SELLER_SEND_GOODS',
        'WAIT_BUYER_CONFIRM_GOODS',
        'TRADE_BUYER_SIGNED',
        'TRADE_FINISHED',
      ),
      good_status: fc.constantFrom('BUYER_NOT_RECEIVED', 'BUYER_RECEIVED', 'BUYER_RETURNED_GOODS'),
      has_good_return: fc.boolean(),
      reason,
      refund_fee: fc.constantFrom('129.00', '0.01', 'x'),
      cs_status: fc.integer({ min: 1, max: 6 }),
      company_name: fc.constantFrom('顺丰速运', '中通快递', 'EMS', ''),
    },
    { requiredKeys: [] },
  ),
  trade: maybe(
    fc.record(
      {
        pay_time: time,
        consign_time: time,
        collect_time: maybe(time),
        sign_time: maybe(time),
        end_time: time,
        post_fee: fc.constantFrom('0.00', '10.00'),
        type: fc.constantFrom('fixed', 'cod'),
        orders: fc.record({
          order: fc.tuple(
            fc.record({
              oid: fc.constant('1'),
              seller_type: fc.constantFrom('B', 'C', 'X'),
              payment: fc.constantFrom('129.00', '35.80'),
            }),
          ),
        }),
      },
      { requiredKeys: [] },
    ),
  ),
  trace: maybe(
    fc.record({
      trace_list: fc.array(
        fc.record({
          status_time: time,
          status_desc: fc.constantFrom('已揽收', '运输中', '已签收', '拒收', '卖家已发货'),
          action: fc.constantFrom('GOT', 'CONSIGN', 'SIGN', 'TRANSPORT', ''),
        }),
        { maxLength: 6 },
      ),
    }),
  ),
});

const asOf = '2026-01-01T00:00:00+08:00';
const claimType = fc.constantFrom(...ClaimType.options);

const walk = (v: unknown, path: string, out: [string, unknown][]) => {
  if (v !== null && typeof v === 'object' && !Array.isArray(v))
    for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k, out);
  else out.push([path, v]);
  return out;
};

/** Never null; never a not-shown fact at its not-shown value. */
function honest(r: AdapterResult): void {
  for (const [path, v] of walk(r.case, '', [])) {
    expect(v, path).not.toBeNull();
    expect(v, path).not.toBeUndefined();
    expect(saysNothing(path, v), `${path} = ${String(v)} says nothing its absence does not`).toBe(false);
  }
}

/** The draft with every required field it names filled and a claim type passes CaseSchema. */
function completes(r: AdapterResult, type: string): void {
  const fill: Record<string, Record<string, unknown> | string> = {
    caseId: 'X',
    platform: 'taobao',
    asOf,
    order: { paidAt: '2020-01-01T00:00:00+08:00', amount: 1 },
    claim: { type: 'quality', openedAt: '2020-01-01T00:00:00+08:00' },
  };
  const missing = Object.fromEntries(
    Object.entries(fill).filter(([k]) => r.missingRequired.some((m) => m === k || m.startsWith(`${k}.`))),
  );
  const needed = mergeCase(missing, r.case).case as Record<string, Record<string, unknown>>;
  for (const part of ['order', 'claim'] as const)
    for (const [k, v] of Object.entries(fill[part] as Record<string, unknown>))
      if (r.missingRequired.includes(`${part}.${k}`)) (needed[part] ??= {})[k] = v;
  const c = mergeCase(needed, r.case.claim?.type ? {} : { claim: { type } }).case;
  const parsed = CaseSchema.safeParse(c);
  expect(parsed.success ? [] : parsed.error.issues, JSON.stringify(c)).toEqual([]);
}

describe('fromPinduoduo over generated records', () => {
  it('never emits null or a not-shown false, and completes to a valid case', () => {
    fc.assert(
      fc.property(pddRecords, claimType, (records, type) => {
        const r = fromPinduoduo(records, { asOf });
        honest(r);
        completes(r, type);
      }),
      params,
    );
  }, 60_000);

  it('confirm-receipt never becomes deliveredAt; the ship click never becomes the first scan', () => {
    fc.assert(
      fc.property(pddRecords, (records) => {
        const s = fromPinduoduo(records, { asOf }).case.shipment;
        const steps = records.trace?.trace_list ?? [];
        const timesOf = (actions: string[]) =>
          fromTrace({ trace_list: steps.filter((x) => actions.includes(x.action)) }, { format: 'pdd' }).case.shipment;
        if (s?.deliveredAt !== undefined)
          expect(steps.some((x) => ['SIGN', 'SIGN_ON_BEHALF', 'OUT_CABINET'].includes(x.action))).toBe(true);
        if (s?.firstCarrierScanAt !== undefined) {
          expect(s.firstCarrierScanAt).toBe(timesOf(['GOT'])?.firstCarrierScanAt);
        }
      }),
      params,
    );
  }, 60_000);

  it('money: an integer is fen, a decimal string yuan, never mixed', () => {
    fc.assert(
      fc.property(pddRecords, (records) => {
        const { order_amount } = records.refund;
        if (records.order?.pay_amount !== undefined || order_amount === undefined) return;
        const amount = fromPinduoduo(records, { asOf }).case.order?.amount;
        expect(amount).toBe(typeof order_amount === 'number' ? Math.round(order_amount) / 100 : Number(order_amount));
      }),
      params,
    );
  }, 60_000);
});

describe('fromTaobao over generated records', () => {
  it('never emits null or a not-shown false, and completes to a valid case', () => {
    fc.assert(
      fc.property(tbRecords, claimType, (records, type) => {
        const r = fromTaobao(records, { asOf });
        honest(r);
        completes(r, type);
      }),
      params,
    );
  }, 60_000);

  it('end_time (确认收货) never becomes deliveredAt; consign_time never becomes the first scan', () => {
    fc.assert(
      fc.property(tbRecords, (records) => {
        const s = fromTaobao(records, { asOf }).case.shipment;
        const signedInTrace = (records.trace?.trace_list ?? []).some(
          (x) => x.action === 'SIGN' || x.status_desc === '已签收',
        );
        if (records.trade?.sign_time === undefined && !signedInTrace) expect(s?.deliveredAt).toBeUndefined();
        const scannedInTrace = (records.trace?.trace_list ?? []).some(
          (x) => x.action === 'GOT' || x.status_desc === '已揽收',
        );
        if (records.trade?.collect_time === undefined && !scannedInTrace) expect(s?.firstCarrierScanAt).toBeUndefined();
      }),
      params,
    );
  }, 60_000);
});

describe('fromTrace over generated traces', () => {
  const k100 = fc.record({
    state: fc.constantFrom('0', '1', '2', '3', '4', '5', '6', '14', 'x'),
    data: fc.array(
      fc.record({
        ftime: instant.map(platformString),
        context: fc.constantFrom('已揽收', '商家已下单，等待揽收', '运输中', '已签收', '驿站代收', '拒签', ''),
        status: fc.constantFrom('揽收', '在途', '签收', '拒签', '退回', '疑难', ''),
        statusCode: fc.constantFrom('1', '101', '102', '0', '3', '301', '303', '304', '14', '4', '2', ''),
      }),
      { maxLength: 8 },
    ),
  });
  it('快递100: never null or a not-shown false; valid shipment facts; a 待揽收 step is never the first scan', () => {
    fc.assert(
      fc.property(k100, (trace) => {
        const r = fromTrace(trace, { format: 'kuaidi100' });
        honest(r);
        const parsed = CaseSchema.shape.shipment.safeParse(r.case.shipment);
        expect(parsed.success).toBe(true);
        const first = r.case.shipment?.firstCarrierScanAt;
        const pending = trace.data.filter((d) => d.statusCode === '101' || d.statusCode === '102');
        if (first !== undefined)
          for (const p of pending)
            if (!trace.data.some((d) => d !== p && d.ftime === p.ftime))
              expect(first).not.toBe(`${p.ftime.replace(' ', 'T')}+08:00`);
      }),
      params,
    );
  }, 60_000);
});
