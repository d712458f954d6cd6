import * as z from 'zod';
import { CalendarDate } from './primitives.js';
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
  z.number().nonnegative(),
  z.strictObject({ fact: FactName }),
  z.strictObject({
    percentOf: FactName,
    percent: z.number().positive().max(10_000),
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
  }),
]);
export type MoneyExpr = z.infer<typeof MoneyExpr>;

const Priority = z.number().int().min(1).max(1000);
const ranked = { priority: Priority.optional() };

/** One decision a rule makes when it fires. The closed set of what a rule can say. */
export const Decision = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('liability'), value: V.Liability, ...ranked }),
  z.strictObject({ kind: z.literal('remedy'), value: V.Remedy, ...ranked }),
  z.strictObject({ kind: z.literal('freight'), leg: V.FreightLeg, payer: V.FreightPayer, ...ranked }),
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

export const RuleId = z.string().regex(/^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*(\.[a-z0-9]+(-[a-z0-9]+)*)?$/, 'Expected an id such as SHIP-LATE-72H or SHIP-LATE-72H.out-of-stock');

/** One rule as written in `rules/<family>/*.json`: a json-rules-engine rule plus its metadata. */
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
});
export type PackManifest = z.infer<typeof PackManifest>;
