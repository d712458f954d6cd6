import { SINGLE_KEYS, type SingleKey } from '../verdict/decisions.js';
import type { DecisionStatus, OpenQuestion, Verdict } from '../schema/verdict.js';
import { FreightLeg } from '../schema/vocabulary.js';
import { decisionName, decisionValue, label, term, type Lang } from './i18n.js';

const money = (lang: Lang, n: number) => `${n} ${label(lang, 'yuan')}`;
const ref = (ruleId: string) => `[${ruleId}]`;

/** How many open questions the human output spells out; `--json` has them all. */
export const TOP_QUESTIONS = 3;

/** Decision keys in the registry's order (liability, remedy, dispute rate, freight legs), others after, as given. */
function byRegistry(keys: Iterable<string>): string[] {
  const rank = (k: string) => {
    const i = (SINGLE_KEYS as readonly string[]).indexOf(k);
    return i < 0 ? SINGLE_KEYS.length : i;
  };
  return [...new Set(keys)]
    .map((k, i) => [k, i] as const)
    .sort((a, b) => rank(a[0]) - rank(b[0]) || a[1] - b[1])
    .map(([k]) => k);
}

/** A value with its notes in brackets: `seller (provisional)`, `卖家(暂定,上限 10 元)`. */
function annotated(lang: Lang, value: string, notes: readonly string[]): string {
  if (notes.length === 0) return value;
  return lang === 'zh' ? `${value}(${notes.join(',')})` : `${value} (${notes.join(', ')})`;
}

/** The status note of a decision: none when it is absent, or when an undetermined value already says it. */
function statusNote(lang: Lang, value: string | boolean, status: DecisionStatus | undefined): string[] {
  if (status === undefined || (value === 'undetermined' && status === 'undetermined')) return [];
  return [term.status(lang, status)];
}

/** What an open question could change: each decision once, with the values it could take. */
function couldChange(lang: Lang, q: OpenQuestion): string {
  const to = new Map<string, Set<string | boolean>>();
  for (const c of q.couldChange) to.set(c.decision, (to.get(c.decision) ?? new Set()).add(c.to));
  const or = lang === 'zh' ? '或' : ' or ';
  return byRegistry(to.keys())
    .map((d) => `${decisionName(lang, d)} → ${[...(to.get(d) ?? [])].map((x) => decisionValue(lang, d, x)).join(or)}`)
    .join(lang === 'zh' ? ';' : '; ');
}

/**
 * A string made safe to print on a terminal: C0 and C1 control characters (ESC, CR, BEL, …), DEL
 * and the Unicode bidirectional controls become visible escapes (`\x1b`, `\u202e`), so text from a
 * case (its `caseId`) or a pack cannot move the cursor, recolour, overwrite or reorder what is shown.
 *
 * @example
 * escapeControls('A1\x1b[2J'); // 'A1\\x1b[2J'
 */
