import { notShownIn, type Facts } from '../facts/derive-facts.js';
import type { Evaluated } from './evaluated.js';
import type { CompiledRule } from '../pack/types.js';

/** Which evaluator runs the rules: closures compiled at load (default), or json-rules-engine. */
export type EvaluatorName = 'compiled' | 'reference';

/**
 * How much of the trace a verdict carries: every rule evaluated with its condition tree (`full`),
 * only the rules that fired (`fired`), or none (`none`: an empty `trace`).
 */
export type TraceMode = (typeof TRACE_MODES)[number];

/** The trace modes, in the order options and help list them. */
export const TRACE_MODES = ['full', 'fired', 'none'] as const;

/**
 * Evaluates rules against one case's facts with the compiled closures: synchronous, and the
 * condition trees are built only for the rules whose trace the verdict carries.
 */
export function evaluateCompiled(rules: readonly CompiledRule[], facts: Facts, trace: TraceMode): Evaluated[] {
  const out = new Array<Evaluated>(rules.length);
  const filled = notShownIn(facts);
  for (let i = 0; i < rules.length; i++) {
    const compiled = rules[i] as CompiledRule;
    let t = compiled.program(facts, filled, trace === 'full');
    if (trace === 'fired' && t.result === true) t = compiled.program(facts, filled, true);
    out[i] = { compiled, trace: t, fired: t.result === true };
  }
  return out;
}

/**
 * The reference evaluator's signature (json-rules-engine, `src/evaluate/reference-evaluator.ts`). The core
 * does not import it: the Node entry hands it to `judgeFactory`, the browser entry leaves it out.
 */
export type ReferenceEvaluate = (rules: readonly CompiledRule[], facts: Facts) => Promise<Evaluated[]>;

/** One stage's rules evaluated against a case's facts, by whichever evaluator a judge uses. */
export type Evaluate = (
  rules: readonly CompiledRule[],
  facts: Facts,
  trace: TraceMode,
) => Evaluated[] | Promise<Evaluated[]>;
