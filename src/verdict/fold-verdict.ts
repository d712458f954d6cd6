import { SINGLE_KEYS, collectedCode, evidenceShown, type SingleKey } from './decisions.js';
import type { Facts } from '../facts/derive-facts.js';
import { evaluateMoney } from './money.js';
import { questionsFromProbes, questionsOf, type DecisiveProof, type Follower, type Probed } from './open-questions.js';
import type { Decision } from '../schema/rule.js';
import type { DecisionStatus, FreightLegResult, Outcome, Penalty, Status, Verdict } from '../schema/verdict.js';
import { FreightLeg, FreightRestriction } from '../schema/vocabulary.js';
import {
  RESOLUTION_ORDER,
  appliesPolicy,
  determined,
  forbiddenBy,
  idOf,
  liabilityOf,
  resolve,
  resolveDecisions,
  type Candidate,
  type Resolution,
  type Resolved,
} from './resolve-decisions.js';

export type { Candidate, Resolved, Standing } from './resolve-decisions.js';
export type { Evaluated } from '../evaluate/evaluated.js';
export type { Alternative, Folded } from './fold-types.js';
import type { Evaluated } from '../evaluate/evaluated.js';
import type { Alternative, Folded } from './fold-types.js';

/**
 * Folds the decisions of evaluated rules into a verdict. `rules` must be in (priority, id)
 * order, which makes every collected list deterministic whatever order evaluation finished in.
 *
 * A fired `mandatory` rule's `forbid` decisions are applied first: a forbidden decision made by a
 * rule that applies the shop's policy (reads `shopPolicy.*`) is dropped before resolution (so it
 * neither wins nor blocks) and reported as a `policy_overridden` conflict naming both rules.
 *
 * `probed`: what each answer to an absent fact was found to change (src/answer-probe.ts): the
 * questions, the missing facts' blocks and the status come from it (see `questionsFromProbes`).
 * Without it, the questions are read off the rules that wait or lack a showing (`questionsOf`).
 *
 * `lean`: a provisional fold the judge reads only the outcome and the ranked questions' facts,
 * kinds and `couldChange` of: no findings, no missing facts, and questions without their party,
 * text or answer schema.
 */
