// What judge_case answers by default: a verdict sized for a model's context window (a few KB).
// The decisions and how sure each is, what to ask next, and why, each finding one line with its
// source; the rule-by-rule trace, every question's answer schema and the rule versions stay in
// `detail: "full"`.
import type { Source } from '../schema/rule.js';
import type { Verdict } from '../schema/verdict.js';

/** How many open questions the concise verdict lists at most (next_questions lists more). */
export const TOP_QUESTIONS = 3;

/**
 * The bytes (UTF-8 JSON) a concise verdict aims to stay within: past it, its open questions are
 * listed fewer (never none while there are some); `openQuestionsTotal` and next_questions give the rest.
 */
export const CONCISE_BUDGET = 3 * 1024;
const UTF8 = new TextEncoder();

/** A verdict as judge_case answers by default. */
export interface ConciseVerdict {
  readonly caseId: string;
  /** The day whose rules judged the case (YYYY-MM-DD). */
  readonly rulesAt: string;
  /** The outcome, its empty lists left out. */
  readonly outcome: Partial<Verdict['outcome']>;
  readonly status: Verdict['status'];
  /** Left out when empty. */
  readonly evidenceRequired?: Verdict['evidenceRequired'];
  /** Left out when empty. */
  readonly actions?: Verdict['actions'];
  /**
   * The rules that fired, one line each: `RULE-ID (source): message` in English; the source a
   * seed's `doc:lines` or a public rule, named at its first finding only.
   */
  readonly findings: readonly string[];
  /** The top open questions, ask-first: the fact to answer, who answers, the question in Chinese and English, what it could change. */
  readonly openQuestions: readonly {
    readonly fact: string;
    /** A grouped question: every fact it asks, each answered as its own entry. */
    readonly facts?: readonly string[];
    readonly kind: 'unknown' | 'not_shown';
    readonly party?: string;
    readonly zh: string;
    readonly en: string;
    readonly couldChange: readonly string[];
  }[];
  readonly openQuestionsTotal: number;
  readonly conflicts?: Verdict['conflicts'];
}

/** A source as the project cites it: `002:583-587` for seed lines, else the public rule's title. */
export function citation(source: Source): string {
  return 'doc' in source ? `${source.doc.slice(0, 3)}:${source.lines}` : source.rule;
}

/** One line per finding; a source already named by an earlier finding is not repeated. */
function findingLines(v: Verdict): string[] {
  const cited = new Set<string>();
  return v.findings.map((f) => {
    const source = citation(f.source);
    const line = cited.has(source) ? `${f.ruleId}: ${f.message.en}` : `${f.ruleId} (${source}): ${f.message.en}`;
    cited.add(source);
    return line;
  });
}

/**
 * The concise form of a verdict.
 *
 * @example
 * conciseVerdict(await judge(myCase)).openQuestions[0]?.en; // 'When did the carrier first scan the parcel?'
 */
export function conciseVerdict(v: Verdict): ConciseVerdict {
  const full = conciseAll(v);
  const questions = [...full.openQuestions];
  let out = full;
  while (questions.length > 1 && UTF8.encode(JSON.stringify(out)).length > CONCISE_BUDGET) {
    questions.pop();
    out = { ...full, openQuestions: [...questions] };
  }
  return out;
}

function conciseAll(v: Verdict): ConciseVerdict {
  return {
    caseId: v.caseId,
    rulesAt: v.ruleset.rulesAt,
    outcome: Object.fromEntries(
      Object.entries(v.outcome).filter(([, x]) => !(Array.isArray(x) && x.length === 0)),
    ) as Partial<Verdict['outcome']>,
    status: v.status,
    ...(v.evidenceRequired.length > 0 ? { evidenceRequired: v.evidenceRequired } : {}),
    ...(v.actions.length > 0 ? { actions: v.actions } : {}),
    findings: findingLines(v),
    openQuestions: v.openQuestions.slice(0, TOP_QUESTIONS).map((q) => ({
      fact: q.fact,
      ...(q.facts !== undefined ? { facts: q.facts } : {}),
      kind: q.kind,
      ...(q.party !== undefined ? { party: q.party } : {}),
      zh: q.question.zh,
      en: q.question.en,
      couldChange: [...new Set(q.couldChange.map((c) => `${c.decision}→${String(c.to)}`))],
    })),
    openQuestionsTotal: v.openQuestions.length,
    ...(v.conflicts.length > 0 ? { conflicts: v.conflicts } : {}),
  };
}
