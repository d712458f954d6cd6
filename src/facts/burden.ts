/**
 * Burden of proof: what the absence of each case fact means, who answers it, and the question a
 * judge asks for it. 谁主张,谁举证 — who asserts must prove.
 *
 * - `unknown`: a fact every case of its kind has; absent, the judge must ask for it, and a rule
 *   that needs it waits (its decisions stay provisional).
 * - `not_shown`: evidence, a promise, an admission, a certificate, an exception to a rule. Absent,
 *   the party who must show it has not: it is not established, every condition that needs a shown
 *   value is false, and the decision is taken on the record.
 *
 * Required and defaulted case fields are always present and need no entry; derived facts take
 * their burden from their inputs. `catalog.ts` checks that every other case fact has one.
 */
export interface Burden {
  readonly absent: 'unknown' | 'not_shown';
  /** `not_shown`: who must show it; `unknown`: who can answer it. */
  readonly party: 'buyer' | 'seller' | 'platform';
  /** The question a judge asks, phrased for the party; about the future, phrased as an estimate. */
  readonly question: { readonly zh: string; readonly en: string };
  /** Where a seed (`000:188-191`) or a public rule says who must prove it. */
  readonly source?: string;
  /**
   * `not_shown`: the value the record holds while nothing is shown, where it is not the default —
   * false for a boolean (not true), `none` for an enum. A fact phrased so that the party asserts
   * its negative holds true (the goods are resalable until the seller shows they are not); who
   * chose the carrier holds `seller` until the seller shows the buyer did.
   */
  readonly notShownValue?: string | boolean;
}

