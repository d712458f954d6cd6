import { answerSchema, FACTS } from '../facts/catalog.js';
import { notShownIn, type Facts } from '../facts/derive-facts.js';
import { SINGLE_KEYS, type SingleKey } from './decisions.js';
import { legOf } from './collected-keys.js';
import type { Evaluated } from '../evaluate/evaluated.js';
import type { Alternative, Folded } from './fold-types.js';
import type { Candidate, Resolved } from './resolve-decisions.js';
import type { DecisionStatus, OpenQuestion, Status } from '../schema/verdict.js';

// The questions a verdict asks: every fact whose answer could change a decision, ranked, and the
// unknown facts rules waited on with the decisions each holds open.

const idOf = (r: Evaluated) => r.compiled.spec.id;

/** The facts the waiting rules lack, each with the rules that need it and the decisions it holds open. */
function missingFactsOf(rules: readonly Evaluated[], blocks: ReadonlyMap<string, ReadonlySet<string>>) {
  const neededBy = new Map<string, Set<string>>();
  for (const r of rules) {
    if (r.fired || r.trace.result !== 'unknown') continue;
    for (const fact of r.trace.missing) neededBy.set(fact, (neededBy.get(fact) ?? new Set()).add(idOf(r)));
  }
  return [...neededBy.keys()].sort().map((fact) => ({
    fact,
    neededBy: [...(neededBy.get(fact) ?? [])].sort(),
    blocks: [...(blocks.get(fact) ?? [])].sort(),
  }));
}

type Change = OpenQuestion['couldChange'][number];

/** Who answers a fact that is not shown: its own party, or that of the absent object it sits in (no shipment: the seller). */
function partyOf(fact: string, kind: OpenQuestion['kind'], facts: Facts): OpenQuestion['party'] {
  const def = FACTS.get(fact);
  if (kind === 'not_shown' && def?.absent !== 'not_shown') {
    for (let i = fact.indexOf('.'); i !== -1; i = fact.indexOf('.', i + 1)) {
      const parent = FACTS.get(fact.slice(0, i));
      if (facts[fact.slice(0, i)] === undefined && parent?.absent === 'not_shown') return parent.party;
    }
  }
  return def?.party;
}

/**
 * The questions whose answers could change a decision, ranked ask-first: unknown before not
 * shown; more decisions it could change; the highest priority among the rules involved; name.
 * And the unknown facts rules waited on, with the decisions each holds open.
 */
export function questionsOf(
  rules: readonly Evaluated[],
  resolved: ReadonlyMap<SingleKey, Resolved>,
  followers: readonly Follower[],
  collectedWaits: readonly { decision: string; rule: Evaluated }[],
  alternatives: readonly Alternative[],
  facts: Facts,
  lean = false,
): Pick<Folded, 'openQuestions' | 'missingFacts'> {
  const asked = new Map<string, Asked>();
  const blocks = new Map<string, Set<string>>();
  /** Asks each of `facts` whether it could bring `change` (one key per distinct change: decision, value, rule). */
  const ask = (facts: readonly string[], kind: OpenQuestion['kind'], change: Change, priority: number) => {
    for (const fact of facts) {
      let q = asked.get(fact);
      if (q === undefined) asked.set(fact, (q = { kind, changes: [], priority }));
      addChange(q.changes, change);
      q.priority = Math.max(q.priority, priority);
      // What each unknown fact blocks goes into `missingFacts`, which a lean fold leaves out.
      if (kind === 'unknown' && !lean) blocks.set(fact, (blocks.get(fact) ?? new Set()).add(change.decision));
    }
  };
  // Each decision's followers, by the rule that would bring them.
  const followed = new Map<string, Set<string>>();
  for (const f of followers) {
    const rules = followed.get(f.decision);
    if (rules === undefined) followed.set(f.decision, new Set([idOf(f.via.rule)]));
    else rules.add(idOf(f.via.rule));
  }
  for (const [key, res] of resolved) {
    for (const c of res.challengers) {
      // A rule that would also change liability: what it does to this decision is its follower's.
      if (followed.get(key)?.has(idOf(c.rule)) === true) continue;
      const waiting = c.standing === 'waiting';
      const facts = waiting ? c.rule.trace.missing : c.rule.trace.notShown;
      ask(facts, waiting ? 'unknown' : 'not_shown', { decision: key, to: c.value, ruleId: idOf(c.rule) }, c.priority);
    }
    for (const w of res.forbidWaits)
      ask(w.rule.trace.missing, 'unknown', { decision: key, to: w.to, ruleId: idOf(w.rule) }, w.rule.compiled.priority);
  }
  for (const f of followers) {
    const waiting = f.via.standing === 'waiting';
    ask(
      waiting ? f.via.rule.trace.missing : f.via.rule.trace.notShown,
      waiting ? 'unknown' : 'not_shown',
      { decision: f.decision, to: f.to, ruleId: idOf(f.via.rule) },
      f.via.priority,
    );
  }
  for (const w of collectedWaits)
    ask(
      w.rule.trace.missing,
      'unknown',
      { decision: w.decision, to: false, ruleId: idOf(w.rule) },
      w.rule.compiled.priority,
    );
  for (const a of alternatives)
    ask(a.facts, 'unknown', { decision: a.decision, to: a.to, ruleId: a.ruleId }, a.priority);
  if (lean) return { openQuestions: rank(asked, facts, true), missingFacts: [] };
  const missingFacts = missingFactsOf(rules, blocks);
  return { openQuestions: rank(asked, facts), missingFacts };
}

