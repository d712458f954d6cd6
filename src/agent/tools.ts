import * as z from 'zod';
import { defaultPack } from '../default-pack.js';
import { closestFacts } from '../explain/describe-fact.js';
import { capIssues, fromZodIssues, type Issue } from '../shared/errors.js';
import { closestRuleIds } from '../explain/explain-rule.js';
import { FACTS } from '../facts/catalog.js';
import { CaseValidationError } from '../shared/errors.js';
import { parseCaseText } from '../schema/case-text.js';
import { textFault } from '../shared/json-text.js';
import { createJudge, type Judge, type JudgeOptions } from '../judge/judge.js';
import type { Pack } from '../pack/load-pack.js';
import { budgetIssues, CASE_BUDGET } from '../schema/case-budget.js';
import type { Verdict } from '../schema/verdict.js';
import { applyMergePatch } from '../explain/what-if.js';
import { SINGLE_KEYS } from '../verdict/decisions.js';
import { CASE_FACT_NAMES, CASE_OBJECT_NAMES, caseFromFacts, type FactEntry } from './case-facts.js';
import { conciseVerdict, type ConciseVerdict } from './concise.js';
import { valuesDescription } from '../schema/value-text.js';
import {
  DescribeFactInput,
  DescribeFactOutput,
  ExplainRuleInput,
  JudgeCaseInput,
  NextQuestionsInput,
  WhatIfInput,
} from './schemas.js';

/** A JSON Schema object. */
export type JsonSchema = Record<string, unknown>;

/** The names of the tools. */
export const TOOL_NAMES = ['judge_case', 'next_questions', 'what_if', 'explain_rule', 'describe_fact'] as const;
export type ToolName = (typeof TOOL_NAMES)[number];

/** One tool as function calling and MCP describe it. */
export interface AgentTool {
  readonly name: ToolName;
  readonly title: string;
  /** For the model: what it is for, when to call it, what comes back. */
  readonly description: string;
  /**
   * JSON Schema (draft-07) of the arguments: the case as `facts` (a list of `{ fact, value }`, the
   * fact an enum of the case's fields) or as a `case` object; describe_fact explains a field.
   */
  readonly inputSchema: JsonSchema;
  /**
   * JSON Schema (draft-07) of a successful result's `structuredContent`, for the tools whose
   * answer has a small one (describe_fact); the others describe it in `description`.
   */
  readonly outputSchema?: JsonSchema;
  /** MCP tool annotations: every tool only reads. */
  readonly annotations: {
    readonly readOnlyHint: true;
    readonly idempotentHint: true;
    readonly destructiveHint: false;
    readonly openWorldHint: false;
  };
}

/** One issue with the arguments or the case: its JSON path, what is wrong and how to fix it. */
export interface ToolIssue extends Issue {
  readonly hint?: string;
}

/**
 * What `callTool` returns, in the shape of an MCP `CallToolResult`: `content[0].text` is what to
 * hand back to the model (the JSON of `structuredContent`, or the error listing); `error` carries
 * the issues for a program.
 */
export interface ToolResult {
  readonly content: readonly [{ readonly type: 'text'; readonly text: string }];
  readonly structuredContent?: Record<string, unknown>;
  readonly isError?: true;
  readonly error?: { readonly code: string; readonly message: string; readonly issues?: readonly ToolIssue[] };
}

const ANNOTATIONS = { readOnlyHint: true, idempotentHint: true, destructiveHint: false, openWorldHint: false } as const;
const DEFAULT_LIMIT = 5;

const CASE_FORM =
  'Give the case as facts: [{"fact":"order.paidAt","value":"2015-04-15T10:00:00+08:00"}, …], at least caseId, platform, asOf, order.paidAt, order.amount, claim.type, claim.openedAt, and every other fact you know (leave out what you do not: absent facts are either unknown, asked for in openQuestions, or not shown, so the party who must prove them has not). Or give the whole case object as case.';

