import * as z from 'zod';
import { FACTS } from '../facts/catalog.js';
import { CaseSchema } from '../schema/case.js';
import { Fixture } from '../schema/fixture.js';
import { PackManifest, RuleSpec } from '../schema/rule.js';
import { VerdictSchema } from '../schema/verdict.js';

/** The JSON Schemas shipped in `schemas/`, by name: `schemas/<name>.schema.json`. */
export const SCHEMA_NAMES = ['case', 'verdict', 'rules', 'fixture', 'pack'] as const;
/** `case`, `verdict`, `rules`, `fixture` or `pack`. */
export type SchemaName = (typeof SCHEMA_NAMES)[number];

const TITLES: Record<SchemaName, string> = {
  case: 'aftersale-rules case: the facts of one after-sale dispute (what judge() takes)',
  verdict: 'aftersale-rules verdict (what judge() returns)',
  rules: 'aftersale-rules rule file (rules/<family>/*.json)',
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
      return z.strictObject({ $schema: z.string().optional(), rules: z.array(RuleSpec).min(1) });
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
  const schema = z.toJSONSchema(zodFor(name), { io: name === 'verdict' ? 'output' : 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
  if (name === 'case') withBurden(schema, '');
  if (name === 'fixture') withBurden((schema.properties as Record<string, Record<string, unknown>>).case, '');
  const { $schema, ...rest } = schema;
  return { $schema, title: TITLES[name], ...rest };
}

type JsonObject = Record<string, unknown>;

/**
 * Says in each case field's description what its absence means: the fact catalogue's burden of
 * proof (a description rather than a custom keyword, which strict validators reject).
 */
function withBurden(node: JsonObject | undefined, prefix: string): void {
  const properties = node?.properties as Record<string, JsonObject> | undefined;
  if (!properties) return;
  for (const [key, field] of Object.entries(properties)) {
    const fact = FACTS.get(prefix + key);
    if (fact?.absent !== undefined) {
      const when = fact.absent === 'not_shown' ? `not shown: the ${fact.party ?? 'party relying on it'} must show it, else it is not established` : 'unknown: the judge asks for it';
      field.description = `${typeof field.description === 'string' ? `${field.description} ` : ''}Absent: ${when}.`;
    }
    withBurden(field, `${prefix}${key}.`);
  }
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
