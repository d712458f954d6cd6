// The agent door without MCP: the case as facts, definitions and answers sized for a model's
// context window, and the text arguments refused where the other doors refuse them (a key given
// twice, a case nested past its depth).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { callTool, createAgentTools, strictTools, tools, type ToolResult } from '../../src/agent/index.js';
import { fixtureFiles } from '../helpers/fixture-stories.js';
import { ROOT } from '../cli/run-cli.js';
import { LATE } from './cases.js';
import { factsOf, sparseFixtures } from './question-loop.js';

type Json = Record<string, unknown>;
const size = (x: unknown) => Buffer.byteLength(typeof x === 'string' ? x : JSON.stringify(x), 'utf8');
const issues = (r: ToolResult) => r.error?.issues?.map((i) => [i.code, i.path]) ?? [];

/** `{"a":{"a":…1…}}` `depth` levels deep, built without recursion. */
function nested(depth: number): Json {
  let v: Json = { a: 1 };
  for (let i = 1; i < depth; i++) v = { a: v };
  return v;
}

/** The same as JSON text (JSON.stringify would recurse). */
const nestedText = (depth: number) => `${'{"a":'.repeat(depth - 1)}{"a":1}${'}'.repeat(depth - 1)}`;

describe('the case as facts', () => {
  it('judges every sparse fixture as its case object does, also with every value given as text', async () => {
    for (const fx of sparseFixtures(ROOT)) {
      const pin = fx.judgeOptions ?? {};
      const asCase = await callTool('judge_case', { case: fx.story, ...pin });
      const asFacts = await callTool('judge_case', { facts: factsOf(fx.story), ...pin });
      const asText = await callTool('judge_case', {
        facts: factsOf(fx.story).map((e) => ({ fact: e.fact, value: String(e.value) })),
        ...pin,
      });
      expect(asCase.isError, fx.name).toBeUndefined();
      expect(asFacts.structuredContent, fx.name).toEqual(asCase.structuredContent);
      expect(asText.structuredContent, fx.name).toEqual(asCase.structuredContent);
    }
  }, 60_000);

  it('takes the arguments as OpenAI strict mode writes them: JSON text, every value text, nulls for absent', async () => {
    const strict = JSON.stringify({
      facts: factsOf(LATE).map((e) => ({ fact: e.fact, value: String(e.value) })),
      detail: null,
      rulesAt: null,
      options: { 'TB-SHIP-48H': null },
    });
    const r = await callTool('judge_case', strict);
    expect(r.isError).toBeUndefined();
    expect(r.structuredContent).toEqual((await callTool('judge_case', { case: LATE })).structuredContent);
  });

  it('lays facts over a case object, and takes an open question back as a list entry', async () => {
    // The case has no shipment: the top question asks for the object once, and its answer is the object.
    const q = await callTool('next_questions', { case: { ...LATE, shipment: undefined }, limit: 50 });
    const top = (q.structuredContent?.questions as { fact: string }[])[0];
    expect(top?.fact).toBe('shipment');
    const answered = await callTool('judge_case', {
      case: { ...LATE, shipment: undefined },
      facts: [{ fact: top?.fact, value: LATE.shipment }],
    });
    expect(answered.isError).toBeUndefined();
    expect(answered.structuredContent).toEqual((await callTool('judge_case', { case: LATE })).structuredContent);
    // As strict mode writes it: the object as JSON text.
    const asText = await callTool('judge_case', {
      case: { ...LATE, shipment: undefined },
      facts: [{ fact: 'shipment', value: JSON.stringify(LATE.shipment) }],
    });
    expect(asText.structuredContent).toEqual(answered.structuredContent);
    const w = await callTool('what_if', {
      facts: factsOf(LATE),
      patch: { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } },
    });
    expect((w.structuredContent?.changes as Json[]).find((c) => c.decision === 'liability')).toMatchObject({
      from: 'seller',
      to: 'none',
    });
  });

  it('refuses an unknown fact (naming the nearest), a fact given twice, text its type cannot read, and no case', async () => {
    const facts = factsOf(LATE);
    const r = await callTool('judge_case', {
      facts: [...facts, { fact: 'order.paid', value: 'x' }, { fact: 'order.amount', value: 5 }],
    });
    expect(r.isError).toBe(true);
    expect(issues(r)).toEqual([
      ['unknown_fact', `facts[${facts.length}].fact`],
      ['duplicate_fact', `facts[${facts.length + 1}].fact`],
    ]);
    expect(r.content[0].text).toMatch(/order\.paidAt/);
    const text = await callTool('judge_case', {
      facts: facts.map((e) => (e.fact === 'order.amount' ? { ...e, value: '199 yuan' } : e)),
    });
    expect(issues(text)).toEqual([
      ['invalid_type', `facts[${facts.findIndex((e) => e.fact === 'order.amount')}].value`],
    ]);
    expect((await callTool('next_questions', {})).content[0].text).toMatch(/Give the case/);
  });
});

