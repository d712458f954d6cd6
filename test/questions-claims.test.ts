// What a question promises, held on every fixture and on sparse variants of them (fixed seed):
//
// - every `couldChange` claim comes true: judging the case again from scratch with one of the
//   answers the question's candidates offer (for a grouped question, one combination) gives the
//   decision that value;
// - recall: of the absent facts some single answer to which changes a decision (found by judging
//   the case again, whole, with each candidate answer of every absent fact the rules read), at least
//   90 % are asked (as a question, inside a grouped one, or through the absent object they sit in);
// - a question loop: answering the top question with the fixture's own value, round after round,
//   reaches the fixture's decisions in at most 0.7× the rounds that answering the same questions in
//   alphabetical order of their facts needs.
//
// Size: every fixture and sparse variants of them: 20 in `npm test` (claims on every second case,
// recall on every third),
// 300 under `npm run test:full` (recall on every case); QUESTIONS_VARIANTS sets the number (recall
// then on every case); the question loop on 120 variants (600 at the full size;
// QUESTIONS_LOOP_VARIANTS). See test/helpers/sizes.ts. Nothing about the return legs is asked while nothing is being returned, so recall
// leaves those changes out as the questions do.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createJudge } from '../src/index.js';
import { loadPack } from '../src/pack/load-pack.js';
import { FACTS } from '../src/facts/catalog.js';
import type { Verdict } from '../src/schema/verdict.js';
import { BOUNDED_BY, readIndexOf } from '../src/judge/answer-candidates.js';
import { answerCandidates } from '../src/judge/answer-probe.js';
import {
  answersOf,
  changedDecisions,
  decisionsOf,
  fixtures,
  probeInputOf,
  questionKey,
  sparseVariants,
  withAnswer,
  type Story,
  valueIn,
} from './helpers/questions.js';
import { FULL_SIZE, sizeOf } from './helpers/sizes.js';
import { legOf } from '../src/verdict/collected-keys.js';

const pack = loadPack(join(import.meta.dirname, '..', 'rules'));
const judge = createJudge({ pack, trace: 'none' });
const VARIANTS = sizeOf('QUESTIONS_VARIANTS', { quick: 20, full: 300 });
const all = fixtures().filter((s) => s.judgeOptions === undefined);
const stories: Story[] = [...all, ...sparseVariants(all, VARIANTS)];
// Every story is re-judged at the full size or with QUESTIONS_VARIANTS set; in `npm test`, the claims
// of every second story and the recall of every third.
const everyStory = FULL_SIZE || process.env.QUESTIONS_VARIANTS !== undefined;
const claimEvery = everyStory ? 1 : 2;
// The loop is cheap (it judges only what it asks): it runs on more variants, a superset of those above.
const LOOP_VARIANTS = sizeOf('QUESTIONS_LOOP_VARIANTS', { quick: 120, full: 600 });

async function verdictOf(input: unknown): Promise<Verdict | undefined> {
  const r = await judge.safeJudge(input);
  return r.ok ? r.verdict : undefined;
}

const RETURNING = new Set(['return_and_refund', 'exchange', 'repair']);
const RETURN_LEGS = new Set(['freight.return', 'freight.returnExcess', 'freight.roundTrip']);

/** The decisions that differ between two verdicts, the return legs aside while nothing is returned. */
function differences(before: Verdict, after: Verdict, input: Record<string, unknown>): Map<string, unknown> {
  const a = decisionsOf(before);
  const b = decisionsOf(after);
  const status = before.status as Record<string, string | undefined>;
  const returning =
    input['returnShipment'] !== undefined ||
    RETURNING.has(String(a.get('remedy'))) ||
    RETURNING.has(String(b.get('remedy'))) ||
    [...RETURN_LEGS].some((k) => status[k] === 'firm' || status[k] === 'provisional');
  const out = new Map<string, unknown>();
  for (const [k, v] of changedDecisions(a, b)) if (returning || !RETURN_LEGS.has(legOf(k))) out.set(k, v);
  return out;
}

