// The MCP server through the SDK's own client: the built CLI's `aftersale-rules mcp` spawned over
// stdio, every tool listed and called, every structuredContent validated against the tool's
// outputSchema with Ajv (draft-07, the draft the SDK emits).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { judge, SINGLE_KEYS, type OpenQuestion, type Verdict } from '../../src/index.js';
import { decisionValue } from '../../src/verdict/coherence.js';
import { CLI, CLI_TIMEOUT, ROOT } from '../cli/run-cli.js';
import { connect } from './mcp-client.js';
import { answers, setAt } from './oracle.js';
import { LATE } from './cases.js';

type Json = Record<string, unknown>;
type CallResult = { isError?: boolean; structuredContent?: Json; content: { type: string; text?: string }[] };

let client: Client;
let close: () => Promise<void>;
let stderr: () => string;
const validators = new Map<string, ValidateFunction>();
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);

async function call(name: string, args: Json): Promise<CallResult> {
  const r = (await client.callTool({ name, arguments: args })) as CallResult;
  if (!r.isError) {
    const validate = validators.get(name);
    if (validate) {
      const ok = validate(r.structuredContent);
      expect(ok, `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    }
    expect(JSON.parse(r.content[0]?.text ?? '')).toEqual(r.structuredContent);
  }
  return r;
}

beforeAll(async () => {
  ({ client, close, stderr } = await connect());
  const { tools } = await client.listTools();
  for (const t of tools) if (t.outputSchema) validators.set(t.name, ajv.compile(t.outputSchema as object));
}, CLI_TIMEOUT);
afterAll(async () => {
  await close();
});

describe('aftersale-rules mcp', { timeout: CLI_TIMEOUT }, () => {
  it('lists the five tools, read-only, with valid draft-07 input and output schemas, in at most 24 KB', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual([
      'describe_fact',
      'explain_rule',
      'judge_case',
      'next_questions',
      'what_if',
    ]);
    for (const t of tools) {
      expect(t.annotations).toMatchObject({
        readOnlyHint: true,
        idempotentHint: true,
        destructiveHint: false,
        openWorldHint: false,
      });
      expect(t.description?.length ?? 0).toBeGreaterThan(200);
      expect(ajv.validateSchema(t.inputSchema as object), t.name).toBe(true);
      if (t.outputSchema) expect(ajv.validateSchema(t.outputSchema as object), t.name).toBe(true);
      ajv.compile(t.inputSchema as object);
      expect(Buffer.byteLength(JSON.stringify(t)), t.name).toBeLessThanOrEqual(8 * 1024);
    }
    expect(Buffer.byteLength(JSON.stringify({ tools }))).toBeLessThanOrEqual(24 * 1024);
    const judgeCase = tools.find((t) => t.name === 'judge_case');
    const facts = (judgeCase?.inputSchema.properties as Json).facts as { items: { properties: Json } };
    expect((facts.items.properties.fact as Json).enum).toEqual(
      expect.arrayContaining(['order.paidAt', 'claim.type', 'shipment.firstCarrierScanAt']),
    );
    // what the tools are for and the loop, sent once at initialisation
    expect(client.getInstructions()).toMatch(/judge_case[\s\S]*top open question[\s\S]*firm/);
  });

  it('calls every tool, each answer valid against its outputSchema', async () => {
    const concise = await call('judge_case', { case: LATE });
    expect(concise.isError).toBeFalsy();
    expect(concise.structuredContent?.trace).toBeUndefined();
    expect((concise.structuredContent?.outcome as Json).liability).toBe('seller');
    const full = await call('judge_case', { case: LATE, detail: 'full' });
    expect(Array.isArray(full.structuredContent?.trace)).toBe(true);
    const pinned = await call('judge_case', { case: LATE, rulesAt: '2024-01-01', options: { 'TB-SHIP-48H': true } });
    expect(pinned.structuredContent?.rulesAt).toBe('2024-01-01');
    const q = await call('next_questions', { case: { ...LATE, shipment: undefined }, limit: 2 });
    expect(q.isError).toBeFalsy();
    expect((q.structuredContent?.questions as unknown[]).length).toBeLessThanOrEqual(2);
    const w = await call('what_if', { case: LATE, patch: {}, rulesAt: '2024-01-01' });
    expect(w.isError).toBeFalsy();
    const e = await call('explain_rule', { ruleId: 'SHIP-LATE-72H' });
    expect((e.structuredContent?.message as Json).en).toMatch(/72 h/);
    expect(e.structuredContent?.conditions).toEqual(
      expect.arrayContaining([expect.stringMatching(/hoursToShip > 72/)]),
    );
    const f = await call('describe_fact', { fact: 'shipment.firstCarrierScanAt' });
    expect(f.structuredContent?.readThrough).toEqual(expect.arrayContaining([expect.stringMatching(/^hoursToShip: /)]));
    expect((f.structuredContent?.whenAbsent as Json).meaning).toBe('unknown');
  });

  it('judge_case on an invalid case is an isError result naming every path, with hints', async () => {
    const r = await call('judge_case', {
      case: {
        ...LATE,
        order: { paidAt: '2015-04-15T10:00:00', amount: -3 },
        shipment: { firstScanAt: '2015-04-16T10:00:00+08:00' },
      },
    });
    expect(r.isError).toBe(true);
    const text = r.content[0]?.text ?? '';
    expect(text).toMatch(/order\.paidAt/);
    expect(text).toMatch(/offset/);
    expect(text).toMatch(/order\.amount/);
    expect(text).toMatch(/shipment\.firstScanAt.*shipment\.firstCarrierScanAt/);
  });

  it('unknown rules and facts are isError results with the nearest names', async () => {
    expect((await call('explain_rule', { ruleId: 'SHIP-LATE-72' })).content[0]?.text).toMatch(/SHIP-LATE-72H/);
    expect((await call('describe_fact', { fact: 'order.paid' })).content[0]?.text).toMatch(/order\.paidAt/);
  });

  it('what_if: the first carrier scan at 30 h instead of 95 h changes liability', async () => {
    const r = await call('what_if', {
      case: LATE,
      patch: { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } },
    });
    const changes = r.structuredContent?.changes as {
      decision: string;
      from?: unknown;
      to?: unknown;
      ruleIds: string[];
    }[];
    const liability = changes.find((c) => c.decision === 'liability');
    expect(liability).toMatchObject({ from: 'seller', to: 'none' });
    expect(liability?.ruleIds).toContain('SHIP-LATE-72H');
    // null removes a fact: without the scan the parcel is not shipped, still late
    const removed = await call('what_if', { case: LATE, patch: { shipment: { firstCarrierScanAt: null } } });
    expect(removed.isError).toBeFalsy();
  });

  it('writes nothing but JSON-RPC on stdout (the client would fail on anything else) and nothing alarming on stderr', () => {
    expect(stderr()).not.toMatch(/error/i);
  });
});

/** Every sparse fixture's case. */
function sparseCases(): { name: string; case: Json }[] {
  const out: { name: string; case: Json }[] = [];
  for (const dir of readdirSync(join(ROOT, 'fixtures'))) {
    for (const f of readdirSync(join(ROOT, 'fixtures', dir))) {
      if (!f.startsWith('sparse-') || !f.endsWith('.json')) continue;
      const fx = JSON.parse(readFileSync(join(ROOT, 'fixtures', dir, f), 'utf8')) as {
        case: Json;
        judgeOptions?: unknown;
      };
      if (fx.judgeOptions === undefined) out.push({ name: `${dir}/${f}`, case: fx.case });
    }
  }
  return out.sort((a, b) => (a.name < b.name ? -1 : 1));
}

const decisions = (v: Pick<Verdict, 'outcome'>) =>
  Object.fromEntries(SINGLE_KEYS.map((k) => [k, decisionValue(v, k)]).filter(([, x]) => x !== undefined));

/** The question loop over MCP: ask, answer from the oracle, until settled or nothing is left to ask. */
async function converse(start: Json): Promise<{ final: Json; rounds: number; seen: Map<string, OpenQuestion> }> {
  let c = start;
  const asked = new Set<string>();
  const seen = new Map<string, OpenQuestion>();
  let rounds = 0;
  for (;;) {
    const r = await call('next_questions', { case: c, limit: 50 });
    expect(r.isError, r.content[0]?.text).toBeFalsy();
    const { questions, settled } = r.structuredContent as { questions: OpenQuestion[]; settled: boolean };
    for (const q of questions) if (!seen.has(q.fact)) seen.set(q.fact, q);
    if (settled) break;
    const q = questions.find((x) => !asked.has(x.fact));
    if (!q) break;
    asked.add(q.fact);
    rounds++;
    for (const value of answers(q, c)) {
      const candidate = setAt(c, q.fact, value);
      const check = await call('judge_case', { case: candidate });
      if (!check.isError) {
        c = candidate;
        break;
      }
    }
    if (rounds > 60) throw new Error('the question loop does not end');
  }
  return { final: c, rounds, seen };
}

describe('the question loop (README "Use from an agent")', { timeout: CLI_TIMEOUT }, () => {
  const cases = sparseCases();
  const rounds: number[] = [];

  it('has sparse fixtures to start from', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('$name: ends with the decisions of the full case', async ({ case: sparse }) => {
    const { final, rounds: n, seen } = await converse(sparse);
    rounds.push(n);
    // The full case: the sparse case plus the oracle's answer to every unknown fact ever open.
    let full = sparse;
    for (const q of seen.values()) {
      if (q.kind !== 'unknown') continue;
      for (const value of answers(q, full)) {
        const candidate = setAt(full, q.fact, value);
        if (!(await call('judge_case', { case: candidate })).isError) {
          full = candidate;
          break;
        }
      }
    }
    // The loop answered its questions first, so its answers win where the two differ.
    const truth = await judge(mergeAnswers(full, final) as never);
    expect(decisions(await judge(final as never))).toEqual(decisions(truth));
  });

  afterAll(() => {
    if (rounds.length === 0) return;
    const sorted = [...rounds].sort((a, b) => a - b);
    const median =
      sorted.length % 2
        ? sorted[(sorted.length - 1) / 2]
        : ((sorted[sorted.length / 2 - 1] ?? 0) + (sorted[sorted.length / 2] ?? 0)) / 2;
    process.stdout.write(
      `question loop: ${rounds.length} sparse cases, rounds median ${median}, max ${sorted.at(-1)} (${sorted.join(' ')})\n`,
    );
  });
});

/** The full case with the loop's own answers laid over it. */
function mergeAnswers(full: Json, final: Json): Json {
  const out: Json = { ...full };
  for (const [k, v] of Object.entries(final)) {
    out[k] =
      typeof v === 'object' && v !== null && !Array.isArray(v) && typeof out[k] === 'object' && out[k] !== null
        ? mergeAnswers(out[k] as Json, v as Json)
        : v;
  }
  return out;
}

describe('aftersale-rules mcp on hostile arguments', () => {
  /** Sends raw JSON-RPC lines to a fresh server and returns the answer to the request with id 2. */
  async function raw(call: string): Promise<Json> {
    const child = spawn(process.execPath, [CLI, 'mcp'], { cwd: ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const answer = new Promise<Json>((resolve, reject) => {
      let out = '';
      child.stdout.on('data', (d: Buffer) => {
        out += d.toString('utf8');
        for (const line of out.split('\n').slice(0, -1)) {
          const msg = JSON.parse(line) as Json;
          if (msg.id === 2) resolve(msg);
        }
      });
      child.on('exit', (code) => reject(new Error(`the server exited (${code}) before answering`)));
    });
    child.stdin.write(
      `${JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'raw', version: '0' } } })}\n`,
    );
    child.stdin.write(`${JSON.stringify({ jsonrpc: '2.0', method: 'notifications/initialized' })}\n`);
    child.stdin.write(`{"jsonrpc":"2.0","id":2,"method":"tools/call","params":${call}}\n`);
    try {
      return await answer;
    } finally {
      child.kill();
    }
  }

  it(
    'a case 100,000 levels deep is a too_deep issue, not a stack overflow',
    async () => {
      const deep = `${'{"a":'.repeat(99_999)}{"a":1}${'}'.repeat(99_999)}`;
      const r = await raw(
        `{"name":"judge_case","arguments":{"case":${JSON.stringify(LATE).slice(0, -1)},"evidence":${deep}}}}`,
      );
      const result = r.result as CallResult;
      expect(result.isError).toBe(true);
      expect(result.content[0]?.text).toMatch(/too_deep|nests at most/);
    },
    CLI_TIMEOUT,
  );

  it('a patch given as text with a key twice is refused, not read as its last value', async () => {
    const r = await call('what_if', { case: LATE, patch: '{"order":{"amount":199,"amount":0}}' });
    expect(r.isError).toBe(true);
    expect(r.content[0]?.text).toMatch(/order\.amount: Duplicate key "amount"/);
  });
});
