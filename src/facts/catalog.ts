import * as z from 'zod';
import { CaseSchema } from '../schema/case.js';
import { isTimestamp } from '../schema/primitives.js';
import { BURDEN, type Burden } from './burden.js';
import type { FactDef, FactType } from './fact-def.js';
import { DERIVED } from './derived.js';
import { deepFreeze } from '../shared/deep-freeze.js';
import { FreightLeg, FreightPayer, Liability, Remedy } from '../schema/vocabulary.js';

export type { FactDef, FactType } from './fact-def.js';

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (;;) {
    const def = s._zod.def as { type: string; innerType?: z.ZodType };
    if ((def.type === 'optional' || def.type === 'default') && def.innerType) s = def.innerType;
    else return s;
  }
}

function typeOf(schema: z.ZodType): FactType {
  if (isTimestamp(schema)) return 'timestamp';
  const def = schema._zod.def as { type: string };
  switch (def.type) {
    case 'number':
    case 'boolean':
    case 'enum':
    case 'object':
      return def.type;
    case 'string':
      return (schema as z.ZodString).format === 'datetime' ? 'timestamp' : 'string';
    default:
      throw new Error(`fact catalogue: unsupported schema type ${def.type}`);
  }
}

/**
 * What a case fact's absence means, in the words the JSON Schemas and the generated case types put
 * in its description ("not shown: the seller must show it, …"); undefined for a fact with no burden.
 *
 * @example
 * absenceText(FACTS.get('order.agreedShipBy')); // 'not shown: the seller must show it, else it is not established'
 */
export function absenceText(fact: Pick<FactDef, 'absent' | 'party'> | undefined): string | undefined {
  if (fact?.absent === 'not_shown')
    return `not shown: the ${fact.party ?? 'party relying on it'} must show it, else it is not established`;
  if (fact?.absent === 'unknown') return 'unknown: the judge asks for it';
  return undefined;
}

const answerSchemas = new Map<string, z.ZodType>();
const answerCache = new Map<string, Record<string, unknown>>();

/**
 * The JSON Schema of an answer to a case fact (type, enum, format), for a form or an agent that
 * asks the question; undefined for facts that are not case fields.
 */
export function answerSchema(name: string): Record<string, unknown> | undefined {
  let s = answerCache.get(name);
  if (s === undefined) {
    const schema = answerSchemas.get(name);
    if (schema === undefined) return undefined;
    const { $schema: _, ...rest } = z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }) as Record<
      string,
      unknown
    >;
    s = deepFreeze(rest);
    answerCache.set(name, s);
  }
  return s;
}

function notShownValueOf(type: FactType, schema: z.ZodType, burden: Burden): { notShownValue?: string | boolean } {
  if (type === 'boolean') return { notShownValue: burden.notShownValue ?? false };
  if (type !== 'enum') return {};
  const values = (schema as z.ZodEnum).options as string[];
  const value = burden.notShownValue ?? (values.includes('none') ? 'none' : undefined);
  if (value !== undefined && (typeof value !== 'string' || !values.includes(value)))
    throw new Error(`burden: ${String(value)} is not a value of the enum`);
  return value === undefined ? {} : { notShownValue: value };
}

function caseFacts(schema: z.ZodObject, prefix: string, out: FactDef[]): void {
  for (const [key, field] of Object.entries(schema.shape)) {
    const name = prefix + key;
    const meta = (field.meta() ?? {}) as { description?: string; unit?: string };
    const inner = unwrap(field);
    const type = typeOf(inner);
    const def = field._zod.def as { type: string; defaultValue?: unknown };
    const burden = Object.hasOwn(BURDEN, name) ? BURDEN[name] : undefined;
    answerSchemas.set(name, inner);
    out.push({
      name,
      type,
      origin: 'case',
      description: meta.description ?? inner.description ?? '',
      ...(type === 'enum' ? { values: (inner as z.ZodEnum).options as string[] } : {}),
      ...(meta.unit === 'yuan' ? { money: true } : {}),
      ...(def.type === 'optional' ? { absent: burden?.absent ?? 'unknown' } : {}),
      ...(burden ? { party: burden.party, question: burden.question } : {}),
      ...(burden?.source !== undefined ? { burdenSource: burden.source } : {}),
      ...(burden?.absent === 'not_shown' ? notShownValueOf(type, inner, burden) : {}),
      ...(def.type !== 'optional' ? { required: true } : {}),
      ...(def.type === 'default' ? { defaultValue: def.defaultValue } : {}),
    });
    if (type === 'object') caseFacts(inner as z.ZodObject, `${name}.`, out);
  }
}

/** Facts computed from the case before evaluation: each defined once, with its formula, in derived.ts. */
export const DERIVED_FACTS: readonly FactDef[] = DERIVED.map(
  ({ compute: _compute, requires: _requires, ...def }) => def,
);

const undetermined = <T extends readonly string[]>(values: T) => [
  ...values.filter((v) => v !== 'undetermined'),
  'undetermined',
];

/** Facts the second stage reads: the decisions of the first fold. */
export const OUTCOME_FACTS: readonly FactDef[] = [
  {
    name: 'outcome.liability',
    type: 'enum',
    origin: 'outcome',
    values: undetermined(Liability.options),
    description: 'Liability as decided by the case rules.',
  },
  {
    name: 'outcome.remedy',
    type: 'enum',
    origin: 'outcome',
    values: undetermined(Remedy.options),
    description: 'Remedy as decided by the case rules.',
  },
  ...FreightLeg.options.map((leg): FactDef => ({
    name: `outcome.freight.${leg}.payer`,
    type: 'enum',
    origin: 'outcome',
    values: undetermined(FreightPayer.options),
    description: `Payer of the ${leg} freight leg as decided by the case rules (undetermined when none decided it).`,
  })),
  ...FreightLeg.options.map((leg): FactDef => ({
    name: `outcome.freight.${leg}.termsWaived`,
    type: 'boolean',
    origin: 'outcome',
    description: `The ${leg} leg went to a payer that a fired rule says owes it in full (waiveTerms), so no cap or restriction applies; false otherwise.`,
  })),
];

function buildCatalogue(): ReadonlyMap<string, FactDef> {
  const list: FactDef[] = [];
  caseFacts(CaseSchema, '', list);
  list.push(...DERIVED_FACTS, ...OUTCOME_FACTS);
  // Frozen: verdicts quote a fact's question, so every verdict would otherwise share it mutable.
  return new Map(list.map((f) => [f.name, deepFreeze(f)]));
}

/** Every fact a rule may name, by name: case fields, derived facts and outcome facts. */
export const FACTS: ReadonlyMap<string, FactDef> = buildCatalogue();
