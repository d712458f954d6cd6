import * as z from 'zod';
import { absenceText, FACTS, type FactDef } from '../facts/catalog.js';
import { OPERATORS } from '../evaluate/operators.js';
import { CaseSchema } from '../schema/case.js';
import { Fixture } from '../schema/fixture.js';
import { MONEY_RULE } from '../schema/primitives.js';
import { valuesDescription } from '../schema/value-text.js';
import { PackManifest, RuleSpec } from '../schema/rule.js';
import { VerdictSchema } from '../schema/verdict.js';

/** The JSON Schemas shipped in `schemas/`, by name: `schemas/<name>.schema.json`. */
export const SCHEMA_NAMES = ['case', 'verdict', 'rules', 'fixture', 'pack'] as const;
/** `case`, `verdict`, `rules`, `fixture` or `pack`. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const TITLES: Record<SchemaName, string> = {
  case: 'aftersale-rules case: the facts of one after-sale dispute (what judge() takes)',
  verdict: 'aftersale-rules verdict (what judge() returns)',
  rules: 'aftersale-rules rule file (rules/<topic>/*.json)',
  fixture: 'aftersale-rules fixture: a case and the verdict it must get',
  pack: 'aftersale-rules pack manifest (rules/pack.json)',
};

/**
 * The zod object behind each JSON Schema. Rule files and fixtures hold `unknown` where the
 * loader validates in a second pass (each rule, the fixture's case); for editors the schema
 * names what goes there.
 */
function zodFor(name: SchemaName): z.ZodType {
  switch (name) {
    case 'case':
      return CaseSchema;
    case 'verdict':
      return VerdictSchema;
    case 'rules':
      return z.strictObject({
        $schema: z
          .string()
          .optional()
          .describe(
            'Where this schema is: "../../schemas/rules.schema.json" from rules/<topic>/. Editors use it for completion and checks.',
          ),
        rules: z
          .array(RuleSpec)
          .min(1)
          .describe("The rules of this file, usually one topic's rules for one catalogue entry or series."),
      });
    case 'fixture':
      return Fixture.extend({ case: CaseSchema });
    case 'pack':
      return PackManifest;
    default: {
      const unreachable: never = name;
      return unreachable;
    }
  }
}

/**
 * The JSON Schema of a case, verdict, rule file, fixture or pack manifest, from the zod
 * schemas. Inputs use zod's `input` view, so fields with defaults are optional for writers.
 *
 * @example
 * const schema = jsonSchema('case'); // what schemas/case.schema.json holds
 */
export function jsonSchema(name: SchemaName): Record<string, unknown> {
  const schema = z.toJSONSchema(zodFor(name), {
    io: name === 'verdict' ? 'output' : 'input',
    target: 'draft-2020-12',
  }) as Record<string, unknown>;
  withMoneyRule(schema);
  if (name === 'case' || name === 'fixture') withValueText(schema);
  if (name === 'case') withBurden(schema, '');
  if (name === 'rules') withCompletion(schema);
  if (name === 'fixture') withBurden((schema.properties as Record<string, Record<string, unknown>>).case, '');
  const { $schema, ...rest } = schema;
  return { $schema, title: TITLES[name], ...rest };
}

type JsonObject = Record<string, unknown>;

/** The JSON Schema of the values a fact can be compared with (one value; `in` / `notIn` take a list). */
function valueSchema(fact: FactDef): JsonObject | undefined {
  switch (fact.type) {
    case 'number':
      return { type: 'number' };
    case 'boolean':
      return { type: 'boolean' };
    case 'string':
      return { type: 'string' };
    case 'enum':
      return { enum: [...(fact.values ?? [])] };
    default:
      return undefined; // timestamps and objects: only `present` (true / false) or another fact
  }
}

const isLeafSchema = (node: JsonObject) => {
  const props = node.properties as JsonObject | undefined;
  return props !== undefined && 'fact' in props && 'operator' in props && 'value' in props;
};

