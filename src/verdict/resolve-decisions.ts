// Resolving the single-valued decisions of evaluated rules (liability, remedy, each freight leg's
// payer, the dispute rate): the first half of the fold (src/verdict/fold-verdict.ts), and all that the
// judge's stage-2 alternatives need of a fold (`resolveDecisions` and `decisionValue`).
import { SINGLE_DECISIONS, SINGLE_KEYS, type SingleKey } from './decisions.js';
import type { Evaluated } from '../evaluate/evaluated.js';
import type { Alternative } from './fold-types.js';
import type { Conflict, DecisionStatus } from '../schema/verdict.js';

/**
 * Where a rule stands on the record: `fired`; `waiting` on unknown facts; `unshown`: false only
 * because facts were not shown, so it could fire if a party showed them.
 */
export type Standing = 'fired' | 'waiting' | 'unshown';

function standingOf(r: Evaluated): Standing | undefined {
  if (r.fired) return 'fired';
  if (r.trace.result === 'unknown') return 'waiting';
  return r.trace.notShown.length > 0 ? 'unshown' : undefined;
}

/** A rule's value for a single-valued decision, and where the rule stands. */
export interface Candidate {
  readonly value: string | boolean;
  readonly priority: number;
  readonly rule: Evaluated;
  readonly standing: Standing;
  /** A freight payer that owes the leg in full: terms do not apply while it wins. */
  readonly waiveTerms: boolean;
}

/** What a mandatory rule forbids a shop policy to decide. */
export interface Forbid {
  readonly decision: string;
  readonly value: string;
  readonly ruleId: string;
  readonly priority: number;
  readonly rule: Evaluated;
}

/** How one single-valued decision came out. */
export interface Resolved {
  readonly value: string | boolean;
  readonly status: DecisionStatus;
  readonly winner?: Candidate;
  /** Rules that are not fired but would decide otherwise if their facts were answered or shown. */
  readonly challengers: readonly Candidate[];
  /** Mandatory rules waiting on unknown facts that would forbid the winner, and what the decision would become. */
  readonly forbidWaits: readonly { readonly rule: Evaluated; readonly to: string | boolean }[];
  /** Not in the verdict: nothing fired or waits for it, though a showing could make a rule decide it. */
  readonly hidden?: true;
}

export const idOf = (r: Evaluated) => r.compiled.spec.id;
const byRule = (a: Candidate, b: Candidate) => (idOf(a.rule) < idOf(b.rule) ? -1 : idOf(a.rule) > idOf(b.rule) ? 1 : 0);
export const appliesPolicy = (r: Evaluated) => r.compiled.policy.length > 0 && r.compiled.spec.mandatory !== true;

/** The liability a rule decides, if it decides one. */
export const liabilityOf = (r: Evaluated): string | undefined => r.compiled.decided.liability;

export const determined = (v: string | boolean | undefined): v is string =>
  typeof v === 'string' && v !== 'undetermined';

/**
 * Whether a value may stand beside the liability decided: no claim rejected against a liable
 * seller, no leg paid by the seller when the buyer is liable unless the seller promised it.
 * These are the value-level rules of coherence; see `src/verdict/coherence.ts` for the whole list.
 */
function fitsLiability(
  key: SingleKey,
  value: string | boolean,
  liability: string | undefined,
  remedy: string | undefined,
  r: Evaluated,
): boolean {
  if (key === 'remedy') return !(liability === 'seller' && value === 'reject_claim');
  if (key.startsWith('freight.'))
    return !((liability === 'buyer' || remedy === 'reject_claim') && value === 'seller' && !r.compiled.promise);
  return true;
}

/**
 * Resolves one single-valued decision on the record. The highest priority among fired rules
 * wins; fired rules that disagree at that priority leave it undetermined. Rules waiting on unknown
 * facts at that priority or above that would decide otherwise make it provisional.
 *
 * Once liability is decided, the other decisions follow it: a fired rule whose own liability
 * lost does not decide them, and values that contradict the liability are not candidates.
 *
 * `valuesOnly` leaves out what only a verdict reads: the challengers and forbid waits of a decided
 * value, whose status is then `firm` whether or not it would be provisional.
 */
