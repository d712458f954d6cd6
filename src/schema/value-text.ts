import type * as z from 'zod';
import type * as V from './vocabulary.js';

/** zh and en. */
export interface Bilingual {
  readonly zh: string;
  readonly en: string;
}

/**
 * What one value of a closed vocabulary means: a short label (the desk's) and a description. Claim
 * types also say which platform reasons usually map to them and which facts their rules need.
 */
export interface ValueText {
  readonly label: Bilingual;
  readonly means: Bilingual;
  /** Claim types: the refund reasons (Taobao / Pinduoduo menus) that usually mean this. */
  readonly reasons?: readonly string[];
  /** Claim types: the facts its rules read first. */
  readonly needs?: readonly string[];
}

type Texts<E extends z.ZodType<string>> = Readonly<Record<z.infer<E>, ValueText>>;
const t = (zh: string, en: string, meansZh: string, meansEn: string): ValueText => ({
  label: { zh, en },
  means: { zh: meansZh, en: meansEn },
});
const claim = (
  zh: string,
  en: string,
  meansZh: string,
  meansEn: string,
  reasons: readonly string[],
  needs: readonly string[],
): ValueText => ({ ...t(zh, en, meansZh, meansEn), reasons, needs });

const claimType: Texts<typeof V.ClaimType> = {
  late_shipment: claim(
    '延迟发货',
    'late shipment',
    '买家投诉卖家未在承诺或平台规定的时限内发货。',
    "The buyer says the seller did not ship within the promised or the platform's time limit.",
    ['未按约定时间发货', '延迟发货', '一直不发货'],
    [
      'order.paidAt',
      'shipment.firstCarrierScanAt',
      'order.promisedShipWithinHours',
      'order.agreedShipBy',
      'order.presaleShipBy',
    ],
  ),
  fake_shipment: claim(
    '虚假发货',
    'fake shipment',
    '订单已点发货,但运单号无效、无揽收或物流与买家地址不符。',
    'The order was marked shipped, but the tracking number is invalid, never scanned or does not lead to the buyer.',
    ['虚假发货', '物流单号不存在'],
    [
      'shipment.markedShippedAt',
      'shipment.carrierScanned',
      'shipment.trackingValid',
      'shipment.trackingMatchesAddress',
    ],
  ),
  out_of_stock: claim(
    '缺货',
    'out of stock',
    '卖家无货可发(付款后告知缺货)。',
    'The seller cannot ship because it has no stock (told the buyer after payment).',
    ['缺货'],
    ['order.sellerDeclaredOutOfStock', 'shipment'],
  ),
  shipping_chase: claim(
    '催发货',
    'chasing shipment',
    '买家催促发货,尚未到发货期限。',
    'The buyer chases the shipment before any ship-by deadline has passed.',
    ['催发货'],
    ['order.paidAt', 'order.promisedShipWithinHours', 'shipment'],
  ),
  changed_mind: claim(
    '买家不想要了(签收前)',
    'changed mind before receipt',
    '买家在收货前不想要了(拍错、多拍):未发货则直接退款,已发货则拒收后退款;已签收的包裹不适用,应为七天无理由退货。',
    'The buyer no longer wants the order before receiving it (ordered by mistake, twice): refund at once if unshipped, else refuse the parcel and refund; not for a parcel already signed for, which is no_reason_return.',
    ['不想要了 (未签收)', '多拍/拍错'],
    ['shipment', 'shipment.status', 'order.paymentMethod'],
  ),
  tracking_stalled: claim(
    '物流停滞',
    'tracking stalled',
    '物流信息长时间没有更新。',
    'The tracking has not moved for a long time.',
    ['物流停滞', '物流信息不更新'],
    ['shipment.lastTrackingUpdateAt', 'shipment.delayCause'],
  ),
  not_received: claim(
    '未收到货',
    'not received',
    '买家说没有收到货,包括物流显示已被他人代签或误签。',
    'The buyer says the goods never arrived, including when the tracking shows someone else signed.',
    ['未收到货', '快递一直未送到'],
    ['shipment.status', 'shipment.deliveredAt', 'shipment.signedBy', 'shipment.trackingMatchesAddress'],
  ),
  delivery_delay: claim(
    '配送延误',
    'delivery delay',
    '包裹在运输途中延误,超过正常或承诺的时效。',
    'The parcel is delayed in transit beyond the usual or promised time.',
    ['物流太慢', '配送超时'],
    ['shipment.lastTrackingUpdateAt', 'shipment.delayCause', 'shipment.promisedDeliveryDays'],
  ),
  out_of_area: claim(
    '超区',
    'out of area',
    '快递无法派送到买家地址(超出派送范围)。',
    "The carrier cannot deliver to the buyer's address (outside its area).",
    ['超区', '无法派送'],
    ['shipment.status', 'shipment.carrierChosenBy'],
  ),
  address_change: claim(
    '修改地址',
    'address change',
    '买家要求改地址,或地址有误导致无法送达。',
    'The buyer asks to change the address, or a wrong address stops delivery.',
    ['地址填错', '修改地址'],
    ['shipment.addressFault', 'order.addressIncomplete'],
  ),
  damaged_in_transit: claim(
    '运输破损',
    'damaged in transit',
    '商品在运输中损坏。',
    'The goods were damaged in transit.',
    ['破损', '损坏', '压坏'],
    [
      'shipment.outerPackagingDamaged',
      'evidence.outerPackagingPhotoWithLabel',
      'evidence.innerDamagePhoto',
      'shipment.inspectedBeforeSigning',
    ],
  ),
  refused_delivery: claim(
    '拒收',
    'refused delivery',
    '买家在派送时拒收包裹;已签收的包裹不能再拒收。',
    'The buyer refused the parcel at delivery; a parcel already signed for can no longer be refused.',
    ['拒收', '拒签'],
    ['shipment.status', 'order.paymentMethod', 'item.defect'],
  ),
  missing_item: claim(
    '少件/漏发',
    'missing item',
    '收到的包裹少件、漏发或是空包。',
    'The parcel arrived short: items missing, or empty.',
    ['少件', '漏发', '空包裹'],
    ['evidence.shippedWeightMatchesOrder', 'evidence.carrierWeightMatchesWarehouse', 'evidence.buyerPhotos'],
  ),
  wrong_item: claim(
    '发错货',
    'wrong item',
    '收到的商品与所购不同(款式、颜色、尺码发错)。',
    'The goods received are not what was ordered (wrong model, colour or size).',
    ['发错货', '错发'],
    ['evidence.buyerPhotos', 'evidence.photoShowsShopProduct'],
  ),
  quality: claim(
    '质量问题',
    'quality',
    '商品存在质量问题(做工、故障、瑕疵)。',
    'The goods have a quality problem (workmanship, fault, defect).',
    ['质量问题'],
    ['item.defect', 'item.defectCause', 'evidence.defectPhotoOrVideo', 'evidence.qualityInspectionReport'],
  ),
  not_as_described: claim(
    '描述不符',
    'not as described',
    '商品与页面描述不符(口味、外观、材质等)。',
    'The goods differ from the listing (flavour, appearance, material, …).',
    ['与描述不符', '描述不符'],
    ['item.matchesDescription', 'evidence.defectPhotoOrVideo'],
  ),
  counterfeit: claim(
    '假货',
    'counterfeit',
    '买家说商品是假冒品牌。',
    'The buyer says the goods are a counterfeit of a brand.',
    ['假冒品牌', '假货', '非正品'],
    [
      'order.brandGoods',
      'evidence.brandAuthenticationReport',
      'evidence.sellerAdmittedCounterfeit',
      'evidence.sellerSourcingDocuments',
    ],
  ),
  no_reason_return: claim(
    '七天无理由退货',
    'no-reason return',
    '买家签收后七天内无理由退货(不喜欢、不合适、不想要了)。',
    'Return without a reason within 7 days of sign-for (does not like it, does not fit, no longer wants it).',
    ['七天无理由退换货', '不想要了 (已签收)', '尺码不合适'],
    ['shipment.deliveredAt', 'item.used', 'item.packagingIntact', 'item.resalable', 'order.goodsClass'],
  ),
  exchange: claim(
    '换货',
    'exchange',
    '买家要求换货(尺码、颜色)。',
    'The buyer asks to exchange the goods (size, colour).',
    ['换货', '尺码不合适'],
    ['shipment.deliveredAt', 'item.used', 'item.tagsIntact'],
  ),
  return_refused_by_seller: claim(
    '卖家拒绝退货',
    'return refused by the seller',
    '卖家拒绝买家的退货申请,买家投诉。',
    "The seller refused the buyer's return, and the buyer complains.",
    ['卖家拒绝退货'],
    ['claim.sellerRefused', 'claim.sellerRefusedOverReasonOnly'],
  ),
  broken_promise: claim(
    '违背承诺',
    'broken promise',
    '卖家未履行商品页面或聊天中的承诺(服务、议价、发货时间)。',
    'The seller broke a promise made on the listing or in chat (a service, a negotiated price, a ship time).',
    ['违背承诺', '未履行约定'],
    ['promises.listedService', 'promises.negotiatedPrice', 'order.promisedShipWithinHours'],
  ),
};