describe('open questions', () => {
  it('every couldChange claim comes true with one answer, the rest of the case kept, and none is left out', async () => {
    let claims = 0;
    let questions = 0;
    const false_: string[] = [];
    const unclaimed = new Set<string>();
    const judged = stories.filter((_, i) => i % claimEvery === 0);
    for (const s of judged) {
      const v = await verdictOf(s.case);
      const p = probeInputOf(pack, s.case);
      if (!v || !p) continue;
      for (const q of v.openQuestions) {
        questions++;
        const reached = new Set<string>();
        const claimed = q.couldChange.map((c) => `${c.decision}=${String(c.to)}`);
        for (const answer of answersOf(p, q)) {
          const after = await verdictOf(withAnswer(s.case, answer));
          if (!after) continue;
          const now = decisionsOf(after);
          for (const c of q.couldChange)
            if (valueIn(now, c.decision) === c.to) reached.add(`${c.decision}=${String(c.to)}`);
          if (claimed.every((c) => reached.has(c))) break;
        }
        for (const c of q.couldChange) {
          claims++;
          if (!reached.has(`${c.decision}=${String(c.to)}`))
            false_.push(`${s.name}: ${questionKey(q)} → ${c.decision}=${String(c.to)}`);
        }
        // And nothing left out: every change a single answer brings about is claimed.
        if (q.facts === undefined) {
          for (const answer of answersOf(p, q)) {
            const after = await verdictOf(withAnswer(s.case, answer));
            if (!after) continue;
            for (const [k, to] of differences(v, after, s.case))
              if (!q.couldChange.some((c) => c.decision === k && c.to === to))
                unclaimed.add(`${s.name}: ${q.fact} → ${k}=${String(to)}`);
          }
        }
      }
    }
    console.log(
      `questions: ${questions} questions, ${claims} claims on ${judged.length} cases; ${claims - false_.length} came true (${(((claims - false_.length) / Math.max(claims, 1)) * 100).toFixed(1)} %)`,
    );
    expect(false_).toEqual([]);
    expect([...unclaimed]).toEqual([]);
    expect(claims).toBeGreaterThan(100);
  }, 600_000);

  it('asks at least 90 % of the facts a single answer to which changes a decision', async () => {
    let decisive = 0;
    const missed: string[] = [];
    // Recall re-judges each candidate of every absent fact the rules read.
    const every = everyStory ? 1 : 3;
    for (const s of stories.filter((_, i) => i % every === 0)) {
      const v = await verdictOf(s.case);
      const p = probeInputOf(pack, s.case);
      if (!v || !p) continue;
      const asked = new Set(v.openQuestions.flatMap((q) => q.facts ?? [q.fact]));
      const idx = readIndexOf(p.bucket, p.bucket.stage1, p.bucket.stage2);
      // Fields the schema fills in (a default) are never absent.
      const absent = [...new Set(idx.caseReads.flat())]
        .filter((f) => FACTS.get(f)?.defaultValue === undefined && FACTS.get(f)?.required !== true)
        .filter((f) => valueAt(s.case, f) === undefined)
        .sort();
      for (const f of absent) {
        // Inside an absent object the rules ask the object: its fields are judged through it.
        const parent = absentParent(s.case, f);
        if (parent !== undefined) continue;
        // A fact the record already answers (no scan time from a carrier checked without a scan).
        if (BOUNDED_BY.some((b) => b.fact === f && valueAt(s.case, b.by) === b.is)) continue;
        let changes = false;
        for (const value of answerCandidates(p, f)) {
          const after = await verdictOf(withAnswer(s.case, [[f, value]]));
          if (after && differences(v, after, s.case).size > 0) {
            changes = true;
            break;
          }
        }
        if (!changes) continue;
        decisive++;
        if (!asked.has(f)) missed.push(`${s.name}: ${f}`);
      }
    }
    const recall = (decisive - missed.length) / Math.max(decisive, 1);
    console.log(
      `recall: ${decisive - missed.length} of ${decisive} decisive facts asked (${(recall * 100).toFixed(1)} %)${missed.length > 0 ? `; missed:\n  ${missed.join('\n  ')}` : ''}`,
    );
    expect(decisive).toBeGreaterThan(50);
    expect(recall).toBeGreaterThanOrEqual(0.9);
  }, 600_000);

  it('the ranked order reaches the fixture decisions in at most 0.7× the rounds of alphabetical order', async () => {
    const variants = sparseVariants(all, LOOP_VARIANTS).filter((s) => s.case !== s.full);
    const rounds = { ranked: 0, alphabetical: 0, cases: 0 };
    for (const s of variants) {
      const target = await verdictOf(s.full);
      if (!target) continue;
      const want = decisionsOf(target);
      const ranked = await loop(s, want, (qs) => qs);
      const alpha = await loop(s, want, (qs) =>
        [...qs].sort((a, b) => (a.fact < b.fact ? -1 : a.fact > b.fact ? 1 : 0)),
      );
      if (ranked === undefined || alpha === undefined) continue;
      rounds.ranked += ranked;
      rounds.alphabetical += alpha;
      rounds.cases++;
    }
    const ratio = rounds.ranked / Math.max(rounds.alphabetical, 1);
    console.log(
      `question loop on ${rounds.cases} variants: ranked ${(rounds.ranked / rounds.cases).toFixed(2)} rounds, alphabetical ${(rounds.alphabetical / rounds.cases).toFixed(2)} (${ratio.toFixed(2)}×)`,
    );
    expect(rounds.cases).toBeGreaterThanOrEqual(10);
    expect(ratio).toBeLessThanOrEqual(0.7);
  }, 600_000);
});

/** A field's value in a case as given. */
function valueAt(c: Record<string, unknown>, path: string): unknown {
  let at: unknown = c;
  for (const k of path.split('.'))
    at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[k] : undefined;
  return at;
}

/** The absent not-shown object a field sits in (no shipment), if any. */
function absentParent(c: Record<string, unknown>, path: string): string | undefined {
  const keys = path.split('.');
  for (let i = 1; i < keys.length; i++) {
    const parent = keys.slice(0, i).join('.');
    if (valueAt(c, parent) === undefined && FACTS.get(parent)?.absent === 'not_shown') return parent;
  }
  return undefined;
}

/**
 * Rounds until the case's decisions equal `want`: each round asks the first question in `order`
 * not asked yet and answers it with the fixture's own value (the field, or the absent object, as
 * the fixture gives it; a fact the fixture does not give either is asked and stays unanswered).
 * Undefined when the decisions already agree at the start or never do within 40 rounds.
 */
async function loop(
  s: Story,
  want: ReadonlyMap<string, string | boolean>,
  order: (qs: Verdict['openQuestions']) => Verdict['openQuestions'],
): Promise<number | undefined> {
  let input = s.case;
  const asked = new Set<string>();
  for (let round = 0; round <= 40; round++) {
    const v = await verdictOf(input);
    if (!v) return undefined;
    const now = decisionsOf(v);
    if (changedDecisions(want, now).size === 0) return round === 0 ? undefined : round;
    const q = order(v.openQuestions).find((x) => !asked.has(questionKey(x)));
    if (!q) return undefined;
    asked.add(questionKey(q));
    const answer = (q.facts ?? [q.fact])
      .map((f) => [f, valueAt(s.full, f)] as [string, unknown])
      .filter(([, x]) => x !== undefined);
    if (answer.length > 0) input = withAnswer(input, answer) as Record<string, unknown>;
  }
  return undefined;
}
