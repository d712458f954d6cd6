import * as z from 'zod';
import { ShopPolicySchema } from './case.js';
import { Source } from './rule.js';
import { Conflict, FreightLegResult, OpenQuestion, Penalty, Ruleset, Status } from './verdict.js';
import * as V from './vocabulary.js';

const CatalogueId = z.string().regex(/^[A-Z]+(-[A-Z0-9]+)+$/);
const RuleRef = z.string().min(1);

/**
 * The part of a verdict a fixture asserts. Objects match as subsets; arrays match element by
 * element and in full (same length), so `"penalties": []` asserts there is no penalty.
 */
export const ExpectedVerdict = z.strictObject({
  ruleset: Ruleset.partial().optional(),
  outcome: z
    .strictObject({
      liability: V.Liability.optional(),
      remedy: z.union([V.Remedy, z.literal('undetermined')]).optional(),
      freight: z.partialRecord(V.FreightLeg, FreightLegResult.partial()).optional(),
      refundAdjustments: z
        .array(z.strictObject({ kind: V.AdjustmentKind, amount: z.number(), ruleId: RuleRef.optional() }))
        .optional(),
      penalties: z.array(Penalty.partial()).optional(),
      countsTowardDisputeRate: z.union([z.boolean(), z.literal('undetermined')]).optional(),
    })
    .optional(),
  /** The status of each decision named (a subset: unnamed decisions are not checked). */
  status: Status.partial().optional(),
  /** The open questions in rank order, each a subset of the verdict's (in full: same length). */
  openQuestions: z.array(OpenQuestion.partial()).optional(),
  evidenceRequired: z
    .array(z.strictObject({ party: V.Party, item: V.EvidenceItem, ruleId: RuleRef.optional() }))
    .optional(),
  actions: z.array(z.strictObject({ code: V.ActionCode, ruleId: RuleRef.optional() })).optional(),
  missingFacts: z
    .array(
      z.strictObject({
        fact: z.string(),
        neededBy: z.array(RuleRef).optional(),
        blocks: z.array(z.string()).optional(),
      }),
    )
    .optional(),
  conflicts: z.array(Conflict.partial()).optional(),
});

/**
 * A scenario: a case, what the verdict must be and, for the pack's own fixtures, where the source
 * says so. A shop's own fixtures (`aftersale-rules test shop-fixtures/`) need only a description,
 * the case and the expectation: `source` and `catalogue` document the shipped pack's fixtures
 * (its tests require them there).
 */
export const Fixture = z.strictObject({
  $schema: z.string().optional(),
  description: z.string().min(1),
  /** The seed lines or public rule the expectation comes from; optional for a shop's own fixtures. */
  source: z.union([Source, z.array(Source).min(1)]).optional(),
  /** Catalogue entries this fixture exercises; optional (empty) for a shop's own fixtures. */
  catalogue: z.array(CatalogueId).default([]),
  case: z.unknown(),
  expect: ExpectedVerdict,
  /** Rules that must fire. */
  fired: z.array(RuleRef).optional(),
  /** Rules that were evaluated and are false on the record (near misses). */
  notFired: z.array(RuleRef).optional(),
  /** Rules that were evaluated and wait on an unknown fact: neither fired nor false. */
  waiting: z.array(RuleRef).optional(),
  /**
   * Judge options for this fixture (as for `createJudge`): a pinned rules day, pack options, the
   * shop's default policy. Absent: the judge the runner was given, unchanged.
   */
  judgeOptions: z
    .strictObject({
      rulesAt: z.iso.date().optional(),
      options: z.record(z.string(), z.boolean()).optional(),
      shopPolicy: ShopPolicySchema.optional(),
    })
    .optional(),
});
export type Fixture = z.infer<typeof Fixture>;
