import type * as z from 'zod';
import { wallClockToIso } from '../facts/wall-clock.js';
import { capIssues, formatPath, fromZodIssues, type Issue } from '../shared/errors.js';
import { budgetIssues } from './case-budget.js';
import { caseMessage, missingIssue } from './messages.js';
import { CaseSchema, type ParsedCase } from './case.js';
import { storyIssues } from './claim-story.js';
import { isPlatformLocal, isTimestamp, PLATFORM_LOCAL_PATTERN } from './primitives.js';

export { CASE_BUDGET, budgetIssues } from './case-budget.js';

/** The paths of every timestamp field of a case (`['order', 'paidAt']`, …), from the schema. */
const TIMESTAMP_PATHS: readonly (readonly string[])[] = (() => {
  const out: string[][] = [];
  const unwrap = (s: z.ZodType): z.ZodType => {
    const def = s._zod.def as { type: string; innerType?: z.ZodType };
    return (def.type === 'optional' || def.type === 'default') && def.innerType ? unwrap(def.innerType) : s;
  };
  const walk = (s: z.ZodType, path: string[]) => {
    const inner = unwrap(s);
    if (isTimestamp(inner)) out.push(path);
    const shape = (inner._zod.def as { shape?: Record<string, z.ZodType> }).shape;
    if ((inner._zod.def as { type: string }).type === 'object' && shape)
      for (const [k, f] of Object.entries(shape)) walk(f, [...path, k]);
  };
  walk(CaseSchema, []);
  return out;
})();

const get = (c: unknown, path: readonly string[]): unknown =>
  path.reduce<unknown>(
    (o, k) => (o !== null && typeof o === 'object' ? (o as Record<string, unknown>)[k] : undefined),
    c,
  );

/**
 * A platform time (`2024-04-15 10:00:00`) read in a time zone, as ISO with that zone's offset at
 * that moment (`2024-04-15T10:00:00+08:00`); undefined when the zone skips that time (a
 * daylight-saving gap). In a repeated hour the earlier instant is taken.
 */
export function platformTimeToIso(local: string, timeZone: string): string | undefined {
  const m = PLATFORM_LOCAL_PATTERN.exec(local);
  if (!m) return undefined;
  const { iso, exact } = wallClockToIso(
    m.slice(1).map(Number) as [number, number, number, number, number, number],
    timeZone,
  );
  return exact ? iso : undefined;
}

/** The case with every platform time turned into ISO with the offset of `timeZone`, or the issues. */
function localize(c: ParsedCase, timeZone: string): { case: ParsedCase; issues: Issue[] } {
  const issues: Issue[] = [];
  let out: ParsedCase | undefined;
  for (const path of TIMESTAMP_PATHS) {
    const v = get(c, path);
    if (typeof v !== 'string' || !isPlatformLocal(v)) continue;
    const iso = platformTimeToIso(v, timeZone);
    if (iso === undefined) {
      issues.push({
        code: 'invalid_format',
        path: formatPath(path),
        message: `${v} does not exist in ${timeZone} (the clocks skip it); give the time with an offset`,
      });
      continue;
    }
    out ??= structuredClone(c);
    const parent = get(out, path.slice(0, -1)) as Record<string, unknown>;
    parent[path.at(-1) as string] = iso;
  }
  return { case: out ?? c, issues };
}

/**
 * One rule of chronology: `later` cannot be before `earlier`. The issue is on `later`'s path:
 * the field that is out of place on the timeline.
 */
interface Order {
  readonly earlier: string;
  readonly later: string;
  readonly why: string;
}

/** Events: things that happened, so none is after `asOf` (deadlines and promised dates may be). */
export const EVENT_FIELDS = [
  'order.paidAt',
  'order.buyerUnreachableSince',
  'shipment.markedShippedAt',
  'shipment.firstCarrierScanAt',
  'shipment.waybillAt',
  'shipment.trackingCorrectedAt',
  'shipment.lastTrackingUpdateAt',
  'shipment.deliveredAt',
  'shipment.reshippedAt',
  'claim.openedAt',
  'promises.negotiatedPriceAgreedAt',
] as const;

/** Every rule of chronology a case must keep, events before `asOf` first. */
export const CHRONOLOGY: readonly Order[] = [
  ...EVENT_FIELDS.map((later) => ({
    earlier: later,
    later: 'asOf',
    why: 'an event cannot lie after the time of judgement',
  })),
  {
    earlier: 'order.paidAt',
    later: 'shipment.markedShippedAt',
    why: 'the seller cannot press "ship" before the order is paid',
  },
  {
    earlier: 'order.paidAt',
    later: 'shipment.firstCarrierScanAt',
    why: 'the carrier cannot scan the parcel before the order is paid',
  },
  {
    earlier: 'order.paidAt',
    later: 'shipment.deliveredAt',
    why: 'the parcel cannot be delivered before the order is paid',
  },
  { earlier: 'order.paidAt', later: 'shipment.reshippedAt', why: 'goods cannot be reshipped before the order is paid' },
  {
    earlier: 'shipment.firstCarrierScanAt',
    later: 'shipment.deliveredAt',
    why: "the parcel cannot be delivered before the carrier's first scan",
  },
  { earlier: 'order.paidAt', later: 'claim.openedAt', why: 'a claim cannot be opened before the order is paid' },
];

