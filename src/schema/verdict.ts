import * as z from 'zod';
import { Message, Source } from './rule.js';
import * as V from './vocabulary.js';

const Yuan = z.number().nonnegative();
const RuleRef = z.string().min(1);
const Tri = z.union([z.boolean(), z.literal('unknown')]);
const Undetermined = z.literal('undetermined');

export const FreightLegResult = z.strictObject({
  payer: z.union([V.FreightPayer, Undetermined]),
  cap: Yuan.optional(),
  restrictions: z.array(V.FreightRestriction).optional(),
  ruleId: RuleRef.optional(),
  termsRuleIds: z.array(RuleRef).optional(),
  /** The payer owes the leg in full (a fired rule naming this payer set `waiveTerms`): no cap or restriction applies. */
  termsWaived: z.literal(true).optional(),
  /**
   * The payer is the seller on the strength of its own promise (the deciding rule reads a
   * `promises.*` fact, or the remedy agreed before the claim, `claim.priorAgreement`): the one case
   * where a seller pays a leg although the buyer is liable.
   */
  restsOnPromise: z.literal(true).optional(),
});

export const Penalty = z.strictObject({
  kind: V.PenaltyKind,
  points: z.number().int().nonnegative().optional(),
  compensationToBuyer: Yuan.optional(),
  paymentToPlatform: Yuan.optional(),
  ruleId: RuleRef,
});

export const Outcome = z.strictObject({
  liability: V.Liability,
  remedy: z.union([V.Remedy, Undetermined]),
  freight: z.partialRecord(V.FreightLeg, FreightLegResult),
  refundAdjustments: z.array(z.strictObject({ kind: V.AdjustmentKind, amount: Yuan, ruleId: RuleRef })),
  penalties: z.array(Penalty),
  /** Present when a rule decided it or waits for it. */
  countsTowardDisputeRate: z.union([z.boolean(), Undetermined]).optional(),
});

export type TraceLeaf = {
  fact: string;
  operator: string;
  value: unknown;
  valueFact?: string;
  factValue?: unknown;
  /** The fact (or an input of it) was not shown: not established, so the comparison is decided on the record. */
  absent?: 'not_shown';
  result: boolean | 'unknown';
};
export type TraceGroup = { match: 'all' | 'any'; result: boolean | 'unknown'; conditions: TraceNode[] };
export type TraceNode = TraceLeaf | TraceGroup;

const TraceLeafSchema = z.strictObject({
  fact: z.string(),
  operator: z.string(),
  value: z.unknown(),
  valueFact: z.string().optional(),
  factValue: z.unknown().optional(),
  absent: z.literal('not_shown').optional(),
  result: Tri,
});
export const TraceNodeSchema: z.ZodType<TraceNode> = z.lazy(() =>
  z.union([
    z.strictObject({ match: z.enum(['all', 'any']), result: Tri, conditions: z.array(TraceNodeSchema) }),
    TraceLeafSchema,
  ]),
);

export const TraceEntry = z.strictObject({
  ruleId: RuleRef,
  priority: z.number().int(),
  stage: z.union([z.literal(1), z.literal(2)]),
  fired: z.boolean(),
  result: Tri,
  match: z.enum(['all', 'any']),
  conditions: z.array(TraceNodeSchema),
});

/**
 * A decision that was not simply taken by the highest priority: `same_priority` leaves it
 * undetermined (fired rules disagree at one priority); `policy_overridden` means a mandatory rule
 * (first candidate) set aside what a shop policy rule (second candidate) decided, `policy` naming
 * the shop-policy fields that rule applied. `decision` is a status key (`liability`,
 * `freight.return`, `countsTowardDisputeRate`, …) or a collected decision (`refundAdjustment.<kind>`).
 */
export const Conflict = z.strictObject({
  decision: z.string(),
  reason: z.enum(['same_priority', 'policy_overridden']),
  priority: z.number().int(),
  candidates: z.array(
    z.strictObject({ ruleId: RuleRef, value: z.union([z.string(), z.boolean()]), fired: z.boolean() }),
  ),
  policy: z.array(z.string()).optional(),
});

/** One version of a dated rule series used for a verdict. */
export const RuleVersion = z.strictObject({
  series: z.string(),
  effectiveFrom: z.string().optional(),
  effectiveTo: z.string().optional(),
  rules: z.array(RuleRef),
});

/**
 * The pack and the rules a verdict was judged with. `rules` counts the rules evaluated;
 * `rulesAt` is the calendar day (platform time zone) whose rules were used, `rulesAtFrom` says
 * whether that is the day of `order.paidAt` or a day pinned by the caller; `versions` lists each
 * dated series in force that day; `options` the pack options that were on.
 */
export const Ruleset = z.strictObject({
  id: z.string(),
  version: z.string(),
  rules: z.number().int().nonnegative(),
  rulesAt: z.string(),
  rulesAtFrom: z.enum(['paidAt', 'pinned']),
  versions: z.array(RuleVersion),
  options: z.array(z.string()),
});

/**
 * How sure a decision is. `firm`: no unknown fact could change it. `provisional`: taken on the
 * record, but a rule of higher or equal priority that would decide otherwise waits on an unknown
 * fact (or a mandatory rule that would forbid it waits, or it was read from a provisional decision).
 * `undetermined`: no rule decided it, fired rules disagree at one priority, or the deciding rule
 * says the sources leave it open for now.
 */
export const DecisionStatus = z.enum(['firm', 'provisional', 'undetermined']);