export function escapeControls(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * A verdict for a person reading a terminal: each decision with its status (firm, provisional,
 * undetermined), freight legs, penalties, the first open questions, evidence still needed, missing
 * facts, conflicts and the rules that decided, in Chinese or English.
 *
 * @example
 * process.stdout.write(formatVerdict(verdict, 'en'));
 */
export function formatVerdict(v: Verdict, lang: Lang): string {
  const L = (k: Parameters<typeof label>[1]) => label(lang, k);
  const sep = lang === 'zh' ? ':' : ': ';
  const lines: string[] = [];
  const r = v.ruleset;
  lines.push(`${L('case')} ${v.caseId} · ${L('asOf')} ${v.asOf}`);
  lines.push(`${L('rules')}${sep}${r.id} ${r.version}, ${L('rulesAt')} ${r.rulesAt} (${r.rules} ${L('evaluated')})`);
  // The record makes the buyer's story doubtful (src/schema/claim-story.ts): said before the outcome.
  for (const w of v.warnings ?? []) lines.push(`${lang === 'zh' ? '注意' : 'Warning'}${sep}${w.message}`);
  lines.push('');
  const o = v.outcome;
  const status = v.status as Readonly<Partial<Record<SingleKey, DecisionStatus>>>;
  const decision = (key: SingleKey, value: string | boolean, text: string, notes: readonly string[] = []) =>
    `  ${decisionName(lang, key)}${sep}${annotated(lang, text, [...statusNote(lang, value, status[key]), ...notes])}`;
  lines.push(L('outcome'));
  lines.push(decision('liability', o.liability, term.liability(lang, o.liability)));
  lines.push(decision('remedy', o.remedy, term.remedy(lang, o.remedy)));
  if (o.countsTowardDisputeRate !== undefined)
    lines.push(
      decision('countsTowardDisputeRate', o.countsTowardDisputeRate, term.tri(lang, o.countsTowardDisputeRate)),
    );

  const legs = FreightLeg.options.flatMap((leg) => (o.freight[leg] ? [[leg, o.freight[leg]] as const] : []));
  if (legs.length > 0) {
    lines.push(L('freight'));
    for (const [leg, f] of legs) {
      const extra = [
        f.cap !== undefined ? `${L('cap')} ${money(lang, f.cap)}` : undefined,
        ...(f.restrictions ?? []).map((x) => term.restriction(lang, x)),
      ].filter((x): x is string => x !== undefined);
      const rules = [f.ruleId, ...(f.termsRuleIds ?? [])].filter((x): x is string => x !== undefined);
      lines.push(
        `${decision(`freight.${leg}`, f.payer, term.payer(lang, f.payer), extra)}${rules.length ? `  ${rules.map(ref).join(' ')}` : ''}`,
      );
    }
  }
  if (o.refundAdjustments.length > 0) {
    lines.push(L('adjustments'));
    for (const a of o.refundAdjustments)
      lines.push(`  ${term.adjustment(lang, a.kind)}${sep}${money(lang, a.amount)}  ${ref(a.ruleId)}`);
  }
  if (o.penalties.length > 0) {
    lines.push(L('penalties'));
    for (const p of o.penalties) {
      // Word order differs: "3 points, 9.95 yuan to the buyer" / "扣 3 分,赔付买家 9.95 元".
      const parts =
        lang === 'zh'
          ? [
              p.points !== undefined ? `扣 ${p.points} 分` : undefined,
              p.compensationToBuyer !== undefined ? `${L('toBuyer')} ${money(lang, p.compensationToBuyer)}` : undefined,
              p.paymentToPlatform !== undefined ? `${L('toPlatform')} ${money(lang, p.paymentToPlatform)}` : undefined,
            ].filter(Boolean)
          : [
              p.points !== undefined ? `${p.points} ${L('points')}` : undefined,
              p.compensationToBuyer !== undefined ? `${money(lang, p.compensationToBuyer)} ${L('toBuyer')}` : undefined,
              p.paymentToPlatform !== undefined ? `${money(lang, p.paymentToPlatform)} ${L('toPlatform')}` : undefined,
            ].filter(Boolean);
      lines.push(
        `  ${term.penalty(lang, p.kind)}${parts.length ? `${sep}${parts.join(lang === 'zh' ? ',' : ', ')}` : ''}  ${ref(p.ruleId)}`,
      );
    }
  }
  if (v.openQuestions.length > 0) {
    lines.push(L('questions'));
    v.openQuestions.slice(0, TOP_QUESTIONS).forEach((q, i) => {
      lines.push(`  ${i + 1}. ${q.question[lang]}  [${q.fact}]`);
      lines.push(`     ${term.questionKind(lang, q.kind, q.party)}`);
      if (q.couldChange.length > 0) lines.push(`     ${L('couldChange')}${sep}${couldChange(lang, q)}`);
    });
    const more = v.openQuestions.length - TOP_QUESTIONS;
    if (more > 0)
      lines.push(
        lang === 'zh' ? `  另有 ${more} 个问题(--json 列出全部)` : `  and ${more} more (--json lists them all)`,
      );
  }
  if (v.evidenceRequired.length > 0) {
    lines.push(L('evidence'));
    for (const e of v.evidenceRequired)
      lines.push(`  ${term.party(lang, e.party)}${sep}${term.evidence(lang, e.item)}  ${ref(e.ruleId)}`);
  }
  if (v.actions.length > 0) {
    lines.push(L('actions'));
    for (const a of v.actions) lines.push(`  ${term.action(lang, a.code)}  ${ref(a.ruleId)}`);
  }
  if (v.missingFacts.length > 0) {
    lines.push(L('missing'));
    for (const m of v.missingFacts) {
      const blocks = byRegistry(m.blocks).map((d) => decisionName(lang, d));
      const held =
        blocks.length > 0
          ? `${lang === 'zh' ? ';' : '; '}${L('holdsOpen')}${sep}${blocks.join(lang === 'zh' ? '、' : ', ')}`
          : '';
      lines.push(`  ${m.fact} (${L('neededBy')} ${m.neededBy.join(', ')}${held})`);
    }
  }
  if (v.conflicts.length > 0) {
    lines.push(L('conflicts'));
    for (const c of v.conflicts) {
      lines.push(
        `  ${decisionName(lang, c.decision)}${sep}${term.conflictReason(lang, c.reason)} (${c.priority}): ${c.candidates.map((x) => `${x.ruleId} → ${decisionValue(lang, c.decision, x.value)}`).join('; ')}`,
      );
    }
  }
  lines.push(L('decidedBy'));
  if (v.findings.length === 0) lines.push(`  ${L('none')}`);
  for (const f of v.findings) lines.push(`  ${f.ruleId}  ${f.message[lang]}`);
  // Each line escaped on its own: the line breaks between them are the output's own.
  return `${lines.map(escapeControls).join('\n')}\n`;
}
