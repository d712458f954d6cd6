// Short zh / en names of the facts a rule reads beside the case's own fields, for the trace's
// condition tables: the derived facts (hours, days, windows) and the outcome facts the second stage
// reads. The case's fields are named by `FIELD_LABELS`; test/desk/fields.test.ts checks that every
// fact a rule can read has a name here or there.
import { decisionName, fieldLabel, type Lang } from './i18n.js';

type Text = { readonly zh: string; readonly en: string };

/** A name for every derived fact (src/facts/derived.ts), by fact name. */
export const DERIVED_LABELS: Readonly<Record<string, Text>> = {
  shipped: { zh: '快递已揽收', en: 'Carrier has the parcel' },
  hoursSincePaid: { zh: '付款至今(小时)', en: 'Hours since payment' },
  hoursToShip: { zh: '付款到发货(小时)', en: 'Hours from payment to shipping' },
  hoursToShipPlatform: { zh: '付款到发货(小时,按争议规则第二十五条)', en: 'Hours from payment to shipping (DR 25)' },
  hoursMarkedToScan: { zh: '点击发货到揽收扫描(小时)', en: 'Hours from marked shipped to first scan' },
  hoursMarkedToCorrection: { zh: '点击发货到更正运单号(小时)', en: 'Hours from marked shipped to tracking correction' },
  hoursPaidToPresaleShipBy: { zh: '付款到预售发货日期(小时)', en: 'Hours from payment to the presale ship-by date' },
  hoursLateVsPresaleShipBy: { zh: '晚于预售发货日期(小时)', en: 'Hours late against the presale ship-by date' },
  hoursLateVsAgreedShipBy: { zh: '晚于约定发货日期(小时)', en: 'Hours late against the agreed ship-by date' },
  hoursSinceTrackingUpdate: { zh: '物流最后更新至今(小时)', en: 'Hours since the last tracking update' },
  hoursRefundRequestToShip: { zh: '申请退款到发货(小时)', en: 'Hours from the refund request to shipping' },
  hoursBuyerUnreachable: { zh: '联系不上买家(小时)', en: 'Hours the buyer has been unreachable' },
  daysSinceFirstShipment: { zh: '首次发货至今(天)', en: 'Days since first shipment' },
  daysSinceReship: { zh: '补发至今(天)', en: 'Days since the reship' },
  daysSinceReturnReceived: { zh: '卖家签收退货至今(天)', en: 'Days since the seller received the return' },
  returnWindowDays: { zh: '无理由退货期(天)', en: 'No-reason return window (days)' },
  afterSalePeriodLapsed: { zh: '店铺售后期已过', en: 'Shop’s after-sale period lapsed' },
  shopWindowLapsed: { zh: '店铺退货期已过', en: 'Shop’s return window lapsed' },
  returnWindowHoursLeft: { zh: '退货期剩余(小时)', en: 'Hours left in the return window' },
  returnFreightCap: { zh: '退货运费报销上限(元)', en: 'Return freight cap (yuan)' },
  calendarDaysPriceAgreedToPaid: { zh: '议价到付款(自然日)', en: 'Calendar days from agreed price to payment' },
  hoursPaidAfterPriceValidUntil: { zh: '议价有效期后付款(小时)', en: 'Hours paid after the agreed price expired' },
};

const OUTCOME_PART: Readonly<Record<string, Text>> = {
  payer: { zh: '由谁承担', en: 'payer' },
  termsWaived: { zh: '不受店铺条款限制', en: 'terms waived' },
};

/**
 * The name of a fact a rule reads: a case field's label, a derived fact's, or for an outcome fact
 * the decision's name ("责任方(已判定)", "退货运费 · 由谁承担"); the fact itself when none has one.
 *
 * @example
 * conditionLabel('zh', 'hoursToShip'); // '付款到发货(小时)'
 * conditionLabel('zh', 'outcome.freight.return.payer'); // '退货运费 · 由谁承担'
 */
export function conditionLabel(lang: Lang, fact: string): string {
  if (Object.hasOwn(DERIVED_LABELS, fact)) return DERIVED_LABELS[fact]![lang];
  if (fact.startsWith('outcome.')) {
    const key = fact.slice('outcome.'.length);
    const dot = key.lastIndexOf('.');
    const part = dot < 0 ? undefined : OUTCOME_PART[key.slice(dot + 1)];
    const decided = lang === 'zh' ? '(已判定)' : ' (as decided)';
    const name = part === undefined ? decisionName(lang, key) : decisionName(lang, key.slice(0, dot));
    const text = part === undefined ? `${name}${decided}` : `${name} · ${part[lang]}${decided}`;
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  return fieldLabel(lang, fact);
}