export function resolve(
  key: SingleKey,
  candidates: readonly Candidate[],
  liability: string | undefined,
  remedy: string | undefined,
  provisional: (r: Evaluated) => boolean,
  waitingForbids: readonly Forbid[],
  conflicts: Conflict[],
  valuesOnly = false,
): Resolved | undefined {
  // No rule decides it (most keys of most cases): undetermined if the verdict always has it.
  if (candidates.length === 0)
    return SINGLE_DECISIONS.get(key)?.always === true
      ? { value: 'undetermined', status: 'undetermined', challengers: [], forbidWaits: [] }
      : undefined;
  const follows = key !== 'liability' && (determined(liability) || remedy === 'reject_claim');
  const fits = (c: Candidate) => !follows || fitsLiability(key, c.value, liability, remedy, c.rule);
  const agrees = (c: Candidate) => {
    const own = key !== 'liability' && determined(liability) ? liabilityOf(c.rule) : undefined;
    return own === undefined || own === liability;
  };
  const fired = candidates.filter((c) => c.standing === 'fired' && fits(c) && agrees(c));
  const present = SINGLE_DECISIONS.get(key)?.always === true || candidates.some((c) => c.standing !== 'unshown');
  if (fired.length === 0) {
    const challengers = candidates.filter((c) => c.standing !== 'fired' && fits(c)).sort(byRule);
    if (challengers.length === 0 && !present) return undefined;
    // Only rules false for want of a showing: no decision to report, but questions to ask.
    return {
      value: 'undetermined',
      status: 'undetermined',
      challengers,
      forbidWaits: [],
      ...(present ? {} : { hidden: true }),
    };
  }
  let top = -Infinity;
  for (const c of fired) if (c.priority > top) top = c.priority;
  const winners = fired.filter((c) => c.priority === top).sort(byRule);
  const first = winners[0] as Candidate;
  if (valuesOnly && winners.every((c) => c.value === first.value))
    return first.value === 'undetermined'
      ? { value: 'undetermined', status: 'undetermined', winner: first, challengers: [], forbidWaits: [] }
      : { value: first.value, status: 'firm', winner: first, challengers: [], forbidWaits: [] };
  // A rule of lower priority that needs a showing also challenges when every fired rule above it
  // that decides otherwise stands only on facts not shown: the same showing could knock them out.
  const fragileAbove = (c: Candidate) =>
    fired.every((f) => f.priority <= c.priority || f.value === c.value || f.rule.trace.shownResult !== true);
  const challengers = candidates
    .filter(
      (c) =>
        c.standing !== 'fired' &&
        c.value !== first.value &&
        fits(c) &&
        (c.priority >= top || (c.standing === 'unshown' && fragileAbove(c))),
    )
    .sort(byRule);
  if (winners.some((c) => c.value !== first.value)) {
    conflicts.push({
      decision: key,
      reason: 'same_priority',
      priority: top,
      candidates: winners.map((c) => ({ ruleId: idOf(c.rule), value: c.value, fired: true })),
    });
    return { value: 'undetermined', status: 'undetermined', challengers, forbidWaits: [] };
  }
  if (first.value === 'undetermined')
    return { value: 'undetermined', status: 'undetermined', winner: first, challengers, forbidWaits: [] };
  // A mandatory rule waiting on an unknown fact that would forbid what a shop policy decided:
  // the decision would fall to the best candidate not forbidden.
  const forbidWaits = appliesPolicy(first.rule)
    ? waitingForbids
        .filter((f) => f.decision === key && f.value === String(first.value))
        .map((f) => ({
          rule: f.rule,
          to:
            fired
              .filter((c) => !(appliesPolicy(c.rule) && String(c.value) === f.value))
              .sort((a, b) => b.priority - a.priority || byRule(a, b))[0]?.value ?? 'undetermined',
        }))
    : [];
  const waits = challengers.some((c) => c.standing === 'waiting') || forbidWaits.length > 0 || provisional(first.rule);
  return { value: first.value, status: waits ? 'provisional' : 'firm', winner: first, challengers, forbidWaits };
}

/** Liability first, the others after it, the dispute rate (read from the others) last. */
export const RESOLUTION_ORDER: readonly SingleKey[] = [
  ...SINGLE_KEYS.filter((k) => k !== 'countsTowardDisputeRate'),
  'countsTowardDisputeRate',
];

/** The single-valued decisions of a fold, resolved, and what was set aside on the way. */
export interface Resolution {
  readonly candidates: ReadonlyMap<SingleKey, Candidate[]>;
  /** The decisions in the verdict. */
  readonly resolved: Map<SingleKey, Resolved>;
  /** Decisions only a showing could bring: not in the verdict, but questions to ask. */
  readonly hidden: Map<SingleKey, Resolved>;
  readonly conflicts: Conflict[];
  /** Fired mandatory rules' forbids, and those of mandatory rules waiting on unknown facts. */
  readonly forbids: readonly Forbid[];
  readonly waitingForbids: readonly Forbid[];
  /** Shop-policy decisions a fired mandatory rule overrode: the decision key, the forbidding rule and the policy rule. */
  readonly overridden: Overridden[];
  readonly liability: string | undefined;
  readonly remedy: string | undefined;
}

/** A shop-policy decision a mandatory rule overrode. */
export interface Overridden {
  readonly key: string;
  readonly by: Forbid;
  readonly r: Evaluated;
  readonly value: string | boolean;
  readonly single: boolean;
}

/** The forbids of the rules that fired, and of the mandatory rules waiting on unknown facts. */
function forbidsOf(rules: readonly Evaluated[]): { forbids: Forbid[]; waitingForbids: Forbid[] } {
  const forbids: Forbid[] = [];
  const waitingForbids: Forbid[] = [];
  for (const r of rules) {
    const own = r.compiled.decided.forbids;
    if (own.length === 0) continue;
    const to = r.fired ? forbids : r.trace.result === 'unknown' ? waitingForbids : undefined;
    if (to === undefined) continue;
    for (const f of own)
      to.push({ decision: f.decision, value: f.value, ruleId: idOf(r), priority: r.compiled.priority, rule: r });
  }
  return { forbids, waitingForbids };
}

