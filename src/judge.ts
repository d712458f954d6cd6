import { defaultPack } from './default-pack.js';
import { CaseValidationError, fromZodIssues, type Issue } from './errors.js';
import { deriveFacts, type Facts } from './facts/derive-facts.js';
import { evaluateRules } from './evaluate.js';
import { decisionValue } from './coherence.js';
import { SINGLE_DECISIONS, SINGLE_KEYS, singleOf, type SingleKey } from './decisions.js';
import { foldVerdict, outcomeFacts, type Alternative, type Evaluated } from './fold-verdict.js';
import { eraAt, type CompiledRule, type Era, type Pack } from './load-pack.js';
import { CaseSchema, ShopPolicySchema, type Case } from './schema/case.js';
import { CalendarDate } from './schema/primitives.js';
import type { RuleVersion, Verdict } from './schema/verdict.js';

/** What `safeJudge` returns: a verdict, or every problem with the input. */
export type JudgeResult = { ok: true; verdict: Verdict } | { ok: false; issues: Issue[] };

/** A shop's after-sale policy, as in a case's `shopPolicy`. */
export type ShopPolicy = NonNullable<Case['shopPolicy']>;

/** Options for `createJudge`. */
export interface JudgeOptions {
  /** The rule pack to judge with; default: the pack shipped in `rules/`. */
  readonly pack?: Pack;
  /**
   * Judge every case with the rule versions in force on this calendar day (`YYYY-MM-DD`, the
   * platform's time zone) instead of the day of its `order.paidAt`: "what would the rules of
   * that day say about this order". The verdict's `ruleset.rulesAtFrom` is then `pinned`.
   */
  readonly rulesAt?: string;
  /**
   * The shop's own policy, set once for every case this judge sees. A case's `shopPolicy`
   * overlays it field by field (the case wins). Mandatory rules still win over either, and the
   * verdict lists what they overrode under `conflicts` (`policy_overridden`).
   */
  readonly shopPolicy?: ShopPolicy;
  /**
   * Pack options (declared in `pack.json` `options`) to turn on or off, e.g.
   * `{ 'TB-SHIP-48H': true }` for the 48-hour ship window. Unlisted options keep their default.
   */
  readonly options?: Readonly<Record<string, boolean>>;
}

/** A judge bound to one pack. */
export interface Judge {
  judge(input: unknown): Promise<Verdict>;
  safeJudge(input: unknown): Promise<JudgeResult>;
  /**
   * A judge on the same pack with some options changed (the others kept).
   *
   * @example
   * const strict = createJudge().with({ options: { 'TB-SHIP-48H': true } });
   */
  with(overrides: Omit<JudgeOptions, 'pack'>): Judge;
}

/** What one judge settles once: the pinned day, the options that are on, the shop defaults. */
interface Settings {
  readonly rulesAt: string | undefined;
  readonly options: ReadonlySet<string>;
  readonly optionList: readonly string[];
  readonly shopPolicy: ShopPolicy | undefined;
  /** The rules of an era with this judge's options applied, computed once per era. */
  readonly selections: WeakMap<Era, Selection>;
}

/** The rules a judge runs in one era, and the dated versions among them. */
interface Selection {
  readonly stage1: readonly CompiledRule[];
  readonly stage2: readonly CompiledRule[];
  readonly versions: readonly RuleVersion[];
}

const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day (`YYYY-MM-DD`) of an instant in a time zone. */
function localDay(iso: string, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    dayFormats.set(timeZone, format);
  }
  return format.format(new Date(iso));
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

function select(era: Era, settings: Settings): Selection {
  let s = settings.selections.get(era);
  if (!s) {
    const on = (r: CompiledRule) => r.spec.option === undefined || settings.options.has(r.spec.option);
    const stage1 = era.optional ? era.stage1.filter(on) : era.stage1;
    const stage2 = era.optional ? era.stage2.filter(on) : era.stage2;
    s = { stage1, stage2, versions: versionsOf([...stage1, ...stage2]) };
    settings.selections.set(era, s);
  }
  return s;
}

/** The first stage's facts plus an outcome, without copying every fact. */
const withOutcome = (facts: Facts, outcome: Facts): Facts => Object.assign(Object.create(facts) as Facts, outcome);

const inOrder = (rules: Evaluated[]) =>
  rules.sort((a, b) => b.compiled.spec.priority - a.compiled.spec.priority || (a.compiled.spec.id < b.compiled.spec.id ? -1 : 1));

/**
 * What the second stage would decide if a provisional first-stage decision it reads went the other
 * way: for each unknown fact's question that could change such a decision, the second stage runs
 * again on the changed outcome. A second-stage decision that would then differ is provisional, and
 * the question says so.
 */
