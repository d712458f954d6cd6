import { SINGLE_DECISIONS, SINGLE_KEYS, collectedCode, evidenceShown, singleOf, type SingleKey } from './decisions.js';
import type { Facts } from './facts/derive-facts.js';
import type { CompiledRule } from './load-pack.js';
import { evaluateMoney } from './money.js';
import { questionsOf, type Follower } from './open-questions.js';
import type { Decision } from './schema/rule.js';
import type {
  Conflict,
  DecisionStatus,
  FreightLegResult,
  OpenQuestion,
  Outcome,
  Penalty,
  Status,
  Verdict,
} from './schema/verdict.js';
import { FreightLeg, FreightRestriction } from './schema/vocabulary.js';
import type { RuleTrace } from './trace.js';

/** One rule after evaluation. */
export interface Evaluated {
  readonly compiled: CompiledRule;
  readonly trace: RuleTrace;
  readonly fired: boolean;
}

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
interface Forbid {
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

const idOf = (r: Evaluated) => r.compiled.spec.id;
const byRule = (a: Candidate, b: Candidate) => (idOf(a.rule) < idOf(b.rule) ? -1 : idOf(a.rule) > idOf(b.rule) ? 1 : 0);
const appliesPolicy = (r: Evaluated) => r.compiled.policy.length > 0 && r.compiled.spec.mandatory !== true;

/** The liability a rule decides, if it decides one. */
function liabilityOf(r: Evaluated): string | undefined {
  for (const d of r.compiled.spec.decisions) if (d.kind === 'liability') return d.value;
  return undefined;
}

const determined = (v: string | boolean | undefined): v is string => typeof v === 'string' && v !== 'undetermined';

/**
 * Whether a value may stand beside the liability decided: no claim rejected against a liable
 * seller, no leg paid by the seller when the buyer is liable unless the seller promised it.
 * These are the value-level rules of coherence; see `src/coherence.ts` for the whole list.
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
 */
function resolve(
  key: SingleKey,
  candidates: readonly Candidate[],
  liability: string | undefined,
  remedy: string | undefined,
  provisional: (r: Evaluated) => boolean,
  waitingForbids: readonly Forbid[],
  conflicts: Conflict[],
): Resolved | undefined {
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

/**
 * Folds the decisions of evaluated rules into a verdict. `rules` must be in (priority, id)
 * order, which makes every collected list deterministic whatever order evaluation finished in.
 *
 * A fired `mandatory` rule's `forbid` decisions are applied first: a forbidden decision made by a
 * rule that applies the shop's policy (reads `shopPolicy.*`) is dropped before resolution (so it
 * neither wins nor blocks) and reported as a `policy_overridden` conflict naming both rules.
 */
export function foldVerdict(
  rules: readonly Evaluated[],
  facts: Facts,
  alternatives: readonly Alternative[] = [],
): Folded {
  const forbidsOf = (r: Evaluated): Forbid[] =>
    r.compiled.spec.mandatory === true
      ? r.compiled.spec.decisions.flatMap((d) =>
          d.kind === 'forbid'
            ? [{ decision: d.decision, value: d.value, ruleId: idOf(r), priority: r.compiled.priority, rule: r }]
            : [],
        )
      : [];
  const forbids = rules.filter((r) => r.fired).flatMap(forbidsOf);
  const waitingForbids = rules.filter((r) => !r.fired && r.trace.result === 'unknown').flatMap(forbidsOf);
  const forbiddenBy = (r: Evaluated, decision: string, value: string) =>
    appliesPolicy(r) ? forbids.find((f) => f.decision === decision && f.value === value) : undefined;

  // A shop policy overridden by a mandatory rule: the decision key, the forbidding rule and the policy rule.
  const overridden: { key: string; by: Forbid; r: Evaluated; value: string | boolean; single: boolean }[] = [];
  const candidates = new Map<SingleKey, Candidate[]>();
  for (const r of rules) {
    const standing = standingOf(r);
    if (standing === undefined) continue;
    const decisions = r.compiled.spec.decisions;
    for (let i = 0; i < decisions.length; i++) {
      const d = decisions[i] as Decision;
      const single = singleOf(d);
      if (single === undefined) continue;
      const by = forbiddenBy(r, single.key, String(single.value));
      if (by) {
        if (r.fired) overridden.push({ key: single.key, by, r, value: single.value, single: true });
        continue;
      }
      const list = candidates.get(single.key) ?? [];
      list.push({
        value: single.value,
        priority: r.compiled.decisionPriorities[i] ?? r.compiled.priority,
        rule: r,
        standing,
        waiveTerms: d.kind === 'freight' && d.waiveTerms === true,
      });
      candidates.set(single.key, list);
    }
  }

  // Liability first; the others follow it. A second-stage rule decides provisionally when an
  // outcome it reads is not firm; the dispute rate, read from the others, comes last.
  const conflicts: Conflict[] = [];
  const resolved = new Map<SingleKey, Resolved>();
  const hidden = new Map<SingleKey, Resolved>();
  // A decision the second stage reads from a provisional one is provisional when answering the
  // unknown fact would change it (the judge tried each alternative: see `alternatives`).
  const shifts = new Set(alternatives.map((a) => a.decision));
  const order = [...SINGLE_KEYS.filter((k) => k !== 'countsTowardDisputeRate'), 'countsTowardDisputeRate' as const];
  let liability: string | undefined;
  let remedyNow: string | undefined;
  for (const key of order) {
    const res = resolve(
      key,
      candidates.get(key) ?? [],
      liability,
      remedyNow,
      () => shifts.has(key),
      waitingForbids,
      conflicts,
    );
    if (key === 'liability') liability = res?.value as string | undefined;
    if (key === 'remedy') remedyNow = res?.value as string | undefined;
    if (!res) continue;
    if (res.hidden) {
      hidden.set(key, res);
      continue;
    }
    resolved.set(key, res);
  }
  // The other decisions follow liability, so an answer that would change liability may change
  // them too: each is resolved again with the liability every waiting or not-shown rule would give.
  const followers: Follower[] = [];
  for (const c of resolved.get('liability')?.challengers ?? []) {
    // The remedy the challenger would bring decides, in turn, whether the seller may pay a leg.
    let altRemedy = remedyNow;
    for (const key of order) {
      if (key === 'liability') continue;
      const now = resolved.get(key) ?? hidden.get(key);
      // As if the challenger fired: its own decisions stand beside the liability it gives.
      const asFired = (candidates.get(key) ?? []).map((x) =>
        x.rule === c.rule ? { ...x, standing: 'fired' as const } : x,
      );
      const alt = resolve(
        key,
        asFired,
        String(c.value),
        key === 'remedy' ? undefined : altRemedy,
        () => false,
        waitingForbids,
        [],
      );
      if (key === 'remedy') altRemedy = alt?.value as string | undefined;
      if (alt === undefined || alt.value === (now?.value ?? 'undetermined')) continue;
      followers.push({ decision: key, to: alt.value, via: c });
      const res = resolved.get(key);
      if (res && res.status === 'firm' && c.standing === 'waiting')
        resolved.set(key, { ...res, status: 'provisional' });
    }
  }
  conflicts.sort((a, b) => (a.decision < b.decision ? -1 : a.decision > b.decision ? 1 : 0));

  const remedy = resolved.get('remedy')?.value as string | undefined;
  const freight: Outcome['freight'] = {};
  for (const leg of FreightLeg.options) {
    const res = resolved.get(`freight.${leg}`);
    if (!res) continue;
    const win = res.status === 'undetermined' ? undefined : res.winner;
    // A fired rule that owes the leg in full (waiveTerms) keeps it free of terms whenever the leg
    // goes to the payer it named, even if a higher rule decided that same payer.
    const waived =
      win !== undefined &&
      (candidates.get(`freight.${leg}`) ?? []).some(
        (c) => c.standing === 'fired' && c.waiveTerms && c.value === win.value,
      );
    const onPromise = win !== undefined && win.value === 'seller' && win.rule.compiled.promise;
    freight[leg] = win
      ? {
          payer: win.value as FreightLegResult['payer'],
          ruleId: idOf(win.rule),
          ...(waived ? { termsWaived: true as const } : {}),
          ...(onPromise ? { restsOnPromise: true as const } : {}),
        }
      : { payer: 'undetermined' };
  }

  // Collected decisions. A rule whose liability lost contributes none of them; penalties (all on
  // the seller) need a seller who is not found blameless and a claim that is not rejected.
  const penalties: Penalty[] = [];
  const refundAdjustments: Outcome['refundAdjustments'] = [];
  const evidenceRequired: Verdict['evidenceRequired'] = [];
  const actions: Verdict['actions'] = [];
  // A shop-policy decision a waiting mandatory rule would forbid: the question that settles it.
  const collectedWaits: { decision: string; rule: Evaluated }[] = [];
  const sellerMayPay = liability !== 'none' && liability !== 'buyer' && remedy !== 'reject_claim';
  for (const r of rules) {
    if (!r.fired) continue;
    const own = liabilityOf(r);
    if (determined(liability) && own !== undefined && own !== liability) continue;
    const ruleId = idOf(r);
    for (const d of r.compiled.spec.decisions) {
      const code = collectedCode(d);
      const by = code === undefined ? undefined : forbiddenBy(r, d.kind, code);
      if (by && code !== undefined) {
        overridden.push({ key: `${d.kind}.${code}`, by, r, value: true, single: false });
        continue;
      }
      const waits =
        code !== undefined && appliesPolicy(r)
          ? waitingForbids.filter((f) => f.decision === d.kind && f.value === code)
          : [];
      for (const f of waits) collectedWaits.push({ decision: `${d.kind}.${code}`, rule: f.rule });
      if (d.kind === 'penalty') {
        if (sellerMayPay && !penalties.some((p) => p.kind === d.penalty)) penalties.push(penaltyOf(d, facts, ruleId));
      } else if (d.kind === 'refundAdjustment') {
        if (remedy !== 'reject_claim' && !refundAdjustments.some((a) => a.kind === d.adjustment))
          refundAdjustments.push({ kind: d.adjustment, amount: evaluateMoney(d.amount, facts), ruleId });
      } else if (d.kind === 'evidence') {
        if (!evidenceShown(d.item, facts) && !evidenceRequired.some((e) => e.party === d.party && e.item === d.item))
          evidenceRequired.push({ party: d.party, item: d.item, ruleId });
      } else if (d.kind === 'action') {
        if (!actions.some((a) => a.code === d.code)) actions.push({ code: d.code, ruleId });
      } else if (d.kind === 'freightTerms') {
        applyTerms((freight[d.leg] ??= { payer: 'undetermined' }), d, facts, ruleId);
      }
    }
  }

  const status = { liability: 'undetermined', remedy: 'undetermined' } as Status;
  for (const key of SINGLE_KEYS) {
    const res = resolved.get(key);
    if (res) (status as Record<string, DecisionStatus>)[key] = res.status;
  }
  for (const leg of FreightLeg.options)
    if (freight[leg] && status[`freight.${leg}`] === undefined) status[`freight.${leg}`] = 'undetermined';
  const { openQuestions, missingFacts } = questionsOf(
    rules,
    new Map([...resolved, ...hidden]),
    followers,
    collectedWaits,
    alternatives.filter((a) => resolved.get(a.decision)?.status === 'provisional'),
    facts,
  );

  // Overridden shop policies, after the regular conflicts: the mandatory rule first (its value is
  // what the decision became: the resolved value, or false for a collected decision it removed).
  const seenOverride = new Set<string>();
  const byKeyThenRule = (a: (typeof overridden)[number], b: (typeof overridden)[number]) =>
    a.key < b.key ? -1 : a.key > b.key ? 1 : idOf(a.r) < idOf(b.r) ? -1 : idOf(a.r) > idOf(b.r) ? 1 : 0;
  for (const o of [...overridden].sort(byKeyThenRule)) {
    const id = `${o.key}|${o.by.ruleId}|${idOf(o.r)}`;
    if (seenOverride.has(id)) continue;
    seenOverride.add(id);
    const now = o.single ? (resolved.get(o.key as SingleKey)?.value ?? 'undetermined') : false;
    conflicts.push({
      decision: o.key,
      reason: 'policy_overridden',
      priority: o.by.priority,
      candidates: [
        { ruleId: o.by.ruleId, value: now, fired: true },
        { ruleId: idOf(o.r), value: o.value, fired: true },
      ],
      policy: [...o.r.compiled.policy],
    });
  }

  const disputeRate = resolved.get('countsTowardDisputeRate');
  return {
    outcome: {
      liability: (resolved.get('liability')?.value ?? 'undetermined') as Outcome['liability'],
      remedy: (remedy ?? 'undetermined') as Outcome['remedy'],
      freight,
      refundAdjustments,
      penalties,
      ...(disputeRate ? { countsTowardDisputeRate: disputeRate.value as boolean | 'undetermined' } : {}),
    },
    evidenceRequired,
    actions,
    findings: rules
      .filter((r) => r.fired)
      .map((r) => ({
        ruleId: idOf(r),
        catalogue: r.compiled.spec.catalogue,
        message: r.compiled.spec.message,
        source: r.compiled.spec.source,
      })),
    status,
    openQuestions,
    missingFacts,
    conflicts,
  };
}

function penaltyOf(d: Extract<Decision, { kind: 'penalty' }>, facts: Facts, ruleId: string): Penalty {
  return {
    kind: d.penalty,
    ...(d.points !== undefined ? { points: d.points } : {}),
    ...(d.compensationToBuyer !== undefined
      ? { compensationToBuyer: evaluateMoney(d.compensationToBuyer, facts) }
      : {}),
    ...(d.paymentToPlatform !== undefined ? { paymentToPlatform: evaluateMoney(d.paymentToPlatform, facts) } : {}),
    ruleId,
  };
}

function applyTerms(
  leg: FreightLegResult,
  d: Extract<Decision, { kind: 'freightTerms' }>,
  facts: Facts,
  ruleId: string,
): void {
  // The winning payer owes this leg in full (waiveTerms): a cap or restriction would undo that.
  if (leg.termsWaived) return;
  if (d.cap !== undefined) {
    const cap = evaluateMoney(d.cap, facts);
    leg.cap = leg.cap === undefined ? cap : Math.min(leg.cap, cap);
  }
  if (d.restrictions) {
    const all = new Set([...(leg.restrictions ?? []), ...d.restrictions]);
    leg.restrictions = FreightRestriction.options.filter((r) => all.has(r));
  }
  leg.termsRuleIds = [...new Set([...(leg.termsRuleIds ?? []), ruleId])].sort();
}

/** The facts the second stage reads: the first fold's decisions. */
export function outcomeFacts(outcome: Outcome): Facts {
  const f: Facts = { 'outcome.liability': outcome.liability, 'outcome.remedy': outcome.remedy };
  for (const leg of FreightLeg.options) {
    f[`outcome.freight.${leg}.payer`] = outcome.freight[leg]?.payer ?? 'undetermined';
    f[`outcome.freight.${leg}.termsWaived`] = outcome.freight[leg]?.termsWaived === true;
  }
  return f;
}
