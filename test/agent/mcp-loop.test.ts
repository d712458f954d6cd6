// The question loop end to end (README "Use from an agent"): the real `aftersale-rules mcp`
// server through the SDK's own client, over every sparse fixture. Each starts from the facts every
// case has, sends the case as a facts list, answers the top question from the fixture's own story,
// and counts rounds (questions asked) and bytes on the wire until the fixture's asserted decisions
// hold. No case may need more questions than the facts it was missing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { CLI_TIMEOUT, ROOT } from '../cli/run-cli.js';
import { connect } from './mcp-client.js';
import { mcpCaller, runLoop, sparseFixtures, spread, type Caller, type LoopRun } from './question-loop.js';

let client: Client;
let close: () => Promise<void>;
const runs: LoopRun[] = [];

beforeAll(async () => {
  ({ client, close } = await connect());
}, CLI_TIMEOUT);
afterAll(async () => {
  await close();
  if (runs.length === 0) return;
  const r = spread(runs.map((x) => x.rounds));
  const b = spread(runs.map((x) => x.bytes));
  process.stdout.write(
    [
      `question loop over MCP, facts form: ${runs.length} sparse fixtures, rounds median ${r.median} max ${r.max}, bytes median ${b.median} max ${b.max}`,
      ...runs.map(
        (x) =>
          `  ${x.name}: ${x.rounds} of ${x.missing} missing facts, ${x.calls} calls, ${x.bytes} B${x.reached ? '' : ` (${x.problem})`}`,
      ),
      '',
    ].join('\n'),
  );
});

/** A tools/call through the client (connected in beforeAll). */
const viaMcp: Caller = (name, args) => mcpCaller(client)(name, args);

describe('the question loop over MCP, the case as facts', () => {
  const fixtures = sparseFixtures(ROOT);

  it('has the sparse fixtures to start from', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(20);
  });

  const settles = async (fx: (typeof fixtures)[number]) => {
    const run = await runLoop(fx, viaMcp, 'facts');
    runs.push(run);
    const asked = `asked: ${run.asked.join(', ')}`;
    expect(run.problem, asked).toBeUndefined();
    expect(run.rounds, asked).toBeLessThanOrEqual(run.missing);
  };

  it.each(fixtures.map((fx) => ({ name: fx.name, fx })))(
    '$name: settles as the fixture asserts within the facts it was missing',
    async ({ fx }) => settles(fx),
    CLI_TIMEOUT,
  );
});
