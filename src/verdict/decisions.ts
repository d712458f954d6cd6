// What the fold reads of a rule's decisions: the single-valued decision each makes, the code a collected one
// names, and whether the case already shows an evidence item. The registry of decisions itself is
// src/schema/decision-registry.ts, re-exported here.
import { notShownIn, type Facts } from '../facts/derive-facts.js';
import type { Decision } from '../schema/rule.js';
import { EvidenceItem as EvidenceItemEnum } from '../schema/vocabulary.js';
import type { SingleKey } from '../schema/decision-registry.js';

export {
  FORBIDDABLE_COLLECTED,
  SINGLE_DECISIONS,
  SINGLE_KEYS,
  type SingleDecisionDef,
  type SingleKey,
} from '../schema/decision-registry.js';

/** The single-valued decision a rule decision makes, as `{ key, value }`; undefined for collected ones. */
export function singleOf(d: Decision): { key: SingleKey; value: string | boolean } | undefined {
  switch (d.kind) {
    case 'liability':
    case 'remedy':
      return { key: d.kind, value: d.value };
    case 'disputeRate':
      return { key: 'countsTowardDisputeRate', value: d.value };
    case 'freight':
      return { key: `freight.${d.leg}`, value: d.payer };
    case 'freightTerms':
    case 'penalty':
    case 'refundAdjustment':
    case 'evidence':
    case 'action':
    case 'forbid':
      return undefined;
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}

/** The value a collected decision names for `forbid` (`deduct_outbound_freight`, …); undefined for others. */
export function collectedCode(d: Decision): string | undefined {
  return d.kind === 'penalty'
    ? d.penalty
    : d.kind === 'refundAdjustment'
      ? d.adjustment
      : d.kind === 'action'
        ? d.code
        : undefined;
}

/**
 * Evidence items a rule may ask for, and the case fact that shows each: an item the case already
 * shows is not asked for again. `shownBy: true` — the fact is true; a string or false — it has
 * that value; `'present'` — it is given at all (a weighing record, whatever it says).
 */
export const EVIDENCE_SHOWN_BY: Readonly<
  Partial<Record<EvidenceItem, { readonly fact: string; readonly shownBy: true | false | string }>>
> = {
  carrier_first_scan_proof: { fact: 'shipment.firstCarrierScanAt', shownBy: 'present' },
  corrected_tracking_number: { fact: 'shipment.trackingCorrectedAt', shownBy: 'present' },
  buyer_photos: { fact: 'evidence.buyerPhotos', shownBy: true },
  outer_packaging_photo_with_label: { fact: 'evidence.outerPackagingPhotoWithLabel', shownBy: true },
  inner_damage_photo: { fact: 'evidence.innerDamagePhoto', shownBy: true },
  warehouse_weighing_record: { fact: 'evidence.shippedWeightMatchesOrder', shownBy: 'present' },
  carrier_weighing_record: { fact: 'evidence.carrierWeightMatchesWarehouse', shownBy: 'present' },
  carrier_certificate_headquarters: { fact: 'evidence.carrierCertificate', shownBy: 'headquarters' },
  proof_shop_does_not_sell_item: { fact: 'evidence.photoShowsShopProduct', shownBy: false },
  defect_photo_or_video: { fact: 'evidence.defectPhotoOrVideo', shownBy: true },
  brand_authentication_report: { fact: 'evidence.brandAuthenticationReport', shownBy: true },
  quality_inspection_report: { fact: 'evidence.qualityInspectionReport', shownBy: true },
  seller_sourcing_documents: { fact: 'evidence.sellerSourcingDocuments', shownBy: true },
  valid_tracking_number: { fact: 'shipment.trackingValid', shownBy: true },
};
type EvidenceItem = (typeof EvidenceItemEnum.options)[number];

/** Whether the case already shows an evidence item (a value filled in because it was not shown does not count). */
export function evidenceShown(item: EvidenceItem, facts: Facts): boolean {
  const by = EVIDENCE_SHOWN_BY[item];
  if (by === undefined || notShownIn(facts)?.has(by.fact) === true) return false;
  const v = facts[by.fact];
  return by.shownBy === 'present' ? v !== undefined : v === by.shownBy;
}