const DESCRIPTIONS: Readonly<Record<ToolName, { title: string; description: string }>> = {
  judge_case: {
    title: 'Judge an after-sale case',
    description: [
      'Pre-judges one after-sale dispute (Taobao, Tmall, Pinduoduo, AliExpress) with the platform rules and Chinese consumer law: who is liable, the remedy, who pays each freight leg, penalties, evidence still needed, actions, and how sure each decision is (status: firm, provisional, undetermined).',
      CASE_FORM,
      'Call it first, then ask the top open question, add the answer as a fact and call it again, until the decisions you need are firm.',
      'Returns (structuredContent, and the same JSON as text) { caseId, rulesAt, outcome, status, evidenceRequired?, actions?, findings: ["RULE-ID (source): message"], openQuestions: the top 3 [{ fact, kind, party, zh, en, couldChange: ["decision→value"] }], openQuestionsTotal, conflicts? } (empty lists left out); detail "full" returns the whole verdict with its rule-by-rule trace.',
      'An invalid case comes back as an error listing every problem with its path and a hint: fix those and call again.',
    ].join(' '),
  },
  next_questions: {
    title: 'What to ask next',
    description: [
      'Lists the questions whose answers could change a decision about the case, ranked ask-first: facts every such case has (kind "unknown") before evidence a party has not shown ("not_shown").',
      CASE_FORM,
      'Returns { caseId, questions: [{ fact, kind, party, question: { zh, en }, schema, couldChange: [{ decision, to, ruleId }] }], total, status, settled }. Ask the top question, add the answer as {"fact": question.fact, "value": answer}, call again, until settled (every decision firm, or nothing left to ask). A party who cannot show a not_shown item: leave it out and ask the next question.',
    ].join(' '),
  },
  what_if: {
    title: 'What if the case were different',
    description: [
      'Judges the case as given and the case changed by a JSON merge patch, and lists the decisions whose value or status changes, with the rules that decided them.',
      'Use it to answer "what if the parcel had been scanned earlier", "what if the buyer shows photos", "what if we had no record of X" (null removes a fact), or, with rulesAt and an empty patch {}, "what would the rules in force on that day say".',
      CASE_FORM,
      'Returns { before, after (each as judge_case answers), changes: [{ decision, from, to, fromStatus, toStatus, ruleIds }] }.',
    ].join(' '),
  },
  explain_rule: {
    title: 'Explain a rule',
    description: [
      'Explains a rule a verdict names (in findings, openQuestions couldChange or what_if changes): its message in Chinese and English, its source (a platform rule article or seed document lines), its conditions in words, priority (higher wins), effective dates and other versions, the pack option that gates it, whether it is mandatory law, and what it decides.',
      'Call it when you need to tell a buyer or seller why, or to check a rule applies.',
      'Returns { ruleId, message: { zh, en }, source, conditions: [words], priority, tier, stage, effectiveFrom?, effectiveTo?, series?, option?, mandatory, verified, reads: [facts], decides: [{ decision, words, priority, spec }] }.',
    ].join(' '),
  },
  describe_fact: {
    title: 'Describe a case fact',
    description: [
      'Explains a fact of a case (a dotted name such as shipment.firstCarrierScanAt) or a derived fact (hoursToShip): what it means, its type and allowed values, what its absence means (unknown: ask the named party; not_shown: the named party must prove it, else it does not count), the question to ask, the JSON Schema of an answer, and the rules that read it.',
      'Call it before giving a fact you are unsure of, or to phrase a question to a buyer or seller.',
    ].join(' '),
  },
};

const INPUTS = {
  judge_case: JudgeCaseInput,
  next_questions: NextQuestionsInput,
  what_if: WhatIfInput,
  explain_rule: ExplainRuleInput,
  describe_fact: DescribeFactInput,
} as const;

/**
 * The tools whose answer has a small schema, worth advertising (a few hundred bytes each); the
 * verdict-shaped answers of judge_case, next_questions and what_if are described in prose instead.
 */
