import type { Facts } from './facts/derive-facts.js';
import type { CompiledRule } from './load-pack.js';
import { evaluateMoney } from './money.js';
import type { Decision } from './schema/rule.js';
import type { Conflict, FreightLegResult, Outcome, Penalty, Verdict } from './schema/verdict.js';
import { FreightLeg, FreightRestriction } from './schema/vocabulary.js';
import type { RuleTrace } from './trace.js';

/** One rule after evaluation. */
export interface Evaluated {
  readonly compiled: CompiledRule;
  readonly trace: RuleTrace;
  readonly fired: boolean;
}

type Folded = Pick<Verdict, 'outcome' | 'evidenceRequired' | 'actions' | 'findings' | 'missingFacts' | 'conflicts'>;

interface Candidate {
  readonly value: string | boolean;
  readonly priority: number;
  readonly ruleId: string;
  readonly fired: boolean;
  /** A freight payer that owes the leg in full: terms do not apply while it wins. */
  readonly waiveTerms?: boolean;
}

/** What a fired mandatory rule forbids a shop policy to decide. */
interface Forbid {
  readonly decision: string;
  readonly value: string;
  readonly ruleId: string;
  readonly priority: number;
}

/**
 * Finds the mandatory rule (if any) that forbids `decision` = `value` when a rule applying the
 * shop's policy decides it. Rules that do not read `shopPolicy.*` are never overridden this way:
 * what the law says against the pack's own rules is settled by priority.
 */
function forbiddenBy(forbids: readonly Forbid[], r: Evaluated, decision: string, value: string): Forbid | undefined {
  if (r.compiled.policy.length === 0 || r.compiled.spec.mandatory === true) return undefined;
  return forbids.find((f) => f.decision === decision && f.value === value);
}