/** The fired forbid that removes a shop-policy rule's decision, if any. */
export function forbiddenBy(
  forbids: readonly Forbid[],
  r: Evaluated,
  decision: string,
  value: string,
): Forbid | undefined {
  if (forbids.length === 0 || !appliesPolicy(r)) return undefined;
  return forbids.find((f) => f.decision === decision && f.value === value);
}

/**
 * Resolves every single-valued decision of rules in (priority, id) order. A fired `mandatory`
 * rule's `forbid` decisions are applied first: a forbidden decision made by a rule that applies the
 * shop's policy is dropped before resolution (so it neither wins nor blocks) and listed in
 * `overridden`. `alternatives` make the decisions they shift provisional. `valuesOnly`: each
 * decision's value, winner and candidates as in the verdict, a decided value's status `firm` (see
 * `resolve`), for what reads no more (the questions' probes, the outcome the second stage reads).
 */
export function resolveDecisions(
  rules: readonly Evaluated[],
  alternatives: readonly Alternative[],
  valuesOnly = false,
): Resolution {
  const { forbids, waitingForbids } = forbidsOf(rules);
  const overridden: Overridden[] = [];
  const candidates = new Map<SingleKey, Candidate[]>();
  for (const r of rules) {
    const singles = r.compiled.decided.singles;
    if (singles.length === 0) continue;
    const standing = standingOf(r);
    if (standing === undefined) continue;
    for (const s of singles) {
      const by = forbiddenBy(forbids, r, s.key, s.text);
      if (by) {
        if (r.fired) overridden.push({ key: s.key, by, r, value: s.value, single: true });
        continue;
      }
      const candidate: Candidate = {
        value: s.value,
        priority: s.priority,
        rule: r,
        standing,
        waiveTerms: s.waiveTerms,
      };
      const list = candidates.get(s.key);
      if (list === undefined) candidates.set(s.key, [candidate]);
      else list.push(candidate);
    }
  }

  // Liability first; the others follow it. A second-stage rule decides provisionally when an
  // outcome it reads is not firm; the dispute rate, read from the others, comes last.
  const conflicts: Conflict[] = [];
  const resolved = new Map<SingleKey, Resolved>();
  const hidden = new Map<SingleKey, Resolved>();
  // A decision the second stage reads from a provisional one is provisional when answering the
  // unknown fact would change it (the judge tried each alternative: see `alternatives`).
  const shifts = alternatives.length === 0 ? NO_SHIFTS : new Set(alternatives.map((a) => a.decision));
  let liability: string | undefined;
  let remedy: string | undefined;
  for (const key of RESOLUTION_ORDER) {
    const res = resolve(
      key,
      candidates.get(key) ?? NO_CANDIDATES,
      liability,
      remedy,
      () => shifts.has(key),
      waitingForbids,
      conflicts,
      valuesOnly,
    );
    if (key === 'liability') liability = res?.value as string | undefined;
    if (key === 'remedy') remedy = res?.value as string | undefined;
    if (!res) continue;
    if (res.hidden) hidden.set(key, res);
    else resolved.set(key, res);
  }
  return { candidates, resolved, hidden, conflicts, forbids, waitingForbids, overridden, liability, remedy };
}

const NO_CANDIDATES: readonly Candidate[] = Object.freeze([]);
const NO_SHIFTS: ReadonlySet<string> = new Set();

/**
 * The value a single-valued decision takes in a resolution (`undetermined` when none): what the
 * `outcome` of the fold of the same rules says (test/fold-lean.test.ts), without the rest of the fold.
 */
export function decisionValue(resolution: Resolution, key: SingleKey): string | boolean {
  return resolution.resolved.get(key)?.value ?? 'undetermined';
}

/**
 * For each rule of a resolution (in the order of `rules`), whether its firing or ceasing to fire
 * could change a decision's value, every other rule kept: a rule with forbids; with
 * `countCollected`, one that makes a collected decision (a penalty, a refund adjustment, freight
 * terms: `RuleDecisions.collects`); one with a single-valued decision that has
 * no winner, or at or above the winner's priority, or a freight payer that owes the leg in full
 * (`waiveTerms` reads every fired payer). Rules none of which could alone change none together:
 * each decision is won among the fired candidates at its top priority, in `RESOLUTION_ORDER`, so
 * with the liability and remedy the others follow unchanged, candidates below that priority
 * coming or going leave every value as it is.
 */
export function valueMovers(
  rules: readonly Evaluated[],
  resolution: Pick<Resolution, 'resolved'>,
  countCollected: boolean,
): Uint8Array {
  return Uint8Array.from(rules, (r) => {
    const d = r.compiled.decided;
    if (d.forbids.length > 0 || (countCollected && d.collects)) return 1;
    for (const s of d.singles) {
      const winner = resolution.resolved.get(s.key)?.winner;
      if (winner === undefined || s.priority >= winner.priority || s.waiveTerms) return 1;
    }
    return 0;
  });
}
