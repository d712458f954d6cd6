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
     * Absent: unknown: the judge asks for it.
     */
    lastTrackingUpdateAt?: string | undefined;
    /**
     * Why the parcel is delayed in transit.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    delayCause?: "none" | "backlog" | "weather" | "carrier_accident" | "unknown" | undefined;
    /**
     * Who caused a wrong or incomplete address.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    addressFault?: "none" | "buyer" | "seller" | undefined;
    /**
     * Who chose the carrier.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierChosenBy?: "seller" | "buyer" | undefined;
    /**
     * How the parcel was shipped.
     *
     * Absent: unknown: the judge asks for it.
     */
    method?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * The shipping method agreed with the buyer, if one was.
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
     * Absent: unknown: the judge asks for it.
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
     */
    type: "late_shipment" | "fake_shipment" | "out_of_stock" | "shipping_chase" | "changed_mind" | "tracking_stalled" | "not_received" | "delivery_delay" | "out_of_area" | "address_change" | "damaged_in_transit" | "refused_delivery" | "missing_item" | "wrong_item" | "quality" | "not_as_described" | "counterfeit" | "no_reason_return" | "exchange" | "return_refused_by_seller" | "broken_promise";
    /**
     * What the buyer asks for.
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
     * Absent: unknown: the judge asks for it.
     */
    defect?: "none" | "minor" | "major" | undefined;
    /**
     * What caused the defect.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    defectCause?: "manufacturing" | "transit" | "buyer_misuse" | "unknown" | undefined;
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
     * Absent: not shown: the seller must show it, else it is not established.
     */
    anomalyFoundBySeller?: "none" | "quantity" | "damage" | "not_resalable" | undefined;
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
     * Absent: unknown: the judge asks for it.
     */
    lastTrackingUpdateAt?: string | undefined;
    /**
     * Why the parcel is delayed in transit.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    delayCause?: "none" | "backlog" | "weather" | "carrier_accident" | "unknown" | undefined;
    /**
     * Who caused a wrong or incomplete address.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    addressFault?: "none" | "buyer" | "seller" | undefined;
    /**
     * Who chose the carrier.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    carrierChosenBy?: "seller" | "buyer" | undefined;
    /**
     * How the parcel was shipped.
     *
     * Absent: unknown: the judge asks for it.
     */
    method?: "standard" | "sf_express" | "ems" | "postal" | "small_parcel" | "commercial_express" | undefined;
    /**
     * The shipping method agreed with the buyer, if one was.
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
     * Absent: unknown: the judge asks for it.
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
     */
    type: "late_shipment" | "fake_shipment" | "out_of_stock" | "shipping_chase" | "changed_mind" | "tracking_stalled" | "not_received" | "delivery_delay" | "out_of_area" | "address_change" | "damaged_in_transit" | "refused_delivery" | "missing_item" | "wrong_item" | "quality" | "not_as_described" | "counterfeit" | "no_reason_return" | "exchange" | "return_refused_by_seller" | "broken_promise";
    /**
     * What the buyer asks for.
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
     * Absent: unknown: the judge asks for it.
     */
    defect?: "none" | "minor" | "major" | undefined;
    /**
     * What caused the defect.
     *
     * Absent: not shown: the seller must show it, else it is not established.
     */
    defectCause?: "manufacturing" | "transit" | "buyer_misuse" | "unknown" | undefined;
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
     * Absent: not shown: the seller must show it, else it is not established.
     */
    anomalyFoundBySeller?: "none" | "quantity" | "damage" | "not_resalable" | undefined;
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