/** One key per decision in `outcome`: `liability`, `remedy`, `countsTowardDisputeRate`, `freight.<leg>`. */
export const Status = z.strictObject({
  liability: DecisionStatus,
  remedy: DecisionStatus,
  countsTowardDisputeRate: DecisionStatus.optional(),
  ...Object.fromEntries(V.FreightLeg.options.map((leg) => [`freight.${leg}`, DecisionStatus.optional()])),
} as {
  liability: typeof DecisionStatus;
  remedy: typeof DecisionStatus;
  countsTowardDisputeRate: z.ZodOptional<typeof DecisionStatus>;
} & Record<`freight.${z.infer<typeof V.FreightLeg>}`, z.ZodOptional<typeof DecisionStatus>>);

/**
 * A question whose answer could change a decision. `kind`: `unknown` (a fact such a case has:
 * ask for it) or `not_shown` (evidence, a promise, an exception: the decision stands unless
 * `party` shows it). `schema` is the JSON Schema of an answer; `couldChange` names each decision
 * that some answer changes, the value it then takes (for a freight leg, the payer; for a collected
 * decision — `penalty.<kind>`, `refundAdjustment.<kind>`, `freight.<leg>.cap` — whether it applies;
 * `freight.<leg>.restrictions`, the list or `none`) and the rule that then decides it: each pair comes true when the question is answered with some value, the
 * rest of the case kept. `facts`: a grouped question (the facts change a decision only together).
 */
export const OpenQuestion = z.strictObject({
  fact: z
    .string()
    .describe(
      'The fact to answer (an absent object such as `shipment` is asked once); of a grouped question, its first fact.',
    ),
  facts: z
    .array(z.string())
    .min(2)
    .optional()
    .describe(
      'A grouped question: the facts that change a decision only when answered together (no one of them alone does). `schema` is then an object with one answer schema per fact.',
    ),
  kind: z
    .enum(['unknown', 'not_shown'])
    .describe(
      'unknown: a fact such a case has, ask for it; not_shown: evidence, a promise or an exception the party has not shown, so the decision stands unless it is shown.',
    ),
  party: z.enum(['buyer', 'seller', 'carrier', 'platform']).optional().describe('Who can answer it, or must show it.'),
  question: Message,
  schema: z.record(z.string(), z.unknown()),
  couldChange: z.array(
    z.strictObject({
      decision: z
        .string()
        .describe(
          'liability, remedy, countsTowardDisputeRate, freight.<leg> (its payer), or a collected part of the outcome: penalty.<kind>, refundAdjustment.<kind>, freight.<leg>.cap (to: whether it applies), freight.<leg>.restrictions (to: the list, or none).',
        ),
      to: z.union([z.string(), z.boolean()]),
      ruleId: RuleRef,
    }),
  ),
});

/** What `judge` returns: the outcome, what is still needed, and why. */
export const VerdictSchema = z.strictObject({
  caseId: z.string(),
  asOf: z.string(),
  ruleset: Ruleset,
  outcome: Outcome,
  evidenceRequired: z.array(z.strictObject({ party: V.Party, item: V.EvidenceItem, ruleId: RuleRef })),
  actions: z.array(z.strictObject({ code: V.ActionCode, ruleId: RuleRef })),
  findings: z.array(
    z.strictObject({ ruleId: RuleRef, catalogue: z.array(z.string()), message: Message, source: Source }),
  ),
  status: Status.describe(
    'How sure each decision in outcome is: firm (no answer to an unknown fact changes it; only a showing could), provisional (some answer to an unknown fact changes it: openQuestions names it) or undetermined.',
  ),
  openQuestions: z
    .array(OpenQuestion)
    .describe(
      'Every absent fact (an absent object once, or a group of facts that only together can) some answer to which changes a decision, ranked ask-first: what can settle an undetermined or provisional liability or remedy, then what moves a firm one, then a freight leg, then the rest; within each, the proof the claim turns on (pack.json decisiveProof; a group weighs as its weakest member) first, then what leaves firm decisions standing, then more decisions, then unknown before not shown, then the fact name.',
    ),
  /** Unknown facts rules waited on; `blocks`: the decisions they hold provisional or undetermined. */
  missingFacts: z
    .array(z.strictObject({ fact: z.string(), neededBy: z.array(RuleRef), blocks: z.array(z.string()) }))
    .describe('Unknown facts rules waited on; blocks: the decisions they hold provisional or undetermined.'),
  questionsOmitted: z
    .literal('not_shown')
    .optional()
    .describe(
      "Present only when the judge was asked for the unknown facts' questions alone (questions: 'unknown'): openQuestions then leaves out what a party has not shown. Status and missingFacts are as without it.",
    ),
  conflicts: z.array(Conflict),
  trace: z.array(TraceEntry),
  warnings: z
    .array(z.strictObject({ code: z.string(), path: z.string(), message: z.string() }))
    .optional()
    .describe(
      "Present only when the record makes the buyer's story doubtful without ruling it out (e.g. not_received on a parcel the carrier records the buyer signing for): the verdict judges the story as given; check it first.",
    ),
});

export type Verdict = z.infer<typeof VerdictSchema>;
export type Outcome = z.infer<typeof Outcome>;
export type FreightLegResult = z.infer<typeof FreightLegResult>;
export type Penalty = z.infer<typeof Penalty>;
export type Conflict = z.infer<typeof Conflict>;
export type Ruleset = z.infer<typeof Ruleset>;
export type RuleVersion = z.infer<typeof RuleVersion>;
export type TraceEntry = z.infer<typeof TraceEntry>;
export type Status = z.infer<typeof Status>;
export type DecisionStatus = z.infer<typeof DecisionStatus>;
export type OpenQuestion = z.infer<typeof OpenQuestion>;
