// The zod schemas of the agent tools' inputs and outputs. The JSON Schemas in `tools` and the MCP
// server's tools/list are generated from these (draft-07, as the MCP SDK emits them).
import * as z from 'zod';
import { Decision, Message, Source } from '../schema/rule.js';
import { Conflict, OpenQuestion, Outcome, Ruleset, Status, VerdictSchema } from '../schema/verdict.js';

/**
 * A case as a loose object: the tools validate it themselves so that an invalid case comes back
 * as a tool result listing every issue with its path and a hint, not as the transport's error.
 * The JSON Schema still describes the case in full (`withCaseSchema`).
 */
export const CaseArg = z.looseObject({});

const RulesAt = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a calendar date YYYY-MM-DD')
  .describe(
    'Judge with the rules in force on this calendar day (YYYY-MM-DD, platform time zone) instead of the day the order was paid: "what would the rules of that day say".',
  );
const PackOptions = z
  .record(z.string(), z.boolean())
  .describe(
    'Pack options to turn on (true) or off (false), e.g. {"TB-SHIP-48H": true}; unlisted options keep their default.',
  );

export const JudgeCaseInput = z.object({
  case: CaseArg,
  detail: z
    .enum(['concise', 'full'])
    .optional()
    .describe(
      "concise (default): outcome, status, penalties, evidence, actions, conflicts, the top 3 open questions, the findings' messages. full: the whole verdict, rule-by-rule trace included.",
    ),
  rulesAt: RulesAt.optional(),
  options: PackOptions.optional(),
});

export const NextQuestionsInput = z.object({
  case: CaseArg,
  limit: z.number().int().min(1).max(50).optional().describe('How many questions to return, best first (default 5).'),
  rulesAt: RulesAt.optional(),
  options: PackOptions.optional(),
});

export const WhatIfInput = z.object({
  case: CaseArg,
  patch: z
    .union([z.looseObject({}), z.string()])
    .describe(
      'A JSON merge patch (RFC 7386) applied to the case: members replace, nested objects merge, null removes a fact. E.g. {"shipment": {"firstCarrierScanAt": "2015-04-16T16:00:00+08:00"}}. May also be given as JSON text. {} with rulesAt compares the rules of two days.',
    ),
  rulesAt: RulesAt.optional().describe(
    "Judge the patched case with the rules in force on this day (YYYY-MM-DD); the case as given keeps its own day's rules.",
  ),
  options: PackOptions.optional(),
});

export const ExplainRuleInput = z.object({
  ruleId: z.string().min(1).describe('A rule id as verdicts name it: SHIP-LATE-72H, RET-7DAY.lapsed, …'),
});

export const DescribeFactInput = z.object({
  fact: z
    .string()
    .min(1)
    .describe(
      'A fact name as the case writes it (dotted): order.paidAt, shipment.firstCarrierScanAt, evidence.buyerPhotos; or a derived fact such as hoursToShip.',
    ),
});

/** A verdict as `judge_case` returns it: concise (no trace, findings' messages, the top questions) or full. */
export const VerdictOutput = z.object({
  caseId: z.string(),
  asOf: z.string(),
  ruleset: Ruleset,
  outcome: Outcome,
  status: Status,
  evidenceRequired: VerdictSchema.shape.evidenceRequired,
  actions: VerdictSchema.shape.actions,
  findings: z
    .array(
      z.strictObject({
        ruleId: z.string(),
        message: Message,
        catalogue: z.array(z.string()).optional(),
        source: Source.optional(),
      }),
    )
    .describe('The rules that fired and what each says; full adds their catalogue entries and sources.'),
  openQuestions: z.array(OpenQuestion).describe('Ranked ask-first. concise: the top 3; full: all.'),
  openQuestionsTotal: z
    .number()
    .int()
    .nonnegative()
    .describe('How many open questions there are in all (next_questions lists them).'),
  conflicts: z.array(Conflict),
  missingFacts: VerdictSchema.shape.missingFacts.optional(),
  trace: VerdictSchema.shape.trace.optional().describe('full only: every rule evaluated, condition by condition.'),
});

export const NextQuestionsOutput = z.object({
  caseId: z.string(),
  questions: z
    .array(OpenQuestion)
    .describe(
      'Ranked ask-first: unknown facts before evidence not shown, more decisions first, higher rule priority first.',
    ),
  total: z.number().int().nonnegative().describe('How many open questions there are in all.'),
  status: Status,
  settled: z.boolean().describe('Every decision is firm, or no question is left: stop asking.'),
});

const Value = z.union([z.string(), z.boolean()]);
export const WhatIfOutput = z.object({
  before: VerdictOutput,
  after: VerdictOutput,
  changes: z
    .array(
      z.strictObject({
        decision: z.string().describe('liability, remedy, countsTowardDisputeRate or freight.<leg>'),
        from: Value.optional(),
        to: Value.optional(),
        fromStatus: z.enum(['firm', 'provisional', 'undetermined']).optional(),
        toStatus: z.enum(['firm', 'provisional', 'undetermined']).optional(),
        ruleIds: z.array(z.string()).describe('The fired rules that decided it, after the change first.'),
      }),
    )
    .describe('The decisions whose value or status differs; empty: the patch changes nothing.'),
});

export const ExplainRuleOutput = z.object({
  ruleId: z.string(),
  message: Message,
  source: Source,
  note: z.string().optional(),
  catalogue: z.array(z.string()),
  platforms: z.array(z.string()),
  priority: z.number().int().describe('Higher wins when fired rules disagree.'),
  priorityLabel: z
    .string()
    .describe('The priority as written: a tier of pack.json priorities, maybe with an offset (standard+5).'),
  priorityNote: z.string().optional(),
  tier: z.string().describe('The priority tier (pack.json priorities) the rule names.'),
  stage: z.union([z.literal(1), z.literal(2)]),
  effectiveFrom: z.string().optional(),
  effectiveTo: z.string().optional(),
  series: z
    .strictObject({
      name: z.string(),
      versions: z.array(
        z.strictObject({
          ruleId: z.string(),
          effectiveFrom: z.string().optional(),
          effectiveTo: z.string().optional(),
        }),
      ),
    })
    .optional(),
  option: z.strictObject({ name: z.string(), default: z.boolean(), description: z.string() }).optional(),
  mandatory: z.boolean(),
  verified: z.boolean(),
  conditions: z.array(z.string()).describe('The conditions in words, one per line, nested groups indented.'),
  reads: z.array(z.string()),
  decides: z.array(
    z.strictObject({ decision: z.string(), words: z.string(), priority: z.number().int(), spec: Decision }),
  ),
});

export const DescribeFactOutput = z.object({
  fact: z.string(),
  origin: z.enum(['case', 'derived', 'outcome']),
  meaning: z.string(),
  type: z.enum(['number', 'boolean', 'enum', 'string', 'timestamp', 'object']),
  values: z.array(z.string()).optional(),
  money: z.literal(true).optional(),
  required: z.literal(true).optional(),
  defaultValue: z.unknown().optional(),
  whenAbsent: z
    .strictObject({
      meaning: z.enum(['unknown', 'not_shown']),
      party: z.string().optional(),
      words: z.string(),
      notShownValue: z.union([z.string(), z.boolean()]).optional(),
    })
    .optional(),
  question: Message.optional(),
  answerSchema: z.record(z.string(), z.unknown()).optional(),
  burdenSource: z.string().optional(),
  inputs: z.array(z.string()).optional(),
  readBy: z.array(z.string()),
  readThrough: z.array(z.string()),
});

export type VerdictOutput = z.infer<typeof VerdictOutput>;
