import type * as z from 'zod';
import { SINGLE_DECISIONS, type SingleKey } from '../verdict/decisions.js';
import type * as V from '../schema/vocabulary.js';
import type { Conflict, DecisionStatus, OpenQuestion } from '../schema/verdict.js';

/** Languages of the human-readable output. */
export type Lang = 'zh' | 'en';

/**
 * The output language from the environment's locale (`LC_ALL`, then `LC_MESSAGES`, then `LANG`,
 * as POSIX orders them): English for `en*`, otherwise Chinese.
 *
 * @example
 * langFromEnv({ LANG: 'en_US.UTF-8' }); // 'en'
 */
export function langFromEnv(env: NodeJS.ProcessEnv = process.env): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  return /^en([_.@-]|$)/i.test(locale) ? 'en' : 'zh';
}

type Text = { readonly zh: string; readonly en: string };
/**
 * A label for every value of a closed vocabulary: a value added to the vocabulary without a label
 * here fails to compile.
 */
type Labels<E extends z.ZodType<string>, Extra extends string = never> = Readonly<Record<z.infer<E> | Extra, Text>>;

const LABELS = {
  case: { zh: '案件', en: 'Case' },
  asOf: { zh: '判定时间', en: 'as of' },
  rules: { zh: '规则', en: 'Rules' },
  rulesAt: { zh: '适用', en: 'in force on' },
  evaluated: { zh: '条规则参与判定', en: 'rules evaluated' },
  outcome: { zh: '判定结果', en: 'Outcome' },
  freight: { zh: '运费', en: 'Freight' },
  cap: { zh: '上限', en: 'cap' },
  yuan: { zh: '元', en: 'yuan' },
  adjustments: { zh: '退款调整', en: 'Refund adjustments' },
  penalties: { zh: '处罚', en: 'Penalties' },
  points: { zh: '分', en: 'points' },
  toBuyer: { zh: '赔付买家', en: 'to the buyer' },
  toPlatform: { zh: '支付平台', en: 'to the platform' },
  evidence: { zh: '仍需提供的证据', en: 'Evidence still needed' },
  actions: { zh: '建议操作', en: 'Next steps' },
  missing: { zh: '缺少的事实', en: 'Missing facts' },
  neededBy: { zh: '所需规则', en: 'needed by' },
  holdsOpen: { zh: '悬而未决', en: 'holds open' },
  questions: { zh: '待回答的问题', en: 'Open questions' },
  couldChange: { zh: '可能改变', en: 'could change' },
  conflicts: { zh: '冲突', en: 'Conflicts' },
  decidedBy: { zh: '依据规则', en: 'Decided by' },
  none: { zh: '无', en: 'none' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} as const satisfies Readonly<Record<string, Text>>;

const UNDETERMINED: Text = { zh: '待定', en: 'undetermined' };

const LIABILITY: Labels<typeof V.Liability> = {
  seller: { zh: '卖家', en: 'seller' },
  buyer: { zh: '买家', en: 'buyer' },
  carrier: { zh: '快递公司', en: 'carrier' },
  none: { zh: '无责', en: 'no one' },
  undetermined: UNDETERMINED,
};

const REMEDY: Labels<typeof V.Remedy, 'undetermined'> = {
  refund_only: { zh: '仅退款', en: 'refund only' },
  return_and_refund: { zh: '退货退款', en: 'return and refund' },
  exchange: { zh: '换货', en: 'exchange' },
  reship: { zh: '补发', en: 'reship' },
  partial_refund: { zh: '部分退款', en: 'partial refund' },
  repair: { zh: '维修', en: 'repair' },
  reject_claim: { zh: '驳回申请', en: 'reject the claim' },
  refund_after_refused_delivery: { zh: '拒收后退款', en: 'refund after refused delivery' },
  negotiate: { zh: '协商', en: 'to be negotiated' },
  undetermined: UNDETERMINED,
};

const FREIGHT_PAYER: Labels<typeof V.FreightPayer, 'undetermined'> = {
  seller: { zh: '卖家', en: 'seller' },
  buyer: { zh: '买家', en: 'buyer' },
  carrier: { zh: '快递公司', en: 'carrier' },
  insurer: { zh: '运费险', en: 'insurer' },
  negotiate: { zh: '协商', en: 'to be negotiated' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  undetermined: UNDETERMINED,
};

const FREIGHT_RESTRICTION: Labels<typeof V.FreightRestriction> = {
  standard_carrier_only: { zh: '仅限普通快递', en: 'standard carrier only' },
  no_collect_on_delivery: { zh: '不接受到付', en: 'no freight collect' },
};

const PARTY: Labels<typeof V.Party> = {
  buyer: { zh: '买家', en: 'buyer' },
  seller: { zh: '卖家', en: 'seller' },
  carrier: { zh: '快递公司', en: 'carrier' },
};

/** Who answers an open question: a party, or the platform (whether it stepped in, what it decided). */
const QUESTION_PARTY: Readonly<Record<NonNullable<OpenQuestion['party']>, Text>> = {
  ...PARTY,
  platform: { zh: '平台', en: 'platform' },
};

const STATUS: Readonly<Record<DecisionStatus, Text>> = {
  firm: { zh: '确定', en: 'firm' },
  provisional: { zh: '暂定', en: 'provisional' },
  undetermined: UNDETERMINED,
};

/**
 * An open question's kind, with who answers it: an unknown fact is asked of `party`; a fact not
 * shown stands as not established until `party` shows it. `{party}` is replaced by the party.
 */
const QUESTION_KIND: Readonly<Record<OpenQuestion['kind'], { readonly asked: Text; readonly alone: Text }>> = {
  unknown: { asked: { zh: '未知,问{party}', en: 'unknown: ask the {party}' }, alone: { zh: '未知', en: 'unknown' } },
  not_shown: {
    asked: { zh: '未举证,待{party}举证', en: 'not shown: for the {party} to show' },
    alone: { zh: '未举证', en: 'not shown' },
  },
};

const PENALTY_KIND: Labels<typeof V.PenaltyKind> = {
  late_shipment: { zh: '延迟发货', en: 'late shipment' },
  fake_shipment: { zh: '虚假发货', en: 'fake shipment' },
  broken_promise: { zh: '违背承诺', en: 'broken promise' },
  fraud_compensation: { zh: '欺诈赔偿', en: 'fraud compensation' },
};

const ADJUSTMENT_KIND: Labels<typeof V.AdjustmentKind> = {
  deduct_outbound_freight: { zh: '扣除发货运费', en: 'deduct outbound freight' },
};

const CONFLICT_REASON: Readonly<Record<Conflict['reason'], Text>> = {
  same_priority: { zh: '同优先级结论不同', en: 'same priority, different answers' },
  policy_overridden: { zh: '店铺规则被强制规则覆盖', en: 'shop policy overridden' },
};

const EVIDENCE_ITEM: Labels<typeof V.EvidenceItem> = {
  carrier_first_scan_proof: { zh: '快递揽收记录', en: "carrier's first-scan record" },
  shipping_label: { zh: '快递面单', en: 'shipping label' },
  corrected_tracking_number: { zh: '更正后的运单号', en: 'corrected tracking number' },
  buyer_photos: { zh: '买家实物照片', en: "buyer's photos of the goods" },
  outer_packaging_photo_with_label: { zh: '外包装及面单照片', en: 'photo of the outer packaging with the label' },
  inner_damage_photo: { zh: '内物破损照片', en: 'photo of the damage inside' },
  warehouse_weighing_record: { zh: '仓库称重记录', en: 'warehouse weighing record' },
  carrier_weighing_record: { zh: '快递称重记录', en: "carrier's weighing record" },
  carrier_certificate_headquarters: { zh: '快递总部盖章证明', en: "certificate from the carrier's headquarters" },
  photo_of_shipped_goods_with_label: { zh: '发货商品与面单合照', en: 'photo of the shipped goods with the label' },
  proof_shop_does_not_sell_item: { zh: '本店未售该商品的凭证', en: 'proof the shop does not sell the item' },
  defect_photo_or_video: { zh: '瑕疵照片或视频', en: 'photo or video of the defect' },
  brand_authentication_report: { zh: '品牌方鉴定报告', en: 'brand authentication report' },
  quality_inspection_report: { zh: '质检报告', en: 'quality inspection report' },
  seller_sourcing_documents: { zh: '进货凭证', en: "seller's sourcing documents" },
  carrier_freight_receipt: { zh: '快递运费凭证', en: "carrier's freight receipt" },
  signer_name_from_courier: { zh: '快递员提供的签收人信息', en: "signer's name from the courier" },
  chat_records: { zh: '聊天记录', en: 'chat records' },
  valid_tracking_number: { zh: '有效运单号', en: 'valid tracking number' },
  proof_no_quality_defect: { zh: '商品无质量问题的凭证', en: 'proof of no quality defect' },
};

const ACTION: Labels<typeof V.ActionCode> = {
  tell_buyer_correct_tracking_number: { zh: '告知买家正确运单号', en: 'tell the buyer the correct tracking number' },
  reassure_buyer_ship_time: { zh: '安抚买家,说明发货时间', en: 'reassure the buyer about the ship date' },
  mark_order_urgent: { zh: '订单备注加急', en: 'mark the order urgent' },
  offer_refund_or_wait_with_date: {
    zh: '请买家选择立即退款或等待约定发货日',
    en: 'offer a refund now or a firm ship date',
  },
  refuse_parcel_then_refund: {
    zh: '请买家拒收,退回后退款',
    en: 'have the buyer refuse the parcel; refund once it is back',
  },
  check_carrier_system_and_site: {
    zh: '在后台和快递官网查询物流',
    en: "check tracking in the back office and on the carrier's site",
  },
  chase_carrier: { zh: '联系快递催件', en: 'chase the carrier' },
  note_order: { zh: '订单备注', en: 'note the order' },
  promise_buyer_reply_time: { zh: '与买家约定回复时间', en: 'promise the buyer a reply time' },
  explain_expected_delay: { zh: '向买家说明可能延误', en: 'explain the expected delay to the buyer' },
  claim_compensation_from_carrier: { zh: '向快递公司索赔', en: 'claim compensation from the carrier' },
  reship: { zh: '补发', en: 'reship' },
  forward_by_reachable_carrier: { zh: '转寄可送达的快递', en: 'forward by a carrier that delivers there' },
  ask_buyer_to_check_with_proxy: { zh: '请买家询问是否有人代收', en: 'ask the buyer to check who signed for it' },
  ask_carrier_to_redirect: { zh: '联系快递改址', en: 'ask the carrier to redirect the parcel' },
  agree_extra_freight_beforehand: {
    zh: '提前与买家约定额外运费由谁承担',
    en: 'agree beforehand who pays any extra freight',
  },
  note_refusal_and_return_parcel: {
    zh: '备注拒收信息,让快递寄回',
    en: 'note the refusal and have the parcel returned',
  },
  hold_order_do_not_close: { zh: '订单暂缓处理,勿单方面关闭', en: 'hold the order; do not close it' },
  confirm_valid_tracking_with_forwarder: {
    zh: '与货代确认有效运单号',
    en: 'confirm the valid tracking number with the forwarder',
  },
  confirm_address_before_reship: { zh: '与买家确认地址后重新发货', en: 'confirm the address before reshipping' },
  keep_chat_records: { zh: '保留聊天记录', en: 'keep the chat records' },
  appeal_unshipped_penalty: { zh: '申诉“成交不卖”', en: 'appeal the sold-but-not-shipped penalty' },
  warehouse_check_shipped_goods: { zh: '仓库核查发货情况', en: 'have the warehouse check what was shipped' },
  request_platform_arbitration: { zh: '申请平台介入', en: 'ask the platform to step in' },
  tag_order_exclude_from_metrics: { zh: '订单打标,不计入指标', en: 'tag the order to keep it out of the metrics' },
  pay_partial_refund_online_after_receipt: {
    zh: '买家确认收货后线上部分退款',
    en: 'pay the partial refund online after the buyer confirms receipt',
  },
  explain_quality_is_not_counterfeit: {
    zh: '向买家解释质量问题不等于假货',
    en: 'explain that a quality problem is not a counterfeit',
  },
  contact_carrier_for_record: {
    zh: '向快递索取错录或拒收记录',
    en: 'ask the carrier for a wrong-entry or refusal record',
  },
  refund_after_return_arrives: { zh: '收到退货后退款', en: 'refund once the return arrives' },
  reimburse_return_freight_after_arrival: {
    zh: '收到退货后补贴退货运费',
    en: 'reimburse the return freight once the return arrives',
  },
  refund_within_7_days_of_receiving_return: {
    zh: '自收到退回商品之日起七日内退款',
    en: 'refund within 7 days of receiving the returned goods',
  },
  refund_now_return_held_over_7_days: {
    zh: '收到退货已超过七日,立即退款(超过十五日属违规)',
    en: 'refund now: the return was received more than 7 days ago (over 15 days is a violation)',
  },
  give_buyer_final_result: { zh: '告知买家最终处理结果', en: 'tell the buyer the final result' },
  keep_return_log: { zh: '做好退换货登记', en: 'log the return' },
  tell_buyer_reship_tracking: { zh: '告知买家补发单号', en: 'tell the buyer the reship tracking number' },
  offer_reship_without_return: {
    zh: '退回运费高于商品价值时,可向买家提出直接补发、不必寄回',
    en: 'offer the buyer a reship without sending the item back, as the return costs more than the goods',
  },
  explain_shop_does_not_sell_item: {
    zh: '向买家解释本店没有该商品',
    en: 'explain that the shop does not sell this item',
  },
  explain_correct_use: { zh: '告知买家正确使用方法', en: 'explain the correct use' },
  appeal_with_evidence: { zh: '提供凭证发起申诉', en: 'appeal with evidence' },
  disclose_refused_carriers_before_return: {
    zh: '退货前告知买家不支持的快递方式',
    en: 'tell the buyer beforehand which return carriers are refused',
  },
  explain_insurance_subsidy_limit: {
    zh: '提前说明运费险补贴标准',
    en: 'explain the return-freight insurance subsidy limit',
  },
  moderate_listing_claims: { zh: '宣传适度,避免夸大', en: 'tone down the listing claims' },
  explain_negotiated_price_lapsed: { zh: '向买家说明议价已失效', en: 'explain that the negotiated price has lapsed' },
  brief_agents_no_refund_promises_in_chat: {
    zh: '提醒客服勿在线上约定是否退款',
    en: 'brief agents not to promise refunds in chat',
  },
};

/**
 * A fixed label in the output language.
 *
 * @example
 * label('en', 'liability'); // 'Liability'
 */
export function label(lang: Lang, key: keyof typeof LABELS): string {
  return LABELS[key][lang];
}

/** A label from `table`, or the code itself when the table has none (a value not in the vocabulary). */
function lookup(table: Readonly<Record<string, Text>>, lang: Lang, code: string): string {
  return Object.hasOwn(table, code) ? table[code]![lang] : code;
}

const yesNo = (lang: Lang, b: boolean) => label(lang, b ? 'yes' : 'no');

/**
 * The closed vocabularies the human output prints, each in the output language.
 *
 * @example
 * term.action('zh', 'claim_compensation_from_carrier'); // '向快递公司索赔'
 * term.evidence('en', 'shipping_label'); // 'shipping label'
 */
export const term = {
  liability: (lang: Lang, v: z.infer<typeof V.Liability>) => lookup(LIABILITY, lang, v),
  remedy: (lang: Lang, v: z.infer<typeof V.Remedy> | 'undetermined') => lookup(REMEDY, lang, v),
  /** A freight leg by the registry's label of its decision (`freight.<leg>`). */
  freightLeg: (lang: Lang, v: z.infer<typeof V.FreightLeg>) => decisionName(lang, `freight.${v}`),
  payer: (lang: Lang, v: z.infer<typeof V.FreightPayer> | 'undetermined') => lookup(FREIGHT_PAYER, lang, v),
  restriction: (lang: Lang, v: z.infer<typeof V.FreightRestriction>) => lookup(FREIGHT_RESTRICTION, lang, v),
  party: (lang: Lang, v: z.infer<typeof V.Party>) => lookup(PARTY, lang, v),
  penalty: (lang: Lang, v: z.infer<typeof V.PenaltyKind>) => lookup(PENALTY_KIND, lang, v),
  adjustment: (lang: Lang, v: z.infer<typeof V.AdjustmentKind>) => lookup(ADJUSTMENT_KIND, lang, v),
  evidence: (lang: Lang, v: z.infer<typeof V.EvidenceItem>) => lookup(EVIDENCE_ITEM, lang, v),
  action: (lang: Lang, v: z.infer<typeof V.ActionCode>) => lookup(ACTION, lang, v),
  conflictReason: (lang: Lang, v: Conflict['reason']) => lookup(CONFLICT_REASON, lang, v),
  status: (lang: Lang, v: DecisionStatus) => lookup(STATUS, lang, v),
  /** Whether an open question is unknown or not shown, and who answers it (`unknown: ask the carrier`). */
  questionKind: (lang: Lang, kind: OpenQuestion['kind'], party?: OpenQuestion['party']) => {
    const k = QUESTION_KIND[kind];
    if (k === undefined) return kind;
    return party === undefined ? k.alone[lang] : k.asked[lang].replace('{party}', lookup(QUESTION_PARTY, lang, party));
  },
  /** `yes` / `no`, or `undetermined`. */
  tri: (lang: Lang, v: boolean | 'undetermined') => (typeof v === 'boolean' ? yesNo(lang, v) : UNDETERMINED[lang]),
} as const;

const KEYED_DECISION: Readonly<Record<string, readonly [keyof typeof LABELS, Readonly<Record<string, Text>>]>> = {
  penalty: ['penalties', PENALTY_KIND],
  refundAdjustment: ['adjustments', ADJUSTMENT_KIND],
  action: ['actions', ACTION],
};

/** Whether `key` names a single-valued decision of the registry (`liability`, `freight.return`, …). */
export function isSingleKey(key: string): key is SingleKey {
  return SINGLE_DECISIONS.has(key as SingleKey);
}

/**
 * A decision key (`liability`, `freight.return`, `countsTowardDisputeRate`, `action.reship`, …)
 * in the output language: single-valued decisions by their label in the decision registry
 * (`src/verdict/decisions.ts`), collected ones by their kind and value; an unknown key prints as is.
 *
 * @example
 * decisionName('zh', 'freight.return'); // '退货运费'
 * decisionName('en', 'action.reship'); // 'Next steps · reship'
 */
export function decisionName(lang: Lang, key: string): string {
  if (isSingleKey(key)) return SINGLE_DECISIONS.get(key)!.label[lang];
  const dot = key.indexOf('.');
  const kind = key.slice(0, dot);
  const code = key.slice(dot + 1);
  const keyed = dot > 0 && Object.hasOwn(KEYED_DECISION, kind) ? KEYED_DECISION[kind] : undefined;
  return keyed && Object.hasOwn(keyed[1], code) ? `${label(lang, keyed[0])} · ${keyed[1][code]![lang]}` : key;
}

/**
 * A decision's value in the output language (a conflict candidate's, the value an open question
 * could change a decision to): read by the decision it is a value of (a liability, a remedy, a
 * freight payer, yes / no); an unknown value prints as is.
 *
 * @example
 * decisionValue('en', 'freight.return', 'insurer'); // 'insurer'
 */
export function decisionValue(lang: Lang, key: string, value: string | boolean): string {
  if (typeof value === 'boolean') return yesNo(lang, value);
  if (value === 'undetermined') return UNDETERMINED[lang];
  if (key === 'liability') return lookup(LIABILITY, lang, value);
  if (key === 'remedy') return lookup(REMEDY, lang, value);
  if (key.startsWith('freight.')) return lookup(FREIGHT_PAYER, lang, value);
  return value;
}