export function foldVerdict(
  rules: readonly Evaluated[],
  facts: Facts,
  alternatives: readonly Alternative[] = [],
  lean = false,
  probed?: { readonly found: readonly Probed[]; readonly decisive: DecisiveProof },
): Folded {
  const resolution = resolveDecisions(rules, alternatives);
  const { candidates, resolved, hidden, conflicts, waitingForbids, overridden } = resolution;
  const remedyNow = resolution.remedy;
  // The other decisions follow liability, so an answer that would change liability may change
  // them too: each is resolved again with the liability every waiting or not-shown rule would give.
  const followers: Follower[] = [];
  for (const c of resolved.get('liability')?.challengers ?? []) {
    // The remedy the challenger would bring decides, in turn, whether the seller may pay a leg.
    let altRemedy = remedyNow;
    for (const key of RESOLUTION_ORDER) {
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
  const { freight, penalties, refundAdjustments, evidenceRequired, actions, collectedWaits } = collectOutcome(
    rules,
    resolution,
    facts,
  );

  const status = { liability: 'undetermined', remedy: 'undetermined' } as Status;
  for (const key of SINGLE_KEYS) {
    const res = resolved.get(key);
    if (res) (status as Record<string, DecisionStatus>)[key] = res.status;
  }
  for (const { leg, key } of FREIGHT_KEYS) if (freight[leg] && status[key] === undefined) status[key] = 'undetermined';
  const asked = probed
    ? questionsFromProbes(probed.found, rules, facts, { remedy: remedy ?? 'undetermined' }, status, probed.decisive)
    : undefined;
  const { openQuestions, missingFacts } =
    asked ??
    questionsOf(
      rules,
      hidden.size === 0 ? resolved : new Map([...resolved, ...hidden]),
      followers,
      collectedWaits,
      alternatives.filter((a) => resolved.get(a.decision)?.status === 'provisional'),
      facts,
      lean,
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
    findings: lean
      ? []
      : rules
          .filter((r) => r.fired)
          .map((r) => ({
            ruleId: idOf(r),
            catalogue: r.compiled.spec.catalogue,
            message: r.compiled.spec.message,
            source: r.compiled.spec.source,
          })),
    status: asked?.status ?? status,
    openQuestions,
    missingFacts,
    conflicts,
  };
}

/** The parts of an outcome besides its single-valued decisions, and the questions a waiting forbid raises. */
export interface Collected {
  readonly freight: Outcome['freight'];
  readonly penalties: Penalty[];
  readonly refundAdjustments: Outcome['refundAdjustments'];
  readonly evidenceRequired: Verdict['evidenceRequired'];
  readonly actions: Verdict['actions'];
  /** A shop-policy decision a waiting mandatory rule would forbid: the question that settles it. */
  readonly collectedWaits: { decision: string; rule: Evaluated }[];
}

/**
 * The outcome's freight legs (payer and terms), penalties, refund adjustments, evidence and
 * actions from the fired rules and the decisions as resolved. A forbidden collected decision is
 * added to `resolution.overridden`.
 */
export function collectOutcome(
  rules: readonly Evaluated[],
  resolution: Pick<Resolution, 'resolved' | 'candidates' | 'forbids' | 'waitingForbids' | 'overridden' | 'liability'>,
  facts: Facts,
): Collected {
  const { resolved, candidates, forbids, waitingForbids, overridden, liability } = resolution;
  const remedy = resolved.get('remedy')?.value as string | undefined;
  const freight: Outcome['freight'] = {};
  for (const { leg, key } of FREIGHT_KEYS) {
    const res = resolved.get(key);
    if (!res) continue;
    const { win, waived } = legPayer(res, candidates.get(key));
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
  const collectedWaits: { decision: string; rule: Evaluated }[] = [];
  const sellerMayPay = liability !== 'none' && liability !== 'buyer' && remedy !== 'reject_claim';
  for (const r of rules) {
    if (!r.fired) continue;
    const own = liabilityOf(r);
    if (determined(liability) && own !== undefined && own !== liability) continue;
    const ruleId = idOf(r);
    for (const d of r.compiled.spec.decisions) {
      const code = collectedCode(d);
      const by = code === undefined ? undefined : forbiddenBy(forbids, r, d.kind, code);
      if (by && code !== undefined) {
        overridden.push({ key: `${d.kind}.${code}`, by, r, value: true, single: false });
        continue;
      }
      if (code !== undefined && waitingForbids.length > 0 && appliesPolicy(r))
        for (const f of waitingForbids)
          if (f.decision === d.kind && f.value === code)
            collectedWaits.push({ decision: `${d.kind}.${code}`, rule: f.rule });
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

  return { freight, penalties, refundAdjustments, evidenceRequired, actions, collectedWaits };
}

/**
 * Who pays a freight leg as resolved (none while it is undetermined), and whether that payer owes
 * it in full: a fired rule that owes the leg in full (waiveTerms) keeps it free of terms whenever
 * the leg goes to the payer it named, even if a higher rule decided that same payer.
 */
export function legPayer(
  res: Resolved,
  candidates: readonly Candidate[] | undefined,
): { win: Candidate | undefined; waived: boolean } {
  const win = res.status === 'undetermined' ? undefined : res.winner;
  const waived =
    win !== undefined &&
    (candidates ?? []).some((c) => c.standing === 'fired' && c.waiveTerms && c.value === win.value);
  return { win, waived };
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

/** Each freight leg with its decision key (`freight.return`), built once. */
const FREIGHT_KEYS = FreightLeg.options.map((leg) => ({ leg, key: `freight.${leg}` as const }));
