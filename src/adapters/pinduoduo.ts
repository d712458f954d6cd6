import { Draft } from './draft.js';
import { setClaimType, setPhotos } from './claim.js';
import { field, noTime, readFen, readTime, readYuan, text } from './read-values.js';
import { DEFAULT_REASONS, type RecordState } from './reasons.js';
import { readTrace } from './trace.js';
import type { AdapterOptions, AdapterResult } from './types.js';

/** What `fromPinduoduo` reads: the after-sale record, and the order and its trace when the caller has them. */
export interface PinduoduoRecords {
  /** `pdd.refund.information.get` (detail) or one `refund_list` entry of `pdd.refund.list.increment.get`, or both merged. */
  readonly refund: unknown;
  /** `pdd.order.information.get`: `order_info` (or the whole response). */
  readonly order?: unknown;
  /** `pdd.logistics.ordertrace.get` (the outbound parcel). */
  readonly trace?: unknown;
}

/** Detail-API after_sales_type (`pdd.refund.information.get`): 1 仅退款 2 退货退款 3 换货 4 补寄 5 维修. */
const DETAIL_TYPE: Readonly<Record<string, 'refund_only' | 'return_and_refund' | 'exchange' | 'reship'>> = {
  '1': 'refund_only',
  '2': 'return_and_refund',
  '3': 'exchange',
  '4': 'reship',
};

const unwrap = (v: unknown, ...keys: string[]): unknown =>
  keys.reduce((o, k) => (field(o, k) !== undefined ? field(o, k) : o), v);

/** Whether the record carries fields only the detail API returns. */
const isDetail = (r: unknown) =>
  ['after_sales_reason', 'shipping_status', 'exist_images', 'join_or_not', 'images'].some(
    (k) => field(r, k) !== undefined,
  );

/** Money of a PDD refund field: a string is yuan (list API: "8.00"), a number fen (detail API: INTEGER). */
function pddMoney(raw: unknown): { yuan: number; note: string } | undefined {
  const yuan = typeof raw === 'string' ? readYuan(raw) : readFen(raw);
  if (yuan === undefined) return undefined;
  return {
    yuan,
    note:
      typeof raw === 'string'
        ? 'read as yuan (a decimal string, as pdd.refund.list.increment.get writes it)'
        : 'read as fen (an integer, as pdd.refund.information.get writes it)',
  };
}

/**
 * A case drafted from Pinduoduo's records: only what they establish, with every unit and format
 * assumed, every field left out and every required field still missing named.
 *
 * @example
 * const r = fromPinduoduo({ refund, order, trace }, { asOf: '2024-04-20T10:00:00+08:00' });
 * r.missingRequired; // [] or e.g. ['claim.type'] when the reason is ambiguous
 */
