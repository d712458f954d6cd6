import * as z from 'zod';
import { CalendarDate, Money } from './primitives.js';
import { FORBIDDABLE_COLLECTED, SINGLE_DECISIONS, SINGLE_KEYS } from './decision-registry.js';
import * as V from './vocabulary.js';

const FactName = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/, 'Expected a fact name such as order.amount');
const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A leaf condition: a fact compared with a value (or with another fact: `{ "fact": "…" }`). */
export const LeafCondition = z
  .strictObject({
    fact: FactName.describe(
      'A fact of the case, derived from it, or decided by the first fold (outcome.*): a name from the fact catalogue (README "Fact reference").',
    ),
    operator: z
      .string()
      .min(1)
      .describe(
        'How the fact is compared: equal, notEqual, in, notIn, lessThan, lessThanInclusive, greaterThan, greaterThanInclusive, or present (true: the fact is known / shown).',
      ),
    value: z
      .union([
        Scalar,
        z.array(Scalar).min(1),
        z.strictObject({ fact: FactName.describe('Another fact of the same type to compare with.') }),
      ])
      .describe(
        'What the fact is compared with: a value of the fact\'s type, a list of them (in / notIn), true or false (present), or { "fact": … } for another fact.',
      ),
  })
  .describe('One comparison: a fact, an operator and a value.');
export type LeafCondition = z.infer<typeof LeafCondition>;

/**
 * `all` / `any` groups of conditions. There is no `not`: a negated unknown would be a guess,
 * so a rule states the positive fact it needs (`equal false`, `notIn [...]`).
 */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1).describe('Every condition must hold.') }),
    z.strictObject({ any: z.array(Condition).min(1).describe('At least one condition must hold.') }),
    LeafCondition,
  ]),
);
export const TopCondition = z
  .union([
    z.strictObject({ all: z.array(Condition).min(1).describe('Every condition must hold.') }),
    z.strictObject({ any: z.array(Condition).min(1).describe('At least one condition must hold.') }),
  ])
  .describe(
    'When the rule fires: an `all` or `any` group of comparisons and nested groups. There is no `not`: state the positive fact (equal false, notIn […]).',
  );
export type TopCondition = z.infer<typeof TopCondition>;

/**
 * An amount of money a decision computes, in yuan: a literal, a money fact, or a percentage of a
 * money fact bounded by `min` / `max`. Computed in integer fen, rounded half up.
 */
export const MoneyExpr = z
  .union([
    Money,
    z.strictObject({ fact: FactName.describe('A money fact whose amount is used, e.g. order.outboundFreight.') }),
    z.strictObject({
      percentOf: FactName.describe('The money fact the percentage is taken of, e.g. order.amount.'),
      percent: z.number().positive().max(10_000).describe('The percentage, e.g. 5 for 5 %.'),
      min: Money.optional().describe('At least this many yuan.'),
      max: Money.optional().describe('At most this many yuan.'),
    }),
  ])
  .describe(
    'An amount in yuan: a literal, { "fact": … } or { "percentOf": …, "percent": …, "min"?, "max"? }. Computed in whole fen, rounded half up.',
  );
export type MoneyExpr = z.infer<typeof MoneyExpr>;

/** Decisions a `forbid` can name: single-valued keys and collected kinds. */
export const ForbiddenDecision = z.enum([
  ...SINGLE_KEYS.filter((k) => SINGLE_DECISIONS.get(k)?.forbiddable === true),
  ...FORBIDDABLE_COLLECTED,
] as unknown as [string, ...string[]]);
export type ForbiddenDecision = z.infer<typeof ForbiddenDecision>;

/** A priority tier's name, as `pack.json` `priorities` declares it. */
export const TierName = z.string().regex(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/, 'Expected a tier name such as exception');

/** How far an offset may move a rule inside its tier. */
export const MAX_TIER_OFFSET = 10;

/**
 * Where a rule (or one decision) stands when fired rules disagree: a tier that `pack.json`
 * declares, by name (`"exception"`), or a tier and a small offset inside it with the reason for
 * the offset (`{ "tier": "standard", "offset": 5, "note": "…" }`). Higher tiers win; inside a
 * tier a higher offset wins; the same tier and offset is a tie (the decision is undetermined).
 */
