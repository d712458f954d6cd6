import * as z from 'zod';
import { CalendarDate, Money } from './primitives.js';
import { FORBIDDABLE_COLLECTED, SINGLE_DECISIONS, SINGLE_KEYS } from '../decisions.js';
import * as V from './vocabulary.js';

const FactName = z.string().regex(/^[a-zA-Z][a-zA-Z0-9]*(\.[a-zA-Z][a-zA-Z0-9]*)*$/, 'Expected a fact name such as order.amount');
const Scalar = z.union([z.string(), z.number(), z.boolean()]);

/** A leaf condition: a fact compared with a value (or with another fact: `{ "fact": "…" }`). */
export const LeafCondition = z.strictObject({
  fact: FactName,
  operator: z.string().min(1),
  value: z.union([Scalar, z.array(Scalar).min(1), z.strictObject({ fact: FactName })]),
});
export type LeafCondition = z.infer<typeof LeafCondition>;

/**
 * `all` / `any` groups of conditions. There is no `not`: a negated unknown would be a guess,
 * so a rule states the positive fact it needs (`equal false`, `notIn [...]`).
 */
export type Condition = LeafCondition | { all: Condition[] } | { any: Condition[] };
export const Condition: z.ZodType<Condition> = z.lazy(() =>
  z.union([
    z.strictObject({ all: z.array(Condition).min(1) }),
    z.strictObject({ any: z.array(Condition).min(1) }),
    LeafCondition,
  ]),
);
export const TopCondition = z.union([
  z.strictObject({ all: z.array(Condition).min(1) }),
  z.strictObject({ any: z.array(Condition).min(1) }),
]);
export type TopCondition = z.infer<typeof TopCondition>;

/**
 * An amount of money a decision computes, in yuan: a literal, a money fact, or a percentage of a
 * money fact bounded by `min` / `max`. Computed in integer fen, rounded half up.
 */
export const MoneyExpr = z.union([
  Money,
  z.strictObject({ fact: FactName }),
  z.strictObject({
    percentOf: FactName,
    percent: z.number().positive().max(10_000),
    min: Money.optional(),
    max: Money.optional(),
  }),
]);
export type MoneyExpr = z.infer<typeof MoneyExpr>;

/** Decisions a `forbid` can name: single-valued keys and collected kinds. */
export const ForbiddenDecision = z.enum([
  ...SINGLE_KEYS.filter((k) => SINGLE_DECISIONS.get(k)?.forbiddable === true),
  ...FORBIDDABLE_COLLECTED,
] as unknown as [string, ...string[]]);
export type ForbiddenDecision = z.infer<typeof ForbiddenDecision>;

const Priority = z.number().int().min(1).max(1000);
const ranked = { priority: Priority.optional() };

/** One decision a rule makes when it fires. The closed set of what a rule can say. */
export const Decision = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('liability'), value: V.Liability, ...ranked }),
  z.strictObject({ kind: z.literal('remedy'), value: V.Remedy, ...ranked }),
  /**
   * Who pays a freight leg. `waiveTerms: true`: this payer owes the leg in full (a promise of the
   * whole return freight, a refusal of carriers never disclosed): when the rule fires and the leg
   * goes to this payer (whichever rule decided it), no `freightTerms` (cap, restrictions) apply to
   * the leg, and `outcome.freight.<leg>.termsWaived` is true for second-stage rules.
   */
  z.strictObject({ kind: z.literal('freight'), leg: V.FreightLeg, payer: V.FreightPayer, waiveTerms: z.literal(true).optional(), ...ranked }),
  z.strictObject({
    kind: z.literal('freightTerms'),
    leg: V.FreightLeg,
    cap: MoneyExpr.optional(),
    restrictions: z.array(V.FreightRestriction).optional(),
  }),
  z.strictObject({ kind: z.literal('disputeRate'), value: z.boolean(), ...ranked }),
  z.strictObject({
    kind: z.literal('penalty'),
    penalty: V.PenaltyKind,
    points: z.number().int().nonnegative().optional(),
    compensationToBuyer: MoneyExpr.optional(),
    paymentToPlatform: MoneyExpr.optional(),
  }),
  z.strictObject({ kind: z.literal('refundAdjustment'), adjustment: V.AdjustmentKind, amount: MoneyExpr }),
  z.strictObject({ kind: z.literal('evidence'), party: V.Party, item: V.EvidenceItem }),
  z.strictObject({ kind: z.literal('action'), code: V.ActionCode }),
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
  z.strictObject({ kind: z.literal('forbid'), decision: ForbiddenDecision, value: z.string().min(1) }),
]);
export type Decision = z.infer<typeof Decision>;

/** Where a rule comes from: lines of a seed document, or a public rule text. */
export const Source = z.union([
  z.strictObject({
    doc: z.string().regex(/^\d{3}_[0-9a-f]{16}\.txt$/, 'Expected a seed document file name'),
    lines: z.string().regex(/^\d+(-\d+)?(, ?\d+(-\d+)?)*$/, 'Expected line numbers such as 192-194'),
  }),
  z.strictObject({ rule: z.string().min(1), url: z.string().optional() }),
]);
export type Source = z.infer<typeof Source>;

export const Message = z.strictObject({ zh: z.string().min(1), en: z.string().min(1) });

export const RuleId = z.string().max(128).regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/, 'Expected an id such as SHIP-LATE-72H or SHIP-LATE-72H.out-of-stock');

const SeriesName = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'Expected a series name such as TB-LATE-SHIPMENT');
const OptionName = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*$/, 'Expected an option name such as TB-SHIP-48H');

/**
 * One rule as written in `rules/<family>/*.json`: a json-rules-engine rule plus its metadata.
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
export const RuleSpec = z.strictObject({
  id: RuleId,
  catalogue: z.array(z.string().regex(/^[A-Z]+(-[A-Z0-9]+)+$/)).min(1),
  platforms: z.array(V.Platform).min(1),
  source: Source,
  message: Message,
  note: z.string().optional(),
  priority: Priority,
  effectiveFrom: CalendarDate.optional(),
  effectiveTo: CalendarDate.optional(),
  series: SeriesName.optional(),
  verified: z.boolean().optional(),
  mandatory: z.boolean().optional(),
  option: OptionName.optional(),
  conditions: TopCondition,
  event: z.strictObject({
    type: z.string().regex(/^[a-z][a-z0-9_]*$/, 'Expected a snake_case event type'),
    params: z.strictObject({ decisions: z.array(Decision) }),
  }),
});
export type RuleSpec = z.infer<typeof RuleSpec>;

/** A rule file: `{ "$schema": …, "rules": [ … ] }`. */
export const RuleFile = z.strictObject({
  $schema: z.string().optional(),
  rules: z.array(z.unknown()).min(1),
});

/** `rules/pack.json`: what a pack is and the settings derivation needs. */
export const PackManifest = z.strictObject({
  $schema: z.string().optional(),
  id: z.string().min(1),
  version: z.string().min(1),
  timeZones: z.record(V.Platform, z.string().min(1)),
  defaults: z.strictObject({ returnWindowDays: z.number().int().min(1) }),
  /** Options rules may be gated on (`option` in a rule), each with its default (on/off). */
  options: z.record(OptionName, z.strictObject({ default: z.boolean(), description: z.string().min(1) })).optional(),
});
export type PackManifest = z.infer<typeof PackManifest>;
