import { Draft } from './draft.js';
import { setClaimType, setPhotos } from './claim.js';
import { field, noTime, readTime, readYuan, text } from './read-values.js';
import { DEFAULT_REASONS, type RecordState } from './reasons.js';
import { readTrace } from './trace.js';
import type { AdapterOptions, AdapterResult } from './types.js';

/** What `fromTaobao` reads (TOP objects as the APIs return them, their `…_response` wrapper optional). */
export interface TaobaoRecords {
  /** `taobao.refund.get`: the Refund. */
  readonly refund: unknown;
  /** `taobao.trade.fullinfo.get`: the Trade with its orders (gives Tmall vs Taobao, payment, price, ship and sign times). */
  readonly trade?: unknown;
  /** `taobao.logistics.trace.search` (the outbound parcel). */
  readonly trace?: unknown;
  /** `taobao.refund.messages.get`: the refund's messages; a buyer's message with pictures shows photos. */
  readonly messages?: unknown;
}

const listOf = (v: unknown, key: string): unknown[] => {
  const inner = field(v, key) ?? v;
  return Array.isArray(inner) ? inner : [];
};

/** The sub-order the refund is about (`oid`), else the only one. */
function orderOf(trade: unknown, oid: string): unknown {
  const orders = listOf(field(trade, 'orders'), 'order');
  return orders.find((o) => text(field(o, 'oid')) === oid) ?? (orders.length === 1 ? orders[0] : undefined);
}

const RETURN_CARRIER: readonly [RegExp, 'sf_express' | 'ems' | 'postal'][] = [
  [/顺丰|SF/i, 'sf_express'],
  [/EMS/i, 'ems'],
  [/邮政|平邮/, 'postal'],
];

/**
 * A case drafted from Taobao / Tmall TOP records (Tmall through the order's `seller_type` B):
 * only what they establish, with every unit and format assumed, every field left out and every
 * required field still missing named.
 *
 * @example
 * const r = fromTaobao({ refund, trade, trace }, { asOf: '2024-04-20T10:00:00+08:00' });
 * r.case.platform; // 'tmall' when the order's seller_type is B
 */
