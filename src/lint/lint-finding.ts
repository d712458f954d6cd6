import type { RuleSpec } from '../schema/rule.js';

/** One thing `lint` reports. Errors fail the run; warnings fail it only past `--max-warnings`. */
export interface LintFinding {
  readonly severity: 'error' | 'warning';
  readonly code: string;
  readonly file?: string;
  readonly ruleId?: string;
  readonly path?: string;
  readonly message: string;
}

/** What to lint: a rules directory, and optionally the fixtures and catalogue to check it against. */
export interface LintOptions {
  readonly rulesDir: string;
  readonly fixturesDir?: string;
  /** `{ "entries": [{ "id": … }] }`; default `<rulesDir>/catalogue.json` when it exists. */
  readonly catalogue?: string;
  /**
   * Rule ids of the shipped pack: the other rules are the pack's own, whose catalogue entries the
   * fixtures must cover. Default (lintPack): read from the pack shipped with the package.
   */
  readonly shippedRuleIds?: ReadonlySet<string>;
}

/** A rule that parsed and passed the per-rule checks: what the static analysis works on. */
export interface ParsedRule {
  readonly spec: RuleSpec;
  /** The rule's priority as a number (its tier's level plus its offset). */
  readonly priority: number;
  /** Each decision's priority as a number, parallel to `spec.decisions`. */
  readonly decisionPriorities: readonly number[];
  readonly file: string;
  readonly index: number;
  readonly stage: 1 | 2;
}