export const PriorityRef = z.union([
  TierName.describe('A priority tier declared in pack.json "priorities", e.g. "standard" or "exception".'),
  z
    .strictObject({
      tier: TierName.describe('The priority tier declared in pack.json "priorities".'),
      offset: z
        .number()
        .int()
        .min(-MAX_TIER_OFFSET)
        .max(MAX_TIER_OFFSET)
        .refine((n) => n !== 0, 'An offset of 0 is the tier itself: write the tier name alone')
        .describe(
          `A small step inside the tier (-${MAX_TIER_OFFSET}…${MAX_TIER_OFFSET}, not 0): higher wins over the tier's other rules. It must stay between the neighbouring tiers.`,
        ),
      note: z
        .string()
        .min(1)
        .describe('Why this rule needs a step inside its tier: which rules it must outrank or yield to.'),
    })
    .describe('A tier and an offset inside it, with the reason for the offset.'),
]);
export type PriorityRef = z.infer<typeof PriorityRef>;

const ranked = {
  priority: PriorityRef.optional().describe(
    "This decision's own priority tier, when it differs from the rule's (e.g. a default the rule's other decisions do not share).",
  ),
};

/** One decision a rule makes when it fires. The closed set of what a rule can say. */
export const Decision = z.discriminatedUnion('kind', [
  z.strictObject({
    kind: z.literal('liability').describe('Who is at fault.'),
    value: V.Liability.describe('The party liable.'),
    ...ranked,
  }),
  z.strictObject({
    kind: z.literal('remedy').describe('What the buyer gets.'),
    value: V.Remedy.describe('The remedy.'),
    ...ranked,
  }),
  /**
   * Who pays a freight leg. `waiveTerms: true`: this payer owes the leg in full (a promise of the
   * whole return freight, a refusal of carriers never disclosed): when the rule fires and the leg
   * goes to this payer (whichever rule decided it), no `freightTerms` (cap, restrictions) apply to
   * the leg, and `outcome.freight.<leg>.termsWaived` is true for second-stage rules.
   */
  z.strictObject({
    kind: z.literal('freight').describe('Who pays one freight leg.'),
    leg: V.FreightLeg.describe('The freight leg: return, reship, roundTrip, forwarding, redirect or returnExcess.'),
    payer: V.FreightPayer.describe('Who pays the leg.'),
    waiveTerms: z
      .literal(true)
      .optional()
      .describe(
        "true: this payer owes the leg in full; the shop's cap and carrier restrictions (freightTerms) do not apply.",
      ),
    ...ranked,
  }),
  z.strictObject({
    kind: z
      .literal('freightTerms')
      .describe("Limits on a freight leg the seller pays: a cap and carrier restrictions (a shop's policy)."),
    leg: V.FreightLeg.describe('The freight leg the terms apply to.'),
    cap: MoneyExpr.optional().describe('The most the seller pays for the leg.'),
    restrictions: z.array(V.FreightRestriction).optional().describe('Carrier restrictions on the leg.'),
  }),
  z.strictObject({
    kind: z.literal('disputeRate').describe("Whether the case counts toward the seller's dispute rate."),
    value: z.boolean().describe('true: it counts.'),
    ...ranked,
  }),
  z.strictObject({
    kind: z
      .literal('penalty')
      .describe('A penalty on the seller: points, compensation to the buyer, a payment to the platform.'),
    penalty: V.PenaltyKind.describe(
      'Which penalty; collected once per kind, from the highest-priority rule that fires.',
    ),
    points: z.number().int().nonnegative().optional().describe('Penalty points.'),
    compensationToBuyer: MoneyExpr.optional().describe('What the seller pays the buyer.'),
    paymentToPlatform: MoneyExpr.optional().describe('What the seller pays the platform.'),
  }),
  z.strictObject({
    kind: z.literal('refundAdjustment').describe('An amount taken off the refund.'),
    adjustment: V.AdjustmentKind.describe('Which adjustment.'),
    amount: MoneyExpr.describe('How much is taken off.'),
  }),
  z.strictObject({
    kind: z.literal('evidence').describe('Evidence a party must provide.'),
    party: V.Party.describe('Who must provide it.'),
    item: V.EvidenceItem.describe('What they must provide.'),
  }),
  z.strictObject({
    kind: z.literal('action').describe('Something to do next, for the seller, the buyer or customer service.'),
    code: V.ActionCode.describe('The action.'),
  }),
  /**
   * What a shop's own policy may not do, said by a `mandatory` rule (the law, a platform
   * article): the fold drops the named decision when it comes from a rule that applies the
   * shop's policy (one that reads a `shopPolicy.*` fact) and lists it under `conflicts` with
   * reason `policy_overridden` and both rule ids. `value` is the decision's value: a liability,
   * remedy or payer for single-valued decisions (`freight.return`), the adjustment, penalty or
   * action code for collected ones (`refundAdjustment`).
   *
   * @example
   * { "kind": "forbid", "decision": "refundAdjustment", "value": "deduct_outbound_freight" }
   */
  z.strictObject({
    kind: z.literal('forbid').describe('What a shop policy may not decide (mandatory rules only).'),
    decision: ForbiddenDecision.describe(
      'The decision a shop policy may not make, e.g. freight.return or refundAdjustment.',
    ),
    value: z.string().min(1).describe('The value it may not take, e.g. buyer or deduct_outbound_freight.'),
  }),
]);
export type Decision = z.infer<typeof Decision>;

