import { Draft } from './draft.js';
import { field, readTime, text, TIME_FORMAT_NOTE, type TimeFormat } from './read-values.js';
import type { AdapterResult, Confidence } from './types.js';

/** The trace APIs `fromTrace` reads. */
export const TRACE_FORMATS = ['kuaidi100', 'pdd', 'taobao'] as const;
export type TraceFormat = (typeof TRACE_FORMATS)[number];

/** What one trace step records, as far as the case cares. `pending`: not a carrier scan (下单, 待揽收, the seller's 发货). */
type Kind =
  | 'got'
  | 'sign'
  | 'proxy_sign'
  | 'locker_sign'
  | 'locker_in'
  | 'refused'
  | 'returned'
  | 'problem'
  | 'pending'
  | 'other';

interface Step {
  readonly iso: string;
  readonly ms: number;
  readonly format: TimeFormat;
  readonly kind: Kind;
  /** Only 快递100's 301 and "本人签收" say the addressee signed in person. */
  readonly inPerson: boolean;
  readonly index: number;
}

const NOT_A_SCAN = /待揽|已下单|下单成功|等待揽|卖家已发货|商家已发货|已发货，等待|发货中心/;
const GOT_TEXT = /已揽收|已揽件|揽件成功|揽收成功|已收取快件|已收件|收件成功|揽收/;
const SIGN_TEXT = /签收|已妥投|妥投/;
const NOT_SIGN_TEXT = /拒签|拒收|退签|待签收|未签收|签收失败/;
const PROXY_TEXT = /代收|代签|他人签收/;
const LOCKER_TEXT = /快递柜|丰巢|驿站|代收点|自提点|智能柜|投柜/;

/** A step's kind from its text alone (Taobao's free text; 快递100 without status codes). */
function kindFromText(t: string): Kind {
  if (NOT_A_SCAN.test(t)) return 'pending';
  if (/拒收|拒签/.test(t)) return 'refused';
  if (/退回|退件|退签|返回寄件/.test(t)) return 'returned';
  if (SIGN_TEXT.test(t) && !NOT_SIGN_TEXT.test(t))
    return LOCKER_TEXT.test(t) ? 'locker_sign' : PROXY_TEXT.test(t) ? 'proxy_sign' : 'sign';
  if (GOT_TEXT.test(t)) return 'got';
  if (LOCKER_TEXT.test(t)) return 'locker_in';
  return 'other';
}

/** 快递100 `status` / `statusCode` of a step (resultv2), else its `context`. */
function kuaidi100Kind(step: unknown): Kind {
  const code = text(field(step, 'statusCode'));
  const status = text(field(step, 'status'));
  const context = text(field(step, 'context'));
  if (code === '101' || code === '102') return 'pending';
  if (code === '1' || code === '103' || status === '揽收') return NOT_A_SCAN.test(context) ? 'pending' : 'got';
  if (code === '303') return 'proxy_sign';
  if (code === '304') return 'locker_sign';
  if (/^3\d*$/.test(code) || status === '签收')
    return kindFromText(context) === 'proxy_sign'
      ? 'proxy_sign'
      : kindFromText(context) === 'locker_sign'
        ? 'locker_sign'
        : 'sign';
  if (code === '14' || status === '拒签') return 'refused';
  if (/^(4|6)\d*$/.test(code) || status === '退签' || status === '退回') return 'returned';
  if (code === '2' || status === '疑难') return 'problem';
  return kindFromText(context);
}

const PDD_ACTION: Readonly<Record<string, Kind>> = {
  GOT: 'got',
  SIGN: 'sign',
  SIGN_ON_BEHALF: 'proxy_sign',
  REJECTION: 'refused',
  RETURN: 'returned',
  FAIL: 'problem',
  IN_CABINET: 'locker_in',
  OUT_CABINET: 'locker_sign',
};