const OUTPUTS: Partial<Record<ToolName, z.ZodObject>> = {
  describe_fact: DescribeFactOutput,
};

/**
 * The zod schemas of a tool's arguments and (where small) its result, for an MCP server; `case`
 * is a loose object and a fact's value any JSON: the tool checks them and answers with its own
 * issues.
 */
export function zodSchemas(name: ToolName): { input: z.ZodObject; output?: z.ZodObject } {
  const output = OUTPUTS[name];
  return { input: INPUTS[name], ...(output ? { output } : {}) };
}

type JsonObject = Record<string, unknown>;
const isObject = (v: unknown): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Removes keywords validators and strict function calling reject (`unit`, `$schema`), in place. */
function clean(node: unknown): void {
  if (Array.isArray(node)) node.forEach(clean);
  if (!isObject(node)) return;
  delete node.unit;
  delete node.$schema;
  for (const [k, v] of Object.entries(node)) {
    if (k === 'properties' && isObject(v)) Object.values(v).forEach(clean);
    else clean(v);
  }
}

/** The JSON Schema of a tool's arguments. */
function inputJsonSchema(name: ToolName): JsonSchema {
  const s = z.toJSONSchema(INPUTS[name], { target: 'draft-7', io: 'input' }) as JsonObject;
  clean(s);
  return s;
}

function outputJsonSchema(name: ToolName): JsonSchema | undefined {
  const output = OUTPUTS[name];
  if (!output) return undefined;
  const s = z.toJSONSchema(output, { target: 'draft-7', io: 'output' }) as JsonObject;
  clean(s);
  return s;
}

/** Makes a schema nullable, for an optional property in strict mode. */
function nullable(s: JsonObject): JsonObject {
  if (typeof s.type === 'string' && s.type !== 'object' && s.type !== 'array' && s.anyOf === undefined) {
    return { ...s, type: [s.type, 'null'], ...(Array.isArray(s.enum) ? { enum: [...s.enum, null] } : {}) };
  }
  const { description, ...rest } = s;
  return { anyOf: [rest, { type: 'null' }], ...(description !== undefined ? { description } : {}) };
}

/**
 * OpenAI strict mode: every object lists all its properties as required and allows no others;
 * a property that was optional becomes nullable (`null` = leave it out). Objects that take any
 * key (none should remain) become empty objects.
 */
function strictify(node: JsonObject): JsonObject {
  const out: JsonObject = { ...node };
  // Keywords strict mode does not support; the tool checks the arguments itself anyway.
  for (const k of ['default', 'propertyNames', 'minLength', 'maxLength', 'minProperties', 'maxProperties'])
    delete out[k];
  if (out.type === 'object' || isObject(out.properties)) {
    const props = isObject(out.properties) ? (out.properties as Record<string, JsonObject>) : {};
    const required = new Set(Array.isArray(out.required) ? (out.required as string[]) : []);
    out.properties = Object.fromEntries(
      Object.entries(props).map(([k, v]) => [k, required.has(k) ? strictify(v) : nullable(strictify(v))]),
    );
    out.required = Object.keys(props);
    out.additionalProperties = false;
  }
  if (isObject(out.items)) out.items = strictify(out.items);
  for (const key of ['anyOf', 'oneOf', 'allOf'] as const) {
    if (Array.isArray(out[key])) out[key] = (out[key] as JsonObject[]).map(strictify);
  }
  for (const key of ['definitions', '$defs'] as const) {
    if (isObject(out[key]))
      out[key] = Object.fromEntries(
        Object.entries(out[key] as Record<string, JsonObject>).map(([k, v]) => [k, strictify(v)]),
      );
  }
  return out;
}

