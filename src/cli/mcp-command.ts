import { Command } from 'commander';
import { McpSdkMissingError, serveMcp } from '../mcp/server.js';
import { CliError, EXIT } from './cli-error.js';
import { judgeOptionsFrom, makeJudge, withJudgeFlags, type JudgeFlags } from './judge-options.js';
import { loadPack } from '../pack/load-pack.js';

/**
 * `mcp`: the agent tools (judge_case, next_questions, what_if, explain_rule, describe_fact) as an
 * MCP server over stdio. Needs the optional peer dependency @modelcontextprotocol/sdk.
 *
 * @example
 * program.addCommand(mcpCommand());
 */
export function mcpCommand(): Command {
  const cmd = new Command('mcp').description(
    'serve the agent tools (judge_case, next_questions, what_if, explain_rule, describe_fact) as an MCP server over stdio',
  );
  withJudgeFlags(cmd).addHelpText(
    'after',
    '\nNeeds @modelcontextprotocol/sdk (an optional peer dependency): npm install @modelcontextprotocol/sdk\nStdout carries only JSON-RPC; messages go to stderr.\n\nMCP client configuration:\n  { "mcpServers": { "aftersale-rules": { "command": "npx", "args": ["aftersale-rules", "mcp"] } } }',
  );
  return cmd.action(async (flags: JudgeFlags) => {
    const plain = judgeOptionsFrom(flags);
    makeJudge(plain); // reports a bad --rules pack or --option on stderr (exit 2) before serving
    try {
      await serveMcp({
        ...(plain.rulesDir !== undefined ? { pack: loadPack(plain.rulesDir) } : {}),
        ...(plain.rulesAt !== undefined ? { rulesAt: plain.rulesAt } : {}),
        ...(plain.options !== undefined ? { options: plain.options } : {}),
      });
    } catch (e) {
      if (e instanceof McpSdkMissingError) throw new CliError(e.message, EXIT.failed);
      throw e;
    }
  });
}