/** Where a rule comes from: lines of a seed document, or a public rule text. */
export const Source = z
  .union([
    z.strictObject({
      doc: z
        .string()
        .regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'Expected a seed document file name')
        .describe('The seed document, e.g. 000_aaa0857776ee9994.txt.'),
      lines: z
        .string()
        .regex(/^\d+(-\d+)?(, ?\d+(-\d+)?)*$/, 'Expected line numbers such as 192-194')
        .describe('The lines of the seed document the rule rests on, e.g. 192-194.'),
    }),
    z.strictObject({
      rule: z.string().min(1).describe('The public rule or law, by its title (and article).'),
      url: z.string().optional().describe('Where the text can be read.'),
    }),
  ])
  .describe(
    'Where the rule comes from: lines of a seed document ({ doc, lines }) or a public rule ({ rule, url }). Shown in every verdict that cites the rule.',
  );
export type Source = z.infer<typeof Source>;

export const Message = z
  .strictObject({ zh: z.string().min(1).describe('In Chinese.'), en: z.string().min(1).describe('In English.') })
  .describe('What the rule found, as the verdict says it to the buyer and seller: in Chinese and English.');

export const RuleId = z
  .string()
  .max(128)
  .regex(
    /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/,
    'Expected an id such as SHIP-LATE-72H or SHIP-LATE-72H.out-of-stock',
  );

const SeriesName = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'Expected a series name such as TB-LATE-SHIPMENT');
const OptionName = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'Expected an option name such as TB-SHIP-48H');

/**
 * One rule as written in `rules/<topic>/*.json`: conditions, the decisions it makes when they hold,
 * and its metadata. Its conditions (a json-rules-engine condition tree) are compiled to closures at load.
 *
 * **Priority.** `priority` names a tier that `pack.json` `priorities` declares (`"standard"`), or a
 * tier and a small offset with the reason for it (`{ "tier": "standard", "offset": 5, "note": … }`).
 * The pack resolves it to a number (the tier's level plus the offset): the highest fired rule
 * takes a single-valued decision, and two fired rules that disagree at one number leave it
 * undetermined. A decision may name its own tier.
 *
 * **Effective dating.** `effectiveFrom` / `effectiveTo` are calendar dates (`YYYY-MM-DD`, both
 * inclusive) in the platform's time zone (`pack.json` `timeZones`); a case is judged with the
 * rules in force on the calendar day of `order.paidAt` there (or on the day a judge pins with
 * `createJudge({ rulesAt })`). A rule without dates is always in force.
 *
 * **Versions.** Rules that are successive versions of one platform rule share a `series` name
 * (e.g. `TB-LATE-SHIPMENT`: SHIP-LATE-72H until 2015-10-28, TB-LATE-2015, TB-LATE-2019). The
 * rules of one series with the same date range form one version (a version may need several
 * rules: `TB-LATE-2015` and `TB-LATE-2015.points`). The loader rejects two versions of a series
 * whose ranges overlap on a platform they share (`version_overlap`), and reports days between
 * versions that no version covers as warnings on `pack.warnings` (`version_gap`): a rule that was
 * withdrawn for a while is legitimate, so a gap does not stop the pack from loading. Rules without
 * `series` are each their own series. The verdict's `ruleset.versions` names the versions used.
 *
 * **Mandatory rules.** `mandatory: true` marks the law and platform articles a shop cannot
 * contract out of; such a rule says what a shop policy may not do with `forbid` decisions. Its
 * other decisions resolve by priority as usual, so put defaults a shop may improve on (e.g. who
 * pays return freight) in a separate, non-mandatory rule. A rule "applies the shop's policy" when
 * its conditions read a `shopPolicy.*` fact.
 *
 * **Options.** A rule with `option` is in force only when that option is on: declared with its
 * default in `pack.json` `options`, turned on by a caller with `createJudge({ options })`.
 *
 * **Verification.** `verified: false` marks a rule whose date or figures come from secondary
 * sources and could not be checked against the rule text; its `note` says what is unverified.
 */
