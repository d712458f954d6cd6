// The rules a judge runs for a case (its era, with the judge's options) and the second stage's
// alternatives: what stage 2 would decide if a provisional first-stage decision went the other way.
import { decisionValue as valueIn } from '../verdict/coherence.js';
import { SINGLE_DECISIONS, SINGLE_KEYS, type SingleKey } from '../verdict/decisions.js';
import type { Evaluate } from '../evaluate/evaluate.js';
import type { Facts } from '../facts/derive-facts.js';
import { foldVerdict, legPayer, type Alternative, type Evaluated, type Folded } from '../verdict/fold-verdict.js';
import type { CompiledRule, Era } from '../pack/build-pack.js';
import { byPriorityThenId } from '../pack/index-rules.js';
import { decisionValue, resolveDecisions, type Resolution } from '../verdict/resolve-decisions.js';
import type { OpenQuestion, Outcome, RuleVersion } from '../schema/verdict.js';
import { FreightLeg } from '../schema/vocabulary.js';

/** The rules a judge runs in one era, the dated versions among them, and what stage 2 needs of them. */
export interface Selection {
  readonly stage1: readonly CompiledRule[];
  readonly stage2: readonly CompiledRule[];
  readonly versions: readonly RuleVersion[];
  /** Where each rule of both stages goes in (priority, id) order: `< stage1.length` a first-stage index, else a second-stage one. */
  readonly order: readonly number[];
  /** Every fact the second stage reads. */
  readonly stage2Reads: ReadonlySet<string>;
  /** The single-valued decisions the second stage takes. */
  readonly stage2Decides: readonly SingleKey[];
  /** The single-valued decisions whose `outcome.*` fact the second stage reads. */
  readonly stage2ReadDecisions: ReadonlySet<string>;
  /** Each first-stage rule's priority, by id. */
  readonly stage1Priority: ReadonlyMap<string, number>;
}

/** The positions of both stages' rules in (priority, id) order, as `Selection.order` gives them. */
function mergedOrder(stage1: readonly CompiledRule[], stage2: readonly CompiledRule[]): number[] {
  const all = [...stage1, ...stage2];
  return all.map((_, i) => i).sort((a, b) => byPriorityThenId(all[a] as CompiledRule, all[b] as CompiledRule));
}

/** Both stages' evaluated rules in (priority, id) order. */
export function merged(
  order: readonly number[],
  first: readonly Evaluated[],
  second: readonly Evaluated[],
): Evaluated[] {
  const n = first.length;
  const out = new Array<Evaluated>(order.length);
  for (let i = 0; i < order.length; i++) {
    const at = order[i] as number;
    out[i] = (at < n ? first[at] : second[at - n]) as Evaluated;
  }
  return out;
}

function versionsOf(rules: readonly CompiledRule[]): RuleVersion[] {
  const bySeries = new Map<string, CompiledRule[]>();
  for (const r of rules) {
    if (r.spec.series === undefined && r.spec.effectiveFrom === undefined && r.spec.effectiveTo === undefined) continue;
    bySeries.set(r.series, [...(bySeries.get(r.series) ?? []), r]);
  }
  return [...bySeries.keys()].sort().map((series) => {
    const members = bySeries.get(series) ?? [];
    const first = members[0] as CompiledRule;
    return {
      series,
      ...(first.spec.effectiveFrom !== undefined ? { effectiveFrom: first.spec.effectiveFrom } : {}),
      ...(first.spec.effectiveTo !== undefined ? { effectiveTo: first.spec.effectiveTo } : {}),
      rules: members.map((r) => r.spec.id).sort(),
    };
  });
}

/**
 * The rules of an era a judge runs, with the options that are on, and what stage 2 needs of them:
 * worked out once per era and judge (`cache`), not per case.
 */
export function selectRules(era: Era, options: ReadonlySet<string>, cache: WeakMap<Era, Selection>): Selection {
  let s = cache.get(era);
  if (!s) {
    const on = (r: CompiledRule) => r.spec.option === undefined || options.has(r.spec.option);
    const stage1 = era.optional ? era.stage1.filter(on) : era.stage1;
    const stage2 = era.optional ? era.stage2.filter(on) : era.stage2;
    const reads = new Set(stage2.flatMap((r) => r.reads));
    s = {
      stage1,
      stage2,
      versions: versionsOf([...stage1, ...stage2]),
      order: mergedOrder(stage1, stage2),
      stage2Reads: reads,
      stage2Decides: SINGLE_KEYS.filter((k) => stage2.some((r) => r.decided.singles.some((d) => d.key === k))),
      stage2ReadDecisions: new Set(SINGLE_KEYS.filter((k) => reads.has(SINGLE_DECISIONS.get(k)?.outcomeFact ?? ''))),
      stage1Priority: new Map(stage1.map((r) => [r.spec.id, r.priority])),
    };
    cache.set(era, s);
  }
  return s;
}

/**
 * The case's facts with an outcome written onto them: one flat object, no copy and no prototype
 * chain. Every call writes every `outcome.*` fact, so the facts never hold a stale one.
 */
export function withOutcome(facts: Facts, outcome: Facts): Facts {
  for (const k in outcome) facts[k] = outcome[k];
  return facts;
}

