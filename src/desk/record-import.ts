/// <reference lib="dom" />
// Reading a platform's own records (a Pinduoduo or Taobao refund with its order and trace) into a
// case: the hook the desk's "paste a platform record" box calls. Each importer turns the pasted
// JSON into a case draft and says what it assumed and what it left out. Pure: no DOM.
import { fromPinduoduo, fromTaobao, type PinduoduoRecords, type TaobaoRecords } from '../adapters/index.js';

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
 * The importers the desk offers: the platform adapters of `aftersale-rules/adapters` (pure, no
 * Node), each taking the records pasted as one JSON object (`{ refund, order?, trace? }` for
 * Pinduoduo, `{ refund, trade?, trace? }` for Taobao/Tmall).
 */
export const IMPORTERS: readonly RecordImporter[] = [
  {
    id: 'pinduoduo',
    name: { zh: '拼多多售后单', en: 'Pinduoduo after-sale record' },
    read: (records, options) => fromPinduoduo(records as PinduoduoRecords, options),
  },
  {
    id: 'taobao',
    name: { zh: '淘宝/天猫退款单', en: 'Taobao/Tmall refund record' },
    read: (records, options) => fromTaobao(records as TaobaoRecords, options),
  },
];
