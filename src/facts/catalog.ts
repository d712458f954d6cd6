import * as z from 'zod';
import { CaseSchema } from '../schema/case.js';
import { isTimestamp } from '../schema/primitives.js';
import { BURDEN, type Burden } from './burden.js';
import { DERIVED } from './derived.js';
import { deepFreeze } from '../deep-freeze.js';
import { FreightLeg, FreightPayer, Liability, Remedy } from '../schema/vocabulary.js';

/** What kind of value a fact holds; decides which operators and values a rule may use on it. */
export type FactType = 'number' | 'boolean' | 'enum' | 'string' | 'timestamp' | 'object';

/** One fact a rule condition can name. */
export interface FactDef {
  readonly name: string;
  readonly type: FactType;
  /** Allowed values of an enum fact. */
  readonly values?: readonly string[];
  /** Amount in yuan: usable in money expressions. */
  readonly money?: boolean;
  /**
   * Case facts: what absence means (`src/facts/burden.ts`). `unknown`: the judge must ask for it;
   * `not_shown`: the party who must show it has not, so it is not established (conditions needing
   * a shown value are false) and the `present` operator may test it.
   */
  readonly absent?: Burden['absent'];
  /** `not_shown`: who must show it; `unknown`: who can answer it. */
  readonly party?: Burden['party'];
  /** The question a judge asks for it. */
  readonly question?: Burden['question'];
  /** Where a seed or public rule says who must prove it. */
  readonly burdenSource?: string;
  /**
   * `not_shown` booleans and enums: the value the record holds while nothing is shown — false
   * (not true), or the enum's `none` (or the burden's `notShownValue`). Numbers and times have
   * none: every comparison on them is false.
   */
  readonly notShownValue?: string | boolean;
  /** The case must give it (or the schema fills in `defaultValue`). */
  readonly required?: boolean;
  readonly defaultValue?: unknown;
  /** `case`: a field of the case; `derived`: computed before evaluation; `outcome`: the first fold's result. */
  readonly origin: 'case' | 'derived' | 'outcome';
  readonly description: string;
  /** Derived facts: the case fields they are computed from (named in `missingFacts` when absent). */
  readonly inputs?: readonly string[];
}

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