/**
 * What the second stage would decide if a provisional first-stage decision it reads went the other
 * way: for each unknown fact's question that could change such a decision, the second stage runs
 * again on the changed outcome. A second-stage decision that would then differ is provisional, and
 * the question says so. Each such run needs only the decisions' values, not a whole fold.
 * `questions` are the provisional first-stage fold's (only those of unknown facts count).
 */
export async function alternativesOf(
  bucket: Selection,
  first: readonly Evaluated[],
  evaluated: readonly Evaluated[],
  questions: readonly OpenQuestion[],
  read: Facts,
  facts: Facts,
  evaluate: Evaluate,
): Promise<{ alternatives: Alternative[]; now?: Folded }> {
  const groups = new Map<string, { fact: string; to: string | boolean; ruleId: string; facts: string[] }>();
  for (const q of questions) {
    if (q.kind !== 'unknown') continue;
    for (const c of q.couldChange) {
      const fact = SINGLE_DECISIONS.get(c.decision as SingleKey)?.outcomeFact;
      if (fact === undefined || !bucket.stage2Reads.has(fact)) continue;
      const key = `${fact}|${String(c.to)}|${c.ruleId}`;
      const g = groups.get(key) ?? { fact, to: c.to, ruleId: c.ruleId, facts: [] };
      g.facts.push(q.fact);
      groups.set(key, g);
    }
  }
  if (groups.size === 0) return { alternatives: [] };
  const now = foldVerdict(evaluated, facts);
  const out: Alternative[] = [];
  for (const g of groups.values()) {
    const again = await evaluate(bucket.stage2, withOutcome(facts, { ...read, [g.fact]: g.to }), 'none');
    const then = resolveDecisions(merged(bucket.order, first, again), []);
    for (const key of bucket.stage2Decides) {
      const to = decisionValue(then, key);
      if (to !== (valueIn(now, key) ?? 'undetermined'))
        out.push({
          decision: key,
          to,
          ruleId: g.ruleId,
          priority: bucket.stage1Priority.get(g.ruleId) ?? 0,
          facts: g.facts,
        });
    }
  }
  // `now` is the verdict's own fold when no alternative shifts anything: the judge reuses it.
  return { alternatives: out, now };
}

/**
 * What the second stage needs of the first: its outcome as `outcome.*` facts, and the questions of
 * the provisional first-stage fold that `alternativesOf` reads. Without a first-stage rule that
 * could change a decision stage 2 reads once an unknown fact is answered, those questions count
 * for nothing: the outcome comes from the resolution alone and no fold is needed.
 */
export function provisionalOf(
  bucket: Selection,
  first: readonly Evaluated[],
  facts: Facts,
): { read: Facts; questions: readonly OpenQuestion[] } {
  if (!first.some((e) => movesStage2(e, bucket.stage2ReadDecisions)))
    return { read: resolvedOutcomeFacts(resolveDecisions(first, [])), questions: [] };
  const provisional = foldVerdict(first, facts, [], true);
  return { read: outcomeFacts(provisional.outcome), questions: provisional.openQuestions };
}

/**
 * Whether a rule could put, on a question of an unknown fact, a change to one of `decisions`:
 * only a rule waiting on an unknown fact asks one, and its changes are to what it decides, to what
 * it forbids (a waiting mandatory rule), or, if it decides liability, to any decision (the
 * decisions that follow liability).
 */
function movesStage2(e: Evaluated, decisions: ReadonlySet<string>): boolean {
  if (e.fired || e.trace.result !== 'unknown') return false;
  const d = e.compiled.decided;
  return (
    d.liability !== undefined ||
    d.singles.some((s) => decisions.has(s.key)) ||
    d.forbids.some((f) => decisions.has(f.decision))
  );
}

/** The facts the second stage reads: the first fold's decisions. */
export function outcomeFacts(outcome: Outcome): Facts {
  const f: Facts = { 'outcome.liability': outcome.liability, 'outcome.remedy': outcome.remedy };
  for (const { leg, payer, termsWaived } of OUTCOME_FREIGHT_FACTS) {
    f[payer] = outcome.freight[leg]?.payer ?? 'undetermined';
    f[termsWaived] = outcome.freight[leg]?.termsWaived === true;
  }
  return f;
}

/**
 * The facts the second stage reads, from the first stage's resolution alone: what `outcomeFacts`
 * gives of the fold of the same rules (the fold changes no decision's value after resolving it,
 * test/fold-lean.test.ts), for a judge that needs no provisional questions.
 */
export function resolvedOutcomeFacts(resolution: Resolution): Facts {
  const { resolved, candidates } = resolution;
  const f: Facts = {
    'outcome.liability': resolved.get('liability')?.value ?? 'undetermined',
    'outcome.remedy': resolved.get('remedy')?.value ?? 'undetermined',
  };
  for (const { key, payer, termsWaived } of OUTCOME_FREIGHT_FACTS) {
    const res = resolved.get(key);
    const { win, waived } = res ? legPayer(res, candidates.get(key)) : NO_PAYER;
    f[payer] = win ? win.value : 'undetermined';
    f[termsWaived] = waived;
  }
  return f;
}

const NO_PAYER = { win: undefined, waived: false } as const;

/** Each freight leg's `outcome.*` fact names, built once. */
const OUTCOME_FREIGHT_FACTS = FreightLeg.options.map((leg) => ({
  leg,
  key: `freight.${leg}` as const,
  payer: `outcome.freight.${leg}.payer`,
  termsWaived: `outcome.freight.${leg}.termsWaived`,
}));
