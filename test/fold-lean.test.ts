// The shortcuts the judge takes for speed give what the whole fold gives: the lean provisional fold
// (outcome and ranked questions without their texts), `resolveDecisions` (the decisions' values
// alone, for the stage-2 alternatives) and `resolvedOutcomeFacts` (what stage 2 reads, from those
// values), on every fixture's case, over each bucket's rules of both stages; `provisionalOf` keeps
// every first-stage question stage 2 acts on; and the per-rule decision view worked out at load
// matches the rule's decisions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionValue as valueIn } from '../src/verdict/coherence.js';
import { SINGLE_DECISIONS, SINGLE_KEYS, singleOf, type SingleKey } from '../src/verdict/decisions.js';
import { evaluateCompiled } from '../src/evaluate/evaluate.js';
import { deriveFacts, isoMs } from '../src/facts/derive-facts.js';
import { localDateOf } from '../src/facts/zone-days.js';
import { foldVerdict } from '../src/verdict/fold-verdict.js';
import { compiledPack, eraAt, loadPack } from '../src/pack/load-pack.js';
import { byPriorityThenId } from '../src/pack/index-rules.js';
import { decisionValue, resolveDecisions } from '../src/verdict/resolve-decisions.js';
import { parseCase } from '../src/schema/parse-case.js';
import type { OpenQuestion } from '../src/schema/verdict.js';
import {
  outcomeFacts,
  provisionalOf,
  resolvedOutcomeFacts,
  selectRules,
  type Selection,
} from '../src/judge/stage-two.js';

const pack = compiledPack(loadPack(join(import.meta.dirname, '..', 'rules')));
const root = join(import.meta.dirname, '..', 'fixtures');
const cases = readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.json'))
  .sort()
  .map((f) => (JSON.parse(readFileSync(join(root, f), 'utf8')) as { case: unknown }).case);

/** Each fixture's facts and its bucket's rules (both stages, in priority order), evaluated. */
function* evaluatedFixtures() {
  for (const input of cases) {
    const parsed = parseCase(input, (p) => pack.manifest.timeZones[p]);
    if (!parsed.ok) continue;
    const c = parsed.case;
    const facts = deriveFacts(c, { timeZone: pack.manifest.timeZones[c.platform], ...pack.manifest.defaults });
    const bucket = pack.buckets.get(`${c.platform}:${c.claim.type}`);
    if (!bucket) continue;
    const rules = [...bucket.stage1, ...bucket.stage2].sort(byPriorityThenId);
    yield { caseId: c.caseId, facts, evaluated: evaluateCompiled(rules, facts, 'none') };
  }
}

describe('the fold shortcuts give what the whole fold gives', () => {
  it('on every fixture: lean fold = outcome and ranked questions; resolveDecisions = the outcome values and facts', () => {
    let n = 0;
    for (const { caseId, facts, evaluated } of evaluatedFixtures()) {
      const full = foldVerdict(evaluated, facts);
      const lean = foldVerdict(evaluated, facts, [], true);
      expect(lean.outcome, caseId).toEqual(full.outcome);
      expect(lean.openQuestions, caseId).toEqual(
        full.openQuestions.map((q) => ({ fact: q.fact, kind: q.kind, couldChange: q.couldChange })),
      );
      const values = resolveDecisions(evaluated, []);
      for (const key of SINGLE_KEYS)
        expect(decisionValue(values, key), `${caseId} ${key}`).toBe(valueIn(full, key) ?? 'undetermined');
      // What stage 2 reads, from the resolution alone (the judge's shortcut when no rule waits).
      expect(resolvedOutcomeFacts(values), caseId).toEqual(outcomeFacts(full.outcome));
      n++;
    }
    expect(n).toBeGreaterThan(200);
  });

  it('on every fixture: the first stage’s questions stage 2 reads are there whenever they count', () => {
    // `provisionalOf` skips the provisional fold when no waiting rule could change a decision stage
    // 2 reads: the questions `alternativesOf` acts on must be the same as the lean fold's.
    const counts = (bucket: Selection) => (q: OpenQuestion) =>
      q.kind === 'unknown' &&
      q.couldChange.some((c) =>
        bucket.stage2Reads.has(SINGLE_DECISIONS.get(c.decision as SingleKey)?.outcomeFact ?? ''),
      );
    let skipped = 0;
    for (const input of cases) {
      const parsed = parseCase(input, (p) => pack.manifest.timeZones[p]);
      if (!parsed.ok) continue;
      const c = parsed.case;
      const timeZone = pack.manifest.timeZones[c.platform];
      const facts = deriveFacts(c, { timeZone, ...pack.manifest.defaults });
      const found = pack.buckets.get(`${c.platform}:${c.claim.type}`);
      if (!found) continue;
      const bucket = selectRules(eraAt(found, localDateOf(isoMs(c.order.paidAt), timeZone)), new Set(), new WeakMap());
      const first = evaluateCompiled(bucket.stage1, facts, 'none');
      const { questions } = provisionalOf(bucket, first, facts);
      const lean = foldVerdict(first, facts, [], true);
      expect(questions.filter(counts(bucket)), c.caseId).toEqual(lean.openQuestions.filter(counts(bucket)));
      if (questions.length === 0 && lean.openQuestions.length > 0) skipped++;
    }
    expect(skipped).toBeGreaterThan(0);
  });

  it('each rule’s decision view (worked out at load) matches its decisions', () => {
    for (const r of pack.rules) {
      const singles = r.spec.decisions.flatMap((d, i) => {
        const s = singleOf(d);
        return s ? [{ key: s.key, value: s.value, priority: r.decisionPriorities[i] ?? r.priority }] : [];
      });
      expect(
        r.decided.singles.map((s) => ({ key: s.key, value: s.value, priority: s.priority })),
        r.spec.id,
      ).toEqual(singles);
      const liability = r.spec.decisions.find((d) => d.kind === 'liability');
      expect(r.decided.liability, r.spec.id).toBe(liability?.kind === 'liability' ? liability.value : undefined);
      const forbids = r.spec.mandatory ? r.spec.decisions.filter((d) => d.kind === 'forbid').length : 0;
      expect(r.decided.forbids.length, r.spec.id).toBe(forbids);
      const collects = r.spec.decisions.some((d) => ['penalty', 'refundAdjustment', 'freightTerms'].includes(d.kind));
      expect(r.decided.collects, r.spec.id).toBe(collects);
    }
  });
});
