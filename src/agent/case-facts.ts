// A case given as a list of facts, `[{ fact: "order.amount", value: 199 }]`: what an agent knows,
// one answer at a time, instead of the whole case object. The list becomes the case object the
// judge reads; a value given as text (OpenAI strict mode has one type for every value) is read by
// the fact's type.
import { FACTS, type FactDef } from '../facts/catalog.js';
import { closestFacts } from '../explain/describe-fact.js';
import type { Issue } from '../shared/errors.js';

/** The facts a case can give, dotted (`order.paidAt`): every case field that holds a value. */
export const CASE_FACT_NAMES: readonly string[] = [...FACTS.values()]
  .filter((f) => f.origin === 'case' && f.type !== 'object')
  .map((f) => f.name);

const CASE_FACTS = new Set(CASE_FACT_NAMES);

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
