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

type Table = Readonly<Record<string, { zh: string; en: string }>>;

const LABELS = {
  case: { zh: '案件', en: 'Case' },
  asOf: { zh: '判定时间', en: 'as of' },
  rules: { zh: '规则', en: 'Rules' },
  rulesAt: { zh: '适用', en: 'in force on' },
  evaluated: { zh: '条规则参与判定', en: 'rules evaluated' },
  outcome: { zh: '判定结果', en: 'Outcome' },
  liability: { zh: '责任方', en: 'Liability' },
  remedy: { zh: '处理方式', en: 'Remedy' },
  disputeRate: { zh: '计入纠纷率', en: 'Counts toward dispute rate' },
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
  conflicts: { zh: '冲突', en: 'Conflicts' },
  decidedBy: { zh: '依据规则', en: 'Decided by' },
  none: { zh: '无', en: 'none' },
  yes: { zh: '是', en: 'yes' },
  no: { zh: '否', en: 'no' },
} as const satisfies Table;

const VALUES: Table = {
  // liability, payers, parties
  seller: { zh: '卖家', en: 'seller' },
  buyer: { zh: '买家', en: 'buyer' },
  carrier: { zh: '快递公司', en: 'carrier' },
  insurer: { zh: '运费险', en: 'insurer' },
  none: { zh: '无责', en: 'no one' },
  negotiate: { zh: '协商', en: 'to be negotiated' },
  not_applicable: { zh: '不适用', en: 'not applicable' },
  undetermined: { zh: '待定', en: 'undetermined' },
  // remedies
  refund_only: { zh: '仅退款', en: 'refund only' },
  return_and_refund: { zh: '退货退款', en: 'return and refund' },
  exchange: { zh: '换货', en: 'exchange' },
  reship: { zh: '补发', en: 'reship' },
  partial_refund: { zh: '部分退款', en: 'partial refund' },
  repair: { zh: '维修', en: 'repair' },
  reject_claim: { zh: '驳回申请', en: 'reject the claim' },
  refund_after_refused_delivery: { zh: '拒收后退款', en: 'refund after refused delivery' },
  // freight legs
  return: { zh: '退货运费', en: 'return' },
  roundTrip: { zh: '来回运费', en: 'round trip' },
  forwarding: { zh: '转寄运费', en: 'forwarding' },
  redirect: { zh: '改址运费', en: 'redirect' },
  standard_carrier_only: { zh: '仅限普通快递', en: 'standard carrier only' },
  no_collect_on_delivery: { zh: '不接受到付', en: 'no freight collect' },
  // penalties and adjustments
  late_shipment: { zh: '延迟发货', en: 'late shipment' },
  fake_shipment: { zh: '虚假发货', en: 'fake shipment' },
  broken_promise: { zh: '违背承诺', en: 'broken promise' },
  fraud_compensation: { zh: '欺诈赔偿', en: 'fraud compensation' },
  deduct_outbound_freight: { zh: '扣除发货运费', en: 'deduct outbound freight' },
  // conflict reasons
  same_priority: { zh: '同优先级结论不同', en: 'same priority, different answers' },
  waiting_on_missing_facts: { zh: '等待缺失事实', en: 'waiting on missing facts' },
  policy_overridden: { zh: '店铺规则被强制规则覆盖', en: 'shop policy overridden' },
};

/** Chinese names of evidence items; English prints the code with spaces. */
const EVIDENCE_ZH: Readonly<Record<string, string>> = {
  carrier_first_scan_proof: '快递首次揽收记录',
  shipping_label: '快递面单',
  corrected_tracking_number: '更正后的运单号',
  buyer_photos: '买家实物照片',
  outer_packaging_photo_with_label: '带面单的外包装照片',
  inner_damage_photo: '内部破损照片',
  warehouse_weighing_record: '仓库称重记录',
  carrier_weighing_record: '快递称重记录',
  carrier_certificate_headquarters: '快递总部证明',
  photo_of_shipped_goods_with_label: '发货商品与面单合照',
  proof_shop_does_not_sell_item: '本店未售该商品的证明',
  defect_photo_or_video: '瑕疵照片或视频',
  brand_authentication_report: '品牌鉴定报告',
  quality_inspection_report: '质检报告',
  seller_sourcing_documents: '进货凭证',
  carrier_freight_receipt: '运费凭证',
  signer_name_from_courier: '快递员提供的签收人',
  chat_records: '聊天记录',
  valid_tracking_number: '有效运单号',
  proof_no_quality_defect: '无质量问题的证明',
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

/**
 * A vocabulary value (liability, remedy, payer, …) in the output language; unknown codes print as is.
 *
 * @example
 * term('zh', 'refund_only'); // '仅退款'
 */
export function term(lang: Lang, value: string | boolean): string {
  if (typeof value === 'boolean') return label(lang, value ? 'yes' : 'no');
  return VALUES[value]?.[lang] ?? value;
}

/**
 * An evidence item in the output language.
 *
 * @example
 * evidenceItem('en', 'shipping_label'); // 'shipping label'
 */
export function evidenceItem(lang: Lang, item: string): string {
  return lang === 'zh' ? (EVIDENCE_ZH[item] ?? item) : item.replaceAll('_', ' ');
}
