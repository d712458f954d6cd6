import { leaves } from '../check-rule.js';
import { SINGLE_DECISIONS, singleOf, type SingleKey } from '../decisions.js';
import { FACTS } from '../facts/catalog.js';
import type { LeafCondition, RuleSpec } from '../schema/rule.js';
import { describeLeaf, dnf, implies, unsatisfiedFact, type Conjunct, type Universes } from './condition-space.js';
import type { LintFinding, ParsedRule } from './lint-finding.js';

// Static checks of parsed rules: rules that can never fire, and pairs of rules that decide one
// thing differently at one priority on conditions that can hold together.

/** Single-valued decisions: the key the fold resolves them under, the value, the effective priority. */
interface Single {
  readonly key: SingleKey;
  readonly value: string | boolean;
  readonly priority: number;
  readonly at: number;
}

function singles(spec: RuleSpec): Single[] {
  return spec.event.params.decisions.flatMap((d, at): Single[] => {
    const single = singleOf(d);
    if (single === undefined) return [];
    const priority = ('priority' in d ? d.priority : undefined) ?? spec.priority;
    return [{ ...single, priority, at }];
  });
}

const shares = (a: RuleSpec, b: RuleSpec) => a.platforms.some((p) => b.platforms.includes(p));
const datesOverlap = (a: RuleSpec, b: RuleSpec) =>
  (a.effectiveFrom ?? '') <= (b.effectiveTo ?? '\uffff') && (b.effectiveFrom ?? '') <= (a.effectiveTo ?? '\uffff');

/**
 * What a second-stage rule can see in `outcome.*`: the values first-stage rules on a shared
 * platform decide, and `undetermined`.
 */
