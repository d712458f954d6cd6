import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { FACTS } from '../src/facts/catalog.js';
import { OPERATORS } from '../src/evaluate/operators.js';

// What an editor does with a rule file's "$schema" line: rules.schema.json describes every
// property, completes facts and operators, and marks an unknown fact or a value of the wrong type.
const schema = JSON.parse(readFileSync('schemas/rules.schema.json', 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: false });
const validate = ajv.compile(schema);

const ruleFiles = readdirSync('rules')
  .filter((d) => statSync(join('rules', d)).isDirectory())
  .flatMap((d) => readdirSync(join('rules', d)).map((f) => join('rules', d, f)));

function leafSchema(node: unknown): Record<string, Record<string, unknown>> | undefined {
  if (Array.isArray(node)) return node.map(leafSchema).find((x) => x !== undefined);
  if (node === null || typeof node !== 'object') return undefined;
  const props = (node as { properties?: Record<string, Record<string, unknown>> }).properties;
  if (props && 'fact' in props && 'operator' in props && 'value' in props) return props;
  return Object.values(node)
    .map(leafSchema)
    .find((x) => x !== undefined);
}

const oneRule = (leaf: Record<string, unknown>) => ({
  rules: [
    {
      id: 'TEST-RULE',
      catalogue: ['TEST-RULE'],
      platforms: ['taobao'],
      source: { rule: 'test' },
      message: { zh: '测', en: 't' },
      priority: 'standard',
      conditions: { all: [leaf] },
      decisions: [],
    },
  ],
});

describe('rules.schema.json (editor completion and checks)', () => {
  it('describes every property', () => {
    const missing: string[] = [];
    const walk = (n: unknown, path: string) => {
      if (Array.isArray(n)) return n.forEach((x, i) => walk(x, `${path}[${i}]`));
      if (n === null || typeof n !== 'object') return;
      const o = n as Record<string, unknown>;
      if (o.properties && !path.includes('.allOf')) {
        for (const [k, v] of Object.entries(o.properties as Record<string, Record<string, unknown>>))
          if (typeof v.description !== 'string') missing.push(`${path}.${k}`);
      }
      for (const [k, v] of Object.entries(o)) walk(v, `${path}.${k}`);
    };
    walk(schema, '');
    expect(missing).toEqual([]);
  });

  it('completes fact with the catalogue and operator with the registry', () => {
    const leaf = leafSchema(schema);
    expect(leaf?.fact?.enum).toEqual([...FACTS.keys()].sort());
    expect(leaf?.operator?.enum).toEqual([...OPERATORS.keys()]);
  });

  it.each(ruleFiles)('accepts the shipped %s', (file) => {
    expect(validate(JSON.parse(readFileSync(file, 'utf8'))), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('marks an unknown fact, and a value of the wrong type for the fact', () => {
    expect(validate(oneRule({ fact: 'order.amount', operator: 'greaterThan', value: 100 }))).toBe(true);
    expect(validate(oneRule({ fact: 'order.amout', operator: 'greaterThan', value: 100 }))).toBe(false);
    expect(validate(oneRule({ fact: 'order.amount', operator: 'greaterThan', value: 'a lot' }))).toBe(false);
    expect(validate(oneRule({ fact: 'claim.type', operator: 'in', value: ['late_shipment', 'lost_in_space'] }))).toBe(
      false,
    );
    expect(validate(oneRule({ fact: 'order.amount', operator: 'bigger', value: 100 }))).toBe(false);
  });
});
