// The registry of the decisions a verdict takes, with their keys, values and labels. It sits with the
// schemas because the rule schema (rule.ts) checks decisions against it; what the fold does with a
// rule's decisions is src/verdict/decisions.ts.
import { FreightLeg, FreightPayer, Liability, Remedy } from './vocabulary.js';

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
