// The judge as the Node entry (`aftersale-rules`) binds it: the shipped pack read from `rules/`
// on first use, and json-rules-engine as the reference evaluator. The judging itself is in
// judge-core.ts, which imports nothing from Node (the browser entry binds it in browser.ts).
import { defaultPack } from '../default-pack.js';
import { judgeFactory, type Judge, type JudgeOptions } from './judge-core.js';
import { evaluateReference } from '../evaluate/reference-evaluator.js';

export type { Judge, JudgeOptions, JudgeResult, QuestionsAsked, ShopPolicy } from './judge-core.js';

/**
 * Binds `judge` / `safeJudge` to a pack, and optionally to a pinned rules day, pack options and
 * the shop's default policy. Invalid options throw a `TypeError` here, not on every case.
 *
 * @example
 * const { judge } = createJudge({ pack: loadPack('./my-rules') });
 * const verdict = await judge(myCase);
 *
 * @example
 * // What would the rules in force on 2024-01-01 say about an order paid in 2015?
 * const today = createJudge({ rulesAt: '2024-01-01' });
 * const v = await today.judge(oldCase); // v.ruleset.rulesAt === '2024-01-01', rulesAtFrom 'pinned'
 *
 * @example
 * // A shop backend sets its policy once; a case's own shopPolicy fields win over it.
 * const shop = createJudge({ shopPolicy: { returnWindowDays: 15, deductOutboundFreight: true } });
 */
export const createJudge: (options?: JudgeOptions) => Judge = judgeFactory({
  entry: 'aftersale-rules',
  defaultPack,
  reference: evaluateReference,
});

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

/**
 * What changes if a case changes, or is judged with another day's rules: both verdicts and the
 * decisions whose value or status differs (shipped pack). See `Judge.whatIf`.
 *
 * @example
 * // The first carrier scan came 30 h after payment, not 95 h:
 * const { changes } = await whatIf(lateCase, { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } });
 * // [{ decision: 'liability', from: 'seller', to: …, ruleIds: [...] }, …]
 */
export const whatIf: Judge['whatIf'] = shipped.whatIf;

/**
 * A rule of the shipped pack explained: message (zh, en), source, conditions in words, priority,
 * effective dates, option, mandatory, what it decides. Undefined for an unknown id.
 *
 * @example
 * explainRule('SHIP-LATE-72H')?.decides.map((d) => d.words);
 */
export const explainRule: Judge['explainRule'] = shipped.explainRule;

/**
 * A fact explained: meaning, type and values, what its absence means and who answers it, the
 * question to ask, and the rules of the shipped pack that read it. Undefined for an unknown name.
 *
 * @example
 * describeFact('shipment.firstCarrierScanAt')?.question?.en;
 */
export const describeFact: Judge['describeFact'] = shipped.describeFact;