/** Every closed vocabulary of the case, with what each value means (one source for the schemas, the types, the README and the desk). */
export const VALUE_TEXT = {
  platform: {
    taobao: t('淘宝', 'Taobao', '淘宝(集市店)的规则。', 'Taobao (C-shop) rules.'),
    tmall: t('天猫', 'Tmall', '天猫(商城)的规则。', 'Tmall (B-shop) rules.'),
    pinduoduo: t('拼多多', 'Pinduoduo', '拼多多的规则。', 'Pinduoduo rules.'),
    aliexpress: t('速卖通', 'AliExpress', '速卖通(跨境)的规则。', 'AliExpress (cross-border) rules.'),
  },
  fulfilment: {
    in_stock: t('现货', 'in stock', '现货商品,按平台时限发货。', 'In stock: ships within the platform limit.'),
    presale: t(
      '预售',
      'presale',
      '预售商品,按页面写明的发货日期发货。',
      "Presale: ships by the listing's stated date.",
    ),
    custom: t('定制', 'made to order', '定制商品,按约定工期发货。', 'Made to order: ships by the agreed lead time.'),
    special_category: t(
      '特殊类目',
      'special category',
      '有特殊发货时限的类目。',
      'A category with its own ship limit.',
    ),
  },
  paymentMethod: {
    escrow: t('担保交易', 'escrow', '通过平台担保付款(支付宝等)。', 'Paid through the platform escrow (Alipay, …).'),
    cash_on_delivery: t('货到付款', 'cash on delivery', '签收时付款。', 'Paid on delivery.'),
    bank_transfer: t('银行转账', 'bank transfer', '银行转账付款。', 'Paid by bank transfer.'),
  },
  goodsClass: {
    ordinary: t('普通商品', 'ordinary goods', '适用七天无理由退货。', 'The 7-day no-reason return applies.'),
    custom_made: t(
      '定制商品',
      'custom-made',
      '消费者定做的商品,不适用七天无理由。',
      "Made to the buyer's order: no 7-day return.",
    ),
    perishable: t('鲜活易腐', 'perishable', '鲜活易腐商品,不适用七天无理由。', 'Perishable: no 7-day return.'),
    digital_unsealed: t(
      '已拆封的音像/软件',
      'unsealed digital goods',
      '已拆封的音像制品、软件等,不适用七天无理由。',
      'Unsealed audio-visual goods or software: no 7-day return.',
    ),
    periodical: t(
      '报纸期刊',
      'newspapers and periodicals',
      '已交付的报纸期刊,不适用七天无理由。',
      'Delivered newspapers and periodicals: no 7-day return.',
    ),
  },
  delayCause: {
    none: t('无延误', 'no delay', '没有延误。', 'No delay.'),
    backlog: t('爆仓积压', 'backlog', '快递爆仓积压。', 'Carrier backlog.'),
    weather: t('天气原因', 'weather', '天气等不可抗力。', 'Weather or other force majeure.'),
    carrier_accident: t('快递事故', 'carrier accident', '快递方的事故。', "An accident on the carrier's side."),
    unknown: t('原因不明', 'cause unknown', '原因不明。', 'Cause not known.'),
  },
  party3: {
    none: t('无人', 'nobody', '没有一方有过错。', 'No party is at fault.'),
    buyer: t('买家', 'buyer', '买家的过错。', "The buyer's fault."),
    seller: t('卖家', 'seller', '卖家的过错。', "The seller's fault."),
  },
  chosenBy: {
    seller: t('卖家', 'seller', '卖家选择。', 'Chosen by the seller.'),
    buyer: t('买家', 'buyer', '买家指定。', 'Chosen by the buyer.'),
  },
  shippingMethod: {
    standard: t('普通快递', 'standard courier', '普通快递(中通、圆通等)。', 'A standard courier (ZTO, YTO, …).'),
    sf_express: t('顺丰', 'SF Express', '顺丰速运。', 'SF Express.'),
    ems: t('EMS', 'EMS', '中国邮政 EMS。', 'China Post EMS.'),
    postal: t('邮政平邮', 'postal', '邮政平邮/包裹。', 'Ordinary post.'),
    small_parcel: t('小包', 'small parcel', '跨境小包。', 'Cross-border small parcel.'),
    commercial_express: t(
      '商业快递',
      'commercial express',
      '跨境商业快递(DHL、FedEx 等)。',
      'Cross-border commercial express (DHL, FedEx, …).',
    ),
  },
  shipmentStatus: {
    in_transit: t('运输中', 'in transit', '包裹在途,尚未签收。', 'On its way, not yet signed for.'),
    delivered: t(
      '已签收',
      'delivered',
      '快递记录已签收(本人、代收或快递柜)。',
      'The carrier records a sign-for (in person, by a proxy or a locker).',
    ),
    lost: t('丢件', 'lost', '快递确认丢失。', 'The carrier confirms it lost the parcel.'),
    out_of_area: t('超区', 'out of area', '超出快递派送范围。', "Outside the carrier's delivery area."),
    returned_to_sender: t('已退回寄件人', 'returned to sender', '包裹已退回卖家。', 'Sent back to the seller.'),
    refused: t('拒收', 'refused', '买家拒收了包裹。', 'The buyer refused the parcel.'),
  },
  signedBy: {
    buyer: t('买家本人', 'the buyer', '买家本人签收。', 'The buyer signed in person.'),
    proxy: t('他人代收', 'a proxy', '他人代签(门卫、同事、家人)。', 'Someone else signed (guard, colleague, family).'),
    locker: t('快递柜/驿站', 'a locker', '放入快递柜或驿站。', 'Left in a parcel locker or pick-up station.'),
    unknown: t('不明', 'unknown', '签收人不明。', 'Who signed is not known.'),
  },
  claimType,
  requestedRemedy: {
    refund_only: t('仅退款', 'refund only', '退款,不退货。', 'A refund without returning the goods.'),
    return_and_refund: t('退货退款', 'return and refund', '退回商品后退款。', 'Return the goods, then a refund.'),
    exchange: t('换货', 'exchange', '换一件。', 'Another item in exchange.'),
    reship: t('补发', 'reship', '补发商品。', 'Send the goods again.'),
    partial_refund: t(
      '部分退款',
      'partial refund',
      '退部分货款,保留商品。',
      'Part of the price back, keeping the goods.',
    ),
  },
  priorAgreement: {
    none: t('无约定', 'none', '申请前双方没有约定。', 'No agreement before the claim.'),
    refund_only: t('仅退款', 'refund only', '约定仅退款。', 'Agreed on a refund only.'),
    return_and_refund: t('退货退款', 'return and refund', '约定退货退款。', 'Agreed on return and refund.'),
    exchange: t('换货', 'exchange', '约定换货。', 'Agreed on an exchange.'),
    partial_refund: t('部分退款', 'partial refund', '约定部分退款。', 'Agreed on a partial refund.'),
  },
  carrierCertificate: {
    none: t('无', 'none', '没有快递证明。', 'No carrier certificate.'),
    local_branch: t(
      '当地网点证明',
      'local branch',
      '快递当地网点出具的证明。',
      "Certified by the carrier's local branch.",
    ),
    headquarters: t('快递总部证明', 'headquarters', '快递总部出具的证明。', "Certified by the carrier's headquarters."),
  },
  defect: {
    none: t('无瑕疵', 'none', '没有瑕疵。', 'No defect.'),
    minor: t('轻微', 'minor', '轻微瑕疵,不影响使用。', 'A minor defect that does not stop use.'),
    major: t('严重', 'major', '严重问题,影响使用。', 'A major defect that stops use.'),
  },
  defectCause: {
    manufacturing: t('生产原因', 'manufacturing', '生产造成。', 'Caused in manufacture.'),
    transit: t('运输原因', 'transit', '运输造成。', 'Caused in transit.'),
    buyer_misuse: t('买家使用不当', 'buyer misuse', '买家使用不当造成。', "Caused by the buyer's misuse."),
    unknown: t('不明', 'unknown', '原因不明。', 'Cause not known.'),
  },
  insuranceStatus: {
    valid: t('有效', 'valid', '运费险有效,可理赔。', 'The return-freight insurance is valid.'),
    invalid_buyer_fault: t(
      '因买家原因失效',
      "invalid (buyer's fault)",
      '因买家原因(如到付、未用平台下单)失效。',
      "Void through the buyer's doing (e.g. sent freight-collect).",
    ),
    none: t('无运费险', 'none', '没有运费险。', 'No return-freight insurance.'),
  },
  returnAnomaly: {
    none: t('无异常', 'none', '退回的商品无异常。', 'Nothing wrong with the return.'),
    quantity: t('数量不符', 'quantity', '退回数量不符。', 'Fewer items came back.'),
    damage: t('损坏', 'damage', '退回的商品损坏。', 'The goods came back damaged.'),
    not_resalable: t(
      '影响二次销售',
      'not resalable',
      '退回的商品无法二次销售。',
      'The goods came back unfit for resale.',
    ),
  },
  listedService: {
    none: t('未承诺此类服务', 'none promised', '商品页未承诺此类服务。', 'The listing promised no such service.'),
    platform_payment: t(
      '平台担保支付',
      'platform payment',
      '通过平台担保交易付款。',
      "Paying through the platform's escrow.",
    ),
    after_sale_service: t(
      '售后服务',
      'after-sale service',
      '页面承诺的售后服务(七天无理由、保修、退货包运费)。',
      'An after-sale service the listing undertook (7-day returns, warranty, free return freight).',
    ),
    other_service: t('其他服务', 'other service', '页面承诺的其他服务。', 'Another service the listing promised.'),
  },
} as const satisfies {
  platform: Texts<typeof V.Platform>;
  fulfilment: Texts<typeof V.Fulfilment>;
  paymentMethod: Texts<typeof V.PaymentMethod>;
  goodsClass: Texts<typeof V.GoodsClass>;
  delayCause: Texts<typeof V.DelayCause>;
  party3: Texts<typeof V.Party3>;
  chosenBy: Texts<typeof V.ChosenBy>;
  shippingMethod: Texts<typeof V.ShippingMethod>;
  shipmentStatus: Texts<typeof V.ShipmentStatus>;
  signedBy: Texts<typeof V.SignedBy>;
  claimType: Texts<typeof V.ClaimType>;
  requestedRemedy: Texts<typeof V.RequestedRemedy>;
  priorAgreement: Texts<typeof V.PriorAgreement>;
  carrierCertificate: Texts<typeof V.CarrierCertificate>;
  defect: Texts<typeof V.Defect>;
  defectCause: Texts<typeof V.DefectCause>;
  insuranceStatus: Texts<typeof V.InsuranceStatus>;
  returnAnomaly: Texts<typeof V.ReturnAnomaly>;
  listedService: Texts<typeof V.ListedService>;
};