/** A decision that would change with liability: what it would become, and the rule that would change liability. */
export interface Follower {
  readonly decision: SingleKey;
  readonly to: string | boolean;
  readonly via: Candidate;
}

interface Asked {
  readonly kind: OpenQuestion['kind'];
  /** Distinct by decision, value (as a string) and rule, in the order first asked. */
  readonly changes: Change[];
  priority: number;
}

/** Adds a change to a question's, or puts it in the place of an equal one (same decision, value as a string, rule). */
function addChange(changes: Change[], change: Change): void {
  const to = String(change.to);
  for (let i = 0; i < changes.length; i++) {
    const c = changes[i] as Change;
    if (c.decision === change.decision && c.ruleId === change.ruleId && String(c.to) === to) {
      changes[i] = change;
      return;
    }
  }
  changes.push(change);
}

const byDecisionThenRule = (a: Change, b: Change) =>
  a.decision < b.decision ? -1 : a.decision > b.decision ? 1 : a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0;

/** How many distinct decisions a list of changes sorted by decision holds. */
function distinctDecisions(sorted: readonly Change[]): number {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (i === 0 || sorted[i]?.decision !== sorted[i - 1]?.decision) n++;
  return n;
}

/** The questions ranked; `lean`: each only its fact, kind and `couldChange` (see `foldVerdict`). */
function rank(asked: ReadonlyMap<string, Asked>, facts: Facts, lean = false): OpenQuestion[] {
  const rows = [...asked].map(([fact, q]) => {
    // The question's own list (built for it in `questionsOf`), sorted in place.
    const couldChange = q.changes.sort(byDecisionThenRule);
    const decisions = distinctDecisions(couldChange);
    if (lean) return { question: { fact, kind: q.kind, couldChange } as OpenQuestion, decisions, priority: q.priority };
    const def = FACTS.get(fact);
    const party = partyOf(fact, q.kind, facts);
    const question: OpenQuestion = {
      fact,
      kind: q.kind,
      ...(party !== undefined ? { party } : {}),
      question: def?.question ?? { zh: def?.description ?? fact, en: def?.description ?? fact },
      schema: answerSchema(fact) ?? {},
      couldChange,
    };
    return { question, decisions, priority: q.priority };
  });
  rows.sort(
    (a, b) =>
      (a.question.kind === b.question.kind ? 0 : a.question.kind === 'unknown' ? -1 : 1) ||
      b.decisions - a.decisions ||
      b.priority - a.priority ||
      (a.question.fact < b.question.fact ? -1 : a.question.fact > b.question.fact ? 1 : 0),
  );
  return rows.map((r) => r.question);
}

/** A decision an answer changes: to what, and the rule that then decides it. */
export type ProbeChange = OpenQuestion['couldChange'][number];

