import * as z from 'zod';
import type { CaseInput, ParsedCase } from './case-types.generated.js';
import { Money, Timestamp, WholeNumber } from './primitives.js';
import * as V from './vocabulary.js';

/**
 * An optional case field. What its absence means — unknown (the judge asks for it) or not shown
 * by the party who must show it — is the fact catalogue's burden of proof (`src/facts/burden.ts`).
 */
function u<T extends z.ZodType>(schema: T, description: string) {
  return schema.optional().meta({ description, ...unitOf(schema) });
}

/** Money fields say so in their metadata, which the fact catalogue and the JSON Schema both read. */
function unitOf(schema: z.ZodType): { unit?: 'yuan' } {
  return schema === Money ? { unit: 'yuan' } : {};
}

export const OrderSchema = z.strictObject({
  paidAt: Timestamp.meta({ description: 'Payment time.' }),
  amount: Money.meta({ description: 'Actual transaction price of the disputed goods, in yuan.', unit: 'yuan' }),
  fulfilment: V.Fulfilment.default('in_stock').meta({ description: 'How the goods are fulfilled; default in_stock.' }),
  presaleShipBy: u(Timestamp, 'Presale only: the ship-by date stated on the listing.'),
  promisedShipWithinHours: u(WholeNumber, "The shop's own ship-within promise in hours, if it made one."),
  agreedShipBy: u(Timestamp, 'A ship-by date the buyer explicitly agreed to.'),
  paymentMethod: V.PaymentMethod.default('escrow').meta({ description: 'How the buyer paid; default escrow.' }),
  outboundFreight: u(Money, 'Freight the seller paid to ship the order, in yuan.'),
  brandGoods: u(z.boolean(), 'The goods carry or claim a brand, so a counterfeit claim makes sense.'),
  sellerDeclaredOutOfStock: u(z.boolean(), 'The seller told the buyer after payment that it has no stock.'),
  freeShipping: u(z.boolean(), '包邮: the buyer paid no outbound freight.'),
  goodsClass: V.GoodsClass.default('ordinary').meta({
    description: 'Class of goods for the 7-day return law; default ordinary.',
  }),
  nonReturnableConfirmed: u(z.boolean(), 'The buyer explicitly confirmed at checkout that no 7-day return applies.'),
  duringPromotion: u(z.boolean(), 'The order was placed during a large platform promotion (e.g. Double 11).'),
  receiptConfirmed: u(
    z.boolean(),
    'The buyer clicked "confirm receipt" (确认收货) on the order before the claim; it voids the return-freight insurance (002:629).',
  ),
  buyerUnreachableSince: u(
    Timestamp,
    'Since when the seller has tried and failed to reach the buyer by chat and phone (e.g. to confirm a cash-on-delivery order); absent: no such period.',
  ),
  addressIncomplete: u(
    z.boolean(),
    'The delivery address the buyer gave is visibly incomplete, so the parcel cannot be sent as is.',
  ),
  dropShipping: u(
    z.boolean(),
    "Drop-shipping order: the buyer is a reseller and the address given is not the final recipient's.",
  ),
});

