import { CaseValidationError, fromZodIssues, type Issue } from '../shared/errors.js';
import { probeAnswers } from './answer-probe.js';
import { deriveFacts, isoMs, type Facts } from '../facts/derive-facts.js';
import { localDateOf } from '../facts/zone-days.js';
import {
  evaluateCompiled,
  type Evaluate,
  type EvaluatorName,
  type ReferenceEvaluate,
  TRACE_MODES,
  type TraceMode,
} from '../evaluate/evaluate.js';
import { foldVerdict, type Evaluated } from '../verdict/fold-verdict.js';
import { resolveDecisions } from '../verdict/resolve-decisions.js';
import { merged, resolvedOutcomeFacts, selectRules, withOutcome, type Selection } from './stage-two.js';
import { compiledPack, eraAt, type Era, type Pack } from '../pack/build-pack.js';
import { ShopPolicySchema, type Case, type CaseInput } from '../schema/case.js';
import { storyWarnings } from '../schema/claim-story.js';
import { parseCase } from '../schema/parse-case.js';
import { CalendarDate } from '../schema/primitives.js';
import type { Verdict } from '../schema/verdict.js';
import { describeFactIn, type FactDescription } from '../explain/describe-fact.js';
import { explainRuleIn, type RuleExplanation } from '../explain/explain-rule.js';
import {
  applyMergePatch,
  diffVerdicts,
  type MergePatch,
  type WhatIfOptions,
  type WhatIfResult,
} from '../explain/what-if.js';

/** What `safeJudge` returns: a verdict, or every problem with the input. */
export type JudgeResult = { ok: true; verdict: Verdict } | { ok: false; issues: Issue[] };

/** A shop's after-sale policy, as in a case's `shopPolicy`. */
export type ShopPolicy = NonNullable<Case['shopPolicy']>;

/**
 * Options for `createJudge`; every one is optional, and `.with()` changes any but `pack`.
 *
 * @example
 * const shop = createJudge({
 *   pack: loadPack('./rules'),            // default: the shipped pack
 *   rulesAt: '2024-01-01',                // default: the day of each order's paidAt
 *   shopPolicy: { returnWindowDays: 15 }, // default: none (the law's 7 days)
 *   options: { 'TB-SHIP-48H': true },     // default: each option's pack.json default
 * });
 * const verdict = await shop.judge(myCase);
 */
export interface JudgeOptions {
  /**
   * The rule pack to judge with; default: the pack shipped in `rules/`.
   *
   * @example
   * createJudge({ pack: loadPack('./my-rules') });
   */
  readonly pack?: Pack;
  /**
   * Judge every case with the rule versions in force on this calendar day (`YYYY-MM-DD`, the
   * platform's time zone) instead of the day of its `order.paidAt`: "what would the rules of
   * that day say about this order". The verdict's `ruleset.rulesAtFrom` is then `pinned`.
   *
   * @example
   * const v = await createJudge({ rulesAt: '2024-01-01' }).judge(oldCase); // v.ruleset.rulesAt === '2024-01-01'
   */
  readonly rulesAt?: string;
  /**
   * The shop's own policy, set once for every case this judge sees. A case's `shopPolicy`
   * overlays it field by field (the case wins). Mandatory rules still win over either, and the
   * verdict lists what they overrode under `conflicts` (`policy_overridden`). Validated here: an
   * invalid policy throws a `TypeError` naming each field. The CLI's `--shop-policy <file>` sets it.
   *
   * @example
   * const shop = createJudge({ shopPolicy: { returnWindowDays: 15, deductOutboundFreight: true } });
   */
  readonly shopPolicy?: ShopPolicy;
  /**
   * Pack options (declared in `pack.json` `options`) to turn on or off, e.g.
   * `{ 'TB-SHIP-48H': true }` for the 48-hour ship window. Unlisted options keep their default;
   * an option the pack does not declare throws a `TypeError`.
   *
   * @example
   * const strict = createJudge({ options: { 'TB-SHIP-48H': true } });
   * const relaxed = strict.with({ options: { 'TB-SHIP-48H': false } }); // same pack, option off
   */
  readonly options?: Readonly<Record<string, boolean>>;
  /**
   * How much trace each verdict carries: `full` (default) every rule evaluated with its condition
   * tree; `fired` only the rules that fired; `none` an empty `trace` (the outcome, questions and
   * findings are the same; the verdict is far smaller and cheaper to build and serialise).
   *
   * @example
   * const lean = createJudge({ trace: 'none' });
   */
  readonly trace?: TraceMode;
  /**
   * Which evaluator runs the rules: `compiled` (default), closures compiled from each rule's
   * conditions at load; `reference`, json-rules-engine, as the library judged before. Both give
   * the same verdicts byte for byte (test/evaluators.test.ts); the reference is many times slower
   * and is there to check the compiled one against.
   *
   * @example
   * const ref = createJudge({ evaluator: 'reference' });
   */
  readonly evaluator?: EvaluatorName;
  /**
   * Which open questions a verdict carries: `all` (default) every absent fact some answer to which
   * changes a decision; `unknown` only the facts whose absence is unknown, the questions that keep a
   * decision provisional, leaving out what a party has not shown (the burden questions). The
   * status of every decision, `missingFacts` and the questions kept are the same either way
   * (test/questions-mode.test.ts); the verdict says `questionsOmitted: 'not_shown'`, and costs a
   * third to a quarter as much, since nearly all of a verdict's cost is finding the burden
   * questions. For callers that read the decisions and their status (a batch, a CI run), not the
   * questions to put.
   *
   * @example
   * const statuses = createJudge({ questions: 'unknown', trace: 'none' });
   */
  readonly questions?: QuestionsAsked;
}

