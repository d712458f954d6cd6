/// <reference lib="dom" />
// Example cases to start from, read from the repository's example and fixtures at build time.
import lateShipment from '../../examples/late-shipment.json' with { type: 'json' };
import defectCause from '../../fixtures/quality-counterfeit/sparse-defect-cause-not-established.json' with { type: 'json' };
import wrongItem from '../../fixtures/missing-wrong-items/sparse-wrong-item-cheap-order.json' with { type: 'json' };
import stalled from '../../fixtures/not-received-lost/sparse-stalled-49h.json' with { type: 'json' };
import sevenDay from '../../fixtures/returns-7-day/sparse-7day-inside-window.json' with { type: 'json' };
import outOfStock from '../../fixtures/late-shipment/sparse-out-of-stock-buyer-undecided.json' with { type: 'json' };

/** One example: an id for the select, its title in both languages, the case. */
export interface Example {
  readonly id: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly case: unknown;
}

export const EXAMPLES: readonly Example[] = [
  {
    id: 'late-shipment',
    title: { zh: '延迟发货:付款 80.5 小时后才揽收', en: 'Late shipment: first carrier scan 80.5 h after payment' },
    case: lateShipment,
  },
  {
    id: 'out-of-stock',
    title: { zh: '缺货:买家尚未选择处理方式', en: 'Out of stock: the buyer has not chosen a remedy' },
    case: outOfStock.case,
  },
  {
    id: 'stalled',
    title: { zh: '物流停滞 49 小时:延误原因不明', en: 'Tracking stalled for 49 h: cause unknown' },
    case: stalled.case,
  },
  {
    id: 'seven-day',
    title: { zh: '七天无理由退货:在退货期内', en: 'No-reason return inside the 7 days' },
    case: sevenDay.case,
  },
  {
    id: 'defect-cause',
    title: { zh: '使用 12 天后出现瑕疵:原因未认定', en: 'Defect after 12 days of use: cause not established' },
    case: defectCause.case,
  },
  {
    id: 'wrong-item',
    title: { zh: '发错货:6.80 元的订单(拼多多)', en: 'Wrong item on a 6.80-yuan order (Pinduoduo)' },
    case: wrongItem.case,
  },
];