describe('sized for a context window', () => {
  it('no tool definition over 8 KB, all of them and the strict variant at most 24 KB', () => {
    for (const t of [...tools, ...strictTools]) expect(size(t), t.name).toBeLessThanOrEqual(8 * 1024);
    expect(size(tools)).toBeLessThanOrEqual(24 * 1024);
    expect(size(strictTools)).toBeLessThanOrEqual(24 * 1024);
    // slim: the case is a loose object, the facts a list of name and value
    const props = tools[0]?.inputSchema.properties as Record<string, Json>;
    expect(Object.keys((props.case?.properties as Json | undefined) ?? {})).toEqual([]);
    expect(size(props.case)).toBeLessThan(300);
  });

  it('judge_case answers at most 3 KB by default on every fixture; detail "full" is the whole verdict', async () => {
    const sizes: number[] = [];
    for (const file of fixtureFiles(join(ROOT, 'fixtures'))) {
      const fx = JSON.parse(readFileSync(file, 'utf8')) as { case: Json; judgeOptions?: Json };
      const r = await callTool('judge_case', { case: fx.case, ...(fx.judgeOptions ?? {}) });
      if (r.isError) continue;
      sizes.push(size(r.content[0].text));
      expect(size(r.content[0].text), file).toBeLessThanOrEqual(3 * 1024);
    }
    expect(sizes.length).toBeGreaterThan(200);
    const full = await callTool('judge_case', { case: LATE, detail: 'full' });
    expect(Array.isArray(full.structuredContent?.trace)).toBe(true);
    const concise = await callTool('judge_case', { case: LATE });
    expect(concise.structuredContent).toMatchObject({
      caseId: 'L95',
      outcome: { liability: 'seller' },
      findings: expect.arrayContaining([expect.stringMatching(/^SHIP-LATE-72H \(.+\): /)]),
    });
  }, 60_000);
});

describe('text arguments, refused as on the other doors', () => {
  const text =
    '{"case":{"caseId":"D1","platform":"taobao","asOf":"2015-04-20T09:00:00+08:00","order":{"paidAt":"2015-04-15T10:00:00+08:00","amount":199,"amount":0},"claim":{"type":"late_shipment","openedAt":"2015-04-19T10:00:00+08:00"}}}';

  it('a key given twice in the JSON text of the arguments or of a patch is an error naming its path', async () => {
    const r = await callTool('judge_case', text);
    expect(r.isError).toBe(true);
    expect(issues(r)).toEqual([['duplicate_key', 'case.order.amount']]);
    const facts = await callTool(
      'judge_case',
      '{"facts":[{"fact":"caseId","value":"D1","value":"D2"}],"detail":"full","detail":"concise"}',
    );
    expect(issues(facts)).toEqual([
      ['duplicate_key', 'facts[0].value'],
      ['duplicate_key', 'detail'],
    ]);
    const patch = await callTool('what_if', {
      case: LATE,
      patch: '{"order":{"amount":199,"amount":0}}',
    });
    expect(patch.error?.code).toBe('invalid_patch');
    expect(issues(patch)).toEqual([['duplicate_key', 'order.amount']]);
  });

  it('an object fact given as JSON text (strict mode) is read as every door reads text: duplicate keys and depth refused at their path', async () => {
    const required = [
      { fact: 'caseId', value: 'D2' },
      { fact: 'platform', value: 'taobao' },
      { fact: 'asOf', value: '2015-04-20T09:00:00+08:00' },
      { fact: 'order.paidAt', value: '2015-04-15T10:00:00+08:00' },
      { fact: 'order.amount', value: 199 },
      { fact: 'claim.type', value: 'late_shipment' },
      { fact: 'claim.openedAt', value: '2015-04-19T10:00:00+08:00' },
    ];
    const twice = await callTool('judge_case', {
      facts: [
        ...required,
        {
          fact: 'shipment',
          value: '{"firstCarrierScanAt":"2015-04-19T09:00:00+08:00","firstCarrierScanAt":"2015-04-16T09:00:00+08:00"}',
        },
      ],
    });
    expect(twice.isError).toBe(true);
    expect(issues(twice)).toEqual([['duplicate_key', 'facts[7].value.firstCarrierScanAt']]);
    const deep = await callTool('judge_case', {
      facts: [...required, { fact: 'evidence', value: `{"a":${nestedText(100_000)}}` }],
    });
    expect(deep.isError).toBe(true);
    expect(issues(deep).map(([code, path]) => [code, String(path).startsWith('facts[7].value.a')])).toContainEqual([
      'too_deep',
      true,
    ]);
    const once = await callTool('judge_case', {
      facts: [...required, { fact: 'shipment', value: '{"firstCarrierScanAt":"2015-04-19T09:00:00+08:00"}' }],
    });
    expect(once.isError).toBeFalsy();
  }, 60_000);

  it('a case 100,000 levels deep is a too_deep issue, not a stack overflow, as an object, as text and as a patch', async () => {
    const deep = { ...LATE, evidence: nested(100_000) };
    const text = `{"case":${JSON.stringify(LATE).slice(0, -1)},"evidence":${nestedText(100_000)}}}`;
    for (const args of [{ case: deep }, text, { facts: [{ fact: 'caseId', value: deep }] }]) {
      const r = await callTool('judge_case', args);
      expect(r.isError).toBe(true);
      expect(issues(r).map(([code]) => code)).toContain('too_deep');
    }
    const strictNulls = await createAgentTools().callTool('next_questions', { case: deep, limit: null });
    expect(issues(strictNulls)).toContainEqual(['too_deep', 'evidence.a.a.a']);
    const patch = await callTool('what_if', { case: LATE, patch: `{"order":${nestedText(100_000)}}` });
    expect(patch.error?.code).toBe('invalid_patch');
    expect(issues(patch).map(([code]) => code)).toContain('too_deep');
  }, 60_000);
});
