import type { Verdict } from '../schema/verdict.js';
import { FreightLeg } from '../schema/vocabulary.js';
import { decisionName, decisionValue, label, term, type Lang } from './i18n.js';

const money = (lang: Lang, n: number) => `${n} ${label(lang, 'yuan')}`;
const ref = (ruleId: string) => `[${ruleId}]`;

/**
 * A verdict for a person reading a terminal: outcome, freight legs, penalties, evidence still
 * needed, missing facts, conflicts and the rules that decided, in Chinese or English.
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
  lines.push('');
  const o = v.outcome;
  lines.push(L('outcome'));
  lines.push(`  ${L('liability')}${sep}${term.liability(lang, o.liability)}`);
  lines.push(`  ${L('remedy')}${sep}${term.remedy(lang, o.remedy)}`);
  if (o.countsTowardDisputeRate !== undefined) lines.push(`  ${L('disputeRate')}${sep}${term.tri(lang, o.countsTowardDisputeRate)}`);

  const legs = FreightLeg.options.flatMap((leg) => (o.freight[leg] ? [[leg, o.freight[leg]] as const] : []));
  if (legs.length > 0) {
    lines.push(L('freight'));
    for (const [leg, f] of legs) {
      const extra = [f.cap !== undefined ? `${L('cap')} ${money(lang, f.cap)}` : undefined, ...(f.restrictions ?? []).map((x) => term.restriction(lang, x))].filter(Boolean);
      const rules = [f.ruleId, ...(f.termsRuleIds ?? [])].filter((x): x is string => x !== undefined);
      lines.push(`  ${term.freightLeg(lang, leg)}${sep}${term.payer(lang, f.payer)}${extra.length ? ` (${extra.join(', ')})` : ''}${rules.length ? `  ${rules.map(ref).join(' ')}` : ''}`);
    }
  }
  if (o.refundAdjustments.length > 0) {
    lines.push(L('adjustments'));
    for (const a of o.refundAdjustments) lines.push(`  ${term.adjustment(lang, a.kind)}${sep}${money(lang, a.amount)}  ${ref(a.ruleId)}`);
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
      lines.push(`  ${term.penalty(lang, p.kind)}${parts.length ? `${sep}${parts.join(lang === 'zh' ? ',' : ', ')}` : ''}  ${ref(p.ruleId)}`);
    }
  }
  if (v.evidenceRequired.length > 0) {
    lines.push(L('evidence'));
    for (const e of v.evidenceRequired) lines.push(`  ${term.party(lang, e.party)}${sep}${term.evidence(lang, e.item)}  ${ref(e.ruleId)}`);
  }
  if (v.actions.length > 0) {
    lines.push(L('actions'));
    for (const a of v.actions) lines.push(`  ${term.action(lang, a.code)}  ${ref(a.ruleId)}`);
  }
  if (v.missingFacts.length > 0) {
    lines.push(L('missing'));
    for (const m of v.missingFacts) lines.push(`  ${m.fact} (${L('neededBy')} ${m.neededBy.join(', ')})`);
  }
  if (v.conflicts.length > 0) {
    lines.push(L('conflicts'));
    for (const c of v.conflicts) {
      lines.push(`  ${decisionName(lang, c.decision)}${sep}${term.conflictReason(lang, c.reason)} (${c.priority}): ${c.candidates.map((x) => `${x.ruleId} → ${decisionValue(lang, c.decision, x.value)}`).join('; ')}`);
    }
  }
  lines.push(L('decidedBy'));
  if (v.findings.length === 0) lines.push(`  ${L('none')}`);
  for (const f of v.findings) lines.push(`  ${f.ruleId}  ${f.message[lang]}`);
  return `${lines.join('\n')}\n`;
}
