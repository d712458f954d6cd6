// Generated from CaseSchema and the fact catalogue by scripts/case-types.ts: do not edit.
// test/case-types.test.ts fails when this file is stale; `npx tsx scripts/case-types.ts` rewrites it.

/**
 * A case as the caller writes it (defaults not yet applied): what `judge` takes. Each field's
 * comment says what it means; `CaseSchema` validates it at run time.
 */
export type CaseInput = {
  /**
   * Identifier echoed in the verdict.
   */
  caseId: string;
  /**
   * Marketplace whose rules apply.
   *
   * Values:
   * - `taobao` (Taobao / 淘宝): Taobao (C-shop) rules. 淘宝(集市店)的规则。
   * - `tmall` (Tmall / 天猫): Tmall (B-shop) rules. 天猫(商城)的规则。
   * - `pinduoduo` (Pinduoduo / 拼多多): Pinduoduo rules. 拼多多的规则。
   * - `aliexpress` (AliExpress / 速卖通): AliExpress (cross-border) rules. 速卖通(跨境)的规则。
   */
  platform: "taobao" | "tmall" | "pinduoduo" | "aliexpress";
  /**
   * When the judgement is made: the only clock the library reads.
   *
   * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
   */
  asOf: string;
  /**
   * The order: payment, price, fulfilment and what was promised at checkout.
   */
  order: {
    /**
     * Payment time.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     */
    paidAt: string;
    /**
     * Actual transaction price of the disputed goods, in yuan.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     */
    amount: number;
    /**
     * How the goods are fulfilled; default in_stock.
     *
     * Values:
     * - `in_stock` (in stock / 现货): In stock: ships within the platform limit. 现货商品,按平台时限发货。
     * - `presale` (presale / 预售): Presale: ships by the listing's stated date. 预售商品,按页面写明的发货日期发货。
     * - `custom` (made to order / 定制): Made to order: ships by the agreed lead time. 定制商品,按约定工期发货。
     * - `special_category` (special category / 特殊类目): A category with its own ship limit. 有特殊发货时限的类目。
     *
     * Default: `"in_stock"`.
     */
    fulfilment?: "in_stock" | "presale" | "custom" | "special_category" | undefined;
    /**
     * Presale only: the ship-by date stated on the listing.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    presaleShipBy?: string | undefined;
    /**
     * The shop's own ship-within promise in hours, if it made one.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    promisedShipWithinHours?: number | undefined;
    /**
     * A ship-by date the buyer explicitly agreed to.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    agreedShipBy?: string | undefined;
    /**
     * How the buyer paid; default escrow.
     *
     * Values:
     * - `escrow` (escrow / 担保交易): Paid through the platform escrow (Alipay, …). 通过平台担保付款(支付宝等)。
     * - `cash_on_delivery` (cash on delivery / 货到付款): Paid on delivery. 签收时付款。
     * - `bank_transfer` (bank transfer / 银行转账): Paid by bank transfer. 银行转账付款。
     *
     * Default: `"escrow"`.
     */
    paymentMethod?: "escrow" | "cash_on_delivery" | "bank_transfer" | undefined;
    /**
     * Freight the seller paid to ship the order, in yuan.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    outboundFreight?: number | undefined;
    /**
     * The goods carry or claim a brand, so a counterfeit claim makes sense.
     *
     * Absent: unknown: the judge asks for it.
     */
    brandGoods?: boolean | undefined;
    /**
     * The seller told the buyer after payment that it has no stock.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    sellerDeclaredOutOfStock?: boolean | undefined;
    /**
     * 包邮: the buyer paid no outbound freight.
     *
     * Absent: unknown: the judge asks for it.
     */
    freeShipping?: boolean | undefined;
    /**
     * Class of goods for the 7-day return law; default ordinary.
     *
     * Values:
     * - `ordinary` (ordinary goods / 普通商品): The 7-day no-reason return applies. 适用七天无理由退货。
     * - `custom_made` (custom-made / 定制商品): Made to the buyer's order: no 7-day return. 消费者定做的商品,不适用七天无理由。
     * - `perishable` (perishable / 鲜活易腐): Perishable: no 7-day return. 鲜活易腐商品,不适用七天无理由。
     * - `digital_unsealed` (unsealed digital goods / 已拆封的音像/软件): Unsealed audio-visual goods or software: no 7-day return. 已拆封的音像制品、软件等,不适用七天无理由。
     * - `periodical` (newspapers and periodicals / 报纸期刊): Delivered newspapers and periodicals: no 7-day return. 已交付的报纸期刊,不适用七天无理由。
     *
     * Default: `"ordinary"`.
     */
    goodsClass?: "ordinary" | "custom_made" | "perishable" | "digital_unsealed" | "periodical" | undefined;
    /**
     * The buyer explicitly confirmed at checkout that no 7-day return applies.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    nonReturnableConfirmed?: boolean | undefined;
    /**
     * The order was placed during a large platform promotion (e.g. Double 11).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    duringPromotion?: boolean | undefined;
    /**
     * The buyer clicked "confirm receipt" (确认收货) on the order before the claim; it voids the return-freight insurance (002:629).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    receiptConfirmed?: boolean | undefined;
    /**
     * Since when the seller has tried and failed to reach the buyer by chat and phone (e.g. to confirm a cash-on-delivery order); absent: no such period.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    buyerUnreachableSince?: string | undefined;
    /**
     * The delivery address the buyer gave is visibly incomplete, so the parcel cannot be sent as is.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    addressIncomplete?: boolean | undefined;
    /**
     * Drop-shipping order: the buyer is a reseller and the address given is not the final recipient's.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    dropShipping?: boolean | undefined;
  };
  /**
   * The outbound shipment; absent: the order was never shipped.
   *
   * Absent: not shown: the seller must show it, else it is not established.
   */
  shipment?: {
    /**
     * When the seller pressed "ship" in the platform.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    markedShippedAt?: string | undefined;
    /**
     * First scan in the carrier's system: this is the ship time.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    firstCarrierScanAt?: string | undefined;
    /**
     * The date written on the waybill (运单上的时间); absent: no waybill. Under Taobao art. 25 it is the ship time, with markedShippedAt, when the carrier has no record.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    waybillAt?: string | undefined;
    /**
     * Whether the carrier's system has any scan of the parcel as of asOf (false: checked, none yet); any carrier event in the record (a first scan, a status, a sign-for, a tracking movement, a signer) implies one.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierScanned?: boolean | undefined;
    /**
     * The carrier has no tracking system at all (尚不具有系统记录条件), so the waybill date stands in for the ship time (Taobao dispute rules art. 25(二)).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierHasNoTrackingSystem?: boolean | undefined;
    /**
     * The tracking number resolves at the carrier.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    trackingValid?: boolean | undefined;
    /**
     * The tracking shows the buyer's city/address.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    trackingMatchesAddress?: boolean | undefined;
    /**
     * When a mistyped tracking number was replaced; absent: never corrected.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    trackingCorrectedAt?: string | undefined;
    /**
     * The latest movement in the carrier's tracking.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    lastTrackingUpdateAt?: string | undefined;
    /**
     * Why the parcel is delayed in transit.
     *
     * Values:
     * - `none` (no delay / 无延误): No delay. 没有延误。
     * - `backlog` (backlog / 爆仓积压): Carrier backlog. 快递爆仓积压。
     * - `weather` (weather / 天气原因): Weather or other force majeure. 天气等不可抗力。
     * - `carrier_accident` (carrier accident / 快递事故): An accident on the carrier's side. 快递方的事故。
     * - `unknown` (cause unknown / 原因不明): Cause not known. 原因不明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    delayCause?: "none" | "backlog" | "weather" | "carrier_accident" | "unknown" | undefined;
    /**
     * Who caused a wrong or incomplete address.
     *
     * Values:
     * - `none` (nobody / 无人): No party is at fault. 没有一方有过错。
     * - `buyer` (buyer / 买家): The buyer's fault. 买家的过错。
     * - `seller` (seller / 卖家): The seller's fault. 卖家的过错。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    addressFault?: "none" | "buyer" | "seller" | undefined;
    /**
     * Who chose the carrier.
     *
     * Values:
     * - `seller` (seller / 卖家): Chosen by the seller. 卖家选择。
     * - `buyer` (buyer / 买家): Chosen by the buyer. 买家指定。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierChosenBy?: "seller" | "buyer" | undefined;
    /**
     * How the parcel was shipped.
     *
     * Values:
     * - `standard` (standard courier / 普通快递): A standard courier (ZTO, YTO, …). 普通快递(中通、圆通等)。
     * - `sf_express` (SF Express / 顺丰): SF Express. 顺丰速运。
     * - `ems` (EMS / EMS): China Post EMS. 中国邮政 EMS。
     * - `postal` (postal / 邮政平邮): Ordinary post. 邮政平邮/包裹。
     * - `small_parcel` (small parcel / 小包): Cross-border small parcel. 跨境小包。
     * - `commercial_express` (commercial express / 商业快递): Cross-border commercial express (DHL, FedEx, …). 跨境商业快递(DHL、FedEx 等)。
     *
     * Absent: unknown: the judge asks for it.
     */
    method?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * The shipping method agreed with the buyer, if one was.
     *
     * Values:
     * - `standard` (standard courier / 普通快递): A standard courier (ZTO, YTO, …). 普通快递(中通、圆通等)。
     * - `sf_express` (SF Express / 顺丰): SF Express. 顺丰速运。
     * - `ems` (EMS / EMS): China Post EMS. 中国邮政 EMS。
     * - `postal` (postal / 邮政平邮): Ordinary post. 邮政平邮/包裹。
     * - `small_parcel` (small parcel / 小包): Cross-border small parcel. 跨境小包。
     * - `commercial_express` (commercial express / 商业快递): Cross-border commercial express (DHL, FedEx, …). 跨境商业快递(DHL、FedEx 等)。
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    agreedMethod?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * The buyer agreed to a change of shipping method.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    methodChangeConsented?: boolean | undefined;
    /**
     * Where the parcel is now.
     *
     * Values:
     * - `in_transit` (in transit / 运输中): On its way, not yet signed for. 包裹在途,尚未签收。
     * - `delivered` (delivered / 已签收): The carrier records a sign-for (in person, by a proxy or a locker). 快递记录已签收(本人、代收或快递柜)。
     * - `lost` (lost / 丢件): The carrier confirms it lost the parcel. 快递确认丢失。
     * - `out_of_area` (out of area / 超区): Outside the carrier's delivery area. 超出快递派送范围。
     * - `returned_to_sender` (returned to sender / 已退回寄件人): Sent back to the seller. 包裹已退回卖家。
     * - `refused` (refused / 拒收): The buyer refused the parcel. 买家拒收了包裹。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    status?: "in_transit" | "delivered" | "lost" | "out_of_area" | "returned_to_sender" | "refused" | undefined;
    /**
     * Sign-for time in the carrier's record.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    deliveredAt?: string | undefined;
    /**
     * Who signed for the parcel.
     *
     * Values:
     * - `buyer` (the buyer / 买家本人): The buyer signed in person. 买家本人签收。
     * - `proxy` (a proxy / 他人代收): Someone else signed (guard, colleague, family). 他人代签(门卫、同事、家人)。
     * - `locker` (a locker / 快递柜/驿站): Left in a parcel locker or pick-up station. 放入快递柜或驿站。
     * - `unknown` (unknown / 不明): Who signed is not known. 签收人不明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    signedBy?: "buyer" | "proxy" | "locker" | "unknown" | undefined;
    /**
     * A proxy signed or the parcel went into a locker on the buyer's instruction or prior consent, so it counts as the buyer's own signature (Taobao dispute rules art. 28, 36).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    signedOnBuyerInstruction?: boolean | undefined;
    /**
     * The buyer inspected the goods before signing.
     *
     * Absent: unknown: the judge asks for it.
     */
    inspectedBeforeSigning?: boolean | undefined;
    /**
     * The outer packaging arrived damaged.
     *
     * Absent: unknown: the judge asks for it.
     */
    outerPackagingDamaged?: boolean | undefined;
    /**
     * Cross-border: the promised delivery time in days.
     *
     * Absent: unknown: the judge asks for it.
     */
    promisedDeliveryDays?: number | undefined;
    /**
     * Cross-border: the buyer agreed in writing to a reship and to wait.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    reshipAgreedByBuyer?: boolean | undefined;
    /**
     * When the seller sent the goods again (a reship) after the first parcel stalled or went missing; absent: no reship. markedShippedAt / firstCarrierScanAt stay those of the first parcel.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    reshippedAt?: string | undefined;
    /**
     * The carrier confirmed its courier delivered the parcel to the wrong person or place (误签 / 派错).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    courierMisdelivered?: boolean | undefined;
    /**
     * Cross-border: the parcel failed the carrier's security check (未通过安检), so its tracking number shows nothing.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    trackingFailedSecurityCheck?: boolean | undefined;
    /**
     * Cross-border: the tracking number given is a freight forwarder's transfer number (转单号) rather than the final carrier's.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    trackingIsForwarderNumber?: boolean | undefined;
  } | undefined;
  /**
   * The buyer's after-sale claim: what they complain about, when, and what was agreed.
   */
  claim: {
    /**
     * What the buyer complains about.
     *
     * Values:
     * - `late_shipment` (late shipment / 延迟发货): The buyer says the seller did not ship within the promised or the platform's time limit. Usual reasons: 未按约定时间发货, 延迟发货, 一直不发货. Needs: order.paidAt, shipment.firstCarrierScanAt, order.promisedShipWithinHours, order.agreedShipBy, order.presaleShipBy. 买家投诉卖家未在承诺或平台规定的时限内发货。
     * - `fake_shipment` (fake shipment / 虚假发货): The order was marked shipped, but the tracking number is invalid, never scanned or does not lead to the buyer. Usual reasons: 虚假发货, 物流单号不存在. Needs: shipment.markedShippedAt, shipment.carrierScanned, shipment.trackingValid, shipment.trackingMatchesAddress. 订单已点发货,但运单号无效、无揽收或物流与买家地址不符。
     * - `out_of_stock` (out of stock / 缺货): The seller cannot ship because it has no stock (told the buyer after payment). Usual reasons: 缺货. Needs: order.sellerDeclaredOutOfStock, shipment. 卖家无货可发(付款后告知缺货)。
     * - `shipping_chase` (chasing shipment / 催发货): The buyer chases the shipment before any ship-by deadline has passed. Usual reasons: 催发货. Needs: order.paidAt, order.promisedShipWithinHours, shipment. 买家催促发货,尚未到发货期限。
     * - `changed_mind` (changed mind before receipt / 买家不想要了(签收前)): The buyer no longer wants the order before receiving it (ordered by mistake, twice): refund at once if unshipped, else refuse the parcel and refund; not for a parcel already signed for, which is no_reason_return. Usual reasons: 不想要了 (未签收), 多拍/拍错. Needs: shipment, shipment.status, order.paymentMethod. 买家在收货前不想要了(拍错、多拍):未发货则直接退款,已发货则拒收后退款;已签收的包裹不适用,应为七天无理由退货。
     * - `tracking_stalled` (tracking stalled / 物流停滞): The tracking has not moved for a long time. Usual reasons: 物流停滞, 物流信息不更新. Needs: shipment.lastTrackingUpdateAt, shipment.delayCause. 物流信息长时间没有更新。
     * - `not_received` (not received / 未收到货): The buyer says the goods never arrived, including when the tracking shows someone else signed. Usual reasons: 未收到货, 快递一直未送到. Needs: shipment.status, shipment.deliveredAt, shipment.signedBy, shipment.trackingMatchesAddress. 买家说没有收到货,包括物流显示已被他人代签或误签。
     * - `delivery_delay` (delivery delay / 配送延误): The parcel is delayed in transit beyond the usual or promised time. Usual reasons: 物流太慢, 配送超时. Needs: shipment.lastTrackingUpdateAt, shipment.delayCause, shipment.promisedDeliveryDays. 包裹在运输途中延误,超过正常或承诺的时效。
     * - `out_of_area` (out of area / 超区): The carrier cannot deliver to the buyer's address (outside its area). Usual reasons: 超区, 无法派送. Needs: shipment.status, shipment.carrierChosenBy. 快递无法派送到买家地址(超出派送范围)。
     * - `address_change` (address change / 修改地址): The buyer asks to change the address, or a wrong address stops delivery. Usual reasons: 地址填错, 修改地址. Needs: shipment.addressFault, order.addressIncomplete. 买家要求改地址,或地址有误导致无法送达。
     * - `damaged_in_transit` (damaged in transit / 运输破损): The goods were damaged in transit. Usual reasons: 破损, 损坏, 压坏. Needs: shipment.outerPackagingDamaged, evidence.outerPackagingPhotoWithLabel, evidence.innerDamagePhoto, shipment.inspectedBeforeSigning. 商品在运输中损坏。
     * - `refused_delivery` (refused delivery / 拒收): The buyer refused the parcel at delivery; a parcel already signed for can no longer be refused. Usual reasons: 拒收, 拒签. Needs: shipment.status, order.paymentMethod, item.defect. 买家在派送时拒收包裹;已签收的包裹不能再拒收。
     * - `missing_item` (missing item / 少件/漏发): The parcel arrived short: items missing, or empty. Usual reasons: 少件, 漏发, 空包裹. Needs: evidence.shippedWeightMatchesOrder, evidence.carrierWeightMatchesWarehouse, evidence.buyerPhotos. 收到的包裹少件、漏发或是空包。
     * - `wrong_item` (wrong item / 发错货): The goods received are not what was ordered (wrong model, colour or size). Usual reasons: 发错货, 错发. Needs: evidence.buyerPhotos, evidence.photoShowsShopProduct. 收到的商品与所购不同(款式、颜色、尺码发错)。
     * - `quality` (quality / 质量问题): The goods have a quality problem (workmanship, fault, defect). Usual reasons: 质量问题. Needs: item.defect, item.defectCause, evidence.defectPhotoOrVideo, evidence.qualityInspectionReport. 商品存在质量问题(做工、故障、瑕疵)。
     * - `not_as_described` (not as described / 描述不符): The goods differ from the listing (flavour, appearance, material, …). Usual reasons: 与描述不符, 描述不符. Needs: item.matchesDescription, evidence.defectPhotoOrVideo. 商品与页面描述不符(口味、外观、材质等)。
     * - `counterfeit` (counterfeit / 假货): The buyer says the goods are a counterfeit of a brand. Usual reasons: 假冒品牌, 假货, 非正品. Needs: order.brandGoods, evidence.brandAuthenticationReport, evidence.sellerAdmittedCounterfeit, evidence.sellerSourcingDocuments. 买家说商品是假冒品牌。
     * - `no_reason_return` (no-reason return / 七天无理由退货): Return without a reason within 7 days of sign-for (does not like it, does not fit, no longer wants it). Usual reasons: 七天无理由退换货, 不想要了 (已签收), 尺码不合适. Needs: shipment.deliveredAt, item.used, item.packagingIntact, item.resalable, order.goodsClass. 买家签收后七天内无理由退货(不喜欢、不合适、不想要了)。
     * - `exchange` (exchange / 换货): The buyer asks to exchange the goods (size, colour). Usual reasons: 换货, 尺码不合适. Needs: shipment.deliveredAt, item.used, item.tagsIntact. 买家要求换货(尺码、颜色)。
     * - `return_refused_by_seller` (return refused by the seller / 卖家拒绝退货): The seller refused the buyer's return, and the buyer complains. Usual reasons: 卖家拒绝退货. Needs: claim.sellerRefused, claim.sellerRefusedOverReasonOnly. 卖家拒绝买家的退货申请,买家投诉。
     * - `broken_promise` (broken promise / 违背承诺): The seller broke a promise made on the listing or in chat (a service, a negotiated price, a ship time). Usual reasons: 违背承诺, 未履行约定. Needs: promises.listedService, promises.negotiatedPrice, order.promisedShipWithinHours. 卖家未履行商品页面或聊天中的承诺(服务、议价、发货时间)。
     */
    type: "late_shipment" | "fake_shipment" | "out_of_stock" | "shipping_chase" | "changed_mind" | "tracking_stalled" | "not_received" | "delivery_delay" | "out_of_area" | "address_change" | "damaged_in_transit" | "refused_delivery" | "missing_item" | "wrong_item" | "quality" | "not_as_described" | "counterfeit" | "no_reason_return" | "exchange" | "return_refused_by_seller" | "broken_promise";
    /**
     * What the buyer asks for.
     *
     * Values:
     * - `refund_only` (refund only / 仅退款): A refund without returning the goods. 退款,不退货。
     * - `return_and_refund` (return and refund / 退货退款): Return the goods, then a refund. 退回商品后退款。
     * - `exchange` (exchange / 换货): Another item in exchange. 换一件。
     * - `reship` (reship / 补发): Send the goods again. 补发商品。
     * - `partial_refund` (partial refund / 部分退款): Part of the price back, keeping the goods. 退部分货款,保留商品。
     *
     * Absent: unknown: the judge asks for it.
     */
    requestedRemedy?: "refund_only" | "return_and_refund" | "exchange" | "reship" | "partial_refund" | undefined;
    /**
     * When the buyer opened the claim.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     */
    openedAt: string;
    /**
     * The seller already rejected the request.
     *
     * Absent: unknown: the judge asks for it.
     */
    sellerRefused?: boolean | undefined;
    /**
     * What seller and buyer agreed before the claim.
     *
     * Values:
     * - `none` (none / 无约定): No agreement before the claim. 申请前双方没有约定。
     * - `refund_only` (refund only / 仅退款): Agreed on a refund only. 约定仅退款。
     * - `return_and_refund` (return and refund / 退货退款): Agreed on return and refund. 约定退货退款。
     * - `exchange` (exchange / 换货): Agreed on an exchange. 约定换货。
     * - `partial_refund` (partial refund / 部分退款): Agreed on a partial refund. 约定部分退款。
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    priorAgreement?: "none" | "refund_only" | "return_and_refund" | "exchange" | "partial_refund" | undefined;
    /**
     * The agreement said who pays the return freight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    freightAgreed?: boolean | undefined;
    /**
     * The seller paid the compensation before the platform upheld the complaint.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    sellerPaidBeforeRuling?: boolean | undefined;
    /**
     * The buyer escalated the dispute to the platform (客服介入).
     *
     * Absent: not shown: the platform must show it, else it is not established.
     */
    escalated?: boolean | undefined;
    /**
     * When the buyer applied for a refund while the order was not yet shipped (the platform's refund record); absent: no such request.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    refundRequestedAt?: string | undefined;
    /**
     * The buyer agreed, after applying for the refund, that the seller ship the order after all.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    shipAfterRefundRequestConsented?: boolean | undefined;
    /**
     * The seller refused the buyer's return only because it disputes the reason the buyer chose (e.g. denies the goods are counterfeit or not as described), not over the goods' condition (001:24-25).
     *
     * Absent: unknown: the judge asks for it.
     */
    sellerRefusedOverReasonOnly?: boolean | undefined;
  };
  /**
   * What each party has shown.
   *
   * Absent: unknown: the judge asks for it.
   */
  evidence?: {
    /**
     * The buyer provided photos of what arrived.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    buyerPhotos?: boolean | undefined;
    /**
     * Photo of the outer packaging with the shipping label.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    outerPackagingPhotoWithLabel?: boolean | undefined;
    /**
     * Photo of the damage inside.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    innerDamagePhoto?: boolean | undefined;
    /**
     * A brand owner's authentication report.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    brandAuthenticationReport?: boolean | undefined;
    /**
     * A quality inspection report from a qualified body.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    qualityInspectionReport?: boolean | undefined;
    /**
     * The seller admitted the goods are not genuine (including 高仿 / 精仿).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    sellerAdmittedCounterfeit?: boolean | undefined;
    /**
     * Warehouse weighing matches the order's expected weight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    shippedWeightMatchesOrder?: boolean | undefined;
    /**
     * The carrier's weight matches the warehouse weight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierWeightMatchesWarehouse?: boolean | undefined;
    /**
     * Which carrier office certified the facts.
     *
     * Values:
     * - `none` (none / 无): No carrier certificate. 没有快递证明。
     * - `local_branch` (local branch / 当地网点证明): Certified by the carrier's local branch. 快递当地网点出具的证明。
     * - `headquarters` (headquarters / 快递总部证明): Certified by the carrier's headquarters. 快递总部出具的证明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierCertificate?: "none" | "local_branch" | "headquarters" | undefined;
    /**
     * The buyer's photo shows the shop's own product.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    photoShowsShopProduct?: boolean | undefined;
    /**
     * Invoices or authorisation proving where the goods came from.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    sellerSourcingDocuments?: boolean | undefined;
    /**
     * Fraud is established (e.g. proven counterfeit sold as genuine).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    fraudEstablished?: boolean | undefined;
    /**
     * The buyer showed the defect in clear photos or video.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    defectPhotoOrVideo?: boolean | undefined;
    /**
     * The seller's warehouse checked its shipping records and found the goods had no such problem when they left.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    warehouseFoundShippedSound?: boolean | undefined;
  } | undefined;
  /**
   * Condition of the goods as received or returned.
   *
   * Absent: unknown: the judge asks for it.
   */
  item?: {
    /**
     * The goods were used.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    used?: boolean | undefined;
    /**
     * The goods were washed.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    washed?: boolean | undefined;
    /**
     * The tags are on.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    tagsIntact?: boolean | undefined;
    /**
     * The packaging is intact.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    packagingIntact?: boolean | undefined;
    /**
     * The goods can be sold again.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    resalable?: boolean | undefined;
    /**
     * How serious a defect is.
     *
     * Values:
     * - `none` (none / 无瑕疵): No defect. 没有瑕疵。
     * - `minor` (minor / 轻微): A minor defect that does not stop use. 轻微瑕疵,不影响使用。
     * - `major` (major / 严重): A major defect that stops use. 严重问题,影响使用。
     *
     * Absent: unknown: the judge asks for it.
     */
    defect?: "none" | "minor" | "major" | undefined;
    /**
     * What caused the defect.
     *
     * Values:
     * - `manufacturing` (manufacturing / 生产原因): Caused in manufacture. 生产造成。
     * - `transit` (transit / 运输原因): Caused in transit. 运输造成。
     * - `buyer_misuse` (buyer misuse / 买家使用不当): Caused by the buyer's misuse. 买家使用不当造成。
     * - `unknown` (unknown / 不明): Cause not known. 原因不明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    defectCause?: "manufacturing" | "transit" | "buyer_misuse" | "unknown" | undefined;
    /**
     * The defect the buyer complains of can be seen by eye (肉眼可识别); false: it shows only in use or by testing, so the seller proves the goods compliant first (Taobao dispute rules art. 65-66).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    defectVisible?: boolean | undefined;
    /**
     * Days of use after which the defect appeared.
     *
     * Absent: unknown: the judge asks for it.
     */
    defectAppearedAfterUseDays?: number | undefined;
    /**
     * Opened or tried on only to inspect: still counts as intact.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    openedForInspectionOnly?: boolean | undefined;
    /**
     * The goods match what was ordered and described (flavour, appearance, material, …).
     *
     * Absent: unknown: the judge asks for it.
     */
    matchesDescription?: boolean | undefined;
    /**
     * The goods are clothing, which once worn or washed cannot be resold.
     *
     * Absent: unknown: the judge asks for it.
     */
    clothing?: boolean | undefined;
  } | undefined;
  /**
   * What the seller promised on the listing or in chat.
   *
   * Absent: unknown: the judge asks for it.
   */
  promises?: {
    /**
     * 退货包运费 / 运费险 shown for this buyer.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    returnFreightInsurance?: boolean | undefined;
    /**
     * The seller told the buyer the subsidy covers only the lowest first-weight price.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    insuranceLimitExplained?: boolean | undefined;
    /**
     * The seller promised to refund the whole return freight.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    fullReturnFreight?: boolean | undefined;
    /**
     * The claim is about a performance the seller promised (e.g. "fades → full refund").
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    performanceGuarantee?: boolean | undefined;
    /**
     * The seller told the buyer before the return which carriers / COD it refuses.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    refusedCarriersDisclosed?: boolean | undefined;
    /**
     * The service the listing page promised that the buyer says the seller refused: platform_payment (paying through the platform's official escrow, e.g. Alipay), after_sale_service (one the seller undertook on the listing, e.g. 7-day returns, warranty, free return freight), other_service; none: the listing promised no such service.
     *
     * Values:
     * - `none` (none promised / 未承诺此类服务): The listing promised no such service. 商品页未承诺此类服务。
     * - `platform_payment` (platform payment / 平台担保支付): Paying through the platform's escrow. 通过平台担保交易付款。
     * - `after_sale_service` (after-sale service / 售后服务): An after-sale service the listing undertook (7-day returns, warranty, free return freight). 页面承诺的售后服务(七天无理由、保修、退货包运费)。
     * - `other_service` (other service / 其他服务): Another service the listing promised. 页面承诺的其他服务。
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    listedService?: "none" | "platform_payment" | "after_sale_service" | "other_service" | undefined;
    /**
     * The seller refused the buyer the service named in promises.listedService.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    listedServiceRefused?: boolean | undefined;
    /**
     * The listing's advertising misled the buyer about what they get (e.g. '0 元免费送', '买一送一' not honoured, exaggerated effects).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    listingMisleading?: boolean | undefined;
    /**
     * A price the seller agreed with the buyer in chat (议价), in yuan; absent: no price was negotiated.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    negotiatedPrice?: number | undefined;
    /**
     * When seller and buyer agreed on promises.negotiatedPrice.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    negotiatedPriceAgreedAt?: string | undefined;
    /**
     * The time limit stated for the negotiated price when it was agreed; absent: none was stated (Taobao then holds the price valid on the day of agreement only).
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    negotiatedPriceValidUntil?: string | undefined;
    /**
     * The seller refused the buyer the negotiated price (would not change the order's price or refund the difference).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    negotiatedPriceRefused?: boolean | undefined;
    /**
     * After the buyer applied for a refund and then told the shop's customer service they no longer wanted it, the agent promised in chat to ship the order instead.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    agentPromisedShipInsteadOfRefund?: boolean | undefined;
    /**
     * The refund went through anyway after that promise (e.g. processed in the back office by a fast-refund tool), so the order was not shipped.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    refundProcessedAfterShipPromise?: boolean | undefined;
  } | undefined;
  /**
   * How the goods were sent back.
   *
   * Absent: unknown: the judge asks for it.
   */
  returnShipment?: {
    /**
     * How the buyer sent the goods back.
     *
     * Values:
     * - `standard` (standard courier / 普通快递): A standard courier (ZTO, YTO, …). 普通快递(中通、圆通等)。
     * - `sf_express` (SF Express / 顺丰): SF Express. 顺丰速运。
     * - `ems` (EMS / EMS): China Post EMS. 中国邮政 EMS。
     * - `postal` (postal / 邮政平邮): Ordinary post. 邮政平邮/包裹。
     * - `small_parcel` (small parcel / 小包): Cross-border small parcel. 跨境小包。
     * - `commercial_express` (commercial express / 商业快递): Cross-border commercial express (DHL, FedEx, …). 跨境商业快递(DHL、FedEx 等)。
     *
     * Absent: unknown: the judge asks for it.
     */
    method?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * What the return shipment cost, in yuan.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: unknown: the judge asks for it.
     */
    cost?: number | undefined;
    /**
     * Sent 到付: freight to be paid by the seller on receipt.
     *
     * Absent: unknown: the judge asks for it.
     */
    collectOnDelivery?: boolean | undefined;
    /**
     * Whether the return-freight insurance is valid.
     *
     * Values:
     * - `valid` (valid / 有效): The return-freight insurance is valid. 运费险有效,可理赔。
     * - `invalid_buyer_fault` (invalid (buyer's fault) / 因买家原因失效): Void through the buyer's doing (e.g. sent freight-collect). 因买家原因(如到付、未用平台下单)失效。
     * - `none` (none / 无运费险): No return-freight insurance. 没有运费险。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    insuranceStatus?: "valid" | "invalid_buyer_fault" | "none" | undefined;
    /**
     * What the return-freight insurance (退货包运费) pays for this return, in yuan: the lowest first-weight price among the carriers serving the two places (002:579).
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: unknown: the judge asks for it.
     */
    insuranceSubsidy?: number | undefined;
    /**
     * The seller signed for the return without inspecting it.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    sellerSignedWithoutInspection?: boolean | undefined;
    /**
     * What the seller found wrong with the return afterwards.
     *
     * Values:
     * - `none` (none / 无异常): Nothing wrong with the return. 退回的商品无异常。
     * - `quantity` (quantity / 数量不符): Fewer items came back. 退回数量不符。
     * - `damage` (damage / 损坏): The goods came back damaged. 退回的商品损坏。
     * - `not_resalable` (not resalable / 影响二次销售): The goods came back unfit for resale. 退回的商品无法二次销售。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    anomalyFoundBySeller?: "none" | "quantity" | "damage" | "not_resalable" | undefined;
    /**
     * When the seller signed for the returned goods (the return tracking's sign-for); the refund is due within 7 days of it (七日无理由退货暂行办法 art. 13).
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    receivedAt?: string | undefined;
  } | undefined;
  /**
   * The shop's own after-sale policy; overlays the pack's defaults.
   *
   * Absent: unknown: the judge asks for it.
   */
  shopPolicy?: {
    /**
     * No-reason return window in days (the law gives at least 7).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    returnWindowDays?: number | undefined;
    /**
     * How long after sign-for the shop repairs or compensates defects, in days; not shown: the shop set no period, so none lapses.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    afterSalePeriodDays?: number | undefined;
    /**
     * On a no-quality return, refund minus the outbound freight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    deductOutboundFreight?: boolean | undefined;
    /**
     * Most the shop reimburses for a seller-liable return, in yuan; not shown: no cap (a shop term may not reduce what the seller owes, Taobao dispute rules art. 13).
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    returnFreightCap?: number | undefined;
    /**
     * Pays SF / express rates, or only standard courier rates.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    reimbursesExpressCarriers?: boolean | undefined;
    /**
     * Refuses returns sent freight-collect (到付).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    refusesCollectOnDelivery?: boolean | undefined;
  } | undefined;
};

/** A case after validation (`ParsedCase`): defaults applied, every timestamp ISO 8601 with an offset. */
export type ParsedCase = {
  /**
   * Identifier echoed in the verdict.
   */
  caseId: string;
  /**
   * Marketplace whose rules apply.
   *
   * Values:
   * - `taobao` (Taobao / 淘宝): Taobao (C-shop) rules. 淘宝(集市店)的规则。
   * - `tmall` (Tmall / 天猫): Tmall (B-shop) rules. 天猫(商城)的规则。
   * - `pinduoduo` (Pinduoduo / 拼多多): Pinduoduo rules. 拼多多的规则。
   * - `aliexpress` (AliExpress / 速卖通): AliExpress (cross-border) rules. 速卖通(跨境)的规则。
   */
  platform: "taobao" | "tmall" | "pinduoduo" | "aliexpress";
  /**
   * When the judgement is made: the only clock the library reads.
   *
   * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
   */
  asOf: string;
  /**
   * The order: payment, price, fulfilment and what was promised at checkout.
   */
  order: {
    /**
     * Payment time.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     */
    paidAt: string;
    /**
     * Actual transaction price of the disputed goods, in yuan.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     */
    amount: number;
    /**
     * How the goods are fulfilled; default in_stock.
     *
     * Values:
     * - `in_stock` (in stock / 现货): In stock: ships within the platform limit. 现货商品,按平台时限发货。
     * - `presale` (presale / 预售): Presale: ships by the listing's stated date. 预售商品,按页面写明的发货日期发货。
     * - `custom` (made to order / 定制): Made to order: ships by the agreed lead time. 定制商品,按约定工期发货。
     * - `special_category` (special category / 特殊类目): A category with its own ship limit. 有特殊发货时限的类目。
     *
     * Default: `"in_stock"`.
     */
    fulfilment: "in_stock" | "presale" | "custom" | "special_category";
    /**
     * Presale only: the ship-by date stated on the listing.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    presaleShipBy?: string | undefined;
    /**
     * The shop's own ship-within promise in hours, if it made one.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    promisedShipWithinHours?: number | undefined;
    /**
     * A ship-by date the buyer explicitly agreed to.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    agreedShipBy?: string | undefined;
    /**
     * How the buyer paid; default escrow.
     *
     * Values:
     * - `escrow` (escrow / 担保交易): Paid through the platform escrow (Alipay, …). 通过平台担保付款(支付宝等)。
     * - `cash_on_delivery` (cash on delivery / 货到付款): Paid on delivery. 签收时付款。
     * - `bank_transfer` (bank transfer / 银行转账): Paid by bank transfer. 银行转账付款。
     *
     * Default: `"escrow"`.
     */
    paymentMethod: "escrow" | "cash_on_delivery" | "bank_transfer";
    /**
     * Freight the seller paid to ship the order, in yuan.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    outboundFreight?: number | undefined;
    /**
     * The goods carry or claim a brand, so a counterfeit claim makes sense.
     *
     * Absent: unknown: the judge asks for it.
     */
    brandGoods?: boolean | undefined;
    /**
     * The seller told the buyer after payment that it has no stock.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    sellerDeclaredOutOfStock?: boolean | undefined;
    /**
     * 包邮: the buyer paid no outbound freight.
     *
     * Absent: unknown: the judge asks for it.
     */
    freeShipping?: boolean | undefined;
    /**
     * Class of goods for the 7-day return law; default ordinary.
     *
     * Values:
     * - `ordinary` (ordinary goods / 普通商品): The 7-day no-reason return applies. 适用七天无理由退货。
     * - `custom_made` (custom-made / 定制商品): Made to the buyer's order: no 7-day return. 消费者定做的商品,不适用七天无理由。
     * - `perishable` (perishable / 鲜活易腐): Perishable: no 7-day return. 鲜活易腐商品,不适用七天无理由。
     * - `digital_unsealed` (unsealed digital goods / 已拆封的音像/软件): Unsealed audio-visual goods or software: no 7-day return. 已拆封的音像制品、软件等,不适用七天无理由。
     * - `periodical` (newspapers and periodicals / 报纸期刊): Delivered newspapers and periodicals: no 7-day return. 已交付的报纸期刊,不适用七天无理由。
     *
     * Default: `"ordinary"`.
     */
    goodsClass: "ordinary" | "custom_made" | "perishable" | "digital_unsealed" | "periodical";
    /**
     * The buyer explicitly confirmed at checkout that no 7-day return applies.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    nonReturnableConfirmed?: boolean | undefined;
    /**
     * The order was placed during a large platform promotion (e.g. Double 11).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    duringPromotion?: boolean | undefined;
    /**
     * The buyer clicked "confirm receipt" (确认收货) on the order before the claim; it voids the return-freight insurance (002:629).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    receiptConfirmed?: boolean | undefined;
    /**
     * Since when the seller has tried and failed to reach the buyer by chat and phone (e.g. to confirm a cash-on-delivery order); absent: no such period.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    buyerUnreachableSince?: string | undefined;
    /**
     * The delivery address the buyer gave is visibly incomplete, so the parcel cannot be sent as is.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    addressIncomplete?: boolean | undefined;
    /**
     * Drop-shipping order: the buyer is a reseller and the address given is not the final recipient's.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    dropShipping?: boolean | undefined;
  };
  /**
   * The outbound shipment; absent: the order was never shipped.
   *
   * Absent: not shown: the seller must show it, else it is not established.
   */
  shipment?: {
    /**
     * When the seller pressed "ship" in the platform.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    markedShippedAt?: string | undefined;
    /**
     * First scan in the carrier's system: this is the ship time.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    firstCarrierScanAt?: string | undefined;
    /**
     * The date written on the waybill (运单上的时间); absent: no waybill. Under Taobao art. 25 it is the ship time, with markedShippedAt, when the carrier has no record.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    waybillAt?: string | undefined;
    /**
     * Whether the carrier's system has any scan of the parcel as of asOf (false: checked, none yet); any carrier event in the record (a first scan, a status, a sign-for, a tracking movement, a signer) implies one.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierScanned?: boolean | undefined;
    /**
     * The carrier has no tracking system at all (尚不具有系统记录条件), so the waybill date stands in for the ship time (Taobao dispute rules art. 25(二)).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierHasNoTrackingSystem?: boolean | undefined;
    /**
     * The tracking number resolves at the carrier.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    trackingValid?: boolean | undefined;
    /**
     * The tracking shows the buyer's city/address.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    trackingMatchesAddress?: boolean | undefined;
    /**
     * When a mistyped tracking number was replaced; absent: never corrected.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    trackingCorrectedAt?: string | undefined;
    /**
     * The latest movement in the carrier's tracking.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    lastTrackingUpdateAt?: string | undefined;
    /**
     * Why the parcel is delayed in transit.
     *
     * Values:
     * - `none` (no delay / 无延误): No delay. 没有延误。
     * - `backlog` (backlog / 爆仓积压): Carrier backlog. 快递爆仓积压。
     * - `weather` (weather / 天气原因): Weather or other force majeure. 天气等不可抗力。
     * - `carrier_accident` (carrier accident / 快递事故): An accident on the carrier's side. 快递方的事故。
     * - `unknown` (cause unknown / 原因不明): Cause not known. 原因不明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    delayCause?: "none" | "backlog" | "weather" | "carrier_accident" | "unknown" | undefined;
    /**
     * Who caused a wrong or incomplete address.
     *
     * Values:
     * - `none` (nobody / 无人): No party is at fault. 没有一方有过错。
     * - `buyer` (buyer / 买家): The buyer's fault. 买家的过错。
     * - `seller` (seller / 卖家): The seller's fault. 卖家的过错。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    addressFault?: "none" | "buyer" | "seller" | undefined;
    /**
     * Who chose the carrier.
     *
     * Values:
     * - `seller` (seller / 卖家): Chosen by the seller. 卖家选择。
     * - `buyer` (buyer / 买家): Chosen by the buyer. 买家指定。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierChosenBy?: "seller" | "buyer" | undefined;
    /**
     * How the parcel was shipped.
     *
     * Values:
     * - `standard` (standard courier / 普通快递): A standard courier (ZTO, YTO, …). 普通快递(中通、圆通等)。
     * - `sf_express` (SF Express / 顺丰): SF Express. 顺丰速运。
     * - `ems` (EMS / EMS): China Post EMS. 中国邮政 EMS。
     * - `postal` (postal / 邮政平邮): Ordinary post. 邮政平邮/包裹。
     * - `small_parcel` (small parcel / 小包): Cross-border small parcel. 跨境小包。
     * - `commercial_express` (commercial express / 商业快递): Cross-border commercial express (DHL, FedEx, …). 跨境商业快递(DHL、FedEx 等)。
     *
     * Absent: unknown: the judge asks for it.
     */
    method?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * The shipping method agreed with the buyer, if one was.
     *
     * Values:
     * - `standard` (standard courier / 普通快递): A standard courier (ZTO, YTO, …). 普通快递(中通、圆通等)。
     * - `sf_express` (SF Express / 顺丰): SF Express. 顺丰速运。
     * - `ems` (EMS / EMS): China Post EMS. 中国邮政 EMS。
     * - `postal` (postal / 邮政平邮): Ordinary post. 邮政平邮/包裹。
     * - `small_parcel` (small parcel / 小包): Cross-border small parcel. 跨境小包。
     * - `commercial_express` (commercial express / 商业快递): Cross-border commercial express (DHL, FedEx, …). 跨境商业快递(DHL、FedEx 等)。
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    agreedMethod?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * The buyer agreed to a change of shipping method.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    methodChangeConsented?: boolean | undefined;
    /**
     * Where the parcel is now.
     *
     * Values:
     * - `in_transit` (in transit / 运输中): On its way, not yet signed for. 包裹在途,尚未签收。
     * - `delivered` (delivered / 已签收): The carrier records a sign-for (in person, by a proxy or a locker). 快递记录已签收(本人、代收或快递柜)。
     * - `lost` (lost / 丢件): The carrier confirms it lost the parcel. 快递确认丢失。
     * - `out_of_area` (out of area / 超区): Outside the carrier's delivery area. 超出快递派送范围。
     * - `returned_to_sender` (returned to sender / 已退回寄件人): Sent back to the seller. 包裹已退回卖家。
     * - `refused` (refused / 拒收): The buyer refused the parcel. 买家拒收了包裹。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    status?: "in_transit" | "delivered" | "lost" | "out_of_area" | "returned_to_sender" | "refused" | undefined;
    /**
     * Sign-for time in the carrier's record.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    deliveredAt?: string | undefined;
    /**
     * Who signed for the parcel.
     *
     * Values:
     * - `buyer` (the buyer / 买家本人): The buyer signed in person. 买家本人签收。
     * - `proxy` (a proxy / 他人代收): Someone else signed (guard, colleague, family). 他人代签(门卫、同事、家人)。
     * - `locker` (a locker / 快递柜/驿站): Left in a parcel locker or pick-up station. 放入快递柜或驿站。
     * - `unknown` (unknown / 不明): Who signed is not known. 签收人不明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    signedBy?: "buyer" | "proxy" | "locker" | "unknown" | undefined;
    /**
     * A proxy signed or the parcel went into a locker on the buyer's instruction or prior consent, so it counts as the buyer's own signature (Taobao dispute rules art. 28, 36).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    signedOnBuyerInstruction?: boolean | undefined;
    /**
     * The buyer inspected the goods before signing.
     *
     * Absent: unknown: the judge asks for it.
     */
    inspectedBeforeSigning?: boolean | undefined;
    /**
     * The outer packaging arrived damaged.
     *
     * Absent: unknown: the judge asks for it.
     */
    outerPackagingDamaged?: boolean | undefined;
    /**
     * Cross-border: the promised delivery time in days.
     *
     * Absent: unknown: the judge asks for it.
     */
    promisedDeliveryDays?: number | undefined;
    /**
     * Cross-border: the buyer agreed in writing to a reship and to wait.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    reshipAgreedByBuyer?: boolean | undefined;
    /**
     * When the seller sent the goods again (a reship) after the first parcel stalled or went missing; absent: no reship. markedShippedAt / firstCarrierScanAt stay those of the first parcel.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    reshippedAt?: string | undefined;
    /**
     * The carrier confirmed its courier delivered the parcel to the wrong person or place (误签 / 派错).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    courierMisdelivered?: boolean | undefined;
    /**
     * Cross-border: the parcel failed the carrier's security check (未通过安检), so its tracking number shows nothing.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    trackingFailedSecurityCheck?: boolean | undefined;
    /**
     * Cross-border: the tracking number given is a freight forwarder's transfer number (转单号) rather than the final carrier's.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    trackingIsForwarderNumber?: boolean | undefined;
  } | undefined;
  /**
   * The buyer's after-sale claim: what they complain about, when, and what was agreed.
   */
  claim: {
    /**
     * What the buyer complains about.
     *
     * Values:
     * - `late_shipment` (late shipment / 延迟发货): The buyer says the seller did not ship within the promised or the platform's time limit. Usual reasons: 未按约定时间发货, 延迟发货, 一直不发货. Needs: order.paidAt, shipment.firstCarrierScanAt, order.promisedShipWithinHours, order.agreedShipBy, order.presaleShipBy. 买家投诉卖家未在承诺或平台规定的时限内发货。
     * - `fake_shipment` (fake shipment / 虚假发货): The order was marked shipped, but the tracking number is invalid, never scanned or does not lead to the buyer. Usual reasons: 虚假发货, 物流单号不存在. Needs: shipment.markedShippedAt, shipment.carrierScanned, shipment.trackingValid, shipment.trackingMatchesAddress. 订单已点发货,但运单号无效、无揽收或物流与买家地址不符。
     * - `out_of_stock` (out of stock / 缺货): The seller cannot ship because it has no stock (told the buyer after payment). Usual reasons: 缺货. Needs: order.sellerDeclaredOutOfStock, shipment. 卖家无货可发(付款后告知缺货)。
     * - `shipping_chase` (chasing shipment / 催发货): The buyer chases the shipment before any ship-by deadline has passed. Usual reasons: 催发货. Needs: order.paidAt, order.promisedShipWithinHours, shipment. 买家催促发货,尚未到发货期限。
     * - `changed_mind` (changed mind before receipt / 买家不想要了(签收前)): The buyer no longer wants the order before receiving it (ordered by mistake, twice): refund at once if unshipped, else refuse the parcel and refund; not for a parcel already signed for, which is no_reason_return. Usual reasons: 不想要了 (未签收), 多拍/拍错. Needs: shipment, shipment.status, order.paymentMethod. 买家在收货前不想要了(拍错、多拍):未发货则直接退款,已发货则拒收后退款;已签收的包裹不适用,应为七天无理由退货。
     * - `tracking_stalled` (tracking stalled / 物流停滞): The tracking has not moved for a long time. Usual reasons: 物流停滞, 物流信息不更新. Needs: shipment.lastTrackingUpdateAt, shipment.delayCause. 物流信息长时间没有更新。
     * - `not_received` (not received / 未收到货): The buyer says the goods never arrived, including when the tracking shows someone else signed. Usual reasons: 未收到货, 快递一直未送到. Needs: shipment.status, shipment.deliveredAt, shipment.signedBy, shipment.trackingMatchesAddress. 买家说没有收到货,包括物流显示已被他人代签或误签。
     * - `delivery_delay` (delivery delay / 配送延误): The parcel is delayed in transit beyond the usual or promised time. Usual reasons: 物流太慢, 配送超时. Needs: shipment.lastTrackingUpdateAt, shipment.delayCause, shipment.promisedDeliveryDays. 包裹在运输途中延误,超过正常或承诺的时效。
     * - `out_of_area` (out of area / 超区): The carrier cannot deliver to the buyer's address (outside its area). Usual reasons: 超区, 无法派送. Needs: shipment.status, shipment.carrierChosenBy. 快递无法派送到买家地址(超出派送范围)。
     * - `address_change` (address change / 修改地址): The buyer asks to change the address, or a wrong address stops delivery. Usual reasons: 地址填错, 修改地址. Needs: shipment.addressFault, order.addressIncomplete. 买家要求改地址,或地址有误导致无法送达。
     * - `damaged_in_transit` (damaged in transit / 运输破损): The goods were damaged in transit. Usual reasons: 破损, 损坏, 压坏. Needs: shipment.outerPackagingDamaged, evidence.outerPackagingPhotoWithLabel, evidence.innerDamagePhoto, shipment.inspectedBeforeSigning. 商品在运输中损坏。
     * - `refused_delivery` (refused delivery / 拒收): The buyer refused the parcel at delivery; a parcel already signed for can no longer be refused. Usual reasons: 拒收, 拒签. Needs: shipment.status, order.paymentMethod, item.defect. 买家在派送时拒收包裹;已签收的包裹不能再拒收。
     * - `missing_item` (missing item / 少件/漏发): The parcel arrived short: items missing, or empty. Usual reasons: 少件, 漏发, 空包裹. Needs: evidence.shippedWeightMatchesOrder, evidence.carrierWeightMatchesWarehouse, evidence.buyerPhotos. 收到的包裹少件、漏发或是空包。
     * - `wrong_item` (wrong item / 发错货): The goods received are not what was ordered (wrong model, colour or size). Usual reasons: 发错货, 错发. Needs: evidence.buyerPhotos, evidence.photoShowsShopProduct. 收到的商品与所购不同(款式、颜色、尺码发错)。
     * - `quality` (quality / 质量问题): The goods have a quality problem (workmanship, fault, defect). Usual reasons: 质量问题. Needs: item.defect, item.defectCause, evidence.defectPhotoOrVideo, evidence.qualityInspectionReport. 商品存在质量问题(做工、故障、瑕疵)。
     * - `not_as_described` (not as described / 描述不符): The goods differ from the listing (flavour, appearance, material, …). Usual reasons: 与描述不符, 描述不符. Needs: item.matchesDescription, evidence.defectPhotoOrVideo. 商品与页面描述不符(口味、外观、材质等)。
     * - `counterfeit` (counterfeit / 假货): The buyer says the goods are a counterfeit of a brand. Usual reasons: 假冒品牌, 假货, 非正品. Needs: order.brandGoods, evidence.brandAuthenticationReport, evidence.sellerAdmittedCounterfeit, evidence.sellerSourcingDocuments. 买家说商品是假冒品牌。
     * - `no_reason_return` (no-reason return / 七天无理由退货): Return without a reason within 7 days of sign-for (does not like it, does not fit, no longer wants it). Usual reasons: 七天无理由退换货, 不想要了 (已签收), 尺码不合适. Needs: shipment.deliveredAt, item.used, item.packagingIntact, item.resalable, order.goodsClass. 买家签收后七天内无理由退货(不喜欢、不合适、不想要了)。
     * - `exchange` (exchange / 换货): The buyer asks to exchange the goods (size, colour). Usual reasons: 换货, 尺码不合适. Needs: shipment.deliveredAt, item.used, item.tagsIntact. 买家要求换货(尺码、颜色)。
     * - `return_refused_by_seller` (return refused by the seller / 卖家拒绝退货): The seller refused the buyer's return, and the buyer complains. Usual reasons: 卖家拒绝退货. Needs: claim.sellerRefused, claim.sellerRefusedOverReasonOnly. 卖家拒绝买家的退货申请,买家投诉。
     * - `broken_promise` (broken promise / 违背承诺): The seller broke a promise made on the listing or in chat (a service, a negotiated price, a ship time). Usual reasons: 违背承诺, 未履行约定. Needs: promises.listedService, promises.negotiatedPrice, order.promisedShipWithinHours. 卖家未履行商品页面或聊天中的承诺(服务、议价、发货时间)。
     */
    type: "late_shipment" | "fake_shipment" | "out_of_stock" | "shipping_chase" | "changed_mind" | "tracking_stalled" | "not_received" | "delivery_delay" | "out_of_area" | "address_change" | "damaged_in_transit" | "refused_delivery" | "missing_item" | "wrong_item" | "quality" | "not_as_described" | "counterfeit" | "no_reason_return" | "exchange" | "return_refused_by_seller" | "broken_promise";
    /**
     * What the buyer asks for.
     *
     * Values:
     * - `refund_only` (refund only / 仅退款): A refund without returning the goods. 退款,不退货。
     * - `return_and_refund` (return and refund / 退货退款): Return the goods, then a refund. 退回商品后退款。
     * - `exchange` (exchange / 换货): Another item in exchange. 换一件。
     * - `reship` (reship / 补发): Send the goods again. 补发商品。
     * - `partial_refund` (partial refund / 部分退款): Part of the price back, keeping the goods. 退部分货款,保留商品。
     *
     * Absent: unknown: the judge asks for it.
     */
    requestedRemedy?: "refund_only" | "return_and_refund" | "exchange" | "reship" | "partial_refund" | undefined;
    /**
     * When the buyer opened the claim.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     */
    openedAt: string;
    /**
     * The seller already rejected the request.
     *
     * Absent: unknown: the judge asks for it.
     */
    sellerRefused?: boolean | undefined;
    /**
     * What seller and buyer agreed before the claim.
     *
     * Values:
     * - `none` (none / 无约定): No agreement before the claim. 申请前双方没有约定。
     * - `refund_only` (refund only / 仅退款): Agreed on a refund only. 约定仅退款。
     * - `return_and_refund` (return and refund / 退货退款): Agreed on return and refund. 约定退货退款。
     * - `exchange` (exchange / 换货): Agreed on an exchange. 约定换货。
     * - `partial_refund` (partial refund / 部分退款): Agreed on a partial refund. 约定部分退款。
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    priorAgreement?: "none" | "refund_only" | "return_and_refund" | "exchange" | "partial_refund" | undefined;
    /**
     * The agreement said who pays the return freight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    freightAgreed?: boolean | undefined;
    /**
     * The seller paid the compensation before the platform upheld the complaint.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    sellerPaidBeforeRuling?: boolean | undefined;
    /**
     * The buyer escalated the dispute to the platform (客服介入).
     *
     * Absent: not shown: the platform must show it, else it is not established.
     */
    escalated?: boolean | undefined;
    /**
     * When the buyer applied for a refund while the order was not yet shipped (the platform's refund record); absent: no such request.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    refundRequestedAt?: string | undefined;
    /**
     * The buyer agreed, after applying for the refund, that the seller ship the order after all.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    shipAfterRefundRequestConsented?: boolean | undefined;
    /**
     * The seller refused the buyer's return only because it disputes the reason the buyer chose (e.g. denies the goods are counterfeit or not as described), not over the goods' condition (001:24-25).
     *
     * Absent: unknown: the judge asks for it.
     */
    sellerRefusedOverReasonOnly?: boolean | undefined;
  };
  /**
   * What each party has shown.
   *
   * Absent: unknown: the judge asks for it.
   */
  evidence?: {
    /**
     * The buyer provided photos of what arrived.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    buyerPhotos?: boolean | undefined;
    /**
     * Photo of the outer packaging with the shipping label.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    outerPackagingPhotoWithLabel?: boolean | undefined;
    /**
     * Photo of the damage inside.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    innerDamagePhoto?: boolean | undefined;
    /**
     * A brand owner's authentication report.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    brandAuthenticationReport?: boolean | undefined;
    /**
     * A quality inspection report from a qualified body.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    qualityInspectionReport?: boolean | undefined;
    /**
     * The seller admitted the goods are not genuine (including 高仿 / 精仿).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    sellerAdmittedCounterfeit?: boolean | undefined;
    /**
     * Warehouse weighing matches the order's expected weight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    shippedWeightMatchesOrder?: boolean | undefined;
    /**
     * The carrier's weight matches the warehouse weight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierWeightMatchesWarehouse?: boolean | undefined;
    /**
     * Which carrier office certified the facts.
     *
     * Values:
     * - `none` (none / 无): No carrier certificate. 没有快递证明。
     * - `local_branch` (local branch / 当地网点证明): Certified by the carrier's local branch. 快递当地网点出具的证明。
     * - `headquarters` (headquarters / 快递总部证明): Certified by the carrier's headquarters. 快递总部出具的证明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierCertificate?: "none" | "local_branch" | "headquarters" | undefined;
    /**
     * The buyer's photo shows the shop's own product.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    photoShowsShopProduct?: boolean | undefined;
    /**
     * Invoices or authorisation proving where the goods came from.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    sellerSourcingDocuments?: boolean | undefined;
    /**
     * Fraud is established (e.g. proven counterfeit sold as genuine).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    fraudEstablished?: boolean | undefined;
    /**
     * The buyer showed the defect in clear photos or video.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    defectPhotoOrVideo?: boolean | undefined;
    /**
     * The seller's warehouse checked its shipping records and found the goods had no such problem when they left.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    warehouseFoundShippedSound?: boolean | undefined;
  } | undefined;
  /**
   * Condition of the goods as received or returned.
   *
   * Absent: unknown: the judge asks for it.
   */
  item?: {
    /**
     * The goods were used.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    used?: boolean | undefined;
    /**
     * The goods were washed.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    washed?: boolean | undefined;
    /**
     * The tags are on.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    tagsIntact?: boolean | undefined;
    /**
     * The packaging is intact.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    packagingIntact?: boolean | undefined;
    /**
     * The goods can be sold again.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    resalable?: boolean | undefined;
    /**
     * How serious a defect is.
     *
     * Values:
     * - `none` (none / 无瑕疵): No defect. 没有瑕疵。
     * - `minor` (minor / 轻微): A minor defect that does not stop use. 轻微瑕疵,不影响使用。
     * - `major` (major / 严重): A major defect that stops use. 严重问题,影响使用。
     *
     * Absent: unknown: the judge asks for it.
     */
    defect?: "none" | "minor" | "major" | undefined;
    /**
     * What caused the defect.
     *
     * Values:
     * - `manufacturing` (manufacturing / 生产原因): Caused in manufacture. 生产造成。
     * - `transit` (transit / 运输原因): Caused in transit. 运输造成。
     * - `buyer_misuse` (buyer misuse / 买家使用不当): Caused by the buyer's misuse. 买家使用不当造成。
     * - `unknown` (unknown / 不明): Cause not known. 原因不明。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    defectCause?: "manufacturing" | "transit" | "buyer_misuse" | "unknown" | undefined;
    /**
     * The defect the buyer complains of can be seen by eye (肉眼可识别); false: it shows only in use or by testing, so the seller proves the goods compliant first (Taobao dispute rules art. 65-66).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    defectVisible?: boolean | undefined;
    /**
     * Days of use after which the defect appeared.
     *
     * Absent: unknown: the judge asks for it.
     */
    defectAppearedAfterUseDays?: number | undefined;
    /**
     * Opened or tried on only to inspect: still counts as intact.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    openedForInspectionOnly?: boolean | undefined;
    /**
     * The goods match what was ordered and described (flavour, appearance, material, …).
     *
     * Absent: unknown: the judge asks for it.
     */
    matchesDescription?: boolean | undefined;
    /**
     * The goods are clothing, which once worn or washed cannot be resold.
     *
     * Absent: unknown: the judge asks for it.
     */
    clothing?: boolean | undefined;
  } | undefined;
  /**
   * What the seller promised on the listing or in chat.
   *
   * Absent: unknown: the judge asks for it.
   */
  promises?: {
    /**
     * 退货包运费 / 运费险 shown for this buyer.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    returnFreightInsurance?: boolean | undefined;
    /**
     * The seller told the buyer the subsidy covers only the lowest first-weight price.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    insuranceLimitExplained?: boolean | undefined;
    /**
     * The seller promised to refund the whole return freight.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    fullReturnFreight?: boolean | undefined;
    /**
     * The claim is about a performance the seller promised (e.g. "fades → full refund").
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    performanceGuarantee?: boolean | undefined;
    /**
     * The seller told the buyer before the return which carriers / COD it refuses.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    refusedCarriersDisclosed?: boolean | undefined;
    /**
     * The service the listing page promised that the buyer says the seller refused: platform_payment (paying through the platform's official escrow, e.g. Alipay), after_sale_service (one the seller undertook on the listing, e.g. 7-day returns, warranty, free return freight), other_service; none: the listing promised no such service.
     *
     * Values:
     * - `none` (none promised / 未承诺此类服务): The listing promised no such service. 商品页未承诺此类服务。
     * - `platform_payment` (platform payment / 平台担保支付): Paying through the platform's escrow. 通过平台担保交易付款。
     * - `after_sale_service` (after-sale service / 售后服务): An after-sale service the listing undertook (7-day returns, warranty, free return freight). 页面承诺的售后服务(七天无理由、保修、退货包运费)。
     * - `other_service` (other service / 其他服务): Another service the listing promised. 页面承诺的其他服务。
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    listedService?: "none" | "platform_payment" | "after_sale_service" | "other_service" | undefined;
    /**
     * The seller refused the buyer the service named in promises.listedService.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    listedServiceRefused?: boolean | undefined;
    /**
     * The listing's advertising misled the buyer about what they get (e.g. '0 元免费送', '买一送一' not honoured, exaggerated effects).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    listingMisleading?: boolean | undefined;
    /**
     * A price the seller agreed with the buyer in chat (议价), in yuan; absent: no price was negotiated.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    negotiatedPrice?: number | undefined;
    /**
     * When seller and buyer agreed on promises.negotiatedPrice.
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: unknown: the judge asks for it.
     */
    negotiatedPriceAgreedAt?: string | undefined;
    /**
     * The time limit stated for the negotiated price when it was agreed; absent: none was stated (Taobao then holds the price valid on the day of agreement only).
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    negotiatedPriceValidUntil?: string | undefined;
    /**
     * The seller refused the buyer the negotiated price (would not change the order's price or refund the difference).
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    negotiatedPriceRefused?: boolean | undefined;
    /**
     * After the buyer applied for a refund and then told the shop's customer service they no longer wanted it, the agent promised in chat to ship the order instead.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    agentPromisedShipInsteadOfRefund?: boolean | undefined;
    /**
     * The refund went through anyway after that promise (e.g. processed in the back office by a fast-refund tool), so the order was not shipped.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    refundProcessedAfterShipPromise?: boolean | undefined;
  } | undefined;
  /**
   * How the goods were sent back.
   *
   * Absent: unknown: the judge asks for it.
   */
  returnShipment?: {
    /**
     * How the buyer sent the goods back.
     *
     * Values:
     * - `standard` (standard courier / 普通快递): A standard courier (ZTO, YTO, …). 普通快递(中通、圆通等)。
     * - `sf_express` (SF Express / 顺丰): SF Express. 顺丰速运。
     * - `ems` (EMS / EMS): China Post EMS. 中国邮政 EMS。
     * - `postal` (postal / 邮政平邮): Ordinary post. 邮政平邮/包裹。
     * - `small_parcel` (small parcel / 小包): Cross-border small parcel. 跨境小包。
     * - `commercial_express` (commercial express / 商业快递): Cross-border commercial express (DHL, FedEx, …). 跨境商业快递(DHL、FedEx 等)。
     *
     * Absent: unknown: the judge asks for it.
     */
    method?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * What the return shipment cost, in yuan.
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: unknown: the judge asks for it.
     */
    cost?: number | undefined;
    /**
     * Sent 到付: freight to be paid by the seller on receipt.
     *
     * Absent: unknown: the judge asks for it.
     */
    collectOnDelivery?: boolean | undefined;
    /**
     * Whether the return-freight insurance is valid.
     *
     * Values:
     * - `valid` (valid / 有效): The return-freight insurance is valid. 运费险有效,可理赔。
     * - `invalid_buyer_fault` (invalid (buyer's fault) / 因买家原因失效): Void through the buyer's doing (e.g. sent freight-collect). 因买家原因(如到付、未用平台下单)失效。
     * - `none` (none / 无运费险): No return-freight insurance. 没有运费险。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    insuranceStatus?: "valid" | "invalid_buyer_fault" | "none" | undefined;
    /**
     * What the return-freight insurance (退货包运费) pays for this return, in yuan: the lowest first-weight price among the carriers serving the two places (002:579).
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: unknown: the judge asks for it.
     */
    insuranceSubsidy?: number | undefined;
    /**
     * The seller signed for the return without inspecting it.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    sellerSignedWithoutInspection?: boolean | undefined;
    /**
     * What the seller found wrong with the return afterwards.
     *
     * Values:
     * - `none` (none / 无异常): Nothing wrong with the return. 退回的商品无异常。
     * - `quantity` (quantity / 数量不符): Fewer items came back. 退回数量不符。
     * - `damage` (damage / 损坏): The goods came back damaged. 退回的商品损坏。
     * - `not_resalable` (not resalable / 影响二次销售): The goods came back unfit for resale. 退回的商品无法二次销售。
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    anomalyFoundBySeller?: "none" | "quantity" | "damage" | "not_resalable" | undefined;
    /**
     * When the seller signed for the returned goods (the return tracking's sign-for); the refund is due within 7 days of it (七日无理由退货暂行办法 art. 13).
     *
     * Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.
     *
     * Absent: not shown: the buyer must show it, else it is not established.
     */
    receivedAt?: string | undefined;
  } | undefined;
  /**
   * The shop's own after-sale policy; overlays the pack's defaults.
   *
   * Absent: unknown: the judge asks for it.
   */
  shopPolicy?: {
    /**
     * No-reason return window in days (the law gives at least 7).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    returnWindowDays?: number | undefined;
    /**
     * How long after sign-for the shop repairs or compensates defects, in days; not shown: the shop set no period, so none lapses.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    afterSalePeriodDays?: number | undefined;
    /**
     * On a no-quality return, refund minus the outbound freight.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    deductOutboundFreight?: boolean | undefined;
    /**
     * Most the shop reimburses for a seller-liable return, in yuan; not shown: no cap (a shop term may not reduce what the seller owes, Taobao dispute rules art. 13).
     *
     * Yuan, at most 2 decimals (whole fen): 9.95, not 9.955 or 1e-9.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    returnFreightCap?: number | undefined;
    /**
     * Pays SF / express rates, or only standard courier rates.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    reimbursesExpressCarriers?: boolean | undefined;
    /**
     * Refuses returns sent freight-collect (到付).
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    refusesCollectOnDelivery?: boolean | undefined;
  } | undefined;
};
