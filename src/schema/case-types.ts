import type * as z from 'zod';
import { absenceText, FACTS, type FactDef } from '../facts/catalog.js';
import { CaseSchema } from './case.js';
import { isTimestamp, MONEY_RULE } from './primitives.js';
import { valuesDescription } from './value-text.js';

/**
 * The TypeScript source of `CaseInput` and `ParsedCase` with a doc comment on every field, taken
 * from the fact catalogue (meaning, unit, format, default, what absence means). zod's `.meta()`
 * descriptions do not reach declaration files, so the types are generated from the schema into
 * `case-types.generated.ts`; a type test checks they equal `z.input` / `z.output` of `CaseSchema`
 * and a test checks the file is what this function writes (`npx tsx scripts/case-types.ts`).
 */
export function caseTypesSource(): string {
  const out: string[] = [
    '// Generated from CaseSchema and the fact catalogue by scripts/case-types.ts: do not edit.',
    '// test/case-types.test.ts fails when this file is stale; `npx tsx scripts/case-types.ts` rewrites it.',
    '',
    `/**\n * A case as the caller writes it (defaults not yet applied): what \`judge\` takes. Each field's\n * comment says what it means; \`CaseSchema\` validates it at run time.\n */`,
    `export type CaseInput = ${objectType(CaseSchema, '', 'input', '')};`,
    '',
    `/** A case after validation (\`ParsedCase\`): defaults applied, every timestamp ISO 8601 with an offset. */`,
    `export type ParsedCase = ${objectType(CaseSchema, '', 'output', '')};`,
    '',
  ];
  return out.join('\n');
}

type Io = 'input' | 'output';
type Def = {
  type: string;
  innerType?: z.ZodType;
  shape?: Record<string, z.ZodType>;
  entries?: Record<string, string>;
  defaultValue?: unknown;
};
const defOf = (s: z.ZodType) => s._zod.def as unknown as Def;

function unwrap(s: z.ZodType): { inner: z.ZodType; optional: boolean; hasDefault: boolean } {
  let inner = s;
  let optional = false;
  let hasDefault = false;
  for (;;) {
    const d = defOf(inner);
    if (d.type === 'optional') optional = true;
    else if (d.type === 'default') hasDefault = true;
    else return { inner, optional, hasDefault };
    inner = d.innerType as z.ZodType;
  }
}

function objectType(schema: z.ZodType, prefix: string, io: Io, indent: string): string {
  const lines = ['{'];
  for (const [key, field] of Object.entries(defOf(schema).shape ?? {})) {
    const { inner, optional, hasDefault } = unwrap(field);
    const name = prefix + key;
    const mayOmit = optional || (hasDefault && io === 'input');
    lines.push(...docComment(FACTS.get(name), inner, indent + '  '));
    lines.push(
      `${indent}  ${key}${mayOmit ? '?' : ''}: ${typeOf(inner, `${name}.`, io, `${indent}  `)}${mayOmit ? ' | undefined' : ''};`,
    );
  }
  lines.push(`${indent}}`);
  return lines.join('\n');
}

function typeOf(s: z.ZodType, prefix: string, io: Io, indent: string): string {
  const d = defOf(s);
  switch (d.type) {
    case 'object':
      return objectType(s, prefix, io, indent);
    case 'enum':
      return Object.values(d.entries ?? {})
        .map((v) => JSON.stringify(v))
        .join(' | ');
    case 'string':
      return 'string';
    case 'number':
      return 'number';
    case 'boolean':
      return 'boolean';
    default:
      throw new Error(`case types: no TypeScript type for zod ${d.type} at ${prefix}`);
  }
}

/** The comment of a field: meaning, then unit/format, default and what its absence means. */
function docComment(fact: FactDef | undefined, inner: z.ZodType, indent: string): string[] {
  const parts: string[] = [];
  if (fact?.description) parts.push(fact.description);
  if (isTimestamp(inner))
    parts.push(
      "Timestamp: ISO 8601 with an offset (`2024-04-15T10:00:00+08:00`) or a platform time `2024-04-15 10:00:00` read in the platform's time zone.",
    );
  if (fact?.money) parts.push(MONEY_RULE);
  const values = fact?.type === 'enum' && fact.values ? valuesDescription(fact.values) : undefined;
  if (values !== undefined) parts.push(values);
  if (fact?.defaultValue !== undefined) parts.push(`Default: \`${JSON.stringify(fact.defaultValue)}\`.`);
  const absence = absenceText(fact);
  if (absence !== undefined) parts.push(`Absent: ${absence}.`);
  if (parts.length === 0) return [];
  const text = parts.join('\n\n').replace(/\*\//g, '*\\/');
  return [
    `${indent}/**`,
    ...text.split('\n').map((l) => (l === '' ? `${indent} *` : `${indent} * ${l}`)),
    `${indent} */`,
  ];
}