/** An absent fact, absent object or group of facts, with the decisions some answer to it changes. */
export interface Probed {
  /** One fact or absent object; two or three facts that change a decision only answered together. */
  readonly facts: readonly string[];
  readonly changes: readonly ProbeChange[];
}

/** The proof a dispute turns on (`pack.json` `decisiveProof`): a weight per fact or absent object, for some claims or all. */
export type DecisiveProof = Readonly<
  Record<string, { readonly weight: number; readonly source: string; readonly claimTypes?: readonly string[] }>
>;

/** The single-valued decisions: those a verdict gives a status, and `missingFacts` says an unknown fact blocks. */
const SINGLE: ReadonlySet<string> = new Set(SINGLE_KEYS);

/** Remedies under which goods travel back to the seller. */
const RETURNING = new Set(['return_and_refund', 'exchange', 'repair']);
/** The legs of goods sent back. */
const RETURN_LEGS = new Set(['freight.return', 'freight.returnExcess', 'freight.roundTrip']);

/** What absence means for a fact or absent object on this case: unknown, or not shown. */
export function kindOf(fact: string, facts: Facts): OpenQuestion['kind'] {
  if (notShownIn(facts)?.has(fact) === true) return 'not_shown';
  for (let i = fact.indexOf('.'); i !== -1; i = fact.indexOf('.', i + 1)) {
    const parent = fact.slice(0, i);
    if (facts[parent] === undefined && FACTS.get(parent)?.absent === 'not_shown') return 'not_shown';
  }
  return FACTS.get(fact)?.absent === 'not_shown' ? 'not_shown' : 'unknown';
}

const text = (fact: string) => {
  const def = FACTS.get(fact);
  return def?.question ?? { zh: def?.description ?? fact, en: def?.description ?? fact };
};

/**
 * The verdict's questions from what each answer was found to change (src/answer-probe.ts), ranked
 * ask-first, with the status each decision then has and the unknown facts rules waited on.
 *
 * A question is listed only when some answer to it changes a decision; nothing is asked about
 * the legs of a return when nothing is being returned. A decision with a value is provisional
 * exactly when an answer to an unknown fact changes it, firm otherwise.
 *
 * Ranking, by what an answer can settle: first the questions that can settle liability or remedy
 * (move it to a value) while undetermined or provisional, then those that can move them to a value
 * while firm, then those that can move a freight leg, then those that only unsettle liability or
 * remedy, then the rest; within each, the proof the dispute turns on
 * (`decisiveProof`) first, then more decisions, then unknown before not shown, then the fact.
 */