/**
 * Editor completion for rule files: `fact` completes with the catalogue's fact names (an unknown
 * fact is an error), `operator` with the registry's operators, and `value` takes the type of the
 * fact it is compared with (its enum values complete), through one `if` / `then` per fact.
 */
function withCompletion(node: unknown): void {
  if (Array.isArray(node)) {
    for (const x of node) withCompletion(x);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const obj = node as JsonObject;
  if (isLeafSchema(obj)) {
    const props = obj.properties as Record<string, JsonObject>;
    props.fact = { ...props.fact, enum: [...FACTS.keys()].sort() };
    delete props.fact.pattern;
    props.operator = { ...props.operator, enum: [...OPERATORS.keys()] };
    delete props.operator.minLength;
    const byFact: JsonObject[] = [];
    for (const fact of [...FACTS.values()].sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const one = valueSchema(fact);
      const other = {
        type: 'object',
        properties: { fact: { enum: [...FACTS.values()].filter((f) => f.type === fact.type).map((f) => f.name) } },
        required: ['fact'],
        additionalProperties: false,
      };
      const anyOf = [...(one ? [one, { type: 'array', items: one, minItems: 1 }] : []), { type: 'boolean' }, other];
      byFact.push({
        if: { properties: { fact: { const: fact.name } }, required: ['fact'] },
        then: { properties: { value: { description: `${fact.description}`, anyOf } } },
      });
    }
    obj.allOf = byFact;
  }
  for (const v of Object.values(obj)) withCompletion(v);
}

/**
 * Says in each case field's description what its absence means: the fact catalogue's burden of
 * proof (a description rather than a custom keyword, which strict validators reject).
 */
function withBurden(node: JsonObject | undefined, prefix: string): void {
  const properties = node?.properties as Record<string, JsonObject> | undefined;
  if (!properties) return;
  for (const [key, field] of Object.entries(properties)) {
    const when = absenceText(FACTS.get(prefix + key));
    if (when !== undefined)
      field.description = `${typeof field.description === 'string' ? `${field.description} ` : ''}Absent: ${when}.`;
    withBurden(field, `${prefix}${key}.`);
  }
}

/**
 * Each enum of a case vocabulary says what every value means (`VALUE_TEXT`, the one source the
 * types, the README and the desk read too), in its description: editors and agents show it, and
 * strict validators accept it (no custom keyword).
 */
function withValueText(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) withValueText(n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as JsonObject;
  const values = Array.isArray(o.enum) && o.enum.every((v) => typeof v === 'string') ? (o.enum as string[]) : undefined;
  const text = values && valuesDescription(values);
  if (text !== undefined) o.description = `${typeof o.description === 'string' ? `${o.description}\n\n` : ''}${text}`;
  for (const v of Object.values(o)) withValueText(v);
}

/**
 * Money fields (`unit: 'yuan'` in the zod metadata) say in their description that they hold whole
 * fen, and lose the `unit` key, which strict validators (Ajv) reject as an unknown keyword. Not
 * `multipleOf: 0.01`: in floating point 9.95 is not a multiple of 0.01, so Ajv would reject it.
 */
function withMoneyRule(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) withMoneyRule(n);
    return;
  }
  if (node === null || typeof node !== 'object') return;
  const o = node as JsonObject;
  if (o.unit === 'yuan') {
    delete o.unit;
    o.description = `${typeof o.description === 'string' ? `${o.description} ` : ''}${MONEY_RULE}`;
  }
  for (const v of Object.values(o)) withMoneyRule(v);
}

/**
 * A schema as the file `schemas/<name>.schema.json` holds it (2-space JSON, final newline).
 *
 * @example
 * writeFileSync('schemas/case.schema.json', jsonSchemaText('case'));
 */
export function jsonSchemaText(name: SchemaName): string {
  return `${JSON.stringify(jsonSchema(name), null, 2)}\n`;
}