/** The open questions a verdict carries (`JudgeOptions.questions`). */
export const QUESTIONS_ASKED = ['all', 'unknown'] as const;
export type QuestionsAsked = (typeof QUESTIONS_ASKED)[number];

/** A judge bound to one pack. */
export interface Judge {
  /**
   * Judges a case written in code: the type is checked at compile time (`platform: 'taobo'` does
   * not compile) and validated again at run time. Throws `CaseValidationError` when invalid.
   */
  judge(input: CaseInput): Promise<Verdict>;
  /** Judges input of any shape (parsed JSON, a request body): returns every issue instead of throwing. */
  safeJudge(input: unknown): Promise<JudgeResult>;
  /**
   * A judge on the same pack with some options changed (the others kept).
   *
   * @example
   * const strict = createJudge().with({ options: { 'TB-SHIP-48H': true } });
   */
  with(overrides: Omit<JudgeOptions, 'pack'>): Judge;
  /**
   * Judges a case, and the case changed by a JSON merge patch (RFC 7386: `null` removes a fact),
   * and lists the decisions whose value or status differs. `rulesAt` judges the changed case with
   * the rules in force on another day. Throws `CaseValidationError` when either case is invalid.
   *
   * @example
   * const { changes } = await createJudge().whatIf(c, { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } });
   */
  whatIf(input: unknown, patch: MergePatch, options?: WhatIfOptions): Promise<WhatIfResult>;
  /** A rule of this judge's pack explained (message, source, conditions in words, …); undefined for an unknown id. */
  explainRule(ruleId: string): RuleExplanation | undefined;
  /** A fact explained (meaning, values, when absent, question, the rules of this pack that read it); undefined for an unknown name. */
  describeFact(name: string): FactDescription | undefined;
}

/** What one judge settles once: the pinned day, the options that are on, the shop defaults. */
interface Settings {
  readonly rulesAt: string | undefined;
  readonly options: ReadonlySet<string>;
  readonly optionList: readonly string[];
  readonly shopPolicy: ShopPolicy | undefined;
  readonly trace: TraceMode;
  readonly questions: QuestionsAsked;
  /** The evaluator chosen: compiled closures, or the reference (json-rules-engine). */
  readonly evaluate: Evaluate;
  /** The rules of an era with this judge's options applied, computed once per era. */
  readonly selections: WeakMap<Era, Selection>;
}