export const ShipmentSchema = z.strictObject({
  markedShippedAt: u(Timestamp, 'When the seller pressed "ship" in the platform.'),
  firstCarrierScanAt: u(Timestamp, "First scan in the carrier's system: this is the ship time."),
  waybillAt: u(
    Timestamp,
    'The date written on the waybill (运单上的时间); absent: no waybill. Under Taobao art. 25 it is the ship time, with markedShippedAt, when the carrier has no record.',
  ),
  carrierScanned: u(
    z.boolean(),
    "Whether the carrier's system has any scan of the parcel as of asOf (false: checked, none yet); any carrier event in the record (a first scan, a status, a sign-for, a tracking movement, a signer) implies one.",
  ),
  carrierHasNoTrackingSystem: u(
    z.boolean(),
    'The carrier has no tracking system at all (尚不具有系统记录条件), so the waybill date stands in for the ship time (Taobao dispute rules art. 25(二)).',
  ),
  trackingValid: u(z.boolean(), 'The tracking number resolves at the carrier.'),
  trackingMatchesAddress: u(z.boolean(), "The tracking shows the buyer's city/address."),
  trackingCorrectedAt: u(Timestamp, 'When a mistyped tracking number was replaced; absent: never corrected.'),
  lastTrackingUpdateAt: u(Timestamp, "The latest movement in the carrier's tracking."),
  delayCause: u(V.DelayCause, 'Why the parcel is delayed in transit.'),
  addressFault: u(V.Party3, 'Who caused a wrong or incomplete address.'),
  carrierChosenBy: u(V.ChosenBy, 'Who chose the carrier.'),
  method: u(V.ShippingMethod, 'How the parcel was shipped.'),
  agreedMethod: u(V.ShippingMethod, 'The shipping method agreed with the buyer, if one was.'),
  methodChangeConsented: u(z.boolean(), 'The buyer agreed to a change of shipping method.'),
  status: u(V.ShipmentStatus, 'Where the parcel is now.'),
  deliveredAt: u(Timestamp, "Sign-for time in the carrier's record."),
  signedBy: u(V.SignedBy, 'Who signed for the parcel.'),
  signedOnBuyerInstruction: u(
    z.boolean(),
    "A proxy signed or the parcel went into a locker on the buyer's instruction or prior consent, so it counts as the buyer's own signature (Taobao dispute rules art. 28, 36).",
  ),
  inspectedBeforeSigning: u(z.boolean(), 'The buyer inspected the goods before signing.'),
  outerPackagingDamaged: u(z.boolean(), 'The outer packaging arrived damaged.'),
  promisedDeliveryDays: u(WholeNumber, 'Cross-border: the promised delivery time in days.'),
  reshipAgreedByBuyer: u(z.boolean(), 'Cross-border: the buyer agreed in writing to a reship and to wait.'),
  reshippedAt: u(
    Timestamp,
    'When the seller sent the goods again (a reship) after the first parcel stalled or went missing; absent: no reship. markedShippedAt / firstCarrierScanAt stay those of the first parcel.',
  ),
  courierMisdelivered: u(
    z.boolean(),
    'The carrier confirmed its courier delivered the parcel to the wrong person or place (误签 / 派错).',
  ),
  trackingFailedSecurityCheck: u(
    z.boolean(),
    "Cross-border: the parcel failed the carrier's security check (未通过安检), so its tracking number shows nothing.",
  ),
  trackingIsForwarderNumber: u(
    z.boolean(),
    "Cross-border: the tracking number given is a freight forwarder's transfer number (转单号) rather than the final carrier's.",
  ),
});

export const ClaimSchema = z.strictObject({
  type: V.ClaimType.meta({ description: 'What the buyer complains about.' }),
  requestedRemedy: u(V.RequestedRemedy, 'What the buyer asks for.'),
  openedAt: Timestamp.meta({ description: 'When the buyer opened the claim.' }),
  sellerRefused: u(z.boolean(), 'The seller already rejected the request.'),
  priorAgreement: u(V.PriorAgreement, 'What seller and buyer agreed before the claim.'),
  freightAgreed: u(z.boolean(), 'The agreement said who pays the return freight.'),
  sellerPaidBeforeRuling: u(z.boolean(), 'The seller paid the compensation before the platform upheld the complaint.'),
  escalated: u(z.boolean(), 'The buyer escalated the dispute to the platform (客服介入).'),
  refundRequestedAt: u(
    Timestamp,
    "When the buyer applied for a refund while the order was not yet shipped (the platform's refund record); absent: no such request.",
  ),
  shipAfterRefundRequestConsented: u(
    z.boolean(),
    'The buyer agreed, after applying for the refund, that the seller ship the order after all.',
  ),
  sellerRefusedOverReasonOnly: u(
    z.boolean(),
    "The seller refused the buyer's return only because it disputes the reason the buyer chose (e.g. denies the goods are counterfeit or not as described), not over the goods' condition (001:24-25).",
  ),
});

