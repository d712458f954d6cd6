/// <reference lib="dom" />
// Reading a platform's own records (a Pinduoduo or Taobao refund with its order and trace) into a
// case: the hook the desk's "paste a platform record" box calls. Each importer turns the pasted
// JSON into a case draft and says what it assumed and what it left out. Pure: no DOM.

/** A unit, format or reading the importer assumed for a fact it set. */
export interface ImportAssumption {
  readonly fact: string;
  readonly from: string;
  readonly note: string;
}

/** A record field the importer did not turn into a fact, and why. */
export interface ImportUnmapped {
  readonly field: string;
  readonly why: string;
}

/** What reading a record gives: a case draft and what to check in it. */
export interface ImportResult {
  readonly case: Record<string, unknown>;
  readonly assumptions: readonly ImportAssumption[];
  readonly unmapped: readonly ImportUnmapped[];
  /** Required case fields the record does not give. */
  readonly missingRequired: readonly string[];
}

/** One platform's importer: its name, and what it makes of the pasted records. */
export interface RecordImporter {
  readonly id: string;
  readonly name: { readonly zh: string; readonly en: string };
  /** The records as pasted (parsed JSON); `asOf` and `caseId` as the desk has them. Throws on a shape it cannot read. */
  read(records: unknown, options: { readonly asOf: string; readonly caseId?: string }): ImportResult;
}

/**
 * The importers the desk offers. Empty until the platform adapters (`aftersale-rules/adapters`)
 * are part of the package: the desk then hides the box.
 */
export const IMPORTERS: readonly RecordImporter[] = [];
