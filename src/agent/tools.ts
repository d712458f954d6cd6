import * as z from 'zod';
import { jsonSchema } from '../cli/json-schemas.js';
import { defaultPack } from '../default-pack.js';
import { closestFacts } from '../explain/describe-fact.js';
import { fromZodIssues, type Issue } from '../shared/errors.js';
import { closestRuleIds } from '../explain/explain-rule.js';
import { FACTS } from '../facts/catalog.js';
import { CaseValidationError } from '../shared/errors.js';
import { createJudge, type Judge, type JudgeOptions } from '../judge/judge.js';
import type { Pack } from '../pack/load-pack.js';
import type { Verdict } from '../schema/verdict.js';
import { applyMergePatch } from '../explain/what-if.js';
import { SINGLE_KEYS } from '../verdict/decisions.js';
import {
  CaseArg,
  DescribeFactInput,
  DescribeFactOutput,
  ExplainRuleInput,
  ExplainRuleOutput,
  JudgeCaseInput,
  NextQuestionsInput,
  NextQuestionsOutput,
  VerdictOutput,
  WhatIfInput,
  WhatIfOutput,
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
  /** JSON Schema (draft-07) of the arguments; `case` is described in full. */
  readonly inputSchema: JsonSchema;
  /** JSON Schema (draft-07) of a successful result's `structuredContent`. */
  readonly outputSchema: JsonSchema;
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
const TOP_QUESTIONS = 3;
const DEFAULT_LIMIT = 5;

const DESCRIPTIONS: Readonly<Record<ToolName, { title: string; description: string }>> = {
  judge_case: {
    title: 'Judge an after-sale case',
    description: [
      'Pre-judges one after-sale dispute (Taobao, Tmall, Pinduoduo, AliExpress) with the platform rules and Chinese consumer law: who is liable, the remedy (refund only, return and refund, reject…), who pays each freight leg, penalties, evidence still needed, actions, and how sure each decision is (status: firm, provisional, undetermined).',
      'Call it with the case as you know it, even if sparse: absent facts are either unknown (asked for in openQuestions, and decisions that wait on them are provisional) or not shown (the party who must prove it has not, so the decision is taken without it).',
      'Returns the verdict; detail "concise" (default) leaves out the rule-by-rule trace and keeps the top 3 open questions, "full" is the whole verdict. Timestamps need an offset (2015-04-15T10:00:00+08:00); amounts are yuan.',
      'An invalid case comes back as an error listing every problem with its JSON path and a hint: fix those fields and call again.',
    ].join(' '),
  },
  next_questions: {
    title: 'What to ask next',
    description: [
      'Lists the questions whose answers could change a decision about the case, ranked ask-first: facts every such case has (kind "unknown") before evidence a party has not shown ("not_shown"), then by how much they could change.',
      'Each question names the fact (a dotted case path), the party who can answer, the question in Chinese and English, the JSON Schema of an answer, and which decisions it could change to what.',
      'Use it in a loop: ask the top question, put the answer into the case at that path, call again, until settled is true (every decision firm, or nothing left to ask). A party who cannot show a not_shown item: leave it out and move to the next question.',
    ].join(' '),
  },
  what_if: {
    title: 'What if the case were different',
    description: [
      'Judges the case as given and the case changed by a JSON merge patch, and lists the decisions whose value or status changes, with the rules that decided them.',
      'Use it to answer "what if the parcel had been scanned earlier", "what if the buyer shows photos", "what if we had no record of X" (null removes a fact), or, with rulesAt and an empty patch {}, "what would the rules in force on that day say".',
      'Returns { before, after, changes: [{ decision, from, to, fromStatus, toStatus, ruleIds }] }, before and after as concise verdicts.',
    ].join(' '),
  },
  explain_rule: {
    title: 'Explain a rule',
    description: [
      'Explains a rule a verdict names (in findings, trace, openQuestions[].couldChange or what_if changes): its message in Chinese and English, the source it comes from (a platform rule article or seed document lines), its conditions in words, priority (higher wins), effective dates and other versions, the pack option that gates it, whether it is mandatory law a shop cannot contract out of, and what it decides.',
      'Call it when you need to tell a buyer or seller why, or to check a rule applies.',
    ].join(' '),
  },
  describe_fact: {
    title: 'Describe a case fact',
    description: [
      'Explains a fact of a case (a dotted path such as shipment.firstCarrierScanAt) or a derived fact (hoursToShip): what it means, its type and allowed values, what it means when the case leaves it out (unknown: ask the named party; not_shown: the named party must prove it, else it does not count) and who answers it, the question to ask, the JSON Schema of an answer, and the rules that read it.',
      'Call it before writing a field you are unsure of, or to phrase a question to a buyer or seller.',
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

const OUTPUTS = {
  judge_case: VerdictOutput,
  next_questions: NextQuestionsOutput,
  what_if: WhatIfOutput,
  explain_rule: ExplainRuleOutput,
  describe_fact: DescribeFactOutput,
} as const;

/**
 * The zod schemas of a tool's arguments and result, for an MCP server: `case` is a loose object
 * (the tool validates it and answers with its own issues) whose JSON Schema describes the case.
 */
export function zodSchemas(name: ToolName): { input: z.ZodObject; output: z.ZodObject } {
  const input: z.ZodObject = INPUTS[name];
  if (!('case' in input.shape)) return { input, output: OUTPUTS[name] };
  const { properties, required } = caseSchema();
  return {
    input: input.extend({ case: CaseArg.meta({ description: CASE_DESCRIPTION, properties, required }) }),
    output: OUTPUTS[name],
  };
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

let caseSchemaCache: JsonObject | undefined;
/** The case's JSON Schema (what `aftersale-rules schema case` prints), draft-07 keywords, for `case` arguments. */
function caseSchema(): JsonObject {
  if (!caseSchemaCache) {
    const { $schema: _, title: __, ...rest } = jsonSchema('case');
    clean(rest);
    caseSchemaCache = rest;
  }
  return structuredClone(caseSchemaCache);
}

const CASE_DESCRIPTION =
  'The case: the facts of one after-sale dispute. Required: caseId, platform, asOf, order {paidAt, amount}, claim {type, openedAt}; everything else as far as known (leave out what you do not know; describe_fact explains any field). Timestamps need an offset: 2015-04-15T10:00:00+08:00.';

/** The JSON Schema of a tool's arguments, the case described in full. */
function inputJsonSchema(name: ToolName): JsonSchema {
  const s = z.toJSONSchema(INPUTS[name], { target: 'draft-7', io: 'input' }) as JsonObject;
  clean(s);
  const props = s.properties as Record<string, JsonObject>;
  if (props.case) props.case = { ...caseSchema(), description: CASE_DESCRIPTION };
  return s;
}

function outputJsonSchema(name: ToolName): JsonSchema {
  const s = z.toJSONSchema(OUTPUTS[name], { target: 'draft-7', io: 'output' }) as JsonObject;
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
  delete out.default;
  delete out.propertyNames;
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
  const strict = strictify(s);
  delete strict.$schema;
  return strict;
}

/** Removes `null` members (strict mode's "absent") everywhere but inside a merge patch, where null means "remove". */
function dropNulls(value: unknown, keepNullsUnder: ReadonlySet<string> = new Set()): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null).map((v) => dropNulls(v));
  if (!isObject(value)) return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([, v]) => v !== null)
      .map(([k, v]) => [k, keepNullsUnder.has(k) ? v : dropNulls(v)]),
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

/** The concise form of a verdict: no trace, the findings' messages, the top questions. */
export function conciseVerdict(v: Verdict): VerdictOutput {
  return {
    caseId: v.caseId,
    asOf: v.asOf,
    ruleset: v.ruleset,
    outcome: v.outcome,
    status: v.status,
    evidenceRequired: v.evidenceRequired,
    actions: v.actions,
    findings: v.findings.map((f) => ({ ruleId: f.ruleId, message: f.message })),
    openQuestions: v.openQuestions.slice(0, TOP_QUESTIONS),
    openQuestionsTotal: v.openQuestions.length,
    conflicts: v.conflicts,
  };
}

const fullVerdict = (v: Verdict): VerdictOutput => ({ ...v, openQuestionsTotal: v.openQuestions.length });

/** Every decision of the verdict is firm. */
export function allFirm(v: Pick<Verdict, 'status'>): boolean {
  const status = v.status as Record<string, string | undefined>;
  return SINGLE_KEYS.every((k) => status[k] === undefined || status[k] === 'firm');
}

/** The tools, bound to one pack and judge options. */
export interface AgentTools {
  /** The tools with JSON Schemas for MCP, Anthropic, Vercel AI SDK and OpenAI (non-strict) function calling. */
  readonly tools: readonly AgentTool[];
  /** The same tools with input schemas for OpenAI strict mode; `callTool` maps their nulls back to absent. */
  readonly strictTools: readonly AgentTool[];
  /**
   * Runs a tool. `args` is an object or its JSON text (OpenAI's `arguments`); `null` members mean
   * absent (strict mode), except inside `patch`, where null removes a fact. Never throws for bad
   * arguments or an invalid case: the result has `isError` and lists the issues.
   */
  callTool(name: string, args: unknown): Promise<ToolResult>;
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
  const describe = (name: ToolName, input: JsonSchema): AgentTool => ({
    name,
    title: DESCRIPTIONS[name].title,
    description: DESCRIPTIONS[name].description,
    inputSchema: input,
    outputSchema: outputJsonSchema(name),
    annotations: ANNOTATIONS,
  });

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

  async function run(name: ToolName, args: Record<string, unknown>): Promise<ToolResult> {
    switch (name) {
      case 'judge_case': {
        const a = args as z.infer<typeof JudgeCaseInput>;
        const r = await judgeFor(a).safeJudge(a.case);
        if (!r.ok) return invalidCase(r.issues, a.case);
        return okResult(a.detail === 'full' ? fullVerdict(r.verdict) : conciseVerdict(r.verdict));
      }
      case 'next_questions': {
        const a = args as z.infer<typeof NextQuestionsInput>;
        const r = await judgeFor(a).safeJudge(a.case);
        if (!r.ok) return invalidCase(r.issues, a.case);
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
        let patch: unknown = a.patch;
        if (typeof patch === 'string') {
          try {
            patch = JSON.parse(patch) as unknown;
          } catch (e) {
            return errorResult('invalid_patch', `The patch is not valid JSON: ${(e as Error).message}`);
          }
        }
        if (!isObject(patch))
          return errorResult(
            'invalid_patch',
            'The patch must be a JSON object (a JSON merge patch): {"shipment": {"firstCarrierScanAt": "…"}}; null removes a fact.',
          );
        const before = await judgeFor({ options: a.options }).safeJudge(a.case);
        if (!before.ok) return invalidCase(before.issues, a.case);
        try {
          const r = await judgeFor({ options: a.options }).whatIf(
            a.case,
            patch,
            a.rulesAt !== undefined ? { rulesAt: a.rulesAt } : {},
          );
          return okResult({ before: conciseVerdict(r.before), after: conciseVerdict(r.after), changes: r.changes });
        } catch (e) {
          if (e instanceof CaseValidationError)
            return invalidCase(e.issues, applyMergePatch(a.case, patch), 'The patched case is invalid');
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
        return okResult({ ...r });
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
      try {
        args = JSON.parse(args) as unknown;
      } catch (e) {
        return errorResult('invalid_arguments', `The arguments are not valid JSON: ${(e as Error).message}`);
      }
    }
    const parsed = INPUTS[tool].safeParse(dropNulls(args, new Set(['patch'])));
    if (!parsed.success) {
      const issues = fromZodIssues(parsed.error.issues);
      return errorResult('invalid_arguments', `Invalid arguments for ${tool}:`, issues);
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
