import type { CaseInput } from '../schema/case.js';
import type { ReasonTable } from './reasons.js';

/** A case as an adapter drafts it: every part optional, each part's fields optional. */
export type CaseDraft = {
  -readonly [K in keyof CaseInput]?: NonNullable<CaseInput[K]> extends object
    ? { -readonly [F in keyof NonNullable<CaseInput[K]>]?: NonNullable<CaseInput[K]>[F] }
    : CaseInput[K];
};

/** How sure a mapping is: H stated in two sources or a doc capture, M one SDK's comment, L inferred. */
export type Confidence = 'H' | 'M' | 'L';

/** A record field the adapter did not turn into a fact, and why. */
export interface Unmapped {
  /** Where in the input: `refund.after_sales_type`. */
  readonly field: string;
  readonly value?: unknown;
  readonly why: string;
}

/** A unit, format or reading the adapter had to assume for a fact it set. */
export interface Assumption {
  /** The case fact: `order.amount`. */
  readonly fact: string;
  /** The record field it came from: `refund.order_amount`. */
  readonly from: string;
  readonly note: string;
  readonly confidence: Confidence;
}

/** What every adapter returns. */
export interface AdapterResult {
  /** Only facts the record establishes: never `null`, never a `false` whose absence already says it. */
  readonly case: CaseDraft;
  readonly unmapped: readonly Unmapped[];
  readonly assumptions: readonly Assumption[];
  /** Required case fields the record does not give: the caller must add them before judging. */
  readonly missingRequired: readonly string[];
}

/** Options of the platform adapters. */
export interface AdapterOptions {
  /** When the judgement is made: the library has no clock. Required. */
  readonly asOf: string;
  /** Default: `PDD-<refund id>` / `TB-<refund_id>`. */
  readonly caseId?: string;
  /** The reason → claim-type table (default `DEFAULT_REASONS`): rows and a required fallback. */
  readonly reasons?: ReasonTable;
}