export function questionsFromProbes(
  probed: readonly Probed[],
  rules: readonly Evaluated[],
  facts: Facts,
  outcome: { readonly remedy: string },
  status: Status,
  decisive: DecisiveProof,
): Pick<Folded, 'openQuestions' | 'missingFacts' | 'status'> {
  // Something is being returned: a return is recorded, the remedy sends the goods back, or the
  // verdict already names who pays a return leg.
  const returning =
    facts['returnShipment'] !== undefined ||
    RETURNING.has(outcome.remedy) ||
    [...RETURN_LEGS].some((k) => {
      const s = (status as Record<string, DecisionStatus | undefined>)[k];
      return s === 'firm' || s === 'provisional';
    });
  const rows: { q: OpenQuestion; tier: number; weight: number; overturns: boolean; decisions: number }[] = [];
  for (const p of probed) {
    const movesReturn = p.changes.some((c) => c.decision === 'remedy' && RETURNING.has(String(c.to)));
    const changes = p.changes
      .filter((c) => returning || movesReturn || !RETURN_LEGS.has(legOf(c.decision)))
      .sort(byDecisionThenRule);
    if (changes.length === 0) continue;
    const kinds = p.facts.map((f) => kindOf(f, facts));
    // A group that needs a showing besides its unknown facts waits on the party who must show it:
    // its answers to the unknown facts alone change nothing, so it leaves a decision firm.
    const kind: OpenQuestion['kind'] = kinds.every((k) => k === 'unknown') ? 'unknown' : 'not_shown';
    const [fact] = p.facts as [string];
    let q: OpenQuestion;
    if (p.facts.length === 1) {
      const party = partyOf(fact, kind, facts);
      q = {
        fact,
        kind,
        ...(party !== undefined ? { party } : {}),
        question: text(fact),
        schema: answerSchema(fact) ?? {},
        couldChange: changes,
      };
    } else {
      const parties = new Set(p.facts.map((f, i) => partyOf(f, kinds[i] as OpenQuestion['kind'], facts)));
      const [party] = parties;
      q = {
        fact,
        facts: [...p.facts],
        kind,
        ...(parties.size === 1 && party !== undefined ? { party } : {}),
        question: {
          zh: `请一并回答:${p.facts.map((f) => text(f).zh).join(' ')}`,
          en: `Answer together: ${p.facts.map((f) => text(f).en).join(' ')}`,
        },
        schema: {
          type: 'object',
          properties: Object.fromEntries(p.facts.map((f) => [f, answerSchema(f) ?? {}])),
          required: [...p.facts],
          additionalProperties: false,
        },
        couldChange: changes,
      };
    }
    rows.push({
      q,
      tier: 0,
      weight: weightOf(p.facts, decisive, facts['claim.type']),
      overturns: false,
      decisions: distinctDecisions(changes),
    });
  }

  // Status: provisional exactly when an answer to an unknown fact changes the decision.
  const byUnknown = new Set(
    rows.filter((r) => r.q.kind === 'unknown').flatMap((r) => r.q.couldChange.map((c) => c.decision)),
  );
  const newStatus = { ...status } as Record<string, DecisionStatus | undefined>;
  for (const key of Object.keys(newStatus)) {
    const s = newStatus[key];
    if (s === undefined || s === 'undetermined') continue;
    newStatus[key] = byUnknown.has(key) ? 'provisional' : 'firm';
  }
  const open = (k: string) => newStatus[k] === 'undetermined' || newStatus[k] === 'provisional';
  for (const r of rows) {
    // An answer that settles liability or remedy (to a value, not undetermined) comes first.
    const cs = r.q.couldChange;
    const core = cs.filter((c) => c.decision === 'liability' || c.decision === 'remedy');
    const settles = core.filter((c) => c.to !== 'undetermined').map((c) => c.decision);
    r.overturns = core.some((c) => newStatus[c.decision] === 'firm');
    r.tier = settles.some(open)
      ? 0
      : settles.length > 0
        ? 1
        : cs.some((c) => c.decision.startsWith('freight.'))
          ? 2
          : core.length > 0
            ? 3
            : 4;
  }
  rows.sort(
    (a, b) =>
      a.tier - b.tier ||
      b.weight - a.weight ||
      // Settling what is open on what is established before overturning what is firm.
      Number(a.overturns) - Number(b.overturns) ||
      b.decisions - a.decisions ||
      (a.q.kind === b.q.kind ? 0 : a.q.kind === 'unknown' ? -1 : 1) ||
      (a.q.fact < b.q.fact ? -1 : a.q.fact > b.q.fact ? 1 : 0),
  );
  const openQuestions = rows.map((r) => r.q);

  // Unknown facts rules waited on, with the decisions an answer to them (or to the group or object they are asked in) changes.
  const blocks = new Map<string, Set<string>>();
  for (const q of openQuestions) {
    if (q.kind !== 'unknown') continue;
    for (const f of q.facts ?? [q.fact])
      for (const c of q.couldChange)
        if (SINGLE.has(c.decision)) (blocks.get(f) ?? blocks.set(f, new Set()).get(f))?.add(c.decision);
  }
  const missingFacts = missingFactsOf(rules, blocks);
  return { openQuestions, missingFacts, status: newStatus as Status };
}

/**
 * The weight of the proof a question asks for on this claim: a fact's own; a group's, that of its
 * weakest member (it settles nothing until every member is answered).
 */
function weightOf(facts: readonly string[], decisive: DecisiveProof, claimType: unknown): number {
  let w = Infinity;
  for (const f of facts) {
    const d = decisive[f];
    const applies = d !== undefined && (d.claimTypes === undefined || d.claimTypes.includes(String(claimType)));
    w = Math.min(w, applies ? d.weight : 0);
  }
  return w === Infinity ? 0 : w;
}