/** Taobao's `action` codes where they are codes, else the step's text. */
function taobaoKind(step: unknown): Kind {
  const action = text(field(step, 'action')).toUpperCase();
  const desc = `${text(field(step, 'status_desc'))} ${text(field(step, 'action'))}`;
  if (/CONSIGN|^CREATE/.test(action)) return 'pending';
  if (/GOT|ACCEPT/.test(action)) return 'got';
  if (/REJECT|REFUSE/.test(action)) return 'refused';
  if (/RETURN/.test(action)) return 'returned';
  if (/SIGN/.test(action) && !/FAIL/.test(action))
    return /AGENT|BEHALF/.test(action) ? 'proxy_sign' : kindFromText(desc) === 'locker_sign' ? 'locker_sign' : 'sign';
  return kindFromText(desc);
}

/** The step list of a trace in any of its usual envelopes (the API's `…_response` wrapper or none). */
function stepsOf(trace: unknown, format: TraceFormat): unknown[] {
  const body =
    format === 'pdd'
      ? (field(trace, 'logistics_ordertrace_get_response') ?? trace)
      : format === 'taobao'
        ? (field(trace, 'logistics_trace_search_response') ?? trace)
        : trace;
  const list = format === 'kuaidi100' ? field(body, 'data') : field(body, 'trace_list');
  const inner = field(list, 'transit_step_info') ?? list;
  return Array.isArray(inner) ? inner : [];
}

const STEP_TIME: Readonly<Record<TraceFormat, readonly string[]>> = {
  kuaidi100: ['ftime', 'time'],
  pdd: ['status_time', 'time'],
  taobao: ['status_time', 'time'],
};

/** 快递100's overall `state`, the one field that says refused / returned / delivered for the whole waybill. */
const KUAIDI100_STATE: Readonly<Record<string, 'delivered' | 'returned_to_sender' | 'refused' | 'in_transit'>> = {
  '0': 'in_transit',
  '1': 'in_transit',
  '5': 'in_transit',
  '3': 'delivered',
  '4': 'returned_to_sender',
  '6': 'returned_to_sender',
  '14': 'refused',
};

const STATUS_OF: Partial<Record<Kind, 'delivered' | 'refused' | 'returned_to_sender' | 'in_transit'>> = {
  sign: 'delivered',
  proxy_sign: 'delivered',
  locker_sign: 'delivered',
  refused: 'refused',
  returned: 'returned_to_sender',
  got: 'in_transit',
  locker_in: 'in_transit',
  other: 'in_transit',
};

const CONFIDENCE: Readonly<Record<TraceFormat, Confidence>> = { kuaidi100: 'H', pdd: 'H', taobao: 'M' };