const sameKeys = (table: object, values: readonly string[]) => {
  const keys = Object.keys(table);
  return keys.length === values.length && values.every((v) => Object.hasOwn(table, v));
};

/**
 * The texts of an enum's values: the vocabulary whose values are exactly these; undefined for an
 * enum that is no case vocabulary.
 *
 * @example
 * valueTexts(['buyer', 'proxy', 'locker', 'unknown'])?.proxy.label.zh; // '他人代收'
 */
export function valueTexts(values: readonly string[]): Readonly<Record<string, ValueText>> | undefined {
  return Object.values(VALUE_TEXT).find((table) => sameKeys(table, values)) as
    Readonly<Record<string, ValueText>> | undefined;
}

/** One value's text as a line: `` `proxy`: a proxy — Someone else signed … / 他人代收:他人代签… ``, with reasons and needs for claim types. */
export function valueLine(value: string, x: ValueText): string {
  const reasons = x.reasons ? ` Usual reasons: ${x.reasons.join(', ')}.` : '';
  const needs = x.needs ? ` Needs: ${x.needs.join(', ')}.` : '';
  return `\`${value}\` (${x.label.en} / ${x.label.zh}): ${x.means.en}${reasons}${needs} ${x.means.zh}`;
}

/** The description of an enum's values, one line each, for a schema's description; undefined when no vocabulary has these values. */
export function valuesDescription(values: readonly string[]): string | undefined {
  const texts = valueTexts(values);
  if (texts === undefined) return undefined;
  return `Values:\n${values.map((v) => `- ${valueLine(v, texts[v] as ValueText)}`).join('\n')}`;
}
