import { FACTS } from '../facts/catalog.js';
import type { Condition } from '../schema/rule.js';

/**
 * Every fact a condition tree reads, on either side of a comparison (`value: { fact }` included),
 * sorted and unique. The one definition of "which facts a rule reads": staging (a rule reading
 * `outcome.*` runs in the second stage), policy detection, lint and the fact reference all use it.
 * `CompiledRule.reads` holds it for each loaded rule.
 *
 * @example
 * factsRead({ all: [{ fact: 'order.amount', operator: 'greaterThan', value: { fact: 'returnFreightCap' } }] });
 * // ['order.amount', 'returnFreightCap']
 */
export function factsRead(conditions: Condition): string[] {
  const read = new Set<string>();
  const stack: Condition[] = [conditions];
  while (stack.length > 0) {
    const c = stack.pop() as Condition;
    if ('fact' in c) {
      read.add(c.fact);
      if (typeof c.value === 'object' && c.value !== null && !Array.isArray(c.value)) read.add(c.value.fact);
    } else stack.push(...('all' in c ? c.all : c.any));
  }
  return [...read].sort();
}

/** The stage a rule runs in: 2 when it reads an `outcome.*` fact (it runs after the first fold), else 1. */
export const stageOf = (reads: readonly string[]): 1 | 2 =>
  reads.some((f) => FACTS.get(f)?.origin === 'outcome') ? 2 : 1;

/** The shop-policy fields a rule reads: non-empty means it applies the shop's policy. */
export const policyOf = (reads: readonly string[]): string[] => reads.filter((f) => f.startsWith('shopPolicy.'));
