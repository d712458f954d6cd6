// OpenAI strict mode's rules for a function's parameters, as its structured-outputs guide
// ("Supported schemas") documents them: the root an object (not anyOf); every object lists all its
// properties in `required` and sets `additionalProperties: false`; an optional field is a union
// with null; only the supported types and keywords (string: pattern, format; number: multipleOf,
// minimum, maximum, exclusiveMinimum, exclusiveMaximum; array: items, minItems, maxItems; anyOf
// below the root; $ref/$defs; enum, const, description); no allOf, not, if/then/else,
// dependentRequired, dependentSchemas; at most 5,000 properties, 10 levels of objects, 1,000 enum
// values, 120,000 characters of names, enum and const values, and 15,000 characters of enum values
// in an enum of more than 250.

type Json = Record<string, unknown>;

const TYPES = new Set(['string', 'number', 'boolean', 'integer', 'object', 'array', 'null']);
const KEYWORDS = new Set([
  'type',
  'description',
  'title',
  'properties',
  'required',
  'additionalProperties',
  'items',
  'enum',
  'const',
  'anyOf',
  '$ref',
  '$defs',
  'definitions',
  'pattern',
  'format',
  'multipleOf',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minItems',
  'maxItems',
]);
const FORMATS = new Set(['date-time', 'time', 'date', 'duration', 'email', 'hostname', 'ipv4', 'ipv6', 'uuid']);

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every way a function's parameters break strict mode's documented rules; [] when none. */
export function strictModeProblems(root: Json): string[] {
  const problems: string[] = [];
  let properties = 0;
  let enumValues = 0;
  let chars = 0;
  if (root.type !== 'object') problems.push('$: the root must be an object');
  if (root.anyOf !== undefined) problems.push('$: the root must not be anyOf');
  const visit = (s: unknown, path: string, depth: number): void => {
    if (!isObject(s)) {
      problems.push(`${path}: not a schema`);
      return;
    }
    for (const k of Object.keys(s)) if (!KEYWORDS.has(k)) problems.push(`${path}: unsupported keyword ${k}`);
    const types = Array.isArray(s.type) ? s.type : s.type === undefined ? [] : [s.type];
    for (const t of types) if (!TYPES.has(t as string)) problems.push(`${path}: unsupported type ${String(t)}`);
    if (
      s.type === undefined &&
      s.anyOf === undefined &&
      s.$ref === undefined &&
      s.enum === undefined &&
      s.const === undefined
    )
      problems.push(`${path}: no type`);
    if (typeof s.format === 'string' && !FORMATS.has(s.format))
      problems.push(`${path}: unsupported format ${s.format}`);
    if (Array.isArray(s.enum)) {
      enumValues += s.enum.length;
      const len = s.enum.reduce((n: number, v) => n + String(v).length, 0);
      chars += len;
      if (s.enum.length > 250 && len > 15_000)
        problems.push(`${path}: an enum of over 250 values over 15,000 characters`);
    }
    if (s.const !== undefined) chars += String(s.const).length;
    if (types.includes('object') || isObject(s.properties)) {
      if (depth > 10) problems.push(`${path}: more than 10 levels of objects`);
      const props = isObject(s.properties) ? s.properties : {};
      const names = Object.keys(props);
      properties += names.length;
      chars += names.reduce((n, k) => n + k.length, 0);
      if (s.additionalProperties !== false) problems.push(`${path}: additionalProperties must be false`);
      const required = Array.isArray(s.required) ? (s.required as string[]) : [];
      if ([...required].sort().join() !== [...names].sort().join())
        problems.push(`${path}: required must list every property`);
      for (const [k, v] of Object.entries(props)) visit(v, `${path}.${k}`, depth + 1);
    }
    if (s.items !== undefined) visit(s.items, `${path}[]`, depth);
    if (Array.isArray(s.anyOf)) s.anyOf.forEach((v, i) => visit(v, `${path}/anyOf[${i}]`, depth));
    for (const key of ['$defs', 'definitions'] as const) {
      if (isObject(s[key]))
        for (const [k, v] of Object.entries(s[key] as Json)) {
          chars += k.length;
          visit(v, `${path}/${key}/${k}`, depth);
        }
    }
  };
  visit(root, '$', 1);
  if (properties > 5000) problems.push(`${properties} properties: at most 5,000`);
  if (enumValues > 1000) problems.push(`${enumValues} enum values: at most 1,000`);
  if (chars > 120_000) problems.push(`${chars} characters of names and values: at most 120,000`);
  return problems;
}
