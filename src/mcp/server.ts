// `aftersale-rules mcp`: the agent tools as an MCP server over stdio, on @modelcontextprotocol/sdk.
// The SDK is an optional peer dependency, loaded only here, so `import { judge }` never pulls it in.
import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import pkg from '../../package.json' with { type: 'json' };
import type { JudgeOptions } from '../judge/judge.js';
import { AGENT_INSTRUCTIONS } from '../agent/instructions.js';
import { createAgentTools, zodSchemas } from '../agent/tools.js';

/** The SDK classes the server needs. */
export interface McpSdk {
  readonly McpServer: typeof McpServer;
  readonly StdioServerTransport: typeof StdioServerTransport;
}

/** Thrown when `@modelcontextprotocol/sdk` cannot be loaded; the message says how to add it. */
export class McpSdkMissingError extends Error {
  constructor(cause: unknown) {
    super(
      [
        'aftersale-rules mcp needs the MCP TypeScript SDK, an optional peer dependency that is not installed.',
        `Add it next to aftersale-rules:  npm install @modelcontextprotocol/sdk@"${pkg.peerDependencies['@modelcontextprotocol/sdk']}"`,
        'or run the server with it on the fly:  npx -y -p aftersale-rules -p @modelcontextprotocol/sdk aftersale-rules mcp',
        `(${cause instanceof Error ? cause.message.split('\n')[0] : String(cause)})`,
      ].join('\n'),
    );
    this.name = 'McpSdkMissingError';
  }
}

type Importer = (specifier: string) => Promise<unknown>;

/**
 * Loads the SDK's server classes; a missing SDK is an `McpSdkMissingError`.
 *
 * @example
 * const sdk = await loadMcpSdk();
 */
export async function loadMcpSdk(importer: Importer = (s) => import(s)): Promise<McpSdk> {
  try {
    const [mcp, stdio] = (await Promise.all([
      importer('@modelcontextprotocol/sdk/server/mcp.js'),
      importer('@modelcontextprotocol/sdk/server/stdio.js'),
    ])) as [{ McpServer: McpSdk['McpServer'] }, { StdioServerTransport: McpSdk['StdioServerTransport'] }];
    return { McpServer: mcp.McpServer, StdioServerTransport: stdio.StdioServerTransport };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' || code === 'MODULE_NOT_FOUND' || code === 'ERR_PACKAGE_PATH_NOT_EXPORTED')
      throw new McpSdkMissingError(e);
    throw e;
  }
}

/**
 * An MCP server with the five tools (judge_case, next_questions, what_if, explain_rule,
 * describe_fact), each read-only and idempotent, answering with `structuredContent` and the same
 * JSON as text; an invalid case is an `isError` result listing the issues. The server's
 * `instructions` tell the model the question loop.
 *
 * @example
 * const server = createMcpServer(await loadMcpSdk());
 */
export function createMcpServer(sdk: McpSdk, options: JudgeOptions = {}): McpServer {
  const agent = createAgentTools(options);
  const server = new sdk.McpServer(
    { name: 'aftersale-rules', version: pkg.version },
    { instructions: AGENT_INSTRUCTIONS },
  );
  for (const tool of agent.tools) {
    const { input, output } = zodSchemas(tool.name);
    server.registerTool(
      tool.name,
      {
        title: tool.title,
        description: tool.description,
        inputSchema: input,
        ...(output ? { outputSchema: output } : {}),
        annotations: { ...tool.annotations },
      },
      async (args: Record<string, unknown>) => {
        const { content, structuredContent, isError } = await agent.callTool(tool.name, args);
        return {
          content: [...content],
          ...(structuredContent !== undefined ? { structuredContent } : {}),
          ...(isError ? { isError } : {}),
        };
      },
    );
  }
  return server;
}

/**
 * Serves the tools over stdio until stdin closes. Only JSON-RPC goes to stdout.
 *
 * @example
 * await serveMcp({ options: { 'TB-SHIP-48H': true } });
 */
export async function serveMcp(options: JudgeOptions = {}, sdk?: McpSdk): Promise<void> {
  const loaded = sdk ?? (await loadMcpSdk());
  const server = createMcpServer(loaded, options);
  await server.connect(new loaded.StdioServerTransport());
}