/** The arguments' JSON Schema for OpenAI strict mode (all required, optional ones nullable, no extra keys). */
function strictInputJsonSchema(name: ToolName, pack: Pack): JsonSchema {
  const s = inputJsonSchema(name);
  const props = s.properties as Record<string, JsonObject>;
  if (props.options) {
    const declared = pack.manifest.options ?? {};
    props.options = {
      type: 'object',
      description: 'Pack options: true turns one on, false off, null keeps its default.',
      properties: Object.fromEntries(
        Object.entries(declared).map(([k, o]) => [
          k,
          { type: 'boolean', description: `${o.description} Default: ${o.default ? 'on' : 'off'}.` },
        ]),
      ),
    };
  }
  if (props.patch) {
    props.patch = {
      type: 'string',
      description:
        'A JSON merge patch (RFC 7386) as JSON text, applied to the case: members replace, nested objects merge, null removes a fact. E.g. "{\\"shipment\\":{\\"firstCarrierScanAt\\":\\"2015-04-16T16:00:00+08:00\\"}}". "{}" with rulesAt compares the rules of two days.',
    };
  }
  const { case: _case, facts: _facts, ...rest } = props;
  s.properties = rest;
  const strict = strictify(s);
  delete strict.$schema;
  if (!props.facts) return strict;
  // The case as facts, every value as text (strict mode gives a property one type): the tool
  // reads each by its fact's type.
  return {
    ...strict,
    properties: { facts: STRICT_FACTS, ...(strict.properties as JsonObject) },
    required: ['facts', ...(strict.required as string[])],
  };
}

const STRICT_FACTS: JsonObject = {
  type: 'array',
  description:
    'The facts you know, e.g. [{"fact":"order.amount","value":"199"}]; an answer goes back as {"fact": question.fact, "value": answer}.',
  items: {
    type: 'object',
    properties: {
      fact: {
        type: 'string',
        enum: [...CASE_FACT_NAMES, ...CASE_OBJECT_NAMES],
        description: 'A case field, dotted; describe_fact explains it.',
      },
      value: {
        type: 'string',
        description:
          'The value as text, read by the fact\'s type: "199.5", "true", "2015-04-15T10:00:00+08:00"; an object fact (shipment) as its JSON text.',
      },
    },
    required: ['fact', 'value'],
    additionalProperties: false,
  },
};

/**
 * How deep `dropNulls` walks: arguments, a case and its deepest field are a few levels; anything
 * deeper is left as it is for the case's own depth check (`too_deep`), never walked.
 */
const NULLS_DEPTH = CASE_BUDGET.maxDepth + 4;

/** Removes `null` members (strict mode's "absent") everywhere but inside a merge patch, where null means "remove". */
function dropNulls(value: unknown, keepNullsUnder: ReadonlySet<string> = new Set(), depth = 0): unknown {
  if (depth > NULLS_DEPTH) return value;
  if (Array.isArray(value)) return value.filter((v) => v !== null).map((v) => dropNulls(v, undefined, depth + 1));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, keepNullsUnder.has(k) ? v : dropNulls(v, undefined, depth + 1)]),
  );
}

const FORMAT_EXAMPLES: Readonly<Record<string, string>> = {
  timestamp: 'timestamps need an offset, e.g. 2015-04-15T10:00:00+08:00 (or Z for UTC)',
  number: 'a number',
  boolean: 'true or false',
  string: 'a string',
  object: 'an object',
};

