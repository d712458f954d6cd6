/// <reference lib="dom" />
// Short zh / en names of the case's fields and of their values, for the desk form. The meaning
// of each field is the catalogue's; these are labels only. test/desk/fields.test.ts checks that
// every case fact and every enum value has one.
import { valueTexts } from '../schema/value-text.js';

type Text = { readonly zh: string; readonly en: string };

/** A label for every field of the case, by fact name. */
export const FIELD_LABELS: Readonly<Record<string, Text>> = {
  caseId: { zh: '案件编号', en: 'Case ID' },
  platform: { zh: '平台', en: 'Platform' },
  asOf: { zh: '判定时间', en: 'Judged as of' },
  'order.paidAt': { zh: '付款时间', en: 'Paid at' },
  'order.amount': { zh: '成交金额(元)', en: 'Amount paid (yuan)' },
  'order.fulfilment': { zh: '发货类型', en: 'Fulfilment' },
  'order.presaleShipBy': { zh: '预售承诺发货日期', en: 'Presale ship-by date' },
  'order.promisedShipWithinHours': { zh: '店铺承诺发货时限(小时)', en: 'Shop’s ship-within promise (hours)' },
  'order.agreedShipBy': { zh: '买家同意的发货日期', en: 'Ship-by date the buyer agreed to' },
  'order.paymentMethod': { zh: '付款方式', en: 'Payment method' },
  'order.outboundFreight': { zh: '卖家发货运费(元)', en: 'Outbound freight paid by the seller (yuan)' },
  'order.brandGoods': { zh: '品牌商品', en: 'Branded goods' },
  'order.sellerDeclaredOutOfStock': { zh: '卖家付款后告知缺货', en: 'Seller declared out of stock after payment' },
  'order.freeShipping': { zh: '包邮', en: 'Free shipping' },
  'order.goodsClass': { zh: '商品类别(七天无理由)', en: 'Class of goods (7-day returns)' },
  'order.nonReturnableConfirmed': {
    zh: '买家下单时确认不适用七天无理由',
    en: 'Buyer confirmed at checkout: no 7-day return',
  },
  'order.duringPromotion': { zh: '大促期间下单', en: 'Ordered during a large promotion' },
  'order.receiptConfirmed': { zh: '买家已确认收货', en: 'Buyer confirmed receipt' },
  'order.buyerUnreachableSince': { zh: '联系不上买家的起始时间', en: 'Buyer unreachable since' },
  'order.addressIncomplete': { zh: '收货地址明显不完整', en: 'Delivery address visibly incomplete' },
  'order.dropShipping': { zh: '代发订单', en: 'Drop-shipping order' },
  shipment: { zh: '发货记录', en: 'Shipment record' },
  'shipment.markedShippedAt': { zh: '点击发货时间', en: 'Marked shipped at' },
  'shipment.firstCarrierScanAt': { zh: '快递首次揽收扫描时间', en: 'First carrier scan at' },
  'shipment.waybillAt': { zh: '运单上的时间', en: 'Date on the waybill' },
  'shipment.carrierHasNoTrackingSystem': { zh: '承运商没有物流跟踪系统', en: 'Carrier has no tracking system' },
  'shipment.signedOnBuyerInstruction': { zh: '按买家指示代签', en: "Signed for on the buyer's instruction" },
  'shipment.carrierScanned': { zh: '快递系统已有扫描记录', en: 'Carrier has scanned the parcel' },
  'shipment.trackingValid': { zh: '运单号有效', en: 'Tracking number valid' },
  'shipment.trackingMatchesAddress': { zh: '物流显示买家的城市/地址', en: 'Tracking matches the buyer’s address' },
  'shipment.trackingCorrectedAt': { zh: '更正运单号的时间', en: 'Tracking number corrected at' },
  'shipment.lastTrackingUpdateAt': { zh: '最后一次物流更新时间', en: 'Last tracking update at' },
  'shipment.delayCause': { zh: '延误原因', en: 'Cause of delay' },
  'shipment.addressFault': { zh: '地址错误的责任方', en: 'Who caused the address problem' },
  'shipment.carrierChosenBy': { zh: '快递由谁选择', en: 'Carrier chosen by' },
  'shipment.method': { zh: '发货方式', en: 'Shipping method' },
  'shipment.agreedMethod': { zh: '约定的发货方式', en: 'Agreed shipping method' },
  'shipment.methodChangeConsented': {
    zh: '买家同意更换发货方式',
    en: 'Buyer agreed to a change of method',
  },
  'shipment.status': { zh: '包裹状态', en: 'Parcel status' },
  'shipment.deliveredAt': { zh: '签收时间', en: 'Signed for at' },
  'shipment.signedBy': { zh: '签收人', en: 'Signed for by' },
  'shipment.inspectedBeforeSigning': { zh: '买家签收前验货', en: 'Buyer inspected before signing' },
  'shipment.outerPackagingDamaged': { zh: '外包装破损', en: 'Outer packaging damaged' },
  'shipment.promisedDeliveryDays': { zh: '承诺送达天数(跨境)', en: 'Promised delivery days (cross-border)' },
  'shipment.reshipAgreedByBuyer': {
    zh: '买家书面同意补发并等待(跨境)',
    en: 'Buyer agreed in writing to a reship (cross-border)',
  },
  'shipment.reshippedAt': { zh: '补发时间', en: 'Reshipped at' },
  'shipment.courierMisdelivered': { zh: '快递确认误签/派错', en: 'Courier misdelivered (confirmed)' },
  'shipment.trackingFailedSecurityCheck': {
    zh: '包裹未通过安检(跨境)',
    en: 'Parcel failed the security check (cross-border)',
  },
  'shipment.trackingIsForwarderNumber': {
    zh: '运单号为货代转单号(跨境)',
    en: 'Tracking is a forwarder’s number (cross-border)',
  },
  'claim.type': { zh: '投诉类型', en: 'Claim type' },
  'claim.requestedRemedy': { zh: '买家诉求', en: 'Remedy the buyer asks for' },
  'claim.openedAt': { zh: '发起售后时间', en: 'Claim opened at' },
  'claim.sellerRefused': { zh: '卖家已拒绝申请', en: 'Seller already refused' },
  'claim.priorAgreement': { zh: '双方此前的约定', en: 'Prior agreement' },
  'claim.freightAgreed': { zh: '约定了退货运费由谁承担', en: 'Agreement says who pays return freight' },
  'claim.sellerPaidBeforeRuling': {
    zh: '卖家在判定前已赔付',
    en: 'Seller paid before the ruling',
  },
  'claim.escalated': { zh: '买家已申请平台介入', en: 'Buyer escalated to the platform' },
  'claim.refundRequestedAt': { zh: '买家申请退款的时间', en: 'When the buyer asked for a refund' },
  'claim.shipAfterRefundRequestConsented': {
    zh: '买家同意申请退款后仍发货',
    en: 'Buyer agreed to shipping after the refund request',
  },
  'claim.sellerRefusedOverReasonOnly': {
    zh: '卖家仅因退货理由拒绝退货',
    en: 'Seller refused only over the stated reason',
  },
  'evidence.buyerPhotos': { zh: '买家实物照片', en: 'Buyer’s photos' },
  'evidence.outerPackagingPhotoWithLabel': { zh: '外包装及面单照片', en: 'Outer packaging photo with label' },
  'evidence.innerDamagePhoto': { zh: '内物破损照片', en: 'Photo of the damage inside' },
  'evidence.brandAuthenticationReport': { zh: '品牌方鉴定报告', en: 'Brand authentication report' },
  'evidence.qualityInspectionReport': { zh: '质检报告', en: 'Quality inspection report' },
  'evidence.sellerAdmittedCounterfeit': { zh: '卖家承认非正品', en: 'Seller admitted the goods are not genuine' },
  'evidence.shippedWeightMatchesOrder': { zh: '仓库称重与订单相符', en: 'Warehouse weight matches the order' },
  'evidence.carrierWeightMatchesWarehouse': {
    zh: '快递称重与仓库相符',
    en: 'Carrier weight matches the warehouse',
  },
  'evidence.carrierCertificate': { zh: '快递证明', en: 'Carrier certificate' },
  'evidence.photoShowsShopProduct': { zh: '买家照片是本店商品', en: 'Photo shows the shop’s own product' },
  'evidence.sellerSourcingDocuments': { zh: '卖家进货凭证', en: 'Seller’s sourcing documents' },
  'evidence.fraudEstablished': { zh: '欺诈已认定', en: 'Fraud established' },
  'evidence.defectPhotoOrVideo': { zh: '瑕疵照片或视频', en: 'Photo or video of the defect' },
  'evidence.warehouseFoundShippedSound': {
    zh: '仓库核查发出时无此问题',
    en: 'Warehouse found the goods left sound',
  },
  'item.used': { zh: '已使用', en: 'Used' },
  'item.washed': { zh: '已洗涤', en: 'Washed' },
  'item.tagsIntact': { zh: '吊牌完好', en: 'Tags intact' },
  'item.packagingIntact': { zh: '包装完好', en: 'Packaging intact' },
  'item.resalable': { zh: '可二次销售', en: 'Resalable' },
  'item.defect': { zh: '瑕疵程度', en: 'Defect' },
  'item.defectCause': { zh: '瑕疵原因', en: 'Cause of the defect' },
  'item.defectVisible': { zh: '问题肉眼可见', en: 'Defect visible to the eye' },
  'item.defectAppearedAfterUseDays': { zh: '使用几天后出现问题', en: 'Defect appeared after days of use' },
  'item.openedForInspectionOnly': { zh: '仅为验货拆封/试穿', en: 'Opened only to inspect' },
  'item.matchesDescription': { zh: '与描述相符', en: 'Matches the description' },
  'item.clothing': { zh: '服装类商品', en: 'Clothing' },
  'promises.returnFreightInsurance': { zh: '显示退货包运费/运费险', en: 'Return-freight insurance shown' },
  'promises.insuranceLimitExplained': { zh: '已说明运费险补贴上限', en: 'Insurance limit explained' },
  'promises.fullReturnFreight': { zh: '承诺全额退运费', en: 'Promised the whole return freight' },
  'promises.performanceGuarantee': { zh: '承诺了商品效果', en: 'Performance guaranteed' },
  'promises.refusedCarriersDisclosed': {
    zh: '事先告知不接受的快递/到付',
    en: 'Refused carriers disclosed beforehand',
  },
  'promises.listedService': { zh: '商品页承诺的服务', en: 'Service promised on the listing' },
  'promises.listedServiceRefused': { zh: '卖家拒绝提供该服务', en: 'Seller refused that service' },
  'promises.listingMisleading': { zh: '宣传误导买家', en: 'Listing misleading' },
  'promises.negotiatedPrice': { zh: '议价金额(元)', en: 'Negotiated price (yuan)' },
  'promises.negotiatedPriceAgreedAt': { zh: '议价达成时间', en: 'Price agreed at' },
  'promises.negotiatedPriceValidUntil': { zh: '议价有效期至', en: 'Negotiated price valid until' },
  'promises.negotiatedPriceRefused': { zh: '卖家拒绝按议价执行', en: 'Seller refused the negotiated price' },
  'promises.agentPromisedShipInsteadOfRefund': {
    zh: '客服承诺改为发货',
    en: 'Agent promised to ship instead of refunding',
  },
  'promises.refundProcessedAfterShipPromise': {
    zh: '承诺发货后仍被退款',
    en: 'Refund processed after that promise',
  },
  'returnShipment.method': { zh: '退货方式', en: 'Return method' },
  'returnShipment.cost': { zh: '退货运费(元)', en: 'Return freight (yuan)' },
  'returnShipment.collectOnDelivery': { zh: '到付寄回', en: 'Sent freight collect (到付)' },
  'returnShipment.insuranceStatus': { zh: '运费险状态', en: 'Return-freight insurance' },
  'returnShipment.insuranceSubsidy': { zh: '运费险赔付(元)', en: 'Insurance subsidy (yuan)' },
  'returnShipment.receivedAt': { zh: '卖家签收退货时间', en: 'Seller signed for the return at' },
  'returnShipment.sellerSignedWithoutInspection': {
    zh: '卖家未验货即签收退货',
    en: 'Seller signed without inspecting',
  },
  'returnShipment.anomalyFoundBySeller': { zh: '卖家发现的退货异常', en: 'Anomaly found by the seller' },
  'shopPolicy.returnWindowDays': { zh: '无理由退货天数', en: 'No-reason return window (days)' },
  'shopPolicy.afterSalePeriodDays': { zh: '售后保障天数', en: 'After-sale period (days)' },
  'shopPolicy.deductOutboundFreight': { zh: '无理由退货扣除发货运费', en: 'Deduct outbound freight' },
  'shopPolicy.returnFreightCap': { zh: '退货运费报销上限(元)', en: 'Return freight cap (yuan)' },
  'shopPolicy.reimbursesExpressCarriers': { zh: '报销顺丰等快递运费', en: 'Reimburses express carriers' },
  'shopPolicy.refusesCollectOnDelivery': { zh: '拒收到付退货', en: 'Refuses freight-collect returns' },
};

