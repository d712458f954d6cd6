import * as z from 'zod';

// Closed vocabularies shared by the case, the rule files and the verdict.
// A new value is a change here, which every schema and the fold see at once.

export const Platform = z.enum(['taobao', 'tmall', 'pinduoduo', 'aliexpress']);
export const Fulfilment = z.enum(['in_stock', 'presale', 'custom', 'special_category']);
export const PaymentMethod = z.enum(['escrow', 'cash_on_delivery', 'bank_transfer']);
export const GoodsClass = z.enum(['ordinary', 'custom_made', 'perishable', 'digital_unsealed', 'periodical']);
export const DelayCause = z.enum(['none', 'backlog', 'weather', 'carrier_accident', 'unknown']);
export const Party3 = z.enum(['none', 'buyer', 'seller']);
export const ChosenBy = z.enum(['seller', 'buyer']);
export const ShippingMethod = z.enum(['standard', 'sf_express', 'ems', 'postal', 'small_parcel', 'commercial_express']);
export const ShipmentStatus = z.enum([
  'in_transit',
  'delivered',
  'lost',
  'out_of_area',
  'returned_to_sender',
  'refused',
]);
export const SignedBy = z.enum(['buyer', 'proxy', 'locker', 'unknown']);
export const ClaimType = z.enum([
  'late_shipment',
  'fake_shipment',
  'out_of_stock',
  'shipping_chase',
  'changed_mind',
  'tracking_stalled',
  'not_received',
  'delivery_delay',
  'out_of_area',
  'address_change',
  'damaged_in_transit',
  'refused_delivery',
  'missing_item',
  'wrong_item',
  'quality',
  'not_as_described',
  'counterfeit',
  'no_reason_return',
  'exchange',
  'return_refused_by_seller',
  'broken_promise',
]);
export const RequestedRemedy = z.enum(['refund_only', 'return_and_refund', 'exchange', 'reship', 'partial_refund']);
export const PriorAgreement = z.enum(['none', 'refund_only', 'return_and_refund', 'exchange', 'partial_refund']);
export const CarrierCertificate = z.enum(['none', 'local_branch', 'headquarters']);
export const Defect = z.enum(['none', 'minor', 'major']);
export const DefectCause = z.enum(['manufacturing', 'transit', 'buyer_misuse', 'unknown']);
export const InsuranceStatus = z.enum(['valid', 'invalid_buyer_fault', 'none']);
export const ReturnAnomaly = z.enum(['none', 'quantity', 'damage', 'not_resalable']);
/** A service a listing page promised (违背承诺, 000:199): none = the listing promised no such service. */
export const ListedService = z.enum(['none', 'platform_payment', 'after_sale_service', 'other_service']);

// Verdict vocabularies.
export const Liability = z.enum(['seller', 'buyer', 'carrier', 'none', 'undetermined']);
export const Remedy = z.enum([
  'refund_only',
  'return_and_refund',
  'exchange',
  'reship',
  'partial_refund',
  'repair',
  'reject_claim',
  'refund_after_refused_delivery',
  'negotiate',
]);
/**
 * Freight legs a verdict can assign. `returnExcess`: the part of the return freight above what the
 * return-freight insurance (退货包运费) pays (`returnShipment.insuranceSubsidy`); the insurer pays
 * the subsidy, this leg says who pays the rest (002:579-587).
 */
export const FreightLeg = z.enum(['return', 'reship', 'roundTrip', 'forwarding', 'redirect', 'returnExcess']);
export const FreightPayer = z.enum(['seller', 'buyer', 'carrier', 'insurer', 'negotiate', 'not_applicable']);
export const FreightRestriction = z.enum(['standard_carrier_only', 'no_collect_on_delivery']);
export const Party = z.enum(['buyer', 'seller', 'carrier']);
export const PenaltyKind = z.enum(['late_shipment', 'fake_shipment', 'broken_promise', 'fraud_compensation']);
export const AdjustmentKind = z.enum(['deduct_outbound_freight']);

export const EvidenceItem = z.enum([
  'carrier_first_scan_proof',
  'shipping_label',
  'corrected_tracking_number',
  'buyer_photos',
  'outer_packaging_photo_with_label',
  'inner_damage_photo',
  'warehouse_weighing_record',
  'carrier_weighing_record',
  'carrier_certificate_headquarters',
  'photo_of_shipped_goods_with_label',
  'proof_shop_does_not_sell_item',
  'defect_photo_or_video',
  'brand_authentication_report',
  'quality_inspection_report',
  'seller_sourcing_documents',
  'carrier_freight_receipt',
  'signer_name_from_courier',
  'chat_records',
  'valid_tracking_number',
  'proof_no_quality_defect',
]);

export const ActionCode = z.enum([
  'tell_buyer_correct_tracking_number',
  'reassure_buyer_ship_time',
  'mark_order_urgent',
  'offer_refund_or_wait_with_date',
  'refuse_parcel_then_refund',
  'check_carrier_system_and_site',
  'chase_carrier',
  'note_order',
  'promise_buyer_reply_time',
  'explain_expected_delay',
  'claim_compensation_from_carrier',
  'reship',
  'forward_by_reachable_carrier',
  'ask_buyer_to_check_with_proxy',
  'ask_carrier_to_redirect',
  'agree_extra_freight_beforehand',
  'note_refusal_and_return_parcel',
  'hold_order_do_not_close',
  'confirm_valid_tracking_with_forwarder',
  'confirm_address_before_reship',
  'keep_chat_records',
  'appeal_unshipped_penalty',
  'warehouse_check_shipped_goods',
  'request_platform_arbitration',
  'tag_order_exclude_from_metrics',
  'pay_partial_refund_online_after_receipt',
  'explain_quality_is_not_counterfeit',
  'contact_carrier_for_record',
  'refund_after_return_arrives',
  'reimburse_return_freight_after_arrival',
  'refund_within_7_days_of_receiving_return',
  'refund_now_return_held_over_7_days',
  'give_buyer_final_result',
  'keep_return_log',
  'tell_buyer_reship_tracking',
  'explain_shop_does_not_sell_item',
  'explain_correct_use',
  'appeal_with_evidence',
  'disclose_refused_carriers_before_return',
  'explain_insurance_subsidy_limit',
  'moderate_listing_claims',
  'explain_negotiated_price_lapsed',
  'brief_agents_no_refund_promises_in_chat',
  'offer_reship_without_return',
]);