export const BURDEN: Readonly<Record<string, Burden>> = {
  // order
  'order.presaleShipBy': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:99',
    question: {
      zh: '预售商品页面写明的发货日期是哪天(卖家须举证)?',
      en: 'What ship-by date did the presale listing state (the seller must show it)?',
    },
  },
  'order.promisedShipWithinHours': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '店铺是否自己承诺过多少小时内发货(买家须举证)?',
      en: 'Did the shop promise to ship within a number of hours of its own, and how many (the buyer must show it)?',
    },
  },
  'order.agreedShipBy': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '买家是否明确同意过某个发货日期,是哪天(卖家须举证)?',
      en: 'Did the buyer explicitly agree to a ship-by date, and which (the seller must show it)?',
    },
  },
  'order.outboundFreight': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:170; 淘宝平台争议处理规则 第五十三条',
    question: {
      zh: '卖家发出这笔订单付了多少运费(元)?',
      en: 'How much freight did the seller pay to ship the order (yuan)?',
    },
  },
  'order.brandGoods': {
    absent: 'unknown',
    party: 'seller',
    question: { zh: '商品是否带有或声称某个品牌?', en: 'Do the goods carry or claim a brand?' },
  },
  'order.sellerDeclaredOutOfStock': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '卖家是否在买家付款后告知过缺货(买家须举证,如聊天记录)?',
      en: 'Did the seller tell the buyer after payment that it had no stock (the buyer must show it, e.g. the chat)?',
    },
  },
  'order.freeShipping': {
    absent: 'unknown',
    party: 'seller',
    question: {
      zh: '这笔订单是否包邮(买家未付去程运费)?',
      en: 'Was the order free-shipping (the buyer paid no outbound freight)?',
    },
  },
  'order.nonReturnableConfirmed': {
    absent: 'not_shown',
    party: 'seller',
    source: '消费者权益保护法 第二十五条',
    question: {
      zh: '买家是否在下单时明确确认过不适用七天无理由退货(卖家须举证)?',
      en: 'Did the buyer confirm at checkout that no 7-day return applies (the seller must show it)?',
    },
  },
  // Only the presale-promotion extension of the ship window reads it: the seller's exception.
  'order.duringPromotion': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:149',
    question: {
      zh: '订单是否在平台大促期间(如双十一)下单(卖家须举证)?',
      en: 'Was the order placed during a large platform promotion, e.g. Double 11 (the seller must show it)?',
    },
  },
  // The order record shows it; the seller relies on it (it voids the return-freight insurance,
  // 002:629; it moves the proof of a surface mismatch onto the buyer, DR 76).
  'order.receiptConfirmed': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:629; 淘宝平台争议处理规则 第三十三条、第七十六条',
    question: {
      zh: '买家是否在申请售后前已点击“确认收货”(卖家须举证,订单记录即可)?',
      en: 'Had the buyer clicked "confirm receipt" on the order before the claim (the seller must show it; the order record will do)?',
    },
  },
  'order.buyerUnreachableSince': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '卖家从何时起通过旺旺和电话都联系不上买家(卖家须举证)?',
      en: 'Since when has the seller failed to reach the buyer by chat and by phone (the seller must show it)?',
    },
  },
  'order.addressIncomplete': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '买家填写的收货地址是否明显不全、无法照此发货(卖家须举证)?',
      en: 'Was the address the buyer gave visibly incomplete, so the parcel could not be sent (the seller must show it)?',
    },
  },
  'order.dropShipping': {
    absent: 'not_shown',
    party: 'seller',
    source: '004:14',
    question: {
      zh: '这是否为代发订单,买家留的不是最终收件人的地址(卖家须举证,如聊天记录)?',
      en: "Is this a drop-shipping order whose address is not the final recipient's (the seller must show it, e.g. the chat)?",
    },
  },

  // shipment
  shipment: {
    absent: 'not_shown',
    party: 'seller',
    source: '000:191',
    question: {
      zh: '订单是否已经发货(卖家须举证,如发货面单)?',
      en: 'Was the order shipped (the seller must show it, e.g. the shipping label)?',
    },
  },
  'shipment.markedShippedAt': {
    absent: 'unknown',
    party: 'seller',
    question: {
      zh: '卖家在平台上点击“发货”是什么时间?',
      en: 'When did the seller mark the order as shipped in the platform?',
    },
  },
  // The carrier is not a party: its record is the seller's to produce (000:191: the seller supplies
  // the waybill and uploads proof; DR 25: the ship time is the carrier's system record). Asked only
  // once the carrier is shown to have the parcel; with no carrier event, carrierScanned decides.
  'shipment.firstCarrierScanAt': {
    absent: 'unknown',
    party: 'seller',
    source: '000:191; 淘宝平台争议处理规则 第二十五条',
    question: {
      zh: '承运商系统里的首次揽收扫描是什么时间(卖家请出示揽收记录)?',
      en: "When did the carrier first scan the parcel (the seller shows the carrier's pickup record)?",
    },
  },
  'shipment.waybillAt': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:191',
    question: {
      zh: '运单上写的日期是哪天(卖家须出示运单)?',
      en: 'What date is written on the waybill (the seller must show the waybill)?',
    },
  },
  // Any carrier event in the record (a first scan, a status, a sign-for, a tracking movement, a
  // signer) implies a scan (deriveFacts); with none, the seller has not shown the carrier has the
  // parcel (000:188-191: no tracking record → the buyer may have a refund).
  'shipment.carrierScanned': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:188-191; 淘宝平台争议处理规则 第二十五条、第三十八条',
    question: {
      zh: '承运商系统里是否已有这个包裹的揽收或任何扫描记录(卖家须举证)?',
      en: "Does the carrier's system have a pickup or any scan of the parcel (the seller must show it)?",
    },
  },
  'shipment.carrierHasNoTrackingSystem': {
    absent: 'not_shown',
    party: 'seller',
    source: '淘宝平台争议处理规则 第二十五条(二)',
    question: {
      zh: '承运人是否根本没有系统记录条件(如无查询系统的物流),只能以面单日期为准(卖家须举证)?',
      en: 'Does the carrier have no tracking system at all, so that only the waybill date can show the ship time (the seller must show it)?',
    },
  },
  // A fake shipment is the buyer's allegation (000:188-191): the tracking stands as given until the
  // buyer shows it does not resolve or does not lead to them.
  'shipment.trackingValid': {
    absent: 'not_shown',
    party: 'buyer',
    notShownValue: true,
    source: '000:188-191',
    question: {
      zh: '买家能否证明运单号在承运商处查不到?',
      en: 'Can the buyer show the tracking number does not resolve at the carrier?',
    },
  },
  'shipment.trackingMatchesAddress': {
    absent: 'not_shown',
    party: 'buyer',
    notShownValue: true,
    source: '000:188-191',
    question: {
      zh: '买家能否证明物流信息显示的不是买家的城市/地址?',
      en: "Can the buyer show the tracking does not lead to the buyer's city or address?",
    },
  },
  'shipment.trackingCorrectedAt': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '填错的运单号是否已更正,何时更正(卖家须举证)?',
      en: 'Was a mistyped tracking number replaced, and when (the seller must show it)?',
    },
  },
  // A tracking movement is the carrier's record, the seller's to produce from its backend and the
  // carrier's site (002:327-333; 000:191). Not shown: no movement is established, so no stall is
  // either, and — being no carrier event of the case — it implies no scan.
  'shipment.lastTrackingUpdateAt': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:327-333; 000:191',
    question: {
      zh: '物流信息最近一次更新是什么时间(卖家须出示,可在后台和承运商官网查看)?',
      en: "When did the carrier's tracking last show a movement (the seller must show it; it sees it in its backend and on the carrier's site)?",
    },
  },
  'shipment.delayCause': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:111-127; 002:341-347',
    question: {
      zh: '卖家能否出示承运商对在途延误原因的说明(爆仓、天气、承运商事故)?',
      en: "Can the seller show the carrier's notice of the cause of the delay in transit (backlog, weather, an accident of its own)?",
    },
  },
  'shipment.addressFault': {
    absent: 'not_shown',
    party: 'seller',
    source: '004:14',
    question: {
      zh: '地址错误或不全是谁造成的(称买家所致的,卖家须举证)?',
      en: 'Who caused the wrong or incomplete address (the seller must show it was the buyer)?',
    },
  },
  'shipment.carrierChosenBy': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: 'seller',
    source: '电子商务法 第二十条',
    question: {
      zh: '快递是否由买家另行选择(卖家须举证;否则视为卖家选择)?',
      en: 'Did the buyer choose the carrier (the seller must show it; otherwise the seller chose it)?',
    },
  },
  'shipment.method': {
    absent: 'unknown',
    party: 'seller',
    question: { zh: '包裹是用什么方式寄出的?', en: 'How was the parcel shipped?' },
  },
  'shipment.agreedMethod': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '买卖双方是否约定过运输方式,是哪种(买家须举证)?',
      en: 'Did buyer and seller agree on a shipping method, and which (the buyer must show it)?',
    },
  },
  'shipment.methodChangeConsented': {
    absent: 'not_shown',
    party: 'seller',
    source: '004:14',
    question: {
      zh: '买家是否同意了更换运输方式(卖家须举证)?',
      en: 'Did the buyer agree to the change of shipping method (the seller must show it)?',
    },
  },
  // The parcel's status is the carrier's record, which the seller produces from its tracking feed
  // (000:188-191; DR 25, DR 38: the seller proves delivery when the buyer says nothing came). Not
  // shown: no status is established — not delivered, not lost, not in transit — and, since only a
  // status the case gives is a carrier event, a seller that shows none has not shown the parcel left.
  'shipment.status': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:188-191; 淘宝平台争议处理规则 第二十五条、第三十八条',
    question: {
      zh: '物流记录显示包裹现在处于什么状态(在途、已签收、丢失、超区、退回、拒收;卖家须出示物流记录)?',
      en: "Where is the parcel now by the carrier's record (in transit, delivered, lost, out of area, returned, refused; the seller must show the tracking record)?",
    },
  },
  'shipment.deliveredAt': {
    absent: 'unknown',
    party: 'seller',
    source: '淘宝平台争议处理规则 第三十八条; 000:218',
    question: {
      zh: '物流记录显示的签收时间是什么时候?',
      en: "When was the parcel signed for, by the carrier's record?",
    },
  },
  // Who signed is the seller's to establish in a non-receipt claim (DR 38); the courier gives it the
  // signer's details (000:216). Not shown: who signed is not established (`unknown`).
  'shipment.signedBy': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: 'unknown',
    source: '淘宝平台争议处理规则 第三十六条、第三十八条; 000:216',
    question: {
      zh: '包裹由谁签收(买家本人、代收人、快递柜;卖家须向快递公司取得签收人信息)?',
      en: "Who signed for the parcel (the buyer, a proxy, a parcel locker; the seller obtains the signer's details from the courier)?",
    },
  },
  // DR 28/36: a proxy or a locker counts as the buyer's own signature only when the buyer told the
  // courier to use it (or agreed beforehand); the buyer says so, in the chat or the courier's record.
  'shipment.signedOnBuyerInstruction': {
    absent: 'not_shown',
    party: 'seller',
    source: '淘宝平台争议处理规则 第二十八条、第三十六条',
    question: {
      zh: '代收或放快递柜是否出于买家的指示或事先同意(卖家须举证,如聊天记录或快递记录)?',
      en: "Was the parcel left with a proxy or in a locker on the buyer's instruction or prior consent (the seller must show it, e.g. the chat or the courier's record)?",
    },
  },
  'shipment.inspectedBeforeSigning': {
    absent: 'unknown',
    party: 'buyer',
    question: { zh: '买家签收前是否当面验货?', en: 'Did the buyer inspect the goods before signing?' },
  },
  'shipment.outerPackagingDamaged': {
    absent: 'unknown',
    party: 'buyer',
    question: { zh: '包裹外包装到达时是否破损?', en: 'Was the outer packaging damaged on arrival?' },
  },
  'shipment.promisedDeliveryDays': {
    absent: 'unknown',
    party: 'seller',
    question: { zh: '跨境订单承诺的运达时间是多少天?', en: 'Cross-border: what delivery time was promised, in days?' },
  },
  'shipment.reshipAgreedByBuyer': {
    absent: 'not_shown',
    party: 'seller',
    source: '004:14',
    question: {
      zh: '买家是否书面同意重新发货并愿意等待(卖家须举证)?',
      en: 'Did the buyer agree in writing to a reship and to wait (the seller must show it)?',
    },
  },
  'shipment.reshippedAt': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '卖家是否重新发过货,何时(卖家须举证)?',
      en: 'Did the seller reship the goods, and when (the seller must show it)?',
    },
  },
  'shipment.courierMisdelivered': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:216',
    question: {
      zh: '卖家能否出示快递公司确认其快递员误签或派错的说明?',
      en: "Can the seller show the carrier's confirmation that its courier delivered to the wrong person or place?",
    },
  },
  'shipment.trackingFailedSecurityCheck': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '跨境包裹是否因未通过安检而查不到物流(卖家须举证)?',
      en: "Cross-border: did the parcel fail the carrier's security check, so its tracking shows nothing (the seller must show it)?",
    },
  },
  'shipment.trackingIsForwarderNumber': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '提供的运单号是否为货代转单号而非最终承运商单号(卖家须举证)?',
      en: "Cross-border: is the tracking number a forwarder's transfer number rather than the final carrier's (the seller must show it)?",
    },
  },

  // claim
  'claim.requestedRemedy': {
    absent: 'unknown',
    party: 'buyer',
    question: {
      zh: '买家要求的是什么处理(仅退款、退货退款、换货、补发、部分退款)?',
      en: 'What does the buyer ask for (refund only, return and refund, exchange, reship, partial refund)?',
    },
  },
  'claim.sellerRefused': {
    absent: 'unknown',
    party: 'seller',
    question: { zh: '卖家是否已经拒绝了买家的申请?', en: "Has the seller already rejected the buyer's request?" },
  },
  'claim.priorAgreement': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '申请前买卖双方是否已达成处理约定,约定了什么(买家须举证)?',
      en: 'Did buyer and seller agree on a remedy before the claim, and on what (the buyer must show it)?',
    },
  },
  'claim.freightAgreed': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '该约定是否写明了退货运费由谁承担(卖家须举证)?',
      en: 'Did that agreement say who pays the return freight (the seller must show it)?',
    },
  },
  'claim.sellerPaidBeforeRuling': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '卖家是否在平台判定投诉成立前已支付赔付(卖家须举证)?',
      en: 'Did the seller pay the compensation before the platform upheld the complaint (the seller must show it)?',
    },
  },
  'claim.escalated': {
    absent: 'not_shown',
    party: 'platform',
    question: {
      zh: '买家是否已申请平台客服介入?',
      en: 'Has the buyer escalated the dispute to the platform (客服介入)?',
    },
  },
  // DR 27: the platform's refund record; the buyer relies on it.
  'claim.refundRequestedAt': {
    absent: 'not_shown',
    party: 'buyer',
    source: '淘宝平台争议处理规则 第二十七条',
    question: {
      zh: '买家是否在卖家发货前申请过退款,是什么时间(买家须举证,平台退款记录即可)?',
      en: "Did the buyer apply for a refund before the order shipped, and when (the buyer must show it; the platform's refund record will do)?",
    },
  },
  'claim.shipAfterRefundRequestConsented': {
    absent: 'not_shown',
    party: 'seller',
    source: '淘宝平台争议处理规则 第二十七条',
    question: {
      zh: '买家申请退款后,是否同意卖家仍然发货(卖家须举证,如聊天记录)?',
      en: 'After applying for the refund, did the buyer agree that the seller ship the order after all (the seller must show it, e.g. the chat)?',
    },
  },
  'claim.sellerRefusedOverReasonOnly': {
    absent: 'unknown',
    party: 'seller',
    question: {
      zh: '卖家拒绝退货是否仅因不认可买家选择的理由,而非货物状况?',
      en: "Did the seller refuse the return only because it disputes the buyer's stated reason, not over the goods' condition?",
    },
  },

  // evidence
  // In a quality or not-as-described claim the buyer's photos of what arrived are its photos of the
  // defect (deriveFacts: evidence.defectPhotoOrVideo follows from them): 000:136, 000:176, 002:755.
  'evidence.buyerPhotos': {
    absent: 'not_shown',
    party: 'buyer',
    source: '000:136, 002:707',
    question: { zh: '买家能否提供收到货物的照片?', en: 'Can the buyer show photos of what arrived?' },
  },
  'evidence.outerPackagingPhotoWithLabel': {
    absent: 'not_shown',
    party: 'buyer',
    source: '002:461',
    question: {
      zh: '买家能否提供带收件信息面单、能看清破损处的外包装照片?',
      en: 'Can the buyer show a photo of the outer packaging with the shipping label and the damage visible?',
    },
  },
  'evidence.innerDamagePhoto': {
    absent: 'not_shown',
    party: 'buyer',
    source: '002:465',
    question: {
      zh: '买家能否提供外包装破损导致内物破损的照片?',
      en: 'Can the buyer show a photo of the damage inside, caused through the broken packaging?',
    },
  },
  'evidence.brandAuthenticationReport': {
    absent: 'not_shown',
    party: 'buyer',
    source: '001:33-34',
    question: {
      zh: '买家能否提供品牌方出具的鉴定报告?',
      en: "Can the buyer show a brand owner's authentication report?",
    },
  },
  'evidence.qualityInspectionReport': {
    absent: 'not_shown',
    party: 'buyer',
    source: '000:218, 001:33-34',
    question: {
      zh: '买家能否提供有资质机构出具的质检报告?',
      en: 'Can the buyer show a quality inspection report from a qualified body?',
    },
  },
  'evidence.sellerAdmittedCounterfeit': {
    absent: 'not_shown',
    party: 'buyer',
    source: '001:33-35',
    question: {
      zh: '买家能否证明卖家承认过货物非正品(含“高仿”“精仿”)?',
      en: 'Can the buyer show that the seller admitted the goods are not genuine (including 高仿 / 精仿)?',
    },
  },
  'evidence.shippedWeightMatchesOrder': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:701',
    question: {
      zh: '卖家能否出示仓库称重记录,证明发货重量与订单相符?',
      en: "Can the seller show warehouse weighing records matching the order's expected weight?",
    },
  },
  'evidence.carrierWeightMatchesWarehouse': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:701',
    question: {
      zh: '卖家能否出示快递内网称重记录,证明与仓库称重一致?',
      en: "Can the seller show the carrier's weighing record matching the warehouse weight?",
    },
  },
  'evidence.carrierCertificate': {
    absent: 'not_shown',
    party: 'seller',
    source: '001:42',
    question: {
      zh: '卖家能否出示快递公司证明,由哪一级出具(网点或总部)?',
      en: "Can the seller show a carrier's certificate, and which office issued it (local branch or headquarters)?",
    },
  },
  'evidence.photoShowsShopProduct': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    source: '002:737-747',
    question: {
      zh: '卖家能否证明买家照片里的商品不是本店商品(如店铺没有该商品的凭证)?',
      en: "Can the seller show that the buyer's photo is not of the shop's product (e.g. proof the shop does not sell it)?",
    },
  },
  'evidence.sellerSourcingDocuments': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '卖家能否出示进货发票或授权等货源凭证?',
      en: 'Can the seller show invoices or an authorisation proving where the goods came from?',
    },
  },
  'evidence.fraudEstablished': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '买家能否证明卖家存在欺诈(如以假充真)?',
      en: 'Can the buyer show fraud (e.g. counterfeit goods sold as genuine)?',
    },
  },
  'evidence.defectPhotoOrVideo': {
    absent: 'not_shown',
    party: 'buyer',
    source: '002:755',
    question: {
      zh: '买家能否提供清楚显示问题的照片或视频?',
      en: 'Can the buyer show the defect in clear photos or video?',
    },
  },
  'evidence.warehouseFoundShippedSound': {
    absent: 'not_shown',
    party: 'seller',
    source: '000:136-137',
    question: {
      zh: '卖家仓库能否凭发货记录证明货物出库时没有该问题?',
      en: 'Can the seller show from its warehouse records that the goods had no such problem when they left?',
    },
  },

  // item
  'item.used': {
    absent: 'not_shown',
    party: 'seller',
    question: { zh: '卖家能否证明货物已被使用过?', en: 'Can the seller show the goods were used?' },
  },
  'item.washed': {
    absent: 'not_shown',
    party: 'seller',
    question: { zh: '卖家能否证明货物已被洗过?', en: 'Can the seller show the goods were washed?' },
  },
  'item.tagsIntact': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    question: { zh: '卖家能否证明吊牌已被剪掉或损坏?', en: 'Can the seller show the tags were removed or damaged?' },
  },
  'item.packagingIntact': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    question: { zh: '卖家能否证明原包装已损坏?', en: 'Can the seller show the original packaging is damaged?' },
  },
  'item.resalable': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    question: { zh: '卖家能否证明货物影响二次销售?', en: 'Can the seller show the goods can no longer be sold again?' },
  },
  'item.defect': {
    absent: 'unknown',
    party: 'buyer',
    question: {
      zh: '货物问题有多严重(无问题、轻微瑕疵、严重问题)?',
      en: 'How serious is the defect (none, minor, major)?',
    },
  },
  // DR 65: once the buyer's preliminary proof is in, the seller explains it or shows there is no
  // defect, else the quality problem is held true; misuse is the seller's to show (002:775-779). The
  // rules that read the cause also require the buyer's proof, so the presumption never runs ahead.
  'item.defectCause': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: 'manufacturing',
    source: '淘宝平台争议处理规则 第六十五条; 002:775-779; 消费者权益保护法 第二十三条',
    question: {
      zh: '卖家能否证明问题不是商品本身造成的(运输、买家使用不当,或无法查明)?',
      en: "Can the seller show the defect is not the goods' own (transit, the buyer's misuse, or it cannot be told)?",
    },
  },
  // DR 65 (a defect visible to the eye: the buyer's preliminary proof first) is the ordinary path;
  // a buyer who says the defect cannot be seen (DR 66: the seller's sourcing and compliance
  // documents first) says so. Not shown: visible.
  'item.defectVisible': {
    absent: 'not_shown',
    party: 'buyer',
    notShownValue: true,
    source: '淘宝平台争议处理规则 第六十五条、第六十六条',
    question: {
      zh: '买家所说的问题是否肉眼看不出、只有使用或检测才能发现(买家须说明)?',
      en: 'Is the problem the buyer complains of one that cannot be seen by eye, showing only in use or by testing (the buyer must say so)?',
    },
  },
  'item.defectAppearedAfterUseDays': {
    absent: 'unknown',
    party: 'buyer',
    question: {
      zh: '问题是使用多少天后出现的(收到即有为 0)?',
      en: 'After how many days of use did the defect appear (0 if present on arrival)?',
    },
  },
  // RR 8-9, IR 19: opening or trying on to inspect does not break "intact"; the seller shows the
  // goods were opened beyond inspection (tags removed, a one-time seal broken, electronics activated).
  'item.openedForInspectionOnly': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    source: '网络购买商品七日无理由退货暂行办法 第八条、第九条; 消费者权益保护法实施条例 第十九条',
    question: {
      zh: '卖家能否证明货物的拆封超出了查验所需(剪吊牌、拆一次性封口、激活电子产品)?',
      en: 'Can the seller show the goods were opened beyond what inspection needs (tags removed, a one-time seal broken, electronics activated)?',
    },
  },
  'item.matchesDescription': {
    absent: 'unknown',
    party: 'buyer',
    question: {
      zh: '收到的货物与下单和描述的是否一致(口味、外观、材质等)?',
      en: 'Do the goods match what was ordered and described (flavour, appearance, material, …)?',
    },
  },
  'item.clothing': {
    absent: 'unknown',
    party: 'seller',
    question: { zh: '货物是否为服装?', en: 'Are the goods clothing?' },
  },

  // promises
  'promises.returnFreightInsurance': {
    absent: 'not_shown',
    party: 'buyer',
    source: '002:565-567',
    question: {
      zh: '买家下单时商品页面是否显示“退货包运费”(买家须举证)?',
      en: 'Did the listing show return-freight insurance (退货包运费) to this buyer (the buyer must show it)?',
    },
  },
  'promises.insuranceLimitExplained': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:583-587',
    question: {
      zh: '卖家是否事先告知买家运费险只补贴最低首重费用(卖家须举证)?',
      en: 'Did the seller tell the buyer beforehand that the insurance pays only the lowest first-weight price (the seller must show it)?',
    },
  },
  'promises.fullReturnFreight': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '卖家是否承诺过全额退还退货运费(买家须举证)?',
      en: 'Did the seller promise to refund the whole return freight (the buyer must show it)?',
    },
  },
  'promises.performanceGuarantee': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '卖家是否对所涉性能作过承诺(如“褪色全额退款”,买家须举证)?',
      en: 'Did the seller promise the performance in dispute (e.g. "fades → full refund"; the buyer must show it)?',
    },
  },
  'promises.refusedCarriersDisclosed': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:603-607',
    question: {
      zh: '卖家是否在退货前告知买家不接受哪些快递或到付(卖家须举证)?',
      en: 'Did the seller tell the buyer before the return which carriers or freight-collect it refuses (the seller must show it)?',
    },
  },
  'promises.listedService': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '商品页面承诺了哪项买家称被拒绝的服务(买家须举证)?',
      en: 'Which service promised on the listing does the buyer say was refused (the buyer must show the promise)?',
    },
  },
  'promises.listedServiceRefused': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '卖家是否拒绝向买家提供该承诺服务(买家须举证)?',
      en: 'Did the seller refuse the buyer that promised service (the buyer must show it)?',
    },
  },
  'promises.listingMisleading': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '商品页面宣传是否误导买家(如“0元送”“买一送一”未兑现,买家须举证)?',
      en: "Did the listing's advertising mislead the buyer (e.g. '0 元送', '买一送一' not honoured; the buyer must show it)?",
    },
  },
  'promises.negotiatedPrice': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '卖家是否在聊天中与买家议定过价格,多少元(买家须举证)?',
      en: 'Did the seller agree a price with the buyer in chat, and how much (the buyer must show it)?',
    },
  },
  'promises.negotiatedPriceAgreedAt': {
    absent: 'unknown',
    party: 'buyer',
    question: { zh: '议价是什么时间谈定的?', en: 'When was the negotiated price agreed?' },
  },
  'promises.negotiatedPriceValidUntil': {
    absent: 'not_shown',
    party: 'buyer',
    source: '000:208',
    question: {
      zh: '议价时是否约定了有效期限,到何时(买家须举证)?',
      en: 'Was a time limit stated for the negotiated price, and until when (the buyer must show it)?',
    },
  },
  'promises.negotiatedPriceRefused': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '卖家是否拒绝按议定价格改价或退差价(买家须举证)?',
      en: 'Did the seller refuse the negotiated price, by not changing the price or refunding the difference (the buyer must show it)?',
    },
  },
  'promises.agentPromisedShipInsteadOfRefund': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '买家表示不退款后,客服是否在聊天中承诺改为发货(买家须举证)?',
      en: 'After the buyer dropped the refund, did the agent promise in chat to ship instead (the buyer must show it)?',
    },
  },
  'promises.refundProcessedAfterShipPromise': {
    absent: 'not_shown',
    party: 'buyer',
    question: {
      zh: '该承诺后退款是否仍被处理、订单未发货(买家须举证)?',
      en: 'Did the refund go through anyway after that promise, so the order was not shipped (the buyer must show it)?',
    },
  },

  // returnShipment
  'returnShipment.method': {
    absent: 'unknown',
    party: 'buyer',
    question: { zh: '买家用什么方式寄回(或将寄回)货物?', en: 'How did / will the buyer send the goods back?' },
  },
  'returnShipment.cost': {
    absent: 'unknown',
    party: 'buyer',
    question: {
      zh: '退货运费是 / 将是多少元(报价即可)?',
      en: 'What does / will the return shipment cost, in yuan (a quote is fine)?',
    },
  },
  'returnShipment.collectOnDelivery': {
    absent: 'unknown',
    party: 'buyer',
    question: { zh: '退货是否以到付方式寄出?', en: 'Was / will the return be sent freight-collect (到付)?' },
  },
  // With the insurance shown on the order (promises.returnFreightInsurance), deriveFacts holds it
  // valid until the seller, who sees its status and the reason in the after-sale page, shows the
  // buyer voided it (002:625-637); without the promise, not shown is `none`.
  'returnShipment.insuranceStatus': {
    absent: 'not_shown',
    party: 'seller',
    source: '002:565-567, 002:625-637',
    question: {
      zh: '卖家能否在售后详情页出示这次退货的退货包运费因买家原因失效?',
      en: "Can the seller show from the after-sale page that the return-freight insurance of this return was voided through the buyer's fault?",
    },
  },
  'returnShipment.insuranceSubsidy': {
    absent: 'unknown',
    party: 'platform',
    question: {
      zh: '退货包运费为这次退货补贴 / 将补贴多少元?',
      en: 'How much does / will the return-freight insurance pay for this return, in yuan?',
    },
  },
  // A seller that alleges a problem with the return shows it inspected on signing (or obtained an
  // error entry or a carrier's certificate): 001:40-42; DR 37/75 by analogy.
  'returnShipment.sellerSignedWithoutInspection': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    source: '001:40-42',
    question: {
      zh: '卖家能否证明签收退货时当面验过货?',
      en: 'Can the seller show it inspected the return when it signed for it?',
    },
  },
  'returnShipment.anomalyFoundBySeller': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '卖家事后发现退货有什么异常(数量不对、破损、影响二次销售,卖家须举证)?',
      en: 'What did the seller find wrong with the return afterwards (quantity, damage, not resalable; the seller must show it)?',
    },
  },

  // DR 38: a seller who says it never got the return is answered by the counterparty's proof; the
  // buyer, who relies on the receipt to hold the seller to the refund deadline (RR 13), shows it
  // from the return tracking.
  'returnShipment.receivedAt': {
    absent: 'not_shown',
    party: 'buyer',
    source: '网络购买商品七日无理由退货暂行办法 第十三条; 淘宝平台争议处理规则 第三十八条',
    question: {
      zh: '卖家是什么时间签收退回商品的(买家须举证,退货物流的签收记录即可)?',
      en: "When did the seller sign for the returned goods (the buyer must show it; the return tracking's sign-for will do)?",
    },
  },

  // shopPolicy
  'shopPolicy.returnWindowDays': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '店铺自己规定的无理由退货期限是几天(卖家须举证)?',
      en: "What no-reason return window does the shop's own policy set, in days (the seller must show it)?",
    },
  },
  'shopPolicy.afterSalePeriodDays': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '店铺对签收后出现的问题提供多少天售后期(卖家须举证)?',
      en: 'For how many days after delivery does the shop repair or compensate defects (the seller must show its policy)?',
    },
  },
  'shopPolicy.deductOutboundFreight': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '店铺是否规定非质量退货从退款中扣除发货运费(卖家须举证)?',
      en: "Does the shop's policy deduct the outbound freight from the refund on a no-quality return (the seller must show it)?",
    },
  },
  'shopPolicy.returnFreightCap': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '店铺为卖家责任的退货最多报销多少运费(元,卖家须举证)?',
      en: 'What is the most the shop reimburses for a seller-liable return, in yuan (the seller must show its policy)?',
    },
  },
  'shopPolicy.reimbursesExpressCarriers': {
    absent: 'not_shown',
    party: 'seller',
    notShownValue: true,
    source: '000:179',
    question: {
      zh: '店铺是否只按普通快递报销、不报销顺丰等快递费用(卖家须举证)?',
      en: 'Does the shop pay SF / express rates, or only standard courier rates (the seller must show its policy)?',
    },
  },
  'shopPolicy.refusesCollectOnDelivery': {
    absent: 'not_shown',
    party: 'seller',
    question: {
      zh: '店铺是否规定拒收到付退货(卖家须举证)?',
      en: "Does the shop's policy refuse returns sent freight-collect (到付) (the seller must show it)?",
    },
  },
};