function outcomeUniverses(rule: RuleSpec, rules: readonly ParsedRule[]): Universes {
  const map = new Map<string, Set<string | boolean>>();
  const add = (fact: string, v: string | boolean) => map.set(fact, (map.get(fact) ?? new Set(['undetermined'])).add(v));
  for (const d of SINGLE_DECISIONS.values()) if (d.outcomeFact !== undefined) map.set(d.outcomeFact, new Set(['undetermined']));
  for (const r of rules) {
    if (r.stage !== 1 || !shares(r.spec, rule)) continue;
    for (const s of singles(r.spec)) {
      const fact = SINGLE_DECISIONS.get(s.key)?.outcomeFact;
      if (fact !== undefined) add(fact, s.value);
    }
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

const platformLeaf = (spec: RuleSpec): LeafCondition => ({ fact: 'platform', operator: 'in', value: spec.platforms });

function conjunctsOf(r: ParsedRule, universes: Universes): Conjunct[] | undefined {
  return dnf({ all: [platformLeaf(r.spec), r.spec.conditions] }, universes);
}

const rulePath = (index: number, rest = '') => `rules[${index}]${rest}`;

/**
 * Rules whose conditions contradict each other (or the outcomes the first stage can reach).
 *
 * @example
 * neverFires(rules).map((f) => f.ruleId); // ids of dead rules
 */
export function neverFires(rules: readonly ParsedRule[]): LintFinding[] {
  const out: LintFinding[] = [];
  for (const r of rules) {
    const universes = r.stage === 2 ? outcomeUniverses(r.spec, rules) : new Map();
    const conj = conjunctsOf(r, universes);
    if (conj === undefined || conj.length > 0) continue;
    const top = 'all' in r.spec.conditions ? r.spec.conditions.all.filter((c): c is LeafCondition => 'fact' in c) : [];
    const clash = unsatisfiedFact([platformLeaf(r.spec), ...top], universes);
    const why = clash
      ? clash.fact.startsWith('outcome.') && clash.leaves.length === 1
        ? `it needs ${describeLeaf(clash.leaves[0] as LeafCondition)}, but no first-stage rule on ${r.spec.platforms.join(', ')} decides that`
        : `${clash.leaves.map(describeLeaf).join(' and ')} cannot all hold`
      : 'no alternative of its `any` groups can hold together with the rest of its conditions';
    out.push({ severity: 'error', code: 'never_fires', file: r.file, ruleId: r.spec.id, path: rulePath(r.index, '.conditions'), message: `Rule "${r.spec.id}" can never fire: ${why}` });
  }
  return out;
}

/** A compact description of a case on which both rules fire. */
function witness(conj: Conjunct): string {
  const seen = new Set<string>();
  const parts = conj.map(describeLeaf).filter((s) => !seen.has(s) && seen.add(s));
  return parts.length > 8 ? `${parts.slice(0, 8).join(', ')}, …` : parts.join(', ');
}

/**
 * Whether, on every case a joint conjunct of two rules describes, some other rule surely fires
 * and decides `key` at a higher priority, so the pair's disagreement never reaches the verdict.
 * Only rules that are always in force when both are (no option, dates covering theirs) and that
 * no mandatory rule can set aside (they read no `shopPolicy.*`) count.
 */
function overridden(key: string, priority: number, joint: Conjunct, a: ParsedRule, b: ParsedRule, rules: readonly ParsedRule[], conjOf: (r: ParsedRule) => Conjunct[] | undefined): boolean {
  const from = [a.spec.effectiveFrom ?? '', b.spec.effectiveFrom ?? ''].sort()[1] as string;
  const to = [a.spec.effectiveTo ?? '\uffff', b.spec.effectiveTo ?? '\uffff'].sort()[0] as string;
  return rules.some((c) => {
    if (c === a || c === b || c.spec.option !== undefined) return false;
    if ((c.spec.effectiveFrom ?? '') > from || (c.spec.effectiveTo ?? '\uffff') < to) return false;
    if (!singles(c.spec).some((s) => s.key === key && s.priority > priority)) return false;
    if (leaves(c.spec.conditions).some(({ leaf }) => leaf.fact.startsWith('shopPolicy.'))) return false;
    return (conjOf(c) ?? []).some((y) => y.every((leaf) => implies(joint, leaf)));
  });
}

/**
 * Pairs of rules deciding one single-valued decision differently at the same effective priority
 * whose conditions are not provably disjoint: on a case where both fire, the fold leaves the
 * decision undetermined (`same_priority`).
 *
 * @example
 * samePriorityConflicts(rules).forEach((f) => console.warn(f.message));
 */
export function samePriorityConflicts(rules: readonly ParsedRule[]): LintFinding[] {
  const out: LintFinding[] = [];
  const cache = new Map<ParsedRule, Conjunct[] | undefined>();
  const conjOf = (r: ParsedRule) => {
    if (!cache.has(r)) cache.set(r, conjunctsOf(r, r.stage === 2 ? outcomeUniverses(r.spec, rules) : new Map()));
    return cache.get(r);
  };
  for (const r of rules) {
    const own = singles(r.spec);
    for (const a of own) {
      const clash = own.find((b) => b.at > a.at && b.key === a.key && b.priority === a.priority && b.value !== a.value);
      if (clash) {
        out.push({ severity: 'error', code: 'self_conflict', file: r.file, ruleId: r.spec.id, path: rulePath(r.index, `.event.params.decisions[${clash.at}]`), message: `Rule "${r.spec.id}" decides ${a.key} as both ${String(a.value)} and ${String(clash.value)} at priority ${a.priority}` });
      }
    }
  }
  for (let i = 0; i < rules.length; i++) {
    const a = rules[i] as ParsedRule;
    for (let j = i + 1; j < rules.length; j++) {
      const b = rules[j] as ParsedRule;
      if (!shares(a.spec, b.spec) || !datesOverlap(a.spec, b.spec)) continue;
      const pairs = singles(a.spec).flatMap((x) => singles(b.spec).filter((y) => y.key === x.key && y.priority === x.priority && y.value !== x.value).map((y) => [x, y] as const));
      if (pairs.length === 0) continue;
      const ca = conjOf(a);
      const cb = conjOf(b);
      let both: Conjunct | undefined;
      let open = pairs;
      const provable = ca !== undefined && cb !== undefined;
      if (ca && cb) {
        outer: for (const x of ca) {
          for (const y of cb) {
            const joint = [...x, ...y];
            if (unsatisfiedFact(joint) !== undefined) continue;
            // Decisions a higher-priority rule surely takes on this case are not in conflict here.
            const left = pairs.filter(([p]) => !overridden(p.key, p.priority, joint, a, b, rules, conjOf));
            if (left.length > 0) {
              both = joint;
              open = left;
              break outer;
            }
          }
        }
      }
      if (provable && both === undefined) continue;
      const where = both ? `both fire when ${witness(both)}` : 'their conditions are too complex to prove disjoint';
      const [x, y] = open[0] as (typeof open)[0];
      const keys = [...new Set(open.map(([p]) => p.key))].join(', ');
      const second = a.file < b.file || (a.file === b.file && a.index < b.index) ? b : a;
      out.push({
        severity: 'warning',
        code: 'same_priority_conflict',
        file: second.file,
        ruleId: second.spec.id,
        path: rulePath(second.index, '.priority'),
        message: `Rules "${a.spec.id}" (${a.file}) and "${b.spec.id}" (${b.file}) decide ${keys} differently at priority ${x.priority} (${String(x.value)} vs ${String(y.value)}) and ${where}: such a case gets an undetermined ${x.key}. Give one a higher priority or make their conditions exclusive`,
      });
    }
  }
  return out;
}
