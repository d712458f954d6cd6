import type { CaseInput } from '../schema/case.js';

type ClaimType = CaseInput['claim']['type'];
type EvidenceFact = keyof NonNullable<CaseInput['evidence']>;

/**
 * What "the buyer uploaded photos" shows, per claim type: the evidence facts the rules of that
 * claim type read and that an uploaded photo can be. Quality and description claims: the photos
 * are taken to show the defect (`defectPhotoOrVideo`, 002:755); every claim: `buyerPhotos`
 * (000:136, 002:707). Never the outer packaging with its label (002:461) nor the inner damage
 * (002:465) — an upload flag does not say what the photos show — nor any report.
 */
export const PHOTO_FACTS: Readonly<Record<ClaimType, readonly EvidenceFact[]>> = {
  late_shipment: [],
  fake_shipment: [],
  out_of_stock: [],
  shipping_chase: [],
  changed_mind: [],
  tracking_stalled: [],
  not_received: [],
  delivery_delay: [],
  out_of_area: [],
  address_change: [],
  refused_delivery: [],
  damaged_in_transit: ['buyerPhotos'],
  missing_item: ['buyerPhotos'],
  wrong_item: ['buyerPhotos'],
  quality: ['buyerPhotos', 'defectPhotoOrVideo'],
  not_as_described: ['buyerPhotos', 'defectPhotoOrVideo'],
  counterfeit: ['buyerPhotos'],
  no_reason_return: ['buyerPhotos'],
  exchange: ['buyerPhotos'],
  return_refused_by_seller: ['buyerPhotos'],
  broken_promise: ['buyerPhotos'],
};

/** What the record still cannot say about the photos, per claim type, for the caller's notes. */
export const PHOTO_GAPS: Partial<Readonly<Record<ClaimType, string>>> = {
  damaged_in_transit:
    'whether the photos show the outer packaging with its label (evidence.outerPackagingPhotoWithLabel, 002:461) and the damage inside (evidence.innerDamagePhoto, 002:465)',
  wrong_item: "whether the photos show the shop's own product (evidence.photoShowsShopProduct)",
  quality: 'the photos are taken to show the defect clearly (evidence.defectPhotoOrVideo): review them',
  not_as_described: 'the photos are taken to show the difference clearly (evidence.defectPhotoOrVideo): review them',
  counterfeit: 'photos do not prove a counterfeit: a brand or inspection report does (001:33-34)',
};

/**
 * The evidence facts an upload flag sets for a claim type (`true` each), for a backend that knows
 * only that the buyer uploaded photos. Nothing for `false`: no upload is absence, not a fact.
 *
 * @example
 * evidenceFromPhotos('quality', true); // { buyerPhotos: true, defectPhotoOrVideo: true }
 */
export function evidenceFromPhotos(type: ClaimType, uploaded: boolean): Partial<Record<EvidenceFact, true>> {
  if (!uploaded) return {};
  return Object.fromEntries((PHOTO_FACTS[type] ?? []).map((f) => [f, true])) as Partial<Record<EvidenceFact, true>>;
}
