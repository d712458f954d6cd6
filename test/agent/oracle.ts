// The scripted source of truth for the question loop: given a question about a sparse case, the
// answer a buyer, seller, carrier or platform would give. Deterministic, so the "full case" of a
// sparse fixture is the fixture's case plus the oracle's answer to every unknown fact the loop
// ever saw open (see README "Use from an agent").
import { FACTS } from '../../src/facts/catalog.js';
import type { OpenQuestion } from '../../src/index.js';

type Json = Record<string, unknown>;

/** The case with a value set at a dotted path (objects created on the way), not changing the input. */
export function setAt(c: Json, path: string, value: unknown): Json {
  const [head, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...c, [head]: value };
  const inner = typeof c[head] === 'object' && c[head] !== null ? (c[head] as Json) : {};
  return { ...c, [head]: setAt(inner, rest.join('.'), value) };
}

const iso = (ms: number) => {
  const d = new Date(ms + 8 * 3600_000);
  return `${d.toISOString().slice(0, 19)}+08:00`;
};

/**
 * Candidate answers to a question, best first; none for evidence, promises and exceptions
 * (`not_shown`): the oracle's parties cannot show them, so they stay out of the case.
 */
export function answers(q: OpenQuestion, c: Json): unknown[] {
  if (q.kind === 'not_shown') return [];
  const fact = FACTS.get(q.fact);
  if (!fact) return [];
  const order = c.order as { paidAt: string; amount: number };
  const paid = Date.parse(order.paidAt);
  const asOf = Date.parse(c.asOf as string);
  switch (fact.type) {
    case 'boolean':
      return [false, true];
    case 'enum':
      return [...(fact.values ?? [])];
    case 'number':
      return fact.money === true ? [Math.min(10, order.amount), 0] : [1, 0, 3];
    case 'timestamp':
      return [iso(paid + (asOf - paid) / 2), iso(asOf - 3600_000), iso(paid + 3600_000)];
    case 'string':
      return ['ORACLE-1'];
    default:
      return [];
  }
}