async function judgeCase(pack: Pack, input: Case, settings: Settings): Promise<Verdict> {
  const c: Case = settings.shopPolicy
    ? { ...input, shopPolicy: { ...settings.shopPolicy, ...input.shopPolicy } }
    : input;
  const timeZone = pack.manifest.timeZones[c.platform];
  const derivation = { timeZone, ...pack.manifest.defaults };
  const facts = deriveFacts(c, derivation);
  const found = compiledPack(pack).buckets.get(`${c.platform}:${c.claim.type}`);
  if (!found) throw new Error(`internal: no rule bucket for ${c.platform}:${c.claim.type}`);
  const rulesAt = settings.rulesAt ?? localDateOf(isoMs(c.order.paidAt), timeZone);
  const bucket = selectRules(eraAt(found, rulesAt), settings.options, settings.selections);

  const first = await settings.evaluate(bucket.stage1, facts, settings.trace);
  let evaluated = first;
  let second: readonly Evaluated[] = [];
  let read: Facts = {};
  if (bucket.stage2.length > 0) {
    read = resolvedOutcomeFacts(resolveDecisions(first, [], true));
    second = await settings.evaluate(bucket.stage2, withOutcome(facts, read), settings.trace);
    evaluated = merged(bucket.order, first, second);
  }
  // What each answer to an absent fact would change, on the compiled rules whichever evaluator ran.
  const onlyUnknown = settings.questions === 'unknown';
  const probed = probeAnswers({ c, settings: derivation, facts, bucket, first, second, evaluated, read, onlyUnknown });
  const { conflicts, ...folded } = foldVerdict(evaluated, facts, [], false, {
    found: probed,
    decisive: pack.manifest.decisiveProof ?? {},
  });
  return {
    caseId: c.caseId,
    asOf: c.asOf,
    ruleset: {
      id: pack.id,
      version: pack.version,
      rules: bucket.stage1.length + bucket.stage2.length,
      rulesAt,
      rulesAtFrom: settings.rulesAt === undefined ? 'paidAt' : 'pinned',
      versions: bucket.versions.map((v) => ({ ...v, rules: [...v.rules] })),
      options: [...settings.optionList],
    },
    ...folded,
    ...(onlyUnknown ? { questionsOmitted: 'not_shown' as const } : {}),
    conflicts,
    trace: traceOf(evaluated, settings.trace),
    ...warningsOf(c),
  };
}

/** `warnings` only when the record makes the buyer's story doubtful, so other verdicts are unchanged. */
function warningsOf(c: Case): { warnings?: Verdict['warnings'] } {
  const warnings = storyWarnings(c);
  return warnings.length > 0 ? { warnings } : {};
}

/** The verdict's trace: every rule evaluated, only those that fired, or none. */
function traceOf(evaluated: readonly Evaluated[], mode: TraceMode): Verdict['trace'] {
  if (mode === 'none') return [];
  return (mode === 'fired' ? evaluated.filter((e) => e.fired) : evaluated).map((e) => ({
    ruleId: e.compiled.spec.id,
    priority: e.compiled.priority,
    stage: e.compiled.stage,
    fired: e.fired,
    result: e.trace.result,
    match: e.trace.match,
    conditions: e.trace.conditions,
  }));
}

/** What a build of the library binds its judges to: where the shipped pack comes from, and the reference evaluator if the build has it. */
export interface JudgeEnvironment {
  /** The pack judged with when a judge is given none (loaded on first use). */
  readonly defaultPack: () => Pack;
  /** json-rules-engine as the reference evaluator; absent in the browser build. */
  readonly reference?: ReferenceEvaluate;
  /** The entry's name, for messages (`aftersale-rules`, `aftersale-rules/browser`). */
  readonly entry: string;
}

/**
 * The `createJudge` of one build: the Node entry binds it to the pack in `rules/` read from disk
 * and to json-rules-engine; the browser entry to the pack inlined at build time, without it.
 *
 * @example
 * const createJudge = judgeFactory({ entry: 'aftersale-rules', defaultPack, reference: evaluateReference });
 */