/**
 * A tie with other rules of the same priority that the pack means: where both fire, the decision
 * is left undetermined on purpose (for the platform to weigh), and `lint` does not warn. `with`
 * names the other rules; `when`, the cases (leaves that must all hold: lint checks that every case
 * where both fire satisfies them). At least one of the two, and always the reason.
 */
export const IntendedTie = z
  .strictObject({
    with: z
      .array(RuleId)
      .min(1)
      .optional()
      .describe('The rules (ids) this rule is meant to tie with; absent: any rule, on the cases `when` describes.'),
    // Written as `Condition` so the JSON Schema refers to the one definition of a comparison;
    // checkRule requires each to be a comparison (a leaf), not a group.
    when: z
      .array(Condition)
      .min(1)
      .optional()
      .describe(
        'The cases on which the tie is meant: comparisons that hold on every case where both rules fire (lint proves it); absent: wherever both fire.',
      ),
    reason: z.string().min(1).describe('Why the decision is left undetermined there rather than to one rule.'),
  })
  .refine((t) => t.with !== undefined || t.when !== undefined, {
    message: 'An intended tie names the rules (with) or the cases (when) it is meant for',
  })
  .describe('A same-priority tie the pack means, with its reason.');
export type IntendedTie = z.infer<typeof IntendedTie>;

export const RuleSpec = z.strictObject({
  id: RuleId.describe(
    'Unique id: the catalogue entry (SHIP-LATE-72H), optionally a lower-case variant after a dot (SHIP-LATE-72H.refund).',
  ),
  catalogue: z
    .array(z.string().regex(/^[A-Z]+(-[A-Z0-9]+)+$/))
    .min(1)
    .describe('The catalogue entries (rules/catalogue.json) this rule implements.'),
  platforms: z.array(V.Platform).min(1).describe('The platforms the rule applies to.'),
  source: Source,
  message: Message,
  note: z
    .string()
    .optional()
    .describe(
      'For reviewers: how the source was read, what is assumed or unverified, why the rule is written this way.',
    ),
  priority: PriorityRef.describe(
    'Which rule wins when fired rules disagree: a tier from pack.json "priorities" ("standard", "exception", …), or { "tier", "offset", "note" } for a step inside it.',
  ),
  effectiveFrom: CalendarDate.optional().describe(
    "First day (YYYY-MM-DD, inclusive, the platform's time zone) of orders paid under this rule; absent: since always.",
  ),
  effectiveTo: CalendarDate.optional().describe(
    'Last day (YYYY-MM-DD, inclusive) of orders paid under this rule; absent: still in force.',
  ),
  series: SeriesName.optional().describe(
    'The platform rule this is a version of (e.g. TB-LATE-SHIPMENT): versions of a series must not overlap in time.',
  ),
  verified: z
    .boolean()
    .optional()
    .describe(
      'false: a date or figure comes from secondary sources and was not checked against the rule text; the note says what.',
    ),
  mandatory: z
    .boolean()
    .optional()
    .describe(
      'true: the law or a platform article a shop cannot contract out of; only such a rule may forbid decisions of a shop policy.',
    ),
  option: OptionName.optional().describe('In force only when this pack option (pack.json "options") is on.'),
  conditions: TopCondition,
  decisions: z
    .array(Decision)
    .describe('What the rule decides when it fires: liability, remedy, freight, penalties, evidence, actions, …'),
  intendedTies: z
    .array(IntendedTie)
    .min(1)
    .optional()
    .describe(
      'Same-priority disagreements with other rules that are meant: on such a case the decision stays undetermined (a same_priority conflict in the verdict) and lint does not warn.',
    ),
});
export type RuleSpec = z.infer<typeof RuleSpec>;

