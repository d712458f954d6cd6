// What the agent door costs a model's context: `npx tsx bench/agent-sizes.ts`. Prints the MCP
// server's tools/list (in all and its largest tool), the OpenAI strict variant, the size of
// judge_case's default answer over every fixture, and the question loop over the sparse fixtures
// (rounds and bytes per case, in the case-object form and, where the tools take it, the facts form).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { createAgentTools } from '../src/agent/tools.js';
import { createMcpServer } from '../src/mcp/server.js';
import { fixtureFiles } from '../test/helpers/fixture-stories.js';
import { mcpCaller, runLoop, sparseFixtures, spread } from '../test/agent/question-loop.js';

const root = join(import.meta.dirname, '..');
const bytes = (x: unknown) => Buffer.byteLength(typeof x === 'string' ? x : JSON.stringify(x), 'utf8');

const server = createMcpServer({ McpServer, StdioServerTransport });
const [a, b] = InMemoryTransport.createLinkedPair();
const client = new Client({ name: 'agent-sizes', version: '0.0.0' });
await Promise.all([server.connect(a), client.connect(b)]);
const listed = await client.listTools();
const largest = listed.tools.map((t) => ({ name: t.name, size: bytes(t) })).sort((x, y) => y.size - x.size)[0];
console.log(`tools/list: ${bytes(listed)} B in all; largest ${largest?.name} ${largest?.size} B`);
const instructions = client.getInstructions();
console.log(`instructions: ${instructions ? bytes(instructions) : 0} B`);

const agent = createAgentTools();
const strict = agent.strictTools.map((t) => ({ name: t.name, description: t.description, parameters: t.inputSchema }));
console.log(`strictTools (OpenAI function form): ${bytes(strict)} B`);

const sizes: number[] = [];
for (const file of fixtureFiles(join(root, 'fixtures'))) {
  const fx = JSON.parse(readFileSync(file, 'utf8')) as {
    case: unknown;
    judgeOptions?: { rulesAt?: string; options?: Record<string, boolean> };
  };
  const r = await agent.callTool('judge_case', { case: fx.case, ...(fx.judgeOptions ?? {}) });
  if (!r.isError) sizes.push(bytes(r.content[0].text));
}
const s = spread(sizes);
console.log(`judge_case default answer over ${sizes.length} fixtures: median ${s.median} B, max ${s.max} B`);

const viaMcp = mcpCaller(client);
const facts = listed.tools.some((t) => 'facts' in ((t.inputSchema.properties as object | undefined) ?? {}));
for (const form of facts ? (['case', 'facts'] as const) : (['case'] as const)) {
  const runs = [];
  for (const fx of sparseFixtures(root)) runs.push(await runLoop(fx, viaMcp, form));
  console.log(`\nquestion loop, ${form} form (rounds/missing facts, calls, bytes):`);
  for (const r of runs)
    console.log(
      `  ${r.name.padEnd(52)} ${String(r.rounds).padStart(2)}/${String(r.missing).padEnd(2)} ${String(r.calls).padStart(3)} ${String(r.bytes).padStart(7)}${r.reached ? '' : `  NOT REACHED: ${r.problem}`}${r.rounds > r.missing ? '  OVER' : ''}`,
    );
  const rs = spread(runs.map((r) => r.rounds));
  const bs = spread(runs.map((r) => r.bytes));
  console.log(
    `  rounds median ${rs.median} max ${rs.max}; bytes median ${bs.median} max ${bs.max}; reached ${runs.filter((r) => r.reached).length}/${runs.length}; over the missing facts ${runs.filter((r) => r.rounds > r.missing).length}`,
  );
}
await client.close();