export function fromTaobao(records: TaobaoRecords, options: AdapterOptions): AdapterResult {
  if (records === null || typeof records !== 'object')
    throw new TypeError('fromTaobao: give { refund, trade?, trace?, messages? }');
  const refund = field(field(records.refund, 'refund_get_response'), 'refund') ?? records.refund;
  const trade =
    records.trade === undefined
      ? undefined
      : (field(field(records.trade, 'trade_fullinfo_get_response'), 'trade') ?? records.trade);
  const d = new Draft();
  const id = text(field(refund, 'refund_id'));
  d.set('caseId', options.caseId ?? (id ? `TB-${id}` : undefined), 'refund.refund_id');
  if (readTime(options.asOf) === undefined)
    throw new TypeError('fromTaobao: asOf must be a time (ISO with an offset or YYYY-MM-DD HH:mm:ss)');
  d.time('asOf', options.asOf, 'options.asOf');
  const order = orderOf(trade, text(field(refund, 'oid')));

  // Platform: Tmall or Taobao, from the seller type.
  const sellerType = text(field(order, 'seller_type')) || text(field(trade, 'seller_type'));
  if (sellerType === 'B' || sellerType === 'C') {
    d.set('platform', sellerType === 'B' ? 'tmall' : 'taobao', 'order.seller_type');
    d.assume('platform', 'order.seller_type', 'seller_type B (商城) → tmall, C → taobao', 'M');
  } else d.skip('order.seller_type', sellerType || undefined, 'Tmall or Taobao is not in the record: give platform');

  // The order.
  if (trade !== undefined) {
    if (!noTime(field(trade, 'pay_time'))) d.time('order.paidAt', field(trade, 'pay_time'), 'trade.pay_time', 'H');
    const amount = readYuan(field(order, 'divide_order_fee')) ?? readYuan(field(order, 'payment'));
    if (amount !== undefined) {
      const from =
        readYuan(field(order, 'divide_order_fee')) !== undefined ? 'order.divide_order_fee' : 'order.payment';
      d.set('order.amount', amount, from);
      d.assume(
        'order.amount',
        from,
        `${from} read as yuan (分摊后实付, the sub-order's price paid); never the refund's total_fee, which is the whole trade`,
        'M',
      );
    } else d.skip('trade.orders', undefined, "no sub-order matches the refund's oid: give order.amount");
    const postFee = readYuan(field(trade, 'post_fee'));
    if (text(field(trade, 'shipping_type')) === 'free' || postFee === 0)
      d.set('order.freeShipping', true, 'trade.shipping_type');
    else if (postFee !== undefined && postFee > 0) d.set('order.freeShipping', false, 'trade.post_fee');
    if (/cod/.test(text(field(trade, 'type')))) d.set('order.paymentMethod', 'cash_on_delivery', 'trade.type');
    const consign = field(order, 'consign_time') ?? field(trade, 'consign_time');
    if (!noTime(consign)) {
      d.time('shipment.markedShippedAt', consign, 'trade.consign_time', 'H');
      d.assume(
        'shipment.markedShippedAt',
        'trade.consign_time',
        'consign_time is the "ship" click: never read as the first carrier scan',
        'H',
      );
    }
    if (!noTime(field(trade, 'collect_time'))) {
      d.time('shipment.firstCarrierScanAt', field(trade, 'collect_time'), 'trade.collect_time', 'M');
      d.set('shipment.carrierScanned', true, 'trade.collect_time');
    }
    if (!noTime(field(trade, 'sign_time'))) {
      d.time('shipment.deliveredAt', field(trade, 'sign_time'), 'trade.sign_time', 'M');
      d.set('shipment.status', 'delivered', 'trade.sign_time');
    }
    if (!noTime(field(trade, 'end_time')))
      d.skip(
        'trade.end_time',
        field(trade, 'end_time'),
        "确认收货 / 交易关闭 time: not the carrier's sign-for, never shipment.deliveredAt",
      );
    if (field(trade, 'has_yfx') === true)
      d.skip(
        'trade.has_yfx',
        true,
        '运费险 on the trade: the record does not say whether the shop or the buyer bought it (promises.returnFreightInsurance)',
      );
  } else
    d.skip(
      'trade',
      undefined,
      'no trade record: platform, order.paidAt and order.amount come from taobao.trade.fullinfo.get',
    );
  if (records.trace !== undefined) readTrace(d, records.trace, 'taobao', 'trace');
  if (d.get('shipment.firstCarrierScanAt') !== undefined || d.get('shipment.markedShippedAt') !== undefined)
    d.ensure('shipment');

  // Where the goods are.
  const orderStatus = text(field(refund, 'order_status'));
  const goodStatus = text(field(refund, 'good_status'));
  const state: RecordState | undefined =
    orderStatus === 'WAIT_SELLER_SEND_GOODS'
      ? 'not_shipped'
      : d.get('shipment.deliveredAt') !== undefined ||
          ['TRADE_BUYER_SIGNED', 'TRADE_FINISHED'].includes(orderStatus) ||
          ['BUYER_RECEIVED', 'BUYER_RETURNED_GOODS'].includes(goodStatus)
        ? 'received'
        : orderStatus === 'WAIT_BUYER_CONFIRM_GOODS' || d.get('shipment') !== undefined
          ? 'in_transit'
          : undefined;
  if (state !== 'not_shipped' && state !== undefined) d.ensure('shipment');
  d.shipmentState(state, 'refund.order_status', 'WAIT_SELLER_SEND_GOODS');

  // The claim.
  if (!noTime(field(refund, 'created'))) d.time('claim.openedAt', field(refund, 'created'), 'refund.created', 'H');
  const goodReturn = field(refund, 'has_good_return');
  if (goodReturn === true || goodReturn === 'true')
    d.set('claim.requestedRemedy', 'return_and_refund', 'refund.has_good_return');
  else if (goodReturn === false || goodReturn === 'false')
    d.set('claim.requestedRemedy', 'refund_only', 'refund.has_good_return');
  const status = text(field(refund, 'status'));
  if (status === 'SELLER_REFUSE_BUYER') d.set('claim.sellerRefused', true, 'refund.status');
  else if (status === 'WAIT_SELLER_AGREE') d.set('claim.sellerRefused', false, 'refund.status');
  if (['2', '3', '4', '5', '6'].includes(text(field(refund, 'cs_status')))) {
    d.set('claim.escalated', true, 'refund.cs_status');
    d.assume('claim.escalated', 'refund.cs_status', 'cs_status 2–6: 客服介入 requested or under way', 'M');
  }
  setClaimType(d, text(field(refund, 'reason')), state, options.reasons ?? DEFAULT_REASONS, 'refund.reason');
  if (field(refund, 'desc'))
    d.skip('refund.desc', field(refund, 'desc'), "the buyer's own words: read them, they are no fact");
  const messages = listOf(
    field(field(records.messages, 'refund_messages_get_response'), 'refund_messages') ?? records.messages,
    'refund_message',
  );
  const photos = messages.some((m) => {
    const role = text(field(m, 'owner_role'));
    const pics = listOf(field(m, 'pic_urls'), 'pic_url');
    return (role === '' || role === '1') && pics.length > 0;
  });
  setPhotos(d, photos, 'messages.pic_urls');
  const fee = readYuan(field(refund, 'refund_fee'));
  if (fee !== undefined)
    d.skip(
      'refund.refund_fee',
      field(refund, 'refund_fee'),
      `what the buyer asks back, ${fee} yuan: not the goods' price`,
    );
  const carrier = text(field(refund, 'company_name'));
  if (carrier !== '') {
    const method = RETURN_CARRIER.find(([re]) => re.test(carrier))?.[1] ?? 'standard';
    d.set('returnShipment.method', method, 'refund.company_name');
    d.assume('returnShipment.method', 'refund.company_name', `return carrier "${carrier}" read as ${method}`, 'L');
  }
  return d.result();
}