/** A hint to fix an issue of the case, from the fact catalogue. */
export function hintFor(issue: Issue, input?: unknown, prefix = ''): string | undefined {
  const path = issue.path.startsWith(prefix) ? issue.path.slice(prefix.length) : issue.path;
  const missing = input !== undefined && valueAt(input, path) === undefined;
  const factName = path.replace(/\[\d+\]/g, '');
  const fact = FACTS.get(factName);
  if (issue.code === 'unknown_key') {
    const near = closestFacts(factName, 3);
    return `not a case field: remove it or use one of the names the case has (nearest: ${near.join(', ')}); describe_fact explains a field`;
  }
  if (issue.code === 'too_many_issues' || issue.code === 'unreadable_input') return undefined;
  if (!fact)
    return issue.path === prefix.replace(/\.$/, '') || issue.path === '' ? 'the case must be a JSON object' : undefined;
  const parts: string[] = [];
  if (missing) parts.push(fact.required === true ? `${factName} is required` : `${factName} is missing`);
  if (fact.type === 'enum') parts.push(`one of ${(fact.values ?? []).join(', ')}`);
  else if (fact.money === true) parts.push('an amount in yuan: a number ≥ 0 with at most 2 decimals');
  else parts.push(FORMAT_EXAMPLES[fact.type] ?? fact.type);
  if (fact.description) parts.push(fact.description);
  return parts.join('; ');
}

/** The value at a dotted path (`order.paidAt`, `items[0].x`), undefined when absent. */
function valueAt(input: unknown, path: string): unknown {
  let v: unknown = input;
  for (const key of path.split(/\.|\[(\d+)\]/).filter((k) => k !== undefined && k !== '')) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<string, unknown>)[key];
  }
  return v;
}

function issuesWithHints(issues: readonly Issue[], input?: unknown): ToolIssue[] {
  return issues.map((i) => {
    const hint = hintFor(i, input);
    return hint === undefined ? i : { ...i, hint };
  });
}

function errorResult(code: string, message: string, issues?: readonly ToolIssue[]): ToolResult {
  const lines = [
    message,
    ...(issues ?? []).map((i) => `✖ ${i.path || '(the case)'}: ${i.message}${i.hint ? ` — hint: ${i.hint}` : ''}`),
  ];
  return {
    content: [{ type: 'text', text: lines.join('\n') }],
    isError: true,
    error: { code, message, ...(issues ? { issues } : {}) },
  };
}

function okResult(structured: Record<string, unknown>): ToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(structured) }], structuredContent: structured };
}

/** The whole verdict, as judge_case answers with `detail: "full"`. */
const fullVerdict = (v: Verdict): Record<string, unknown> => ({ ...v, openQuestionsTotal: v.openQuestions.length });

/** Every decision of the verdict is firm. */
export function allFirm(v: Pick<Verdict, 'status'>): boolean {
  const status = v.status as Record<string, string | undefined>;
  return SINGLE_KEYS.every((k) => status[k] === undefined || status[k] === 'firm');
}

/** The tools, bound to one pack and judge options. */
export interface AgentTools {
  /** The tools with JSON Schemas for MCP, Anthropic, Vercel AI SDK and OpenAI (non-strict) function calling. */
  readonly tools: readonly AgentTool[];
  /** The same tools with input schemas for OpenAI strict mode (the case as facts, every value as text); `callTool` maps their nulls back to absent. */
  readonly strictTools: readonly AgentTool[];
  /**
   * Runs a tool. `args` is an object or its JSON text (OpenAI's `arguments`; a key given twice is
   * refused); `null` members mean absent (strict mode), except inside `patch`, where null removes
   * a fact. Never throws for bad arguments or an invalid case: the result has `isError` and lists
   * the issues.
   */
  callTool(name: string, args: unknown): Promise<ToolResult>;
}

type CaseArgs = { facts?: FactEntry[] | undefined; case?: Record<string, unknown> | undefined };

/**
 * JSON text to a value, read as every door reads a case's text (`parseCaseText`): malformed JSON, a key given
 * twice or nesting past the case budget refused, at most 100 issues. `rootLevel` -1: the text holds
 * a case (the arguments); 0: the text is shaped like a case (a patch).
 */
function parseText(
  text: string,
  what: string,
  code: string,
  rootLevel: number,
): { value: unknown } | { error: ToolResult } {
  const r = parseCaseText(text, { rootLevel });
  if (r.ok) return { value: r.value };
  if ('malformed' in r) return { error: errorResult(code, `${what}: not valid JSON: ${r.malformed}`) };
  return { error: errorResult(code, `${what}: ${textFault(r.issues)}; fix each at its path.`, r.issues) };
}