/** Reads a trace into `draft`'s shipment (shared by `fromTrace` and the platform adapters). */
export function readTrace(draft: Draft, trace: unknown, format: TraceFormat, at: string): void {
  const raw = stepsOf(trace, format);
  const steps: Step[] = [];
  raw.forEach((step, index) => {
    const key = STEP_TIME[format].find((k) => field(step, k) !== undefined) ?? STEP_TIME[format][0];
    const t = readTime(field(step, key as string));
    if (t === undefined) {
      draft.skip(`${at}[${index}].${key}`, field(step, key as string), 'not a time this adapter reads');
      return;
    }
    const kind =
      format === 'kuaidi100'
        ? kuaidi100Kind(step)
        : format === 'pdd'
          ? (PDD_ACTION[text(field(step, 'action'))] ?? 'other')
          : taobaoKind(step);
    const words = `${text(field(step, 'context'))}${text(field(step, 'status_desc'))}`;
    const inPerson =
      (format === 'kuaidi100' && text(field(step, 'statusCode')) === '301') ||
      /本人签收|签收人[:：]\s*本人/.test(words);
    steps.push({ iso: t.iso, ms: Date.parse(t.iso), format: t.format, kind, inPerson, index });
  });
  // Oldest first (快递100 lists newest first); equal times keep the record's order.
  steps.sort((a, b) => a.ms - b.ms || a.index - b.index);
  const scans = steps.filter((s) => s.kind !== 'pending');
  const conf = CONFIDENCE[format];
  draft.ensure('shipment');
  if (raw.length === 0 || scans.length === 0) {
    draft.set('shipment.carrierScanned', false, at);
    draft.assume(
      'shipment.carrierScanned',
      at,
      'the trace has no carrier step: read as "no scan yet" as of the trace',
      'M',
    );
    return;
  }
  draft.set('shipment.carrierScanned', true, at);
  draft.set('shipment.trackingValid', true, at);
  const note = (fact: string, s: Step, what: string, c: Confidence) => {
    draft.set(fact, s.iso, `${at}[${s.index}]`);
    draft.assume(fact, `${at}[${s.index}]`, `${what}${s.format === 'iso' ? '' : `; ${TIME_FORMAT_NOTE[s.format]}`}`, c);
  };

  const got = scans.find((s) => s.kind === 'got');
  if (got) note('shipment.firstCarrierScanAt', got, 'the first 揽收 step (never the seller\'s "ship" click)', conf);
  else if (format === 'kuaidi100')
    note(
      'shipment.firstCarrierScanAt',
      scans[0] as Step,
      'no 揽收 step: the earliest carrier step read as the first scan',
      'L',
    );
  else draft.skip(at, undefined, 'no 揽收 (GOT) step: shipment.firstCarrierScanAt left for the caller');

  const signed = scans.find((s) => s.kind === 'sign' || s.kind === 'proxy_sign' || s.kind === 'locker_sign');
  if (signed) {
    note(
      'shipment.deliveredAt',
      signed,
      "the first 签收 step: the carrier's sign-for (never the buyer's 确认收货)",
      conf,
    );
    const viaLocker = signed.kind === 'locker_sign' || scans.some((s) => s.kind === 'locker_in' && s.ms <= signed.ms);
    const signer =
      signed.kind === 'proxy_sign' ? 'proxy' : viaLocker ? 'locker' : signed.inPerson ? 'buyer' : undefined;
    if (signer !== undefined) {
      draft.set('shipment.signedBy', signer, `${at}[${signed.index}]`);
      draft.assume(
        'shipment.signedBy',
        `${at}[${signed.index}]`,
        `read from the sign-for step (${signer})`,
        format === 'taobao' ? 'L' : 'M',
      );
    }
  }

  const last = scans[scans.length - 1] as Step;
  draft.set('shipment.lastTrackingUpdateAt', last.iso, `${at}[${last.index}]`);
  const state = format === 'kuaidi100' ? KUAIDI100_STATE[text(field(trace, 'state'))] : undefined;
  const status = state ?? STATUS_OF[last.kind];
  if (status !== undefined) {
    draft.set('shipment.status', status, format === 'kuaidi100' && state ? `${at}.state` : `${at}[${last.index}]`);
    draft.assume(
      'shipment.status',
      at,
      state ? `快递100 state ${text(field(trace, 'state'))}` : 'read from the last step',
      'M',
    );
  }
}

/**
 * The shipment facts a courier trace establishes: first carrier scan (揽收), sign-for time and
 * signer, last movement, status. Pure: the same trace gives the same result.
 *
 * @example
 * const { case: c } = fromTrace(kuaidi100Response, { format: 'kuaidi100' });
 * c.shipment?.deliveredAt; // '2021-06-14T17:31:57+08:00'
 */
export function fromTrace(trace: unknown, options: { readonly format: TraceFormat }): AdapterResult {
  if (!(TRACE_FORMATS as readonly string[]).includes(options?.format))
    throw new TypeError(`fromTrace: format must be one of ${TRACE_FORMATS.join(', ')}`);
  const draft = new Draft();
  readTrace(draft, trace, options.format, 'trace');
  const r = draft.result();
  // A trace alone is no case: only its shipment is the adapter's to give.
  return { ...r, missingRequired: [] };
}
