// The zod schemas of the agent tools' inputs and outputs. The JSON Schemas in `tools` and the MCP
// server's tools/list are generated from these (draft-07, as the MCP SDK emits them); the
// verdict-shaped answers are described in the tools' descriptions instead (src/agent/concise.ts).
import * as z from 'zod';
import { Decision, Message, Source } from '../schema/rule.js';
import { CASE_FACT_NAMES, CASE_OBJECT_NAMES } from './case-facts.js';

/**
 * A case as a loose object: the tools validate it themselves so that an invalid case comes back
 * as a tool result listing every issue with its path and a hint, not as the transport's error.
 * Its JSON Schema is not inlined (it is 25 KB): agents give the case as facts.
 */
export const CaseArg = z.looseObject({});

/** The case as a list of facts: what an agent knows, one answer per entry. */
export const FactsArg = z
  .array(
    z.object({
      fact: z
        .string()
        .min(1)
        .meta({ enum: [...CASE_FACT_NAMES, ...CASE_OBJECT_NAMES] })
        .describe('A case field, dotted; describe_fact explains it.'),
      value: z
        .unknown()
        .describe(
          'Its value (timestamps with an offset, amounts in yuan), or the value as text: "199", "true"; for an object fact (shipment), the object.',
        ),
    }),
  )
  .describe(
    'The facts you know, e.g. [{"fact":"order.amount","value":199}]; an answer goes back as {"fact": question.fact, "value": answer}.',
  );

/** Every case-taking tool takes the case as facts, as an object, or both (the facts laid over the object). */
const CaseForms = {
  facts: FactsArg.optional(),
  case: CaseArg.optional().describe(
    'Or the whole case object (`aftersale-rules schema case`); facts given too are laid over it.',
  ),
};

const RulesAt = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Expected a calendar date YYYY-MM-DD')
  .describe('Judge by the rules in force on this day (YYYY-MM-DD) instead of the day of payment.');
const PackOptions = z
  .record(z.string(), z.boolean())
  .describe('Pack options on (true) or off (false), e.g. {"TB-SHIP-48H": true}.');

export const JudgeCaseInput = z.object({
  ...CaseForms,
  detail: z
    .enum(['concise', 'full'])
    .optional()
    .describe('concise (default) or full: the whole verdict with its rule-by-rule trace.'),
  rulesAt: RulesAt.optional(),
  options: PackOptions.optional(),
});

export const NextQuestionsInput = z.object({
  ...CaseForms,
  limit: z.number().int().min(1).max(50).optional().describe('How many questions to return, best first (default 5).'),
  rulesAt: RulesAt.optional(),
  options: PackOptions.optional(),
});

export const WhatIfInput = z.object({
  ...CaseForms,
  patch: z
    .union([z.looseObject({}), z.string()])
    .describe(
      'A JSON merge patch (RFC 7386) on the case, or its JSON text: {"shipment": {"firstCarrierScanAt": "2015-04-16T16:00:00+08:00"}}; null removes a fact; {} with rulesAt compares the rules of two days.',
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

/** What explain_rule answers (described in its tool description rather than advertised: the decision specs make it large). */
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