async function alternativesOf(
  stage2: readonly CompiledRule[],
  first: readonly Evaluated[],
  second: readonly Evaluated[],
  provisional: ReturnType<typeof foldVerdict>,
  read: Facts,
  facts: Facts,
): Promise<Alternative[]> {
  const reads = new Set(stage2.flatMap((r) => r.reads));
  const groups = new Map<string, { fact: string; to: string | boolean; ruleId: string; facts: string[] }>();
  for (const q of provisional.openQuestions) {
    if (q.kind !== 'unknown') continue;
    for (const c of q.couldChange) {
      const fact = SINGLE_DECISIONS.get(c.decision as SingleKey)?.outcomeFact;
      if (fact === undefined || !reads.has(fact)) continue;
      const key = `${fact}|${String(c.to)}|${c.ruleId}`;
      const g = groups.get(key) ?? { fact, to: c.to, ruleId: c.ruleId, facts: [] };
      g.facts.push(q.fact);
      groups.set(key, g);
    }
  }
  if (groups.size === 0) return [];
  const now = foldVerdict(inOrder([...first, ...second]), facts);
  const decided = SINGLE_KEYS.filter((k) => second.some((r) => r.compiled.spec.event.params.decisions.some((d) => singleOf(d)?.key === k)));
  const priorityOf = new Map(first.map((r) => [r.compiled.spec.id, r.compiled.spec.priority]));
  const out: Alternative[] = [];
  for (const g of groups.values()) {
    const again = await evaluateRules(stage2, withOutcome(facts, { ...read, [g.fact]: g.to }));
    const then = foldVerdict(inOrder([...first, ...again]), facts);
    for (const key of decided) {
      const to = decisionValue(then, key) ?? 'undetermined';
      if (to !== (decisionValue(now, key) ?? 'undetermined')) out.push({ decision: key, to, ruleId: g.ruleId, priority: priorityOf.get(g.ruleId) ?? 0, facts: g.facts });
    }
  }
  return out;
}

async function judgeCase(pack: Pack, input: Case, settings: Settings): Promise<Verdict> {
  const c: Case = settings.shopPolicy ? { ...input, shopPolicy: { ...settings.shopPolicy, ...input.shopPolicy } } : input;
  const timeZone = pack.manifest.timeZones[c.platform];
  const facts = deriveFacts(c, { timeZone, returnWindowDays: pack.manifest.defaults.returnWindowDays });
  const found = pack.buckets.get(`${c.platform}:${c.claim.type}`);
  if (!found) throw new Error(`internal: no rule bucket for ${c.platform}:${c.claim.type}`);
  const rulesAt = settings.rulesAt ?? localDay(c.order.paidAt, timeZone);
  const bucket = select(eraAt(found, rulesAt), settings);

  const first = await evaluateRules(bucket.stage1, facts);
  let evaluated = first;
  let alternatives: Alternative[] = [];
  if (bucket.stage2.length > 0) {
    const provisional = foldVerdict(first, facts);
    const read = outcomeFacts(provisional.outcome);
    const second = await evaluateRules(bucket.stage2, withOutcome(facts, read));
    evaluated = inOrder([...first, ...second]);
    alternatives = await alternativesOf(bucket.stage2, first, second, provisional, read, facts);
  }
  const folded = foldVerdict(evaluated, facts, alternatives);
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
export function createJudge(options: JudgeOptions = {}): Judge {
  if (options.rulesAt !== undefined && !CalendarDate.safeParse(options.rulesAt).success) {
    throw new TypeError(`createJudge: rulesAt must be a calendar date YYYY-MM-DD, got ${JSON.stringify(options.rulesAt)}`);
  }
  let shopPolicy: ShopPolicy | undefined;
  if (options.shopPolicy !== undefined) {
    const parsed = ShopPolicySchema.safeParse(options.shopPolicy);
    if (!parsed.success) {
      throw new TypeError(`createJudge: invalid shopPolicy:\n${fromZodIssues(parsed.error.issues, ['shopPolicy']).map((i) => `${i.message} → at ${i.path}`).join('\n')}`);
    }
    shopPolicy = parsed.data;
  }
  let settings: Settings | undefined;
  const packOf = () => options.pack ?? defaultPack();
  const settingsOf = (pack: Pack): Settings => {
    if (settings) return settings;
    const declared = pack.manifest.options ?? {};
    const unknown = Object.keys(options.options ?? {}).filter((o) => !Object.hasOwn(declared, o));
    if (unknown.length > 0) throw new TypeError(`createJudge: unknown option(s) ${unknown.join(', ')}; the pack declares ${Object.keys(declared).join(', ') || 'none'}`);
    const on = Object.keys(declared).filter((o) => options.options?.[o] ?? declared[o]?.default ?? false).sort();
    settings = { rulesAt: options.rulesAt, options: new Set(on), optionList: on, shopPolicy, selections: new WeakMap() };
    return settings;
  };
  // Unknown options are a programming error: report them here, not on the first case.
  if (options.pack || options.options) settingsOf(packOf());
  const safeJudge = async (input: unknown): Promise<JudgeResult> => {
    let parsed: ReturnType<typeof CaseSchema.safeParse>;
    try {
      parsed = CaseSchema.safeParse(input);
    } catch (e) {
      // Only a hostile object gets here (a getter or Proxy trap that throws while it is read):
      // still bad input, reported as such rather than thrown.
      return { ok: false, issues: [{ code: 'unreadable_input', path: '', message: `The input could not be read: ${e instanceof Error ? e.message : String(e)}` }] };
    }
    if (!parsed.success) return { ok: false, issues: fromZodIssues(parsed.error.issues) };
    const pack = packOf();
    return { ok: true, verdict: await judgeCase(pack, parsed.data, settingsOf(pack)) };
  };
  const judge = async (input: unknown): Promise<Verdict> => {
    const result = await safeJudge(input);
    if (!result.ok) throw new CaseValidationError(result.issues);
    return result.verdict;
  };
  return { judge, safeJudge, with: (overrides) => createJudge({ ...options, ...overrides }) };
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
