// `aftersale-rules/agent`: the library as tools for an LLM agent, without MCP. Hand `tools` (or
// `strictTools` for OpenAI strict mode) to your function-calling API, and each call to `callTool`.
import { createAgentTools, type AgentTool, type ToolResult } from './tools.js';

export { createAgentTools, allFirm, conciseVerdict, TOOL_NAMES } from './tools.js';
export type { AgentTool, AgentTools, JsonSchema, ToolIssue, ToolName, ToolResult } from './tools.js';

const shipped = createAgentTools();

/**
 * The tools on the shipped rule pack: name, title, description (written for the model: what
 * for, when, what comes back), `inputSchema` and `outputSchema` (JSON Schema draft-07),
 * MCP annotations. Computed on first read.
 *
 * @example
 * // Anthropic Messages API
 * const anthropicTools = tools.map((t) => ({ name: t.name, description: t.description, input_schema: t.inputSchema }));
 */
export const tools: readonly AgentTool[] = new Proxy([] as AgentTool[], {
  get: (_, key) => Reflect.get(shipped.tools, key),
  has: (_, key) => Reflect.has(shipped.tools, key),
  ownKeys: () => Reflect.ownKeys(shipped.tools),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(shipped.tools, key),
});

/**
 * The tools with input schemas for OpenAI strict mode (`strict: true`): every property required,
 * optional ones nullable, `additionalProperties: false`; `what_if`'s patch is JSON text.
 * `callTool` reads their `null`s as absent.
 *
 * @example
 * const openaiTools = strictTools.map((t) => ({ type: 'function', name: t.name, description: t.description, parameters: t.inputSchema, strict: true }));
 */
export const strictTools: readonly AgentTool[] = new Proxy([] as AgentTool[], {
  get: (_, key) => Reflect.get(shipped.strictTools, key),
  has: (_, key) => Reflect.has(shipped.strictTools, key),
  ownKeys: () => Reflect.ownKeys(shipped.strictTools),
  getOwnPropertyDescriptor: (_, key) => Reflect.getOwnPropertyDescriptor(shipped.strictTools, key),
});

/**
 * Runs a tool on the shipped pack. `args`: an object or its JSON text. Never throws for bad
 * arguments or an invalid case: the result has `isError: true` and its text lists every issue
 * with its JSON path and a hint. Send `content[0].text` back to the model.
 *
 * @example
 * const r = await callTool('judge_case', { case: myCase });
 * if (!r.isError) console.log(r.structuredContent?.outcome);
 */
export function callTool(name: string, args: unknown): Promise<ToolResult> {
  return shipped.callTool(name, args);
}
