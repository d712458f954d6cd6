import { answerSchema, FACTS } from '../facts/catalog.js';
import type { Facts } from '../facts/derive-facts.js';
import type { SingleKey } from './decisions.js';
import type { Evaluated } from '../evaluate/evaluated.js';
import type { Alternative, Folded } from './fold-types.js';
import type { Candidate, Resolved } from './resolve-decisions.js';
import type { OpenQuestion } from '../schema/verdict.js';

// The questions a verdict asks: every fact whose answer could change a decision, ranked, and the
// unknown facts rules waited on with the decisions each holds open.

const idOf = (r: Evaluated) => r.compiled.spec.id;

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
  const neededBy = new Map<string, Set<string>>();
  for (const r of rules) {
    if (r.fired || r.trace.result !== 'unknown') continue;
    for (const fact of r.trace.missing) neededBy.set(fact, (neededBy.get(fact) ?? new Set()).add(idOf(r)));
  }
  const missingFacts = [...neededBy.keys()].sort().map((fact) => ({
    fact,
    neededBy: [...(neededBy.get(fact) ?? [])].sort(),
    blocks: [...(blocks.get(fact) ?? [])].sort(),
  }));
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