/**
 * The agent tools on a pack other than the shipped one, or with other default judge options.
 *
 * @example
 * const { tools, callTool } = createAgentTools({ options: { 'TB-SHIP-48H': true } });
 */
export function createAgentTools(options: JudgeOptions = {}): AgentTools {
  const base: Judge = createJudge(options);
  const pack = () => options.pack ?? defaultPack();
  let toolsCache: AgentTool[] | undefined;
  let strictCache: AgentTool[] | undefined;
  const describe = (name: ToolName, input: JsonSchema): AgentTool => {
    const output = outputJsonSchema(name);
    return {
      name,
      title: DESCRIPTIONS[name].title,
      description: DESCRIPTIONS[name].description,
      inputSchema: input,
      ...(output ? { outputSchema: output } : {}),
      annotations: ANNOTATIONS,
    };
  };

  const judgeFor = (a: { rulesAt?: string | undefined; options?: Record<string, boolean> | undefined }): Judge =>
    a.rulesAt === undefined && a.options === undefined
      ? base
      : base.with({
          ...(a.rulesAt !== undefined ? { rulesAt: a.rulesAt } : {}),
          ...(a.options !== undefined ? { options: a.options } : {}),
        });

  const invalidCase = (issues: readonly Issue[], input: unknown, what = 'Invalid case') =>
    errorResult(
      'invalid_case',
      `${what}: ${issues.length} issue${issues.length === 1 ? '' : 's'}. Fix each field at its path and call again.`,
      issuesWithHints(issues, input),
    );

  /** The case the arguments give: the facts laid over the case object; an error result when neither or a bad fact. */
  const caseOf = (a: CaseArgs): { case: unknown } | { error: ToolResult } => {
    if (a.facts === undefined) {
      if (a.case === undefined)
        return {
          error: errorResult(
            'invalid_arguments',
            'Give the case: facts [{"fact": "order.amount", "value": 199}, …] (or the whole case object as case).',
          ),
        };
      return { case: a.case };
    }
    const r = caseFromFacts(a.facts, a.case);
    if (r.issues.length > 0)
      return {
        error: errorResult(
          'invalid_arguments',
          `Invalid facts: ${r.issues.length} issue${r.issues.length === 1 ? '' : 's'}.`,
          capIssues(r.issues),
        ),
      };
    return { case: r.case };
  };

  async function run(name: ToolName, args: Record<string, unknown>): Promise<ToolResult> {
    switch (name) {
      case 'judge_case': {
        const a = args as z.infer<typeof JudgeCaseInput>;
        const c = caseOf(a);
        if ('error' in c) return c.error;
        const r = await judgeFor(a).safeJudge(c.case);
        if (!r.ok) return invalidCase(r.issues, c.case);
        return okResult(a.detail === 'full' ? fullVerdict(r.verdict) : { ...conciseVerdict(r.verdict) });
      }
      case 'next_questions': {
        const a = args as z.infer<typeof NextQuestionsInput>;
        const c = caseOf(a);
        if ('error' in c) return c.error;
        const r = await judgeFor(a).safeJudge(c.case);
        if (!r.ok) return invalidCase(r.issues, c.case);
        const v = r.verdict;
        return okResult({
          caseId: v.caseId,
          questions: v.openQuestions.slice(0, a.limit ?? DEFAULT_LIMIT),
          total: v.openQuestions.length,
          status: v.status,
          settled: allFirm(v) || v.openQuestions.length === 0,
        });
      }
      case 'what_if': {
        const a = args as z.infer<typeof WhatIfInput>;
        const c = caseOf(a);
        if ('error' in c) return c.error;
        let patch: unknown = a.patch;
        if (typeof patch === 'string') {
          const parsed = parseText(patch, 'The patch', 'invalid_patch', 0);
          if ('error' in parsed) return parsed.error;
          patch = parsed.value;
        }
        if (!isObject(patch))
          return errorResult(
            'invalid_patch',
            'The patch must be a JSON object (a JSON merge patch): {"shipment": {"firstCarrierScanAt": "…"}}; null removes a fact.',
          );
        // A patch is shaped like a case: no deeper, no larger (and never walked past that).
        const tooBig = budgetIssues(patch);
        if (tooBig.length > 0)
          return errorResult('invalid_patch', 'The patch is larger or deeper than a case can be.', capIssues(tooBig));
        const before = await judgeFor({ options: a.options }).safeJudge(c.case);
        if (!before.ok) return invalidCase(before.issues, c.case);
        try {
          const r = await judgeFor({ options: a.options }).whatIf(
            c.case,
            patch,
            a.rulesAt !== undefined ? { rulesAt: a.rulesAt } : {},
          );
          return okResult({ before: conciseVerdict(r.before), after: conciseVerdict(r.after), changes: r.changes });
        } catch (e) {
          if (e instanceof CaseValidationError)
            return invalidCase(e.issues, applyMergePatch(c.case, patch), 'The patched case is invalid');
          throw e;
        }
      }
      case 'explain_rule': {
        const a = args as z.infer<typeof ExplainRuleInput>;
        const r = base.explainRule(a.ruleId);
        if (!r)
          return errorResult(
            'unknown_rule',
            `No rule ${a.ruleId} in pack ${pack().id} ${pack().version}. Nearest: ${closestRuleIds(pack(), a.ruleId).join(', ')}.`,
          );
        return okResult({ ...r });
      }
      case 'describe_fact': {
        const a = args as z.infer<typeof DescribeFactInput>;
        const r = base.describeFact(a.fact);
        if (!r) return errorResult('unknown_fact', `No fact ${a.fact}. Nearest: ${closestFacts(a.fact).join(', ')}.`);
        // An enum's answer schema says what each value means (the slim case schemas carry no enums).
        const values = r.values ? valuesDescription(r.values) : undefined;
        const schema = r.answerSchema as Record<string, unknown> | undefined;
        if (values === undefined || schema === undefined) return okResult({ ...r });
        const said = typeof schema.description === 'string' ? `${schema.description}\n` : '';
        return okResult({ ...r, answerSchema: { ...schema, description: `${said}${values}` } });
      }
      default: {
        const unreachable: never = name;
        return unreachable;
      }
    }
  }

  async function callTool(name: string, rawArgs: unknown): Promise<ToolResult> {
    if (!(TOOL_NAMES as readonly string[]).includes(name))
      return errorResult('unknown_tool', `No tool ${name}; the tools are ${TOOL_NAMES.join(', ')}.`);
    const tool = name as ToolName;
    let args: unknown = rawArgs ?? {};
    if (typeof args === 'string') {
      const parsed = parseText(args, 'The arguments', 'invalid_arguments', -1);
      if ('error' in parsed) return parsed.error;
      args = parsed.value;
    }
    const parsed = INPUTS[tool].safeParse(dropNulls(args, new Set(['patch'])));
    if (!parsed.success) {
      const issues = fromZodIssues(parsed.error.issues);
      return errorResult('invalid_arguments', `Invalid arguments for ${tool}:`, capIssues(issues));
    }
    try {
      return await run(tool, parsed.data as Record<string, unknown>);
    } catch (e) {
      // Bad judge options (an unknown pack option, a malformed rulesAt) are the caller's to fix.
      if (e instanceof TypeError) return errorResult('invalid_arguments', e.message);
      throw e;
    }
  }

  return {
    get tools() {
      toolsCache ??= TOOL_NAMES.map((n) => describe(n, inputJsonSchema(n)));
      return toolsCache;
    },
    get strictTools() {
      strictCache ??= TOOL_NAMES.map((n) => describe(n, strictInputJsonSchema(n, pack())));
      return strictCache;
    },
    callTool,
  };
}

export type { ConciseVerdict };
