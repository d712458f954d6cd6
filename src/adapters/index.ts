// `aftersale-rules/adapters`: from the platforms' own records (Pinduoduo, Taobao / Tmall, courier
// traces) to a case draft, with what was assumed, what was left out and what the caller must add.
// Pure and deterministic like `judge`: no clock, no network.
export { fromTrace, TRACE_FORMATS, type TraceFormat } from './trace.js';
export { fromPinduoduo, type PinduoduoRecords } from './pinduoduo.js';
export { fromTaobao, type TaobaoRecords } from './taobao.js';
export { mergeCase, type MergeConflict } from './merge-case.js';
export {
  claimTypeOf,
  DEFAULT_REASONS,
  type ReasonMatch,
  type ReasonRow,
  type ReasonTable,
  type RecordState,
} from './reasons.js';
export { evidenceFromPhotos, PHOTO_FACTS } from './photos.js';
export type { AdapterOptions, AdapterResult, Assumption, CaseDraft, Confidence, Unmapped } from './types.js';
export { adaptRequest, ADAPT_SOURCES, type AdaptAnswer, type AdaptSource } from './adapt-request.js';