/**
 * The issues of an impossible timeline. For "an event after asOf" the issue is on the event (the
 * field that lies in the future); for the others on the field that should come later.
 */
export function chronologyIssues(c: ParsedCase): Issue[] {
  // Each field read and parsed once, not once per rule it is in.
  const times = CHRONOLOGY_FIELDS.map(({ path }) => {
    const v = get(c, path);
    return typeof v === 'string' ? { text: v, ms: Date.parse(v) } : undefined;
  });
  const issues: Issue[] = [];
  for (const { o, earlier, later } of CHRONOLOGY_AT) {
    const a = times[earlier];
    const b = times[later];
    if (!a || !b || a.ms <= b.ms) continue;
    if (o.later === 'asOf')
      issues.push({
        code: 'impossible_timeline',
        path: o.earlier,
        message: `${o.earlier} (${a.text}) is after asOf (${b.text}): ${o.why}`,
      });
    else
      issues.push({
        code: 'impossible_timeline',
        path: o.later,
        message: `${o.later} (${b.text}) is before ${o.earlier} (${a.text}): ${o.why}`,
      });
  }
  return issues;
}

/** The fields `CHRONOLOGY` compares, each once, with its path split. */
const CHRONOLOGY_FIELDS: readonly { readonly name: string; readonly path: readonly string[] }[] = [
  ...new Set(CHRONOLOGY.flatMap((o) => [o.earlier, o.later])),
].map((name) => ({ name, path: name.split('.') }));

/** Each rule of `CHRONOLOGY` with the positions of its fields in `CHRONOLOGY_FIELDS`. */
const CHRONOLOGY_AT = CHRONOLOGY.map((o) => ({
  o,
  earlier: CHRONOLOGY_FIELDS.findIndex((f) => f.name === o.earlier),
  later: CHRONOLOGY_FIELDS.findIndex((f) => f.name === o.later),
}));

/** What an explicit `null` gets, wherever it is: a case leaves out what it does not know. */
export const NULL_MESSAGE = 'null is not accepted: leave a field out when it is unknown or absent';

/** The issue for a `null` where zod found one (same path, code `invalid_type`), else undefined. */
function nullIssue(input: unknown, issue: z.core.$ZodIssue): z.core.$ZodIssue | undefined {
  if (issue.code === 'unrecognized_keys' || issue.code === 'invalid_union') return undefined;
  let v: unknown = input;
  for (const k of issue.path)
    v = v !== null && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  return v === null
    ? ({ code: 'invalid_type', expected: 'nonoptional', path: issue.path, message: NULL_MESSAGE } as z.core.$ZodIssue)
    : undefined;
}

/** What `parseCase` gives: the case ready to judge (every time ISO with an offset), or the issues. */
export type ParseCaseResult =
  { readonly ok: true; readonly case: ParsedCase } | { readonly ok: false; readonly issues: Issue[] };

const unreadable = (e: unknown): ParseCaseResult => ({
  ok: false,
  issues: [
    {
      code: 'unreadable_input',
      path: '',
      message: `The input could not be read: ${e instanceof Error ? e.message : String(e)}`,
    },
  ],
});

/**
 * Validates a case in full, in order: its size (`CASE_BUDGET`), its shape (`CaseSchema`), its
 * platform times (read in the platform's zone, `timeZoneOf`), its chronology, then whether the record rules
 * out the buyer's story (`storyIssues`: e.g. changed_mind for a parcel already signed for). At most
 * `MAX_ISSUES` issues are listed. Never throws for bad input, hostile objects included.
 *
 * @example
 * const r = parseCase(input, (p) => pack.manifest.timeZones[p]);
 * if (r.ok) r.case.order.paidAt; // '2024-04-15T10:00:00+08:00' even when given as '2024-04-15 10:00:00'
 */
export function parseCase(input: unknown, timeZoneOf: (platform: ParsedCase['platform']) => string): ParseCaseResult {
  let parsed: ReturnType<typeof CaseSchema.safeParse>;
  try {
    const over = budgetIssues(input);
    if (over.length > 0) return { ok: false, issues: capIssues(over) };
    parsed = CaseSchema.safeParse(input, { error: caseMessage });
  } catch (e) {
    // Only a hostile object gets here (a getter or Proxy trap that throws while it is read):
    // still bad input, reported as such rather than thrown.
    return unreadable(e);
  }
  if (!parsed.success)
    return {
      ok: false,
      issues: capIssues(
        fromZodIssues(parsed.error.issues.map((i) => nullIssue(input, i) ?? missingIssue(input, i) ?? i)),
      ),
    };
  const local = localize(parsed.data, timeZoneOf(parsed.data.platform));
  if (local.issues.length > 0) return { ok: false, issues: capIssues(local.issues) };
  const timeline = chronologyIssues(local.case);
  if (timeline.length > 0) return { ok: false, issues: capIssues(timeline) };
  const story = storyIssues(local.case);
  if (story.length > 0) return { ok: false, issues: story };
  return { ok: true, case: local.case };
}