export function judgeFactory(env: JudgeEnvironment): (options?: JudgeOptions) => Judge {
  const compiled: Evaluate = evaluateCompiled;
  const reference: Evaluate | undefined = env.reference;
  return function createJudge(options: JudgeOptions = {}): Judge {
    if (options.rulesAt !== undefined && !CalendarDate.safeParse(options.rulesAt).success) {
      throw new TypeError(
        `createJudge: rulesAt must be a calendar date YYYY-MM-DD, got ${JSON.stringify(options.rulesAt)}`,
      );
    }
    if (options.trace !== undefined && !(TRACE_MODES as readonly string[]).includes(options.trace)) {
      throw new TypeError(`createJudge: trace must be 'full', 'fired' or 'none', got ${JSON.stringify(options.trace)}`);
    }
    if (options.questions !== undefined && !(QUESTIONS_ASKED as readonly string[]).includes(options.questions)) {
      throw new TypeError(
        `createJudge: questions must be 'all' or 'unknown', got ${JSON.stringify(options.questions)}`,
      );
    }
    if (options.evaluator !== undefined && !['compiled', 'reference'].includes(options.evaluator)) {
      throw new TypeError(
        `createJudge: evaluator must be 'compiled' or 'reference', got ${JSON.stringify(options.evaluator)}`,
      );
    }
    const evaluate = options.evaluator === 'reference' ? reference : compiled;
    if (evaluate === undefined) {
      throw new TypeError(
        `createJudge: the reference evaluator (json-rules-engine) is not part of ${env.entry}; it checks the compiled one in Node (import from 'aftersale-rules')`,
      );
    }
    let shopPolicy: ShopPolicy | undefined;
    if (options.shopPolicy !== undefined) {
      const parsed = ShopPolicySchema.safeParse(options.shopPolicy);
      if (!parsed.success) {
        throw new TypeError(
          `createJudge: invalid shopPolicy:\n${fromZodIssues(parsed.error.issues, ['shopPolicy'])
            .map((i) => `${i.message} → at ${i.path}`)
            .join('\n')}`,
        );
      }
      shopPolicy = parsed.data;
    }
    let settings: Settings | undefined;
    const packOf = () => options.pack ?? env.defaultPack();
    const settingsOf = (pack: Pack): Settings => {
      if (settings) return settings;
      const declared = pack.manifest.options ?? {};
      const unknown = Object.keys(options.options ?? {}).filter((o) => !Object.hasOwn(declared, o));
      if (unknown.length > 0)
        throw new TypeError(
          `createJudge: unknown option(s) ${unknown.join(', ')}; the pack declares ${Object.keys(declared).join(', ') || 'none'}`,
        );
      const on = Object.keys(declared)
        .filter((o) => options.options?.[o] ?? declared[o]?.default ?? false)
        .sort();
      settings = {
        rulesAt: options.rulesAt,
        options: new Set(on),
        optionList: on,
        shopPolicy,
        trace: options.trace ?? 'full',
        questions: options.questions ?? 'all',
        evaluate,
        selections: new WeakMap(),
      };
      return settings;
    };
    // Unknown options are a programming error: report them here, not on the first case.
    if (options.pack || options.options) settingsOf(packOf());
    const safeJudge = async (input: unknown): Promise<JudgeResult> => {
      // Size, shape, platform times (read in the pack's zone for the platform), chronology.
      const parsed = parseCase(input, (platform) => packOf().manifest.timeZones[platform]);
      if (!parsed.ok) return { ok: false, issues: parsed.issues };
      const pack = packOf();
      return { ok: true, verdict: await judgeCase(pack, parsed.case, settingsOf(pack)) };
    };
    const judge = async (input: unknown): Promise<Verdict> => {
      const result = await safeJudge(input);
      if (!result.ok) throw new CaseValidationError(result.issues);
      return result.verdict;
    };
    const whatIf = async (input: unknown, patch: MergePatch, o: WhatIfOptions = {}): Promise<WhatIfResult> => {
      if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
        throw new TypeError('whatIf: the patch must be a JSON merge patch: an object');
      const afterJudge = o.rulesAt !== undefined ? createJudge({ ...options, rulesAt: o.rulesAt }) : undefined;
      const before = await judge(input);
      const after = await (afterJudge?.judge ?? judge)(applyMergePatch(input, patch) as CaseInput);
      return { before, after, changes: diffVerdicts(packOf(), before, after) };
    };
    return {
      judge,
      safeJudge,
      with: (overrides) => createJudge({ ...options, ...overrides }),
      whatIf,
      explainRule: (ruleId) => explainRuleIn(packOf(), ruleId),
      describeFact: (name) => describeFactIn(packOf(), name),
    };
  };
}
