import { Option } from 'commander';
import { TRACE_MODES, type TraceMode } from '../evaluate/evaluate.js';

export type { TraceMode };

/**
 * `--trace <full|fired|none>`: how much of the rule-by-rule trace each verdict carries (the
 * judge option `trace`). Default `full`.
 *
 * @example
 * cmd.addOption(traceOption('how much trace each verdict carries'));
 */
export function traceOption(
  description = 'how much of the rule-by-rule trace each verdict carries: full (every rule evaluated, with its conditions), fired (only the rules that fired) or none (an empty trace)',
): Option {
  return new Option('--trace <mode>', description).choices(TRACE_MODES).default('full');
}