export const EvidenceSchema = z.strictObject({
  buyerPhotos: u(z.boolean(), 'The buyer provided photos of what arrived.'),
  outerPackagingPhotoWithLabel: u(z.boolean(), 'Photo of the outer packaging with the shipping label.'),
  innerDamagePhoto: u(z.boolean(), 'Photo of the damage inside.'),
  brandAuthenticationReport: u(z.boolean(), "A brand owner's authentication report."),
  qualityInspectionReport: u(z.boolean(), 'A quality inspection report from a qualified body.'),
  sellerAdmittedCounterfeit: u(z.boolean(), 'The seller admitted the goods are not genuine (including 高仿 / 精仿).'),
  shippedWeightMatchesOrder: u(z.boolean(), "Warehouse weighing matches the order's expected weight."),
  carrierWeightMatchesWarehouse: u(z.boolean(), "The carrier's weight matches the warehouse weight."),
  carrierCertificate: u(V.CarrierCertificate, 'Which carrier office certified the facts.'),
  photoShowsShopProduct: u(z.boolean(), "The buyer's photo shows the shop's own product."),
  sellerSourcingDocuments: u(z.boolean(), 'Invoices or authorisation proving where the goods came from.'),
  fraudEstablished: u(z.boolean(), 'Fraud is established (e.g. proven counterfeit sold as genuine).'),
  defectPhotoOrVideo: u(z.boolean(), 'The buyer showed the defect in clear photos or video.'),
  warehouseFoundShippedSound: u(
    z.boolean(),
    "The seller's warehouse checked its shipping records and found the goods had no such problem when they left.",
  ),
});

export const ItemSchema = z.strictObject({
  used: u(z.boolean(), 'The goods were used.'),
  washed: u(z.boolean(), 'The goods were washed.'),
  tagsIntact: u(z.boolean(), 'The tags are on.'),
  packagingIntact: u(z.boolean(), 'The packaging is intact.'),
  resalable: u(z.boolean(), 'The goods can be sold again.'),
  defect: u(V.Defect, 'How serious a defect is.'),
  defectCause: u(V.DefectCause, 'What caused the defect.'),
  defectVisible: u(
    z.boolean(),
    'The defect the buyer complains of can be seen by eye (肉眼可识别); false: it shows only in use or by testing, so the seller proves the goods compliant first (Taobao dispute rules art. 65-66).',
  ),
  defectAppearedAfterUseDays: u(WholeNumber, 'Days of use after which the defect appeared.'),
  openedForInspectionOnly: u(z.boolean(), 'Opened or tried on only to inspect: still counts as intact.'),
  matchesDescription: u(
    z.boolean(),
    'The goods match what was ordered and described (flavour, appearance, material, …).',
  ),
  clothing: u(z.boolean(), 'The goods are clothing, which once worn or washed cannot be resold.'),
});

export const PromisesSchema = z.strictObject({
  returnFreightInsurance: u(z.boolean(), '退货包运费 / 运费险 shown for this buyer.'),
  insuranceLimitExplained: u(
    z.boolean(),
    'The seller told the buyer the subsidy covers only the lowest first-weight price.',
  ),
  fullReturnFreight: u(z.boolean(), 'The seller promised to refund the whole return freight.'),
  performanceGuarantee: u(
    z.boolean(),
    'The claim is about a performance the seller promised (e.g. "fades → full refund").',
  ),
  refusedCarriersDisclosed: u(
    z.boolean(),
    'The seller told the buyer before the return which carriers / COD it refuses.',
  ),
  listedService: u(
    V.ListedService,
    "The service the listing page promised that the buyer says the seller refused: platform_payment (paying through the platform's official escrow, e.g. Alipay), after_sale_service (one the seller undertook on the listing, e.g. 7-day returns, warranty, free return freight), other_service; none: the listing promised no such service.",
  ),
  listedServiceRefused: u(z.boolean(), 'The seller refused the buyer the service named in promises.listedService.'),
  listingMisleading: u(
    z.boolean(),
    "The listing's advertising misled the buyer about what they get (e.g. '0 元免费送', '买一送一' not honoured, exaggerated effects).",
  ),
  negotiatedPrice: u(
    Money,
    'A price the seller agreed with the buyer in chat (议价), in yuan; absent: no price was negotiated.',
  ),
  negotiatedPriceAgreedAt: u(Timestamp, 'When seller and buyer agreed on promises.negotiatedPrice.'),
  negotiatedPriceValidUntil: u(
    Timestamp,
    'The time limit stated for the negotiated price when it was agreed; absent: none was stated (Taobao then holds the price valid on the day of agreement only).',
  ),
  negotiatedPriceRefused: u(
    z.boolean(),
    "The seller refused the buyer the negotiated price (would not change the order's price or refund the difference).",
  ),
  agentPromisedShipInsteadOfRefund: u(
    z.boolean(),
    "After the buyer applied for a refund and then told the shop's customer service they no longer wanted it, the agent promised in chat to ship the order instead.",
  ),
  refundProcessedAfterShipPromise: u(
    z.boolean(),
    'The refund went through anyway after that promise (e.g. processed in the back office by a fast-refund tool), so the order was not shipped.',
  ),
});

