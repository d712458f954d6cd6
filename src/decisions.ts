import { notShownIn, type Facts } from './facts/derive-facts.js';
import type { Decision } from './schema/rule.js';
import { EvidenceItem as EvidenceItemEnum, FreightLeg, FreightPayer, Liability, Remedy } from './schema/vocabulary.js';

/**
 * The decisions a verdict takes, in one registry: the fold, the coherence rules, lint, the CLI's
 * labels and the tests all read them from here.
 *
 * A **single-valued** decision has one value per verdict (liability, remedy, each freight leg's
 * payer, whether the case counts toward the dispute rate): the highest-priority fired rule
 * decides it, and the verdict gives it a `status`. Its key is the same in `outcome` (dotted for
 * freight legs), `status`, `conflicts[].decision` and `openQuestions[].couldChange[].decision`.
 * A **collected** decision gathers from every fired rule (penalties, refund adjustments,
 * evidence, actions, freight terms).
 */
export const SINGLE_KEYS = [
  'liability',
  'remedy',
  'countsTowardDisputeRate',
  ...FreightLeg.options.map((leg) => `freight.${leg}` as const),
] as const;
export type SingleKey = (typeof SINGLE_KEYS)[number];

type Text = { readonly zh: string; readonly en: string };

/** What the registry knows of a single-valued decision. */
export interface SingleDecisionDef {
  readonly key: SingleKey;
  /** The values a rule may give it (`undetermined` aside). */
  readonly values: readonly (string | boolean)[];
  /** Whether a mandatory rule's `forbid` may name it. */
  readonly forbiddable: boolean;
  /** Always in the verdict (`liability`, `remedy`), or only when a rule fired or waits for it. */
  readonly always: boolean;
  /** The `outcome.*` fact second-stage rules read it through, if any. */
  readonly outcomeFact?: string;
  readonly label: Text;
}

const FREIGHT_LABELS: Readonly<Record<FreightLeg, Text>> = {
  return: { zh: '退货运费', en: 'return freight' },
  reship: { zh: '补发运费', en: 'reship freight' },
  roundTrip: { zh: '往返运费', en: 'round-trip freight' },
  forwarding: { zh: '转寄运费', en: 'forwarding freight' },
  redirect: { zh: '改寄运费', en: 'redirect freight' },
  returnExcess: { zh: '超出运费险的退货运费', en: 'return freight above the insurance' },
};
type FreightLeg = (typeof FreightLeg.options)[number];

export const SINGLE_DECISIONS: ReadonlyMap<SingleKey, SingleDecisionDef> = new Map<SingleKey, SingleDecisionDef>([
  [
    'liability',
    {
      key: 'liability',
      values: Liability.options.filter((v) => v !== 'undetermined'),
      forbiddable: true,
      always: true,
      outcomeFact: 'outcome.liability',
      label: { zh: '责任方', en: 'Liability' },
    },
  ],
  [
    'remedy',
    {
      key: 'remedy',
      values: Remedy.options,
      forbiddable: true,
      always: true,
      outcomeFact: 'outcome.remedy',
      label: { zh: '处理方式', en: 'Remedy' },
    },
  ],
  [
    'countsTowardDisputeRate',
    {
      key: 'countsTowardDisputeRate',
      values: [true, false],
      forbiddable: false,
      always: false,
      label: { zh: '计入纠纷率', en: 'Counts toward dispute rate' },
    },
  ],
  ...FreightLeg.options.map((leg): [SingleKey, SingleDecisionDef] => [
    `freight.${leg}`,
    {
      key: `freight.${leg}`,
      values: FreightPayer.options,
      forbiddable: true,
      always: false,
      outcomeFact: `outcome.freight.${leg}.payer`,
      label: FREIGHT_LABELS[leg],
    },
  ]),
]);

/** Collected decision kinds a mandatory rule's `forbid` may name. */
export const FORBIDDABLE_COLLECTED = ['refundAdjustment', 'penalty', 'action'] as const;

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
