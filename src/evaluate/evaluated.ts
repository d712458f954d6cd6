// What an evaluator returns for each rule: the product of the evaluate stage, which the fold reads.
import type { CompiledRule } from '../pack/types.js';
import type { RuleTrace } from './trace.js';

/** One rule after evaluation. */
export interface Evaluated {
  readonly compiled: CompiledRule;
  readonly trace: RuleTrace;
  readonly fired: boolean;
}