/** The key of a single-valued decision (`liability`, `freight.return`, …), or undefined for collected ones. */
function singleKey(d: Decision): string | undefined {
  switch (d.kind) {
    case 'liability':
    case 'remedy':
    case 'disputeRate':
      return d.kind;
    case 'freight':
      return `freight.${d.leg}`;
    case 'freightTerms':
    case 'penalty':
    case 'refundAdjustment':
    case 'evidence':
    case 'action':
    case 'forbid':
      return undefined;
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}

function singleValue(d: Decision): string | boolean {
  switch (d.kind) {
    case 'freight':
      return d.payer;
    case 'liability':
    case 'remedy':
    case 'disputeRate':
      return d.value;
    default:
      throw new Error(`not a single-valued decision: ${d.kind}`);
  }
}

const byId = (a: { ruleId: string }, b: { ruleId: string }) => (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);

/**
 * Resolves one single-valued decision. The highest priority among fired rules wins; equal
 * priority with different answers is a conflict; and a rule that could outrank the winner but
 * is waiting on a missing fact leaves the decision undetermined rather than guessed.
 */
function resolve(key: string, candidates: readonly Candidate[], conflicts: Conflict[]): Candidate | undefined {
  const fired = candidates.filter((c) => c.fired);
  if (fired.length === 0) return undefined;
  const top = Math.max(...fired.map((c) => c.priority));
  const winners = fired.filter((c) => c.priority === top).sort(byId);
  const first = winners[0] as Candidate;
  if (winners.some((c) => c.value !== first.value)) {
    conflicts.push({ decision: key, reason: 'same_priority', priority: top, candidates: winners.map(({ ruleId, value, fired: f }) => ({ ruleId, value, fired: f })) });
    return undefined;
  }
  const waiting = candidates.filter((c) => !c.fired && c.priority >= top && c.value !== first.value).sort(byId);
  if (waiting.length > 0) {
    conflicts.push({ decision: key, reason: 'waiting_on_missing_facts', priority: top, candidates: [first, ...waiting].map(({ ruleId, value, fired: f }) => ({ ruleId, value, fired: f })) });
    return undefined;
  }
  return first;
}

/**
 * Folds the decisions of evaluated rules into a verdict. `rules` must be in (priority, id)
 * order, which makes every collected list deterministic whatever order evaluation finished in.
 *
 * A fired `mandatory` rule's `forbid` decisions are applied first: a forbidden decision made by a
 * rule that applies the shop's policy (reads `shopPolicy.*`) is dropped before resolution (so it
 * neither wins nor blocks) and reported as a `policy_overridden` conflict naming both rules.
 */
export function foldVerdict(rules: readonly Evaluated[], facts: Facts): Folded {
  const candidates = new Map<string, Candidate[]>();
  const fired = rules.filter((r) => r.fired);
  const forbids: Forbid[] = fired
    .filter((r) => r.compiled.spec.mandatory === true)
    .flatMap((r) => r.compiled.spec.event.params.decisions.flatMap((d) => (d.kind === 'forbid' ? [{ decision: d.decision, value: d.value, ruleId: r.compiled.spec.id, priority: r.compiled.spec.priority }] : [])));
  // A shop policy overridden by a mandatory rule: the decision key, the forbidding rule and the policy rule.
  const overridden: { key: string; by: Forbid; r: Evaluated; value: string | boolean; single: boolean }[] = [];
  for (const r of rules) {
    if (!r.fired && r.trace.result !== 'unknown') continue;
    for (const d of r.compiled.spec.event.params.decisions) {
      const key = singleKey(d);
      if (key === undefined) continue;
      const by = forbiddenBy(forbids, r, key, String(singleValue(d)));
      if (by) {
        if (r.fired) overridden.push({ key, by, r, value: singleValue(d), single: true });
        continue;
      }
      const list = candidates.get(key) ?? [];
      list.push({ value: singleValue(d), priority: ('priority' in d ? d.priority : undefined) ?? r.compiled.spec.priority, ruleId: r.compiled.spec.id, fired: r.fired, ...(d.kind === 'freight' && d.waiveTerms ? { waiveTerms: true } : {}) });
      candidates.set(key, list);
    }
  }

  const conflicts: Conflict[] = [];
  const decided = new Map<string, Candidate | undefined>();
  for (const key of [...candidates.keys()].sort()) decided.set(key, resolve(key, candidates.get(key) ?? [], conflicts));

  const freight: Outcome['freight'] = {};
  for (const leg of FreightLeg.options) {
    if (!decided.has(`freight.${leg}`)) continue;
    const win = decided.get(`freight.${leg}`);
    // A fired rule that owes the leg in full (waiveTerms) keeps it free of terms whenever the leg
    // goes to the payer it named, even if a higher rule decided that same payer.
    const waived = win !== undefined && (candidates.get(`freight.${leg}`) ?? []).some((c) => c.fired && c.waiveTerms === true && c.value === win.value);
    freight[leg] = win ? { payer: win.value as FreightLegResult['payer'], ruleId: win.ruleId, ...(waived ? { termsWaived: true as const } : {}) } : { payer: 'undetermined' };
  }

  const penalties: Penalty[] = [];
  const refundAdjustments: Outcome['refundAdjustments'] = [];
  const evidenceRequired: Verdict['evidenceRequired'] = [];
  const actions: Verdict['actions'] = [];
  for (const r of fired) {
    const ruleId = r.compiled.spec.id;
    for (const d of r.compiled.spec.event.params.decisions) {
      const collected = d.kind === 'penalty' ? d.penalty : d.kind === 'refundAdjustment' ? d.adjustment : d.kind === 'action' ? d.code : undefined;
      const by = collected === undefined ? undefined : forbiddenBy(forbids, r, d.kind, collected);
      if (by && collected !== undefined) {
        overridden.push({ key: `${d.kind}.${collected}`, by, r, value: true, single: false });
        continue;
      }
      if (d.kind === 'penalty' && !penalties.some((p) => p.kind === d.penalty)) {
        penalties.push({
          kind: d.penalty,
          ...(d.points !== undefined ? { points: d.points } : {}),
          ...(d.compensationToBuyer !== undefined ? { compensationToBuyer: evaluateMoney(d.compensationToBuyer, facts) } : {}),
          ...(d.paymentToPlatform !== undefined ? { paymentToPlatform: evaluateMoney(d.paymentToPlatform, facts) } : {}),
          ruleId,
        });
      } else if (d.kind === 'refundAdjustment' && !refundAdjustments.some((a) => a.kind === d.adjustment)) {
        refundAdjustments.push({ kind: d.adjustment, amount: evaluateMoney(d.amount, facts), ruleId });
      } else if (d.kind === 'evidence' && !evidenceRequired.some((e) => e.party === d.party && e.item === d.item)) {
        evidenceRequired.push({ party: d.party, item: d.item, ruleId });
      } else if (d.kind === 'action' && !actions.some((a) => a.code === d.code)) {
        actions.push({ code: d.code, ruleId });
      } else if (d.kind === 'freightTerms') {
        applyTerms((freight[d.leg] ??= { payer: 'undetermined' }), d, facts, ruleId);
      }
    }
  }

  const missing = new Map<string, string[]>();
  for (const r of rules) {
    if (r.trace.result !== 'unknown') continue;
    for (const fact of r.trace.missing) missing.set(fact, [...(missing.get(fact) ?? []), r.compiled.spec.id]);
  }

  // Overridden shop policies, after the regular conflicts: the mandatory rule first (its value is
  // what the decision became: the resolved value, or false for a collected decision it removed).
  const seenOverride = new Set<string>();
  for (const o of [...overridden].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : byId({ ruleId: a.r.compiled.spec.id }, { ruleId: b.r.compiled.spec.id })))) {
    const id = `${o.key}|${o.by.ruleId}|${o.r.compiled.spec.id}`;
    if (seenOverride.has(id)) continue;
    seenOverride.add(id);
    const now = o.single ? (decided.get(o.key)?.value ?? 'undetermined') : false;
    conflicts.push({
      decision: o.key,
      reason: 'policy_overridden',
      priority: o.by.priority,
      candidates: [
        { ruleId: o.by.ruleId, value: now, fired: true },
        { ruleId: o.r.compiled.spec.id, value: o.value, fired: true },
      ],
      policy: [...o.r.compiled.policy],
    });
  }

  const disputeRate = decided.get('disputeRate');
  return {
    outcome: {
      liability: (decided.get('liability')?.value ?? 'undetermined') as Outcome['liability'],
      remedy: (decided.get('remedy')?.value ?? 'undetermined') as Outcome['remedy'],
      freight,
      refundAdjustments,
      penalties,
      countsTowardDisputeRate: disputeRate ? (disputeRate.value as boolean) : 'undetermined',
    },
    evidenceRequired,
    actions,
    findings: fired.map((r) => ({ ruleId: r.compiled.spec.id, catalogue: r.compiled.spec.catalogue, message: r.compiled.spec.message, source: r.compiled.spec.source })),
    missingFacts: [...missing.keys()].sort().map((fact) => ({ fact, neededBy: [...new Set(missing.get(fact))].sort() })),
    conflicts,
  };
}

function applyTerms(leg: FreightLegResult, d: Extract<Decision, { kind: 'freightTerms' }>, facts: Facts, ruleId: string): void {
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
