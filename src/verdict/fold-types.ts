// The types the fold shares with its two halves (resolve-decisions.ts, open-questions.ts) and with
// the judge's second stage: in a module of their own so those halves need not import the fold.
import type { SingleKey } from '../schema/decision-registry.js';
import type { Verdict } from '../schema/verdict.js';

/**
 * What a second-stage decision would become if an unknown fact were answered: the first stage
 * decided `via` provisionally, and with the challenger `ruleId`'s value the second stage decides
 * `decision` = `to`. `facts` are the unknown facts that challenger waits on.
 */
export interface Alternative {
  readonly decision: SingleKey;
  readonly to: string | boolean;
  readonly ruleId: string;
  readonly priority: number;
  readonly facts: readonly string[];
}

export type Folded = Pick<
  Verdict,
  'outcome' | 'evidenceRequired' | 'actions' | 'findings' | 'status' | 'openQuestions' | 'missingFacts' | 'conflicts'
>;
