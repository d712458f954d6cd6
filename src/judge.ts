import { defaultPack } from './default-pack.js';
import { CaseValidationError, fromZodIssues, type Issue } from './errors.js';
import { deriveFacts } from './facts/derive-facts.js';
import { evaluateRules } from './evaluate.js';
import { foldVerdict, outcomeFacts } from './fold-verdict.js';
import type { Pack } from './load-pack.js';
import { CaseSchema, type Case } from './schema/case.js';
import type { Verdict } from './schema/verdict.js';

/** What `safeJudge` returns: a verdict, or every problem with the input. */
export type JudgeResult = { ok: true; verdict: Verdict } | { ok: false; issues: Issue[] };

/** Options for `createJudge`. */
export interface JudgeOptions {
  /** The rule pack to judge with; default: the pack shipped in `rules/`. */
  readonly pack?: Pack;
}

/** A judge bound to one pack. */
export interface Judge {
  judge(input: unknown): Promise<Verdict>;
  safeJudge(input: unknown): Promise<JudgeResult>;
}

async function judgeCase(pack: Pack, c: Case): Promise<Verdict> {
  const facts = deriveFacts(c, {
    timeZone: pack.manifest.timeZones[c.platform],
    returnWindowDays: pack.manifest.defaults.returnWindowDays,
  });
  const bucket = pack.buckets.get(`${c.platform}:${c.claim.type}`);
  if (!bucket) throw new Error(`internal: no rule bucket for ${c.platform}:${c.claim.type}`);

  const first = await evaluateRules(bucket.stage1, facts);
  let evaluated = first;
  if (bucket.stage2.length > 0) {
    const provisional = foldVerdict(first, facts);
    const second = await evaluateRules(bucket.stage2, { ...facts, ...outcomeFacts(provisional.outcome) });
    evaluated = [...first, ...second].sort((a, b) => b.compiled.spec.priority - a.compiled.spec.priority || (a.compiled.spec.id < b.compiled.spec.id ? -1 : 1));
  }
  const folded = foldVerdict(evaluated, facts);
  return {
    caseId: c.caseId,
    asOf: c.asOf,
    ruleset: { id: pack.id, version: pack.version, rules: bucket.stage1.length + bucket.stage2.length },
    ...folded,
    trace: evaluated.map((e) => ({
      ruleId: e.compiled.spec.id,
      priority: e.compiled.spec.priority,
      stage: e.compiled.stage,
      fired: e.fired,
      result: e.trace.result,
      match: e.trace.match,
      conditions: e.trace.conditions,
    })),
  };
}

/**
 * Binds `judge` / `safeJudge` to a pack.
 *
 * @example
 * const { judge } = createJudge({ pack: loadPack('./my-rules') });
 * const verdict = await judge(myCase);
 */
export function createJudge(options: JudgeOptions = {}): Judge {
  const packOf = () => options.pack ?? defaultPack();
  const safeJudge = async (input: unknown): Promise<JudgeResult> => {
    const parsed = CaseSchema.safeParse(input);
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
    return { ok: true, verdict: await judgeCase(packOf(), parsed.data) };
  };
  const judge = async (input: unknown): Promise<Verdict> => {
    const result = await safeJudge(input);
    if (!result.ok) throw new CaseValidationError(result.issues);
    return result.verdict;
  };
  return { judge, safeJudge };
}

const shipped = createJudge();

/**
 * Judges a case with the shipped rule pack. Never throws for bad input: returns every issue
 * with its JSON path instead.
 *
 * @example
 * const result = await safeJudge(input);
 * if (!result.ok) console.error(formatIssues(result.issues));
 */
export const safeJudge: Judge['safeJudge'] = shipped.safeJudge;

/**
 * Judges a case with the shipped rule pack.
 *
 * @throws {CaseValidationError} when the case is invalid, carrying every issue.
 * @example
 * const verdict = await judge({ caseId: 'A1', platform: 'taobao', asOf: '2024-04-20T09:00:00+08:00', … });
 * console.log(verdict.outcome.liability);
 */
export const judge: Judge['judge'] = shipped.judge;
