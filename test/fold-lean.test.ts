// The shortcuts the judge takes for speed give what the whole fold gives: the lean provisional fold
// (outcome and ranked questions without their texts) and `resolveDecisions` (the decisions' values
// alone, for the stage-2 alternatives), on every fixture's case, over each bucket's rules of both
// stages; and the per-rule decision view worked out at load matches the rule's decisions.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decisionValue as valueIn } from '../src/coherence.js';
import { SINGLE_KEYS, singleOf } from '../src/decisions.js';
import { evaluateCompiled } from '../src/evaluate.js';
import { deriveFacts } from '../src/facts/derive-facts.js';
import { foldVerdict } from '../src/fold-verdict.js';
import { compiledPack, loadPack } from '../src/load-pack.js';
import { byPriorityThenId } from '../src/pack/index-rules.js';
import { decisionValue, resolveDecisions } from '../src/resolve-decisions.js';
import { parseCase } from '../src/schema/parse-case.js';

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
  it('on every fixture: lean fold = outcome and ranked questions; resolveDecisions = the outcome values', () => {
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
      n++;
    }
    expect(n).toBeGreaterThan(200);
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
    }
  });
});
