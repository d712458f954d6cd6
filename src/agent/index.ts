// `aftersale-rules/agent`: the library as tools for an LLM agent, without MCP. Hand `anthropicTools`,
// `openaiTools` (OpenAI strict mode) or `tools` to your function-calling API, and each call to `callTool`.
import { createAgentTools, type AgentTool, type JsonSchema, type ToolName, type ToolResult } from './tools.js';

export { createAgentTools, allFirm, TOOL_NAMES } from './tools.js';
export { conciseVerdict } from './concise.js';
export { CASE_FACT_NAMES, CASE_OBJECT_NAMES, caseFromFacts } from './case-facts.js';
export { AGENT_INSTRUCTIONS } from './instructions.js';
export type { ConciseVerdict } from './concise.js';
export type { FactEntry } from './case-facts.js';
export type { AgentTool, AgentTools, JsonSchema, ToolIssue, ToolName, ToolResult } from './tools.js';

const shipped = createAgentTools();

/** A lazily computed read-only list (the schemas are built on first read). */
function lazyList<T>(get: () => readonly T[]): readonly T[] {
  let cache: readonly T[] | undefined;
  const list = () => (cache ??= get());
  return new Proxy([] as T[], {
    get: (_, key) => Reflect.get(list(), key),
    has: (_, key) => Reflect.has(list(), key),
    ownKeys: () => Reflect.ownKeys(list()),
    getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(list(), key),
  });
}

/**
 * The tools on the shipped rule pack: name, title, description (written for the model: what
 * for, when, what comes back), `inputSchema` (JSON Schema draft-07: the case as `facts`, a list
 * of `{ fact, value }`, or as a `case` object), `outputSchema` where small, MCP annotations.
 */
export const tools: readonly AgentTool[] = lazyList(() => shipped.tools);

/**
 * The tools with input schemas for OpenAI strict mode (`strict: true`): every property required,
 * optional ones nullable, `additionalProperties: false`; the case as `facts` with every value as
 * text, `what_if`'s patch as JSON text. `callTool` reads their `null`s as absent.
 */
export const strictTools: readonly AgentTool[] = lazyList(() => shipped.strictTools);

/** A tool in the Anthropic Messages API's format. */
export interface AnthropicTool {
  readonly name: ToolName;
  readonly description: string;
  readonly input_schema: JsonSchema;
}

/**
 * The tools in the Anthropic Messages API's format (`name`, `description`, `input_schema`).
 *
 * @example
 * const msg = await anthropic.messages.create({ model, max_tokens: 1024, tools: [...anthropicTools], messages });
 */
export const anthropicTools: readonly AnthropicTool[] = lazyList(() =>
  shipped.tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema })),
);

/** A function tool in the OpenAI Responses API's format, strict mode. */
export interface OpenAITool {
  readonly type: 'function';
  readonly name: ToolName;
  readonly description: string;
  readonly parameters: JsonSchema;
  readonly strict: true;
}

/**
 * The tools in the OpenAI Responses API's format, strict mode (`parameters` from `strictTools`).
 * For Chat Completions wrap each: `{ type: 'function', function: { name, description, parameters, strict } }`.
 *
 * @example
 * const r = await openai.responses.create({ model, tools: [...openaiTools], input });
 */
export const openaiTools: readonly OpenAITool[] = lazyList(() =>
  shipped.strictTools.map((t) => ({
    type: 'function' as const,
    name: t.name,
    description: t.description,
    parameters: t.inputSchema,
    strict: true as const,
  })),
);

/**
 * Runs a tool on the shipped pack. `args`: an object or its JSON text. Never throws for bad
 * arguments or an invalid case: the result has `isError: true` and its text lists every issue
 * with its JSON path and a hint. Send `content[0].text` back to the model.
 *
 * @example
 * // facts: [{ fact: 'caseId', value: 'c1' }, { fact: 'platform', value: 'taobao' }, …]
 * const r = await callTool('judge_case', { facts });
 * if (!r.isError) console.log(r.structuredContent?.outcome);
 */
export function callTool(name: string, args: unknown): Promise<ToolResult> {
  return shipped.callTool(name, args);
}
