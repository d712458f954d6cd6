// `aftersale-rules/agent` without MCP: the tools' JSON Schemas, OpenAI strict mode, callTool.
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { anthropicTools, callTool, openaiTools, strictTools, tools } from '../../src/agent/index.js';
import { strictModeProblems } from './openai-strict.js';
import { explainRule, describeFact, whatIf } from '../../src/index.js';
import { loadMcpSdk, McpSdkMissingError } from '../../src/mcp/server.js';
import { LATE } from './cases.js';

type Json = Record<string, unknown>;
const ajv = new Ajv({ allErrors: true, strict: false });
(addFormats as unknown as (a: Ajv) => void)(ajv);

/** Every object schema in a tree, with its path. */
function objects(node: unknown, path = '$'): { path: string; schema: Json }[] {
  if (Array.isArray(node)) return node.flatMap((n, i) => objects(n, `${path}[${i}]`));
  if (typeof node !== 'object' || node === null) return [];
  const s = node as Json;
  const here = s.type === 'object' || (Array.isArray(s.type) && s.type.includes('object')) ? [{ path, schema: s }] : [];
  return [
    ...here,
    ...Object.entries(s).flatMap(([k, v]) =>
      k === 'properties' && typeof v === 'object' && v !== null
        ? Object.entries(v).flatMap(([p, x]) => objects(x, `${path}.${p}`))
        : objects(v, `${path}/${k}`),
    ),
  ];
}

describe('tools', () => {
  it('has valid draft-07 input and output schemas for every tool, and a description for a new colleague', () => {
    expect(tools.map((t) => t.name)).toEqual([
      'judge_case',
      'next_questions',
      'what_if',
      'explain_rule',
      'describe_fact',
    ]);
    for (const t of [...tools, ...strictTools]) {
      expect(ajv.validateSchema(t.inputSchema), t.name).toBe(true);
      if (t.outputSchema) expect(ajv.validateSchema(t.outputSchema), t.name).toBe(true);
      ajv.compile(t.inputSchema);
      expect(t.description).toMatch(/call|Use it/i);
    }
  });

  it("strict variants: valid under OpenAI strict mode's documented rules", () => {
    for (const t of strictTools) expect(strictModeProblems(t.inputSchema), t.name).toEqual([]);
    // the checker catches what strict mode rejects
    expect(strictModeProblems({ type: 'object', properties: { a: { type: 'string' } } })).toEqual([
      '$: additionalProperties must be false',
      '$: required must list every property',
    ]);
    expect(
      strictModeProblems({
        type: 'object',
        properties: { a: { allOf: [{ type: 'string' }], minLength: 1 } },
        required: ['a'],
        additionalProperties: false,
      }),
    ).toEqual(expect.arrayContaining(['$.a: unsupported keyword allOf', '$.a: unsupported keyword minLength']));
    const judgeCase = strictTools[0]?.inputSchema as { properties: Record<string, Json> };
    expect(judgeCase.properties.detail?.type).toEqual(['string', 'null']);
    expect(judgeCase.properties.case).toBeUndefined();
    const entry = (judgeCase.properties.facts?.items as { properties: Record<string, Json> }).properties;
    expect(entry.value?.type).toBe('string');
    expect(entry.fact?.enum).toEqual(expect.arrayContaining(['order.paidAt', 'shipment.firstCarrierScanAt']));
  });

  it("anthropicTools and openaiTools: the same tools in each API's format", () => {
    expect(anthropicTools.map((t) => Object.keys(t).sort())).toEqual(
      tools.map(() => ['description', 'input_schema', 'name']),
    );
    expect(anthropicTools[0]?.input_schema).toBe(tools[0]?.inputSchema);
    expect(openaiTools.map((t) => [t.type, t.name, t.strict])).toEqual(
      strictTools.map((t) => ['function', t.name, true]),
    );
    expect(openaiTools[0]?.parameters).toBe(strictTools[0]?.inputSchema);
  });

  it('callTool reads strict mode nulls as absent (outside the patch) and JSON text arguments', async () => {
    const nulls = JSON.stringify({
      case: { ...LATE, evidence: null, order: { ...LATE.order, presaleShipBy: null } },
      detail: null,
      rulesAt: null,
      options: { 'TB-SHIP-48H': null },
    });
    const [a, b] = [await callTool('judge_case', nulls), await callTool('judge_case', { case: LATE })];
    expect(a.isError).toBeUndefined();
    expect(a.structuredContent).toEqual(b.structuredContent);
    // Inside the patch null removes: a parcel scanned in time (no liability) loses its scan, and a
    // scan not shown counts as not shipped (the carrier record is the seller's to show).
    const onTime = { ...LATE, shipment: { ...LATE.shipment, firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } };
    const w = await callTool('what_if', {
      case: onTime,
      patch: '{"shipment":{"firstCarrierScanAt":null}}',
      rulesAt: null,
    });
    expect(w.isError).toBeUndefined();
    expect(
      (w.structuredContent?.changes as Record<string, unknown>[]).find((c) => c.decision === 'liability'),
    ).toMatchObject({
      from: 'none',
      to: 'seller',
    });
  });

  it('answers bad arguments, unknown tools and bad options as error results', async () => {
    expect((await callTool('judge_case', { case: 'no' })).isError).toBe(true);
    expect((await callTool('nope', {})).content[0].text).toMatch(/judge_case/);
    expect((await callTool('judge_case', { case: LATE, options: { 'NO-SUCH': true } })).content[0].text).toMatch(
      /unknown option/,
    );
    const invalid = await callTool('next_questions', { case: { ...LATE, order: { amount: 1 } } });
    expect(invalid.error?.issues?.map((i) => i.path)).toContain('order.paidAt');
    expect(invalid.error?.issues?.find((i) => i.path === 'order.paidAt')?.hint).toMatch(/required/);
  });
});

describe('the core API', () => {
  it('whatIf, explainRule and describeFact', async () => {
    const r = await whatIf(LATE, { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } });
    expect(r.changes.find((c) => c.decision === 'liability')).toMatchObject({ from: 'seller', to: 'none' });
    expect((await whatIf(LATE, {})).changes).toEqual([]);
    expect(explainRule('SHIP-LATE-72H')?.decides.map((d) => d.decision)).toContain('liability');
    expect(explainRule('NO-SUCH')).toBeUndefined();
    expect(describeFact('evidence.buyerPhotos')?.whenAbsent).toMatchObject({ meaning: 'not_shown', party: 'buyer' });
  });
});

describe('aftersale-rules mcp without the SDK', () => {
  it('says how to add it', async () => {
    const missing = Object.assign(new Error("Cannot find package '@modelcontextprotocol/sdk'"), {
      code: 'ERR_MODULE_NOT_FOUND',
    });
    const err = await loadMcpSdk(() => Promise.reject(missing)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(McpSdkMissingError);
    expect((err as Error).message).toMatch(/npm install @modelcontextprotocol\/sdk/);
  });
});