/** A rule file: `{ "$schema": …, "rules": [ … ] }`. */
export const RuleFile = z.strictObject({
  $schema: z.string().optional(),
  rules: z.array(z.unknown()).min(1),
});

/** One priority tier of a pack: its name, its numeric level, and when to use it. */
export const PriorityTier = z.strictObject({
  tier: TierName.describe('The name rules use in "priority".'),
  level: z
    .number()
    .int()
    .min(1)
    .max(1000)
    .describe(
      'Its numeric priority (the trace and conflicts print it): higher wins. Levels rise in the order the tiers are listed.',
    ),
  use: z.string().min(1).describe('One line: when a rule belongs in this tier.'),
});
export type PriorityTier = z.infer<typeof PriorityTier>;

/** `rules/pack.json`: what a pack is and the settings derivation needs. */
export const PackManifest = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().min(1).describe("The pack's name, echoed in every verdict."),
  version: z.string().min(1).describe("The pack's version, echoed in every verdict."),
  timeZones: z
    .record(V.Platform, z.string().min(1))
    .describe("Each platform's IANA time zone: calendar days (effective dates, return windows) are counted there."),
  defaults: z
    .strictObject({
      returnWindowDays: z
        .number()
        .int()
        .min(1)
        .describe('The no-reason return window in days, when the shop sets none.'),
    })
    .describe(
      'Settings derivation needs: the defaults a shop policy may replace (a shop shows its own after-sale period and return freight cap, or has none).',
    ),
  priorities: z
    .array(PriorityTier)
    .min(1)
    .superRefine((tiers, ctx) => {
      tiers.forEach((t, i) => {
        if (tiers.findIndex((u) => u.tier === t.tier) !== i)
          ctx.addIssue({ code: 'custom', path: [i, 'tier'], message: `Tier "${t.tier}" is declared twice` });
        const before = tiers[i - 1];
        if (before !== undefined && t.level <= before.level)
          ctx.addIssue({
            code: 'custom',
            path: [i, 'level'],
            message: `Tier "${t.tier}" (${t.level}) must be above "${before.tier}" (${before.level}): list tiers from lowest to highest`,
          });
      });
    })
    .describe('The priority tiers rules name, from lowest to highest, each with when to use it.'),
  /**
   * The proof a dispute turns on: facts whose question is asked before the others that can move
   * the same decisions (src/open-questions.ts ranks by it), each with the source that makes it
   * decisive.
   */
  decisiveProof: z
    .record(
      z.string().min(1),
      z.strictObject({
        weight: z.number().int().min(1).max(10).describe('Higher is asked first among questions of the same tier.'),
        source: z.string().min(1).describe('The seed lines or public rule that make this proof decisive.'),
        claimTypes: z
          .array(V.ClaimType)
          .min(1)
          .optional()
          .describe('The claims whose dispute turns on it; absent: every claim.'),
      }),
    )
    .optional()
    .describe(
      'Facts (or absent objects) whose answer is the proof a dispute turns on, asked first among the questions that can move the same decisions.',
    ),
  /** Options rules may be gated on (`option` in a rule), each with its default (on/off). */
  options: z
    .record(
      OptionName,
      z.strictObject({
        default: z.boolean().describe('On unless a caller turns it off (true), or off unless turned on (false).'),
        description: z.string().min(1).describe('What the option changes and why it is optional.'),
      }),
    )
    .optional()
    .describe('Options rules may be gated on ("option" in a rule), each with its default.'),
});
export type PackManifest = z.infer<typeof PackManifest>;
