import { Almanac } from 'json-rules-engine';
import type { Facts } from './facts/derive-facts.js';
import type { Evaluated } from './fold-verdict.js';
import type { CompiledRule } from './load-pack.js';
import { traceRule } from './trace.js';

/**
 * An almanac over one case's precomputed flat facts: a lookup, with no per-fact hashing or
 * path evaluation on the hot path. A fact the case does not give resolves to undefined.
 */
class CaseAlmanac extends Almanac {
  constructor(private readonly facts: Facts) {
    super({ allowUndefinedFacts: true });
  }
  override factValue<T>(factId: string): Promise<T> {
    return Promise.resolve(this.facts[factId] as T);
  }
}

interface EvaluatedResult {
  result: boolean;
  conditions: Parameters<typeof traceRule>[0];
}

/**
 * Evaluates rules against one case with json-rules-engine. Each rule is evaluated on its own
 * almanac-backed `Rule#evaluate`, so no run status is shared between concurrent judgements.
 */
export async function evaluateRules(rules: readonly CompiledRule[], facts: Facts): Promise<Evaluated[]> {
  const almanac = new CaseAlmanac(facts);
  const results = await Promise.all(
    rules.map((r) => (r.rule as unknown as { evaluate(a: Almanac): Promise<EvaluatedResult> }).evaluate(almanac)),
  );
  return results.map((res, i) => {
    const compiled = rules[i] as CompiledRule;
    const trace = traceRule(res.conditions, facts);
    if (res.result !== (trace.result === true)) {
      throw new Error(`internal: rule ${compiled.spec.id} fired=${res.result} but its trace says ${String(trace.result)}`);
    }
    return { compiled, trace, fired: res.result };
  });
}
