/// <reference lib="dom" />
// The verdict as a Chinese note for the after-sale ticket: the decisions with their status, the
// penalties, the reasons with their sources, and what is still needed from whom. Plain text, to
// copy; the page shows it as it will be pasted.
import type { Verdict } from '../browser.js';
import { decisionName, partyLabel, shownValue, t, term } from './i18n.js';
import { penaltyText } from './verdict-view.js';

type Source = Verdict['findings'][number]['source'];

/** The case as the ticket names it: its platform and claim type in words. */
export interface TicketCase {
  readonly platform?: string;
  readonly claimType?: string;
}

const sourceText = (s: Source) =>
  'doc' in s ? `${s.doc} ${t('zh', 'lines', { lines: s.lines })}` : `${t('zh', 'platformRule')} ${s.rule}`;

/**
 * The ticket note (always Chinese: the platforms' tickets are).
 *
 * @example
 * ticketText(verdict, { platform: '淘宝', claimType: '延迟发货' });
 * // '【售后预判】案件 TB-1 · 淘宝 · 延迟发货\n判定时间 …\n判定:\n- 责任方:卖家(确定)\n…'
 */
export function ticketText(v: Verdict, c: TicketCase): string {
  const lines: string[] = [];
  const head = [`案件 ${v.caseId}`, c.platform, c.claimType].filter((x) => x !== undefined).join(' · ');
  lines.push(`【售后预判】${head}`, `判定时间 ${v.asOf}`, '判定:');
  for (const [key, status] of Object.entries(v.status)) {
    const value = decisionValueOf(v, key);
    if (value === undefined) continue;
    lines.push(`- ${decisionName('zh', key)}:${shownValue('zh', key, value)}(${term.status('zh', status)})`);
  }
  if (v.outcome.penalties.length > 0) {
    lines.push('处罚:');
    for (const p of v.outcome.penalties) lines.push(`- ${penaltyText('zh', p)}`);
  }
  if (v.outcome.refundAdjustments.length > 0) {
    lines.push('退款调整:');
    for (const a of v.outcome.refundAdjustments) lines.push(`- ${term.adjustment('zh', a.kind)}:${a.amount} 元`);
  }
  if (v.findings.length > 0) {
    lines.push('理由:');
    for (const f of v.findings) lines.push(`- ${f.message.zh}(出处:${sourceText(f.source)})`);
  }
  const owed = v.evidenceRequired.map((e) => `- ${partyLabel('zh', e.party)}须提供:${term.evidence('zh', e.item)}`);
  const asks = v.openQuestions
    .filter((q) => q.kind === 'unknown')
    .map((q) => `- 问${partyLabel('zh', q.party)}:${q.question.zh}`);
  if (owed.length + asks.length > 0) lines.push('仍需:', ...new Set(owed), ...asks);
  lines.push(`规则包 ${v.ruleset.id} ${v.ruleset.version}(适用 ${v.ruleset.rulesAt} 的规则)`);
  return lines.join('\n');
}

/** A decision's value by its status key: `liability`, `remedy`, `countsTowardDisputeRate`, `freight.<leg>`. */
function decisionValueOf(v: Verdict, key: string): string | boolean | undefined {
  const o = v.outcome;
  if (key === 'liability') return o.liability;
  if (key === 'remedy') return o.remedy;
  if (key === 'countsTowardDisputeRate') return o.countsTowardDisputeRate;
  if (key.startsWith('freight.'))
    return (o.freight as Record<string, { payer: string } | undefined>)[key.slice(8)]?.payer;
  return undefined;
}
