import { FACTS } from '../facts/catalog.js';
import { singleOf } from '../verdict/decisions.js';
import type { Pack, PackRule } from '../pack/types.js';
import { priorityLabel } from '../pack/priority.js';
import type { Condition, Decision, MoneyExpr, RuleSpec, Source } from '../schema/rule.js';

type Text = { readonly zh: string; readonly en: string };

/** One decision a rule makes, as written and in words. */
export interface ExplainedDecision {
  /** The status key it decides (`liability`, `freight.return`, …), or the collected kind (`penalty`, `evidence`, …). */
  readonly decision: string;
  readonly words: string;
  /** This decision's priority (its own tier, else the rule's). */
  readonly priority: number;
  readonly spec: Decision;
}

/** What `explainRule` returns: a rule of the pack, for a person or an agent. */
export interface RuleExplanation {
  readonly ruleId: string;
  readonly message: Text;
  readonly source: Source;
  readonly note?: string;
  readonly catalogue: readonly string[];
  readonly platforms: readonly string[];
  /** Higher wins; a decision is taken by the highest-priority fired rule that makes it. */
  readonly priority: number;
  /** The priority as the rule writes it: a tier of `pack.json` `priorities`, maybe with an offset (`standard+5`). */
  readonly priorityLabel: string;
  /** Why the rule has an offset inside its tier, when it has one. */
  readonly priorityNote?: string;
  /** The priority tier (`pack.json` `priorities`) the rule names. */
  readonly tier: string;
  /** 1: reads the case; 2: also reads the first stage's decisions (`outcome.*`). */
  readonly stage: 1 | 2;
  readonly effectiveFrom?: string;
  readonly effectiveTo?: string;
  /** The platform rule it is a version of, and that series' other versions in the pack. */
  readonly series?: {
    readonly name: string;
    readonly versions: readonly {
      readonly ruleId: string;
      readonly effectiveFrom?: string;
      readonly effectiveTo?: string;
    }[];
  };
  /** The pack option that turns it on, with the option's default and description. */
  readonly option?: { readonly name: string; readonly default: boolean; readonly description: string };
  /** A law or platform article a shop policy cannot contract out of. */
  readonly mandatory: boolean;
  /** false: its dates or figures come from secondary sources and could not be checked. */
  readonly verified: boolean;
  /** The conditions in words, one line per condition, nested groups indented. */
  readonly conditions: readonly string[];
  /** The facts the conditions read (describe_fact explains each). */
  readonly reads: readonly string[];
  readonly decides: readonly ExplainedDecision[];
}

const OPERATOR_WORDS: Readonly<Record<string, string>> = {
  equal: 'is',
  notEqual: 'is not',
  in: 'is one of',
  notIn: 'is none of',
  lessThan: '<',
  lessThanInclusive: '≤',
  greaterThan: '>',
  greaterThanInclusive: '≥',
};

function valueWords(v: unknown): string {
  if (Array.isArray(v)) return v.map((x) => JSON.stringify(x)).join(', ');
  if (typeof v === 'object' && v !== null && 'fact' in v) return `the value of ${String((v as { fact: string }).fact)}`;
  return JSON.stringify(v);
}

function conditionLines(c: Condition, depth: number): string[] {
  const pad = '  '.repeat(depth);
  if ('fact' in c) {
    if (c.operator === 'present') return [`${pad}${c.fact} ${c.value === true ? 'is shown' : 'is not shown'}`];
    const op = OPERATOR_WORDS[c.operator] ?? c.operator;
    const unit = FACTS.get(c.fact)?.money === true ? ' yuan' : '';
    return [`${pad}${c.fact} ${op} ${valueWords(c.value)}${typeof c.value === 'number' ? unit : ''}`];
  }
  const [head, list] = 'all' in c ? (['all of:', c.all] as const) : (['any of:', c.any] as const);
  return [`${pad}${head}`, ...list.flatMap((child) => conditionLines(child, depth + 1))];
}