/** What the required fields (which have no question in the catalogue) mean, in Chinese. */
export const REQUIRED_MEANING_ZH: Readonly<Record<string, string>> = {
  caseId: '案件编号,判定结果中原样返回。',
  platform: '适用哪个平台的规则。',
  asOf: '作出判定的时间:判定唯一依据的时钟。',
  'order.paidAt': '买家付款时间。',
  'order.amount': '争议商品的实际成交价。',
  'order.fulfilment': '商品如何发货;未填写时按现货。',
  'order.paymentMethod': '买家如何付款;未填写时按担保交易。',
  'order.goodsClass': '七天无理由退货所指的商品类别;未填写时按普通商品。',
  'claim.type': '买家投诉的问题。',
  'claim.openedAt': '买家发起售后的时间。',
};

/**
 * The labels of an enum field's values: the case vocabulary whose values are exactly these (their
 * labels and meanings are `VALUE_TEXT`'s, src/schema/value-text.ts); undefined for a vocabulary
 * without labels (the page then shows the codes).
 */
export function valueLabels(values: readonly string[]): Readonly<Record<string, Text>> | undefined {
  const texts = valueTexts(values);
  return texts && Object.fromEntries(Object.entries(texts).map(([v, x]) => [v, x.label]));
}

/** What one value of an enum field means, in one language (the option's tooltip); undefined when unknown. */
export function valueMeaning(values: readonly string[], value: string, lang: 'zh' | 'en'): string | undefined {
  const x = valueTexts(values)?.[value];
  return x && x.means[lang];
}