export const ReturnShipmentSchema = z.strictObject({
  method: u(V.ShippingMethod, 'How the buyer sent the goods back.'),
  cost: u(Money, 'What the return shipment cost, in yuan.'),
  collectOnDelivery: u(z.boolean(), 'Sent 到付: freight to be paid by the seller on receipt.'),
  insuranceStatus: u(V.InsuranceStatus, 'Whether the return-freight insurance is valid.'),
  insuranceSubsidy: u(
    Money,
    'What the return-freight insurance (退货包运费) pays for this return, in yuan: the lowest first-weight price among the carriers serving the two places (002:579).',
  ),
  sellerSignedWithoutInspection: u(z.boolean(), 'The seller signed for the return without inspecting it.'),
  anomalyFoundBySeller: u(V.ReturnAnomaly, 'What the seller found wrong with the return afterwards.'),
  receivedAt: u(
    Timestamp,
    "When the seller signed for the returned goods (the return tracking's sign-for); the refund is due within 7 days of it (七日无理由退货暂行办法 art. 13).",
  ),
});

export const ShopPolicySchema = z.strictObject({
  returnWindowDays: u(WholeNumber.min(1).max(365), 'No-reason return window in days (the law gives at least 7).'),
  afterSalePeriodDays: u(
    WholeNumber.max(3650),
    'How long after sign-for the shop repairs or compensates defects, in days; not shown: the shop set no period, so none lapses.',
  ),
  deductOutboundFreight: u(z.boolean(), 'On a no-quality return, refund minus the outbound freight.'),
  returnFreightCap: u(
    Money,
    'Most the shop reimburses for a seller-liable return, in yuan; not shown: no cap (a shop term may not reduce what the seller owes, Taobao dispute rules art. 13).',
  ),
  reimbursesExpressCarriers: u(z.boolean(), 'Pays SF / express rates, or only standard courier rates.'),
  refusesCollectOnDelivery: u(z.boolean(), 'Refuses returns sent freight-collect (到付).'),
});

/** The facts of one after-sale dispute: what `judge` takes. */
export const CaseSchema = z.strictObject({
  caseId: z.string().min(1).max(128).meta({ description: 'Identifier echoed in the verdict.' }),
  platform: V.Platform.meta({ description: 'Marketplace whose rules apply.' }),
  asOf: Timestamp.meta({ description: 'When the judgement is made: the only clock the library reads.' }),
  order: OrderSchema.meta({ description: 'The order: payment, price, fulfilment and what was promised at checkout.' }),
  shipment: u(ShipmentSchema, 'The outbound shipment; absent: the order was never shipped.'),
  claim: ClaimSchema.meta({
    description: "The buyer's after-sale claim: what they complain about, when, and what was agreed.",
  }),
  evidence: u(EvidenceSchema, 'What each party has shown.'),
  item: u(ItemSchema, 'Condition of the goods as received or returned.'),
  promises: u(PromisesSchema, 'What the seller promised on the listing or in chat.'),
  returnShipment: u(ReturnShipmentSchema, 'How the goods were sent back.'),
  shopPolicy: u(ShopPolicySchema, "The shop's own after-sale policy; overlays the pack's defaults."),
});

// `CaseInput` and `ParsedCase` are `z.input` / `z.output` of `CaseSchema`, generated with a doc
// comment on every field (zod's descriptions do not reach declaration files): see
// src/schema/case-types.ts. test/types.test-d.ts checks they are the inferred types exactly.
export type { CaseInput, ParsedCase };
/** @deprecated The parsed case: use `ParsedCase`, or `CaseInput` for what a caller writes. */
export type Case = ParsedCase;
