// Every value of every case vocabulary says what it means, from one source (VALUE_TEXT), in every
// place a developer looks: the JSON Schema, the OpenAPI document, the agent / MCP tool schemas,
// the generated CaseInput comments, the fact reference (docs/facts.md) and the desk's labels.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { callTool, tools } from '../src/agent/index.js';
import { jsonSchema } from '../src/cli/json-schemas.js';
import { valueLabels, valueMeaning } from '../src/desk/field-labels.js';
import { FACTS } from '../src/facts/catalog.js';
import { valueLine, valueTexts, VALUE_TEXT } from '../src/schema/value-text.js';
import { openApiDocument } from '../src/server/openapi.js';

const ENUM_FACTS = [...FACTS.values()].filter((f) => f.origin === 'case' && f.type === 'enum');

/** Every `{ enum: [...] }` node of a JSON document with its description. */
function enums(node: unknown, out: { values: string[]; description: string }[] = []) {
  if (Array.isArray(node)) for (const n of node) enums(n, out);
  else if (node !== null && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (Array.isArray(o.enum) && o.enum.every((v) => typeof v === 'string'))
      out.push({ values: o.enum as string[], description: typeof o.description === 'string' ? o.description : '' });
    for (const v of Object.values(o)) enums(v, out);
  }
  return out;
}

/** Each case vocabulary found in a document, and every value of it described there. */
function describesEveryValue(doc: unknown): void {
  const found = enums(doc).filter((e) => valueTexts(e.values) !== undefined);
  const covered = new Set(found.map((e) => e.values.join('|')));
  for (const f of ENUM_FACTS) expect(covered.has((f.values ?? []).join('|')), f.name).toBe(true);
  for (const e of found) for (const v of e.values) expect(e.description).toContain(`\`${v}\` (`);
}

describe('what each enum value means', () => {
  it.each(Object.entries(VALUE_TEXT))('%s: every value has a zh and an en label and meaning', (_, table) => {
    for (const x of Object.values(table)) {
      for (const s of [x.label.zh, x.label.en, x.means.zh, x.means.en]) expect(s.trim()).not.toBe('');
    }
  });

  it('every enum field of the case uses a described vocabulary', () => {
    for (const f of ENUM_FACTS) expect(valueTexts(f.values ?? []), f.name).toBeDefined();
  });

  it('every claim type says which reasons usually map to it and which facts it needs (facts of the catalogue)', () => {
    for (const [type, x] of Object.entries(VALUE_TEXT.claimType)) {
      expect(x.reasons?.length, type).toBeGreaterThan(0);
      expect(x.needs?.length, type).toBeGreaterThan(0);
      for (const fact of x.needs ?? []) expect(FACTS.has(fact), `${type} needs ${fact}`).toBe(true);
    }
  });

  it('the JSON Schema of a case (schemas/case.schema.json) describes every value', () => {
    describesEveryValue(jsonSchema('case'));
    describesEveryValue(JSON.parse(readFileSync(new URL('../schemas/case.schema.json', import.meta.url), 'utf8')));
  });

  it('the OpenAPI document describes every value', () => {
    describesEveryValue(openApiDocument());
  });

  it('the agent and MCP tools describe every value: describe_fact answers each enum fact with its values', async () => {
    // The slim tool schemas carry no case enums (the case is a list of {fact, value}): an agent
    // asks describe_fact, whose answer schema lists and describes the fact's values.
    const answers = [];
    for (const f of ENUM_FACTS) {
      const r = await callTool('describe_fact', { fact: f.name });
      expect(r.isError, f.name).toBeUndefined();
      answers.push(r.structuredContent);
    }
    describesEveryValue(answers);
    expect(tools.find((t) => t.name === 'describe_fact')).toBeDefined();
  });

  it('the generated CaseInput comments and the fact reference (docs/facts.md) list every value', () => {
    const types = readFileSync(new URL('../src/schema/case-types.generated.ts', import.meta.url), 'utf8');
    const readme = readFileSync(new URL('../docs/facts.md', import.meta.url), 'utf8');
    for (const table of Object.values(VALUE_TEXT))
      for (const [v, x] of Object.entries(table)) {
        expect(types).toContain(valueLine(v, x));
        expect(readme).toContain(valueLine(v, x));
      }
  });

  it("the desk's labels and option tooltips come from the same texts", () => {
    for (const f of ENUM_FACTS) {
      const values = f.values ?? [];
      const labels = valueLabels(values);
      for (const v of values) {
        expect(labels?.[v]).toEqual(valueTexts(values)?.[v]?.label);
        expect(valueMeaning(values, v, 'zh')).toBe(valueTexts(values)?.[v]?.means.zh);
      }
    }
  });
});
