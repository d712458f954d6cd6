// A case given as a list of facts, `[{ fact: "order.amount", value: 199 }]`: what an agent knows,
// one answer at a time, instead of the whole case object. The list becomes the case object the
// judge reads; a value given as text (OpenAI strict mode has one type for every value) is read by
// the fact's type.
import { FACTS, type FactDef } from '../facts/catalog.js';
import { closestFacts } from '../explain/describe-fact.js';
import type { Issue } from '../shared/errors.js';
import { parseCaseText } from '../schema/case-text.js';

/** The facts a case can give, dotted (`order.paidAt`): every case field that holds a value. */
export const CASE_FACT_NAMES: readonly string[] = [...FACTS.values()]
  .filter((f) => f.origin === 'case' && f.type !== 'object')
  .map((f) => f.name);

/**
 * The case's objects (`shipment`): an open question may ask for one whole (an absent object is
 * asked once), and its answer is the object, `{ fact: "shipment", value: { … } }`.
 */
export const CASE_OBJECT_NAMES: readonly string[] = [...FACTS.values()]
  .filter((f) => f.origin === 'case' && f.type === 'object')
  .map((f) => f.name);

const CASE_FACTS = new Set(CASE_FACT_NAMES);
const CASE_OBJECTS = new Set(CASE_OBJECT_NAMES);

/** One entry of the facts form. */
export interface FactEntry {
  readonly fact: string;
  readonly value?: unknown;
}

const NUMBER = /^\s*-?(?:\d+(?:\.\d+)?|\.\d+)(?:[eE][+-]?\d+)?\s*$/;

/** A value given as text, read by the fact's type: numbers and booleans from their JSON text; the rest as is. */
function readValue(def: FactDef, value: unknown): { value: unknown } | { error: string } {
  if (typeof value !== 'string') return { value };
  if (def.type === 'number') {
    return NUMBER.test(value)
      ? { value: Number(value) }
      : { error: `Expected a number (or its text, e.g. "199.5") for ${def.name}; got "${value.slice(0, 40)}"` };
  }
  if (def.type === 'boolean') {
    const t = value.trim();
    return t === 'true' || t === 'false'
      ? { value: t === 'true' }
      : { error: `Expected true or false (or the text "true" / "false") for ${def.name}; got "${value.slice(0, 40)}"` };
  }
  return { value };
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The case object a facts list describes, laid over `base` (a case object, when one is given too).
 * An entry without a value (or `null`) says nothing. Issues: a name that is not a case fact (with
 * the nearest names), a fact listed twice, a text value its type cannot read; each at
 * `facts[i]…`, with nothing guessed.
 *
 * @example
 * caseFromFacts([{ fact: 'order.amount', value: '199' }]).case; // { order: { amount: 199 } }
 */
export function caseFromFacts(entries: readonly FactEntry[], base?: Json): { case: Json; issues: Issue[] } {
  const out: Json = isObject(base) ? { ...base } : {};
  const issues: Issue[] = [];
  const seen = new Map<string, number>();
  entries.forEach((entry, i) => {
    const { fact } = entry;
    const def = FACTS.get(fact);
    if (def && CASE_OBJECTS.has(fact)) {
      if (seen.has(fact)) {
        issues.push({
          code: 'duplicate_fact',
          path: `facts[${i}].fact`,
          message: `${fact} is given twice (facts[${seen.get(fact)}] and facts[${i}]): give each fact once`,
        });
        return;
      }
      seen.set(fact, i);
      const read = readObject(fact, entry.value, `facts[${i}].value`);
      if ('issues' in read) {
        issues.push(...read.issues);
        return;
      }
      if (read.value === undefined) return;
      layOver(out, fact, read.value, i, issues);
      return;
    }
    if (!def || !CASE_FACTS.has(fact)) {
      issues.push({
        code: 'unknown_fact',
        path: `facts[${i}].fact`,
        message: `No case fact ${fact.slice(0, 80)}; nearest: ${closestFacts(fact, 3).join(', ')}`,
      });
      return;
    }
    const first = seen.get(fact);
    if (first !== undefined) {
      issues.push({
        code: 'duplicate_fact',
        path: `facts[${i}].fact`,
        message: `${fact} is given twice (facts[${first}] and facts[${i}]): give each fact once`,
      });
      return;
    }
    seen.set(fact, i);
    if (entry.value === undefined || entry.value === null) return;
    const read = readValue(def, entry.value);
    if ('error' in read) {
      issues.push({ code: 'invalid_type', path: `facts[${i}].value`, message: read.error });
      return;
    }
    const keys = fact.split('.');
    let at = out;
    for (const k of keys.slice(0, -1)) {
      const inner = at[k];
      at = at[k] = isObject(inner) ? { ...inner } : {};
    }
    at[keys[keys.length - 1] as string] = read.value;
  });
  return { case: out, issues };
}

/**
 * An object fact's value: an object, or its JSON text (strict mode), read as every door reads a
 * case's text (a key given twice or nesting past the case budget refused, each at its path under
 * `at`); `null` / absent says nothing.
 */
function readObject(fact: string, value: unknown, at: string): { value: Json | undefined } | { issues: Issue[] } {
  if (value === undefined || value === null) return { value: undefined };
  const wrong = (message: string) => ({ issues: [{ code: 'invalid_type', path: at, message }] });
  let v: unknown = value;
  if (typeof value === 'string') {
    const r = parseCaseText(value, { rootLevel: fact.split('.').length });
    if (!r.ok && 'malformed' in r)
      return wrong(`Expected an object (or its JSON text) for ${fact}; got "${value.slice(0, 40)}"`);
    if (!r.ok) return { issues: r.issues.map((x) => ({ ...x, path: x.path === '' ? at : `${at}.${x.path}` })) };
    v = r.value;
  }
  return isObject(v) ? { value: v } : wrong(`Expected an object (or its JSON text) for ${fact}`);
}

/**
 * Lays an object fact's fields over the case: each field that is itself a case fact is read by
 * its type (text too); the rest (a list, a nested object the catalog does not split) goes as is,
 * for the judge's own checks to see.
 */
function layOver(out: Json, fact: string, value: Json, i: number, issues: Issue[]): void {
  const entries: FactEntry[] = [];
  const walk = (prefix: string, obj: Json) => {
    for (const [k, v] of Object.entries(obj)) {
      const name = `${prefix}.${k}`;
      if (CASE_OBJECTS.has(name) && isObject(v)) walk(name, v);
      else entries.push({ fact: name, value: v });
    }
  };
  walk(fact, value);
  for (const e of entries) {
    const def = FACTS.get(e.fact);
    if (e.value === null || e.value === undefined) continue;
    const read = def && CASE_FACTS.has(e.fact) ? readValue(def, e.value) : { value: e.value };
    if ('error' in read) {
      issues.push({
        code: 'invalid_type',
        path: `facts[${i}].value.${e.fact.slice(fact.length + 1)}`,
        message: read.error,
      });
      continue;
    }
    const path = e.fact.split('.');
    let at = out;
    for (const k of path.slice(0, -1)) {
      const inner = at[k];
      at = at[k] = isObject(inner) ? { ...inner } : {};
    }
    at[path[path.length - 1] as string] = read.value;
  }
}
