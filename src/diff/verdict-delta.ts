// What changed in one case between two verdicts: decisions, statuses, penalties, amounts, and the
// rules that fired in one and not the other. Small and plain, so a worker thread can send it.
import { SINGLE_KEYS } from '../verdict/decisions.js';
import { decisionValue } from '../verdict/coherence.js';
import type { Verdict } from '../schema/verdict.js';

/** A value that moved: a decision (`liability`, `freight.return`), a status, a penalty, an amount. */
export interface Change {
  /** What changed: a decision key, `status.<key>`, `penalty.<kind>`, or an amount (`freight.return.cap`, `refundAdjustment.<kind>`, `penalty.<kind>.compensationToBuyer`, …). */
  readonly what: string;
  readonly from: string;
  readonly to: string;
}

/** The changes of one case between the base verdict and the head verdict. */
export interface VerdictDelta {
  readonly caseId: string;
  readonly decisions: readonly Change[];
  readonly statuses: readonly Change[];
  readonly penalties: readonly Change[];
  readonly amounts: readonly Change[];
  /** Rules that fired with the head pack and not with the base. */
  readonly started: readonly string[];
  /** Rules that fired with the base pack and not with the head. */
  readonly stopped: readonly string[];
}

/** The verdict parts a delta reads: the outcome, the statuses, and which rules fired. */
export type DeltaVerdict = Pick<Verdict, 'caseId' | 'outcome' | 'status' | 'trace'>;

const NONE = '(none)';
const show = (v: unknown) => (v === undefined ? NONE : String(v));

function changes(a: ReadonlyMap<string, string>, b: ReadonlyMap<string, string>): Change[] {
  const out: Change[] = [];
  for (const what of [...new Set([...a.keys(), ...b.keys()])].sort()) {
    const from = a.get(what) ?? NONE;
    const to = b.get(what) ?? NONE;
    if (from !== to) out.push({ what, from, to });
  }
  return out;
}

/** The penalties of a verdict as `penalty.<kind>` → `3 pts, ¥9.95 to buyer`; several of one kind joined. */
function penalties(v: DeltaVerdict): Map<string, string> {
  const m = new Map<string, string>();
  for (const p of v.outcome.penalties) {
    const parts = [
      p.points !== undefined ? `${p.points} pts` : undefined,
      p.compensationToBuyer !== undefined ? `¥${p.compensationToBuyer} to buyer` : undefined,
      p.paymentToPlatform !== undefined ? `¥${p.paymentToPlatform} to platform` : undefined,
    ].filter((x) => x !== undefined);
    const key = `penalty.${p.kind}`;
    const text = parts.length > 0 ? parts.join(', ') : 'imposed';
    m.set(key, m.has(key) ? `${m.get(key)}; ${text}` : text);
  }
  return m;
}

/** Amounts of money a verdict names: refund adjustments, penalty sums, freight caps. */
function amounts(v: DeltaVerdict): Map<string, string> {
  const m = new Map<string, string>();
  const add = (what: string, n: number | undefined) => {
    if (n === undefined) return;
    m.set(what, m.has(what) ? String(Number(m.get(what)) + n) : String(n));
  };
  for (const a of v.outcome.refundAdjustments) add(`refundAdjustment.${a.kind}`, a.amount);
  for (const p of v.outcome.penalties) {
    add(`penalty.${p.kind}.compensationToBuyer`, p.compensationToBuyer);
    add(`penalty.${p.kind}.paymentToPlatform`, p.paymentToPlatform);
  }
  for (const [leg, r] of Object.entries(v.outcome.freight)) add(`freight.${leg}.cap`, r?.cap);
  return m;
}

const firedIds = (v: DeltaVerdict) => new Set(v.trace.filter((t) => t.fired).map((t) => t.ruleId));

/**
 * What changed from the base verdict of a case to the head verdict (both judged with at least
 * `trace: 'fired'` for the rule changes). Every list is sorted; an unchanged case has all empty.
 *
 * @example
 * const d = verdictDelta(await base.judge(c), await head.judge(c));
 * d.decisions; // [{ what: 'freight.return', from: 'seller', to: 'buyer' }]
 */
export function verdictDelta(base: DeltaVerdict, head: DeltaVerdict): VerdictDelta {
  const decisionsOf = (v: DeltaVerdict) => {
    const m = new Map<string, string>();
    for (const key of SINGLE_KEYS) {
      const value = decisionValue(v, key);
      if (value !== undefined) m.set(key, show(value));
    }
    return m;
  };
  const statusesOf = (v: DeltaVerdict) =>
    new Map(
      Object.entries(v.status)
        .filter(([, s]) => s !== undefined)
        .map(([k, s]) => [k, String(s)]),
    );
  const a = firedIds(base);
  const b = firedIds(head);
  return {
    caseId: head.caseId,
    decisions: changes(decisionsOf(base), decisionsOf(head)),
    statuses: changes(statusesOf(base), statusesOf(head)),
    penalties: changes(penalties(base), penalties(head)),
    amounts: changes(amounts(base), amounts(head)),
    started: [...b].filter((id) => !a.has(id)).sort(),
    stopped: [...a].filter((id) => !b.has(id)).sort(),
  };
}

/** Whether a delta records any change. */
export const changed = (d: VerdictDelta): boolean =>
  d.decisions.length + d.statuses.length + d.penalties.length + d.amounts.length + d.started.length + d.stopped.length >
  0;