export function fromPinduoduo(records: PinduoduoRecords, options: AdapterOptions): AdapterResult {
  if (records === null || typeof records !== 'object')
    throw new TypeError('fromPinduoduo: give { refund, order?, trace? }');
  const refund = unwrap(records.refund, 'refund_information_get_response');
  const order =
    records.order === undefined ? undefined : unwrap(records.order, 'order_info_get_response', 'order_info');
  const d = new Draft();
  const id = text(field(refund, 'id'));
  d.set('caseId', options.caseId ?? (id ? `PDD-${id}` : undefined), 'refund.id');
  d.set('platform', 'pinduoduo', 'fromPinduoduo');
  if (readTime(options.asOf) === undefined)
    throw new TypeError('fromPinduoduo: asOf must be a time (ISO with an offset or YYYY-MM-DD HH:mm:ss)');
  d.time('asOf', options.asOf, 'options.asOf');

  // The order.
  if (order !== undefined) {
    if (!noTime(field(order, 'pay_time'))) d.time('order.paidAt', field(order, 'pay_time'), 'order.pay_time', 'H');
    const pay = readYuan(field(order, 'pay_amount'));
    const postage = readYuan(field(order, 'postage'));
    if (pay !== undefined) {
      const amount = Math.round((pay - (postage ?? 0)) * 100) / 100;
      d.set('order.amount', amount, 'order.pay_amount');
      d.assume(
        'order.amount',
        'order.pay_amount',
        `pay_amount − postage in yuan (${pay} − ${postage ?? 0}): the whole order; for an order of several goods give the disputed goods' price`,
        'M',
      );
    }
    if (postage === 0) d.set('order.freeShipping', true, 'order.postage');
    else if (postage !== undefined) d.set('order.freeShipping', false, 'order.postage');
    if (text(field(order, 'is_pre_sale')) === '1') {
      d.set('order.fulfilment', 'presale', 'order.is_pre_sale');
      if (!noTime(field(order, 'pre_sale_time')))
        d.time('order.presaleShipBy', field(order, 'pre_sale_time'), 'order.pre_sale_time', 'M');
    }
    const paid = readTime(field(order, 'pay_time'));
    const last = readTime(field(order, 'last_ship_time'));
    if (paid && last && Date.parse(last.iso) > Date.parse(paid.iso)) {
      const hours = Math.round((Date.parse(last.iso) - Date.parse(paid.iso)) / 3_600_000);
      d.set('order.promisedShipWithinHours', hours, 'order.last_ship_time');
      d.assume(
        'order.promisedShipWithinHours',
        'order.last_ship_time',
        "last_ship_time − pay_time, whole hours: the listing's 发货时效 promise",
        'M',
      );
    }
    if (text(field(order, 'is_stock_out')) === '1') {
      d.set('order.sellerDeclaredOutOfStock', true, 'order.is_stock_out');
      d.assume(
        'order.sellerDeclaredOutOfStock',
        'order.is_stock_out',
        'is_stock_out 1 read as the seller having filed 缺货',
        'L',
      );
    }
    if (text(field(order, 'return_freight_payer')) === '1') {
      d.set('promises.returnFreightInsurance', true, 'order.return_freight_payer');
      d.assume(
        'promises.returnFreightInsurance',
        'order.return_freight_payer',
        '退货包运费 1: the shop offers free return freight',
        'M',
      );
    }
    if (text(field(order, 'free_sf')) === '1') d.set('shipment.agreedMethod', 'sf_express', 'order.free_sf');
    if (!noTime(field(order, 'shipping_time'))) {
      d.time('shipment.markedShippedAt', field(order, 'shipping_time'), 'order.shipping_time', 'H');
      d.assume(
        'shipment.markedShippedAt',
        'order.shipping_time',
        'shipping_time is the "ship" click: never read as the first carrier scan',
        'H',
      );
    }
  } else {
    d.skip('order', undefined, 'no order record: order.paidAt and order.amount come from pdd.order.information.get');
  }

  // Whether and how the goods travelled.
  const shippingStatus = text(field(refund, 'shipping_status'));
  const userShipping = text(field(refund, 'user_shipping_status'));
  const orderStatus = text(field(order, 'order_status'));
  if (records.trace !== undefined) readTrace(d, records.trace, 'pdd', 'trace');
  if (d.get('shipment.markedShippedAt') !== undefined || shippingStatus === '1') d.ensure('shipment');
  const signed = d.get('shipment.deliveredAt') !== undefined || orderStatus === '3';
  const state: RecordState | undefined =
    shippingStatus === '0' || orderStatus === '1'
      ? 'not_shipped'
      : signed || userShipping === '2'
        ? 'received'
        : shippingStatus === '1' || orderStatus === '2' || d.get('shipment') !== undefined
          ? 'in_transit'
          : undefined;
  d.shipmentState(state, 'refund.shipping_status', 'shipping_status 0 (未发货)');
  if (orderStatus === '3' && d.get('shipment.deliveredAt') === undefined)
    d.skip('order.order_status', 3, "已签收 without a trace: shipment.deliveredAt needs the trace's sign-for time");
  if (userShipping === '1')
    d.skip('refund.user_shipping_status', 1, "the buyer ticked 未收到货: the buyer's word, not a fact of the shipment");

  // The claim.
  const created = field(refund, 'created_time');
  if (!noTime(created)) d.time('claim.openedAt', created, 'refund.created_time', 'H');
  // 确认收货 (confirm-receipt) is the buyer's click, not the carrier's sign-for: never
  // shipment.deliveredAt; before the claim it voids the return-freight insurance (002:629).
  const received = order === undefined ? undefined : readTime(field(order, 'receive_time'));
  const opened = readTime(created);
  if (received && opened) {
    d.set('order.receiptConfirmed', Date.parse(received.iso) <= Date.parse(opened.iso), 'order.receive_time');
    d.assume(
      'order.receiptConfirmed',
      'order.receive_time',
      'receive_time (确认收货) at or before the claim: the buyer confirmed receipt before it; never read as the sign-for time',
      'M',
    );
  } else if (order !== undefined && !noTime(field(order, 'receive_time')))
    d.skip(
      'order.receive_time',
      field(order, 'receive_time'),
      'no claim time to compare the confirm-receipt time with',
    );
  if (!noTime(field(refund, 'recreated_at')))
    d.skip(
      'refund.recreated_at',
      field(refund, 'recreated_at'),
      'a re-application time, not when the claim was first opened',
    );
  const type = text(field(refund, 'after_sales_type'));
  if (isDetail(refund) && DETAIL_TYPE[type]) {
    d.set('claim.requestedRemedy', DETAIL_TYPE[type], 'refund.after_sales_type');
    d.assume(
      'claim.requestedRemedy',
      'refund.after_sales_type',
      "read with the detail API's numbering (1 仅退款 2 退货退款 3 换货 4 补寄)",
      'M',
    );
  } else if (type !== '')
    d.skip(
      'refund.after_sales_type',
      field(refund, 'after_sales_type'),
      isDetail(refund)
        ? '5 维修 (repair) is not a remedy a case can request'
        : 'the list API numbers after_sales_type differently from the detail API and its response numbering is undocumented: take it from pdd.refund.information.get',
    );
  const status = text(field(refund, 'after_sales_status'));
  if (status === '6') d.set('claim.sellerRefused', true, 'refund.after_sales_status');
  else if (status === '2' || status === '3') d.set('claim.sellerRefused', false, 'refund.after_sales_status');
  if (
    text(field(refund, 'join_or_not')) === '1' ||
    text(field(refund, 'dispute_refund_status')) === '1' ||
    status === '8' ||
    status === '9'
  ) {
    d.set('claim.escalated', true, 'refund.join_or_not');
    d.assume(
      'claim.escalated',
      'refund.join_or_not',
      'join_or_not 1, dispute_refund_status 1 or after_sales_status 8/9: the platform stepped in',
      'M',
    );
  }
  if (text(field(refund, 'speed_refund_flag')) === '1')
    d.skip(
      'refund.speed_refund_flag',
      1,
      '极速退款: the platform may already have refunded; the verdict is then a check after the fact',
    );
  if (status === '10') d.skip('refund.after_sales_status', 10, '退款成功: already refunded');

  const reason = text(field(refund, 'after_sales_reason')) || text(field(refund, 'after_sale_reason'));
  const from =
    field(refund, 'after_sales_reason') !== undefined ? 'refund.after_sales_reason' : 'refund.after_sale_reason';
  setClaimType(d, reason, state, options.reasons ?? DEFAULT_REASONS, from);
  if (field(refund, 'remark') !== undefined)
    d.skip('refund.remark', field(refund, 'remark'), "the buyer's own words: read them, they are no fact");

  const photos =
    field(refund, 'exist_images') === true ||
    (Array.isArray(field(refund, 'images')) && (field(refund, 'images') as unknown[]).length > 0);
  setPhotos(d, photos, 'refund.exist_images');

  const asked = pddMoney(field(refund, 'refund_amount'));
  if (asked !== undefined)
    d.skip(
      'refund.refund_amount',
      field(refund, 'refund_amount'),
      `what the buyer asks back, ${asked.yuan} yuan (${asked.note}): not the goods' price; compare with order.amount for a partial refund`,
    );
  const orderAmount = pddMoney(field(refund, 'order_amount'));
  if (d.get('order.amount') === undefined && orderAmount !== undefined) {
    d.set('order.amount', orderAmount.yuan, 'refund.order_amount');
    d.assume(
      'order.amount',
      'refund.order_amount',
      `order_amount ${orderAmount.note}; the order's amount: for an order of several goods give the disputed goods' price`,
      'M',
    );
  }
  if (field(refund, 'express_no'))
    d.skip(
      'refund.express_no',
      field(refund, 'express_no'),
      'the return waybill: returnShipment.method and cost are not in the record',
    );
  return d.result();
}