function moneyWords(m: MoneyExpr): string {
  if (typeof m === 'number') return `${m} yuan`;
  if ('fact' in m) return `the amount of ${m.fact}`;
  const bounds = [
    m.min !== undefined ? `at least ${m.min} yuan` : '',
    m.max !== undefined ? `at most ${m.max} yuan` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${m.percent} % of ${m.percentOf}${bounds ? ` (${bounds})` : ''}`;
}

function decisionWords(d: Decision): string {
  switch (d.kind) {
    case 'liability':
      return `liability: ${d.value}`;
    case 'remedy':
      return `remedy: ${d.value}`;
    case 'freight':
      return `the ${d.leg} freight leg is paid by the ${d.payer}${d.waiveTerms ? ' in full (no cap or restriction applies)' : ''}`;
    case 'freightTerms':
      return `terms on the ${d.leg} freight leg: ${[d.cap !== undefined ? `capped at ${moneyWords(d.cap)}` : '', ...(d.restrictions ?? [])].filter(Boolean).join('; ')}`;
    case 'disputeRate':
      return d.value ? 'counts toward the dispute rate' : 'does not count toward the dispute rate';
    case 'penalty':
      return `penalty ${d.penalty}${[
        d.points !== undefined ? `${d.points} points` : '',
        d.compensationToBuyer !== undefined ? `compensation to the buyer of ${moneyWords(d.compensationToBuyer)}` : '',
        d.paymentToPlatform !== undefined ? `payment to the platform of ${moneyWords(d.paymentToPlatform)}` : '',
      ]
        .filter(Boolean)
        .map((s, i) => `${i === 0 ? ': ' : ', '}${s}`)
        .join('')}`;
    case 'refundAdjustment':
      return `refund adjustment ${d.adjustment} of ${moneyWords(d.amount)}`;
    case 'evidence':
      return `the ${d.party} must provide ${d.item}`;
    case 'action':
      return `action: ${d.code}`;
    case 'forbid':
      return `a shop policy may not decide ${d.decision} = ${d.value} (mandatory)`;
    default: {
      const unreachable: never = d;
      return unreachable;
    }
  }
}

const decisionKey = (d: Decision): string => singleOf(d)?.key ?? d.kind;

/** Rule ids of the pack closest to a misspelt one (for "did you mean"). */
export function closestRuleIds(pack: Pack, id: string, n = 5): string[] {
  const want = id.toUpperCase();
  const score = (r: PackRule) => {
    const have = r.spec.id.toUpperCase();
    if (have === want) return 0;
    if (have.startsWith(want) || want.startsWith(have)) return 1;
    const a = new Set(want.split(/[-.]/));
    return 2 + have.split(/[-.]/).filter((p) => !a.has(p)).length;
  };
  return [...pack.rules]
    .sort((a, b) => score(a) - score(b) || (a.spec.id < b.spec.id ? -1 : 1))
    .slice(0, n)
    .map((r) => r.spec.id);
}

/**
 * A rule of the pack explained: its message in Chinese and English, the source it comes from,
 * its conditions in words, priority, effective dates, option, whether it is mandatory, and what
 * it decides. Undefined when the pack has no rule with this id.
 *
 * @example
 * explainRuleIn(defaultPack(), 'SHIP-LATE-72H')?.conditions; // ['all of:', '  claim.type is one of …', …]
 */
export function explainRuleIn(pack: Pack, ruleId: string): RuleExplanation | undefined {
  const found = pack.rules.find((r) => r.spec.id === ruleId);
  if (!found) return undefined;
  const s: RuleSpec = found.spec;
  const seriesMembers = s.series === undefined ? [] : pack.rules.filter((r) => r.spec.series === s.series);
  const option = s.option === undefined ? undefined : pack.manifest.options?.[s.option];
  return {
    ruleId: s.id,
    message: s.message,
    source: s.source,
    ...(s.note !== undefined ? { note: s.note } : {}),
    catalogue: s.catalogue,
    platforms: s.platforms,
    priority: found.priority,
    tier: found.tier,
    priorityLabel: priorityLabel(s.priority),
    ...(typeof s.priority === 'object' ? { priorityNote: s.priority.note } : {}),
    stage: found.stage,
    ...(s.effectiveFrom !== undefined ? { effectiveFrom: s.effectiveFrom } : {}),
    ...(s.effectiveTo !== undefined ? { effectiveTo: s.effectiveTo } : {}),
    ...(s.series !== undefined
      ? {
          series: {
            name: s.series,
            versions: [...seriesMembers]
              .sort(
                (a, b) =>
                  (a.spec.effectiveFrom ?? '').localeCompare(b.spec.effectiveFrom ?? '') ||
                  (a.spec.id < b.spec.id ? -1 : 1),
              )
              .map((r) => ({
                ruleId: r.spec.id,
                ...(r.spec.effectiveFrom !== undefined ? { effectiveFrom: r.spec.effectiveFrom } : {}),
                ...(r.spec.effectiveTo !== undefined ? { effectiveTo: r.spec.effectiveTo } : {}),
              })),
          },
        }
      : {}),
    ...(s.option !== undefined
      ? { option: { name: s.option, default: option?.default ?? false, description: option?.description ?? '' } }
      : {}),
    mandatory: s.mandatory === true,
    verified: s.verified !== false,
    conditions: conditionLines(s.conditions, 0),
    reads: found.reads,
    decides: s.decisions.map((d, i) => ({
      decision: decisionKey(d),
      words: decisionWords(d),
      priority: found.decisionPriorities[i] ?? found.priority,
      spec: d,
    })),
  };
}
