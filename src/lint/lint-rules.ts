import { SINGLE_DECISIONS, singleOf, type SingleKey } from '../verdict/decisions.js';
import { FACTS } from '../facts/catalog.js';
import { factsRead, policyOf } from '../evaluate/rule-reads.js';
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

const singlesCache = new WeakMap<ParsedRule, Single[]>();

function singles(r: ParsedRule): Single[] {
  let out = singlesCache.get(r);
  if (out === undefined) {
    out = r.spec.decisions.flatMap((d, at): Single[] => {
      const single = singleOf(d);
      return single === undefined ? [] : [{ ...single, priority: r.decisionPriorities[at] ?? r.priority, at }];
    });
    singlesCache.set(r, out);
  }
  return out;
}

/** Claim types a rule is limited to by a top-level `claim.type` condition; undefined: any. */
function claimTypesOf(spec: RuleSpec): readonly string[] | undefined {
  if (!('all' in spec.conditions)) return undefined;
  for (const c of spec.conditions.all) {
    if (!('fact' in c) || c.fact !== 'claim.type') continue;
    if (c.operator === 'equal' && typeof c.value === 'string') return [c.value];
    if (c.operator === 'in' && Array.isArray(c.value)) return c.value as string[];
  }
  return undefined;
}

const claimTypesShared = (a: readonly string[] | undefined, b: readonly string[] | undefined) =>
  a === undefined || b === undefined || a.some((t) => b.includes(t));

const shares = (a: RuleSpec, b: RuleSpec) => a.platforms.some((p) => b.platforms.includes(p));

/**
 * What a second-stage rule can see in `outcome.*`: the values first-stage rules on a shared
 * platform decide, and `undetermined`.
 */
function outcomeUniverses(rule: RuleSpec, rules: readonly ParsedRule[]): Universes {
  let perPlatform = universeCache.get(rules);
  if (perPlatform === undefined) {
    // Once per pack: the outcome values first-stage rules decide, per platform.
    perPlatform = new Map();
    for (const r of rules) {
      if (r.stage !== 1) continue;
      for (const s of singles(r)) {
        const fact = SINGLE_DECISIONS.get(s.key)?.outcomeFact;
        if (fact === undefined) continue;
        for (const p of r.spec.platforms) {
          const facts = perPlatform.get(p) ?? new Map<string, Set<string | boolean>>();
          perPlatform.set(p, facts.set(fact, (facts.get(fact) ?? new Set()).add(s.value)));
        }
      }
    }
    universeCache.set(rules, perPlatform);
  }
  const map = new Map<string, Set<string | boolean>>();
  for (const d of SINGLE_DECISIONS.values())
    if (d.outcomeFact !== undefined) map.set(d.outcomeFact, new Set(['undetermined']));
  for (const p of rule.platforms) {
    for (const [fact, values] of perPlatform.get(p) ?? [])
      for (const v of values) (map.get(fact) ?? map.set(fact, new Set(['undetermined'])).get(fact))?.add(v);
  }
  return new Map([...map].map(([k, v]) => [k, [...v]]));
}

const universeCache = new WeakMap<readonly ParsedRule[], Map<string, Map<string, Set<string | boolean>>>>();

const platformLeaf = (spec: RuleSpec): LeafCondition => ({ fact: 'platform', operator: 'in', value: spec.platforms });

function conjunctsOf(r: ParsedRule, universes: Universes): Conjunct[] | undefined {
  return dnf({ all: [platformLeaf(r.spec), r.spec.conditions] }, universes);
}

const rulePath = (index: number, rest = '') => `rules[${index}]${rest}`;

/**
 * The pairs of rules that could decide one single-valued decision differently at one priority,
 * without comparing every rule with every other: rules are grouped by (decision, priority), and
 * within a group a sweep over effective dates pairs only rules in force on a common day, on a
 * common platform and claim type. Each pair once, in pack order.
 */
function candidatePairs(rules: readonly ParsedRule[]): [ParsedRule, ParsedRule][] {
  const order = new Map(rules.map((r, i) => [r, i]));
  const groups = new Map<string, { r: ParsedRule; value: string | boolean }[]>();
  for (const r of rules) {
    for (const s of singles(r)) {
      const k = `${s.key}|${s.priority}`;
      groups.set(k, [...(groups.get(k) ?? []), { r, value: s.value }]);
    }
  }
  const seen = new Set<string>();
  const out: [ParsedRule, ParsedRule][] = [];
  const claimTypes = new Map<ParsedRule, readonly string[] | undefined>();
  const typesOf = (r: ParsedRule) =>
    claimTypes.has(r) ? claimTypes.get(r) : (claimTypes.set(r, claimTypesOf(r.spec)), claimTypes.get(r));
  for (const members of groups.values()) {
    if (new Set(members.map((m) => m.value)).size < 2) continue;
    const sorted = [...members].sort((x, y) =>
      (x.r.spec.effectiveFrom ?? '') < (y.r.spec.effectiveFrom ?? '')
        ? -1
        : (x.r.spec.effectiveFrom ?? '') > (y.r.spec.effectiveFrom ?? '')
          ? 1
          : 0,
    );
    let active: typeof members = [];
    for (const m of sorted) {
      const from = m.r.spec.effectiveFrom ?? '';
      active = active.filter((x) => (x.r.spec.effectiveTo ?? '\uffff') >= from);
      for (const x of active) {
        if (
          x.r === m.r ||
          x.value === m.value ||
          !shares(x.r.spec, m.r.spec) ||
          !claimTypesShared(typesOf(x.r), typesOf(m.r))
        )
          continue;
        const [a, b] = (order.get(x.r) as number) < (order.get(m.r) as number) ? [x.r, m.r] : [m.r, x.r];
        const id = `${order.get(a)}|${order.get(b)}`;
        if (seen.has(id)) continue;
        seen.add(id);
        out.push([a, b]);
      }
      active.push(m);
    }
  }
  return out.sort(
    ([a1, b1], [a2, b2]) =>
      (order.get(a1) as number) - (order.get(a2) as number) || (order.get(b1) as number) - (order.get(b2) as number),
  );
}

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
    out.push({
      severity: 'error',
      code: 'never_fires',
      file: r.file,
      ruleId: r.spec.id,
      path: rulePath(r.index, '.conditions'),
      message: `Rule "${r.spec.id}" can never fire: ${why}`,
    });
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
function overridden(
  key: string,
  priority: number,
  joint: Conjunct,
  a: ParsedRule,
  b: ParsedRule,
  deciders: readonly ParsedRule[],
  conjOf: (r: ParsedRule) => Conjunct[] | undefined,
): boolean {
  const from = [a.spec.effectiveFrom ?? '', b.spec.effectiveFrom ?? ''].sort()[1] as string;
  const to = [a.spec.effectiveTo ?? '\uffff', b.spec.effectiveTo ?? '\uffff'].sort()[0] as string;
  return deciders.some((c) => {
    if (c === a || c === b || c.spec.option !== undefined) return false;
    if ((c.spec.effectiveFrom ?? '') > from || (c.spec.effectiveTo ?? '\uffff') < to) return false;
    if (!shares(c.spec, a.spec) || !claimTypesShared(claimTypesOf(c.spec), claimTypesOf(a.spec))) return false;
    if (!singles(c).some((s) => s.key === key && s.priority > priority)) return false;
    if (policyOf(factsRead(c.spec.conditions)).length > 0) return false;
    return (conjOf(c) ?? []).some((y) => y.every((leaf) => implies(joint, leaf)));
  });
}

/**
 * Whether either rule declares its tie with the other intended on every case a joint conjunct
 * describes: an `intendedTies` entry naming the other rule (or any rule) whose `when` leaves the
 * conjunct implies.
 */
function intendedTie(a: ParsedRule, b: ParsedRule, joint: Conjunct): boolean {
  return [
    [a, b],
    [b, a],
  ].some(([r, other]) =>
    (r?.spec.intendedTies ?? []).some(
      (t) =>
        (t.with === undefined || t.with.includes(other?.spec.id ?? '')) &&
        (t.when ?? []).every((c) => 'fact' in c && implies(joint, c)),
    ),
  );
}

/**
 * `intendedTies` entries naming rules the pack does not have: a typo, or a rule renamed since.
 *
 * @example
 * unknownTieRules(rules); // [{ code: 'unknown_tie_rule', … }]
 */
export function unknownTieRules(rules: readonly ParsedRule[]): LintFinding[] {
  const ids = new Set(rules.map((r) => r.spec.id));
  return rules.flatMap((r) =>
    (r.spec.intendedTies ?? []).flatMap((t, i) =>
      (t.with ?? []).flatMap((id, k): LintFinding[] =>
        ids.has(id)
          ? []
          : [
              {
                severity: 'error',
                code: 'unknown_tie_rule',
                file: r.file,
                ruleId: r.spec.id,
                path: rulePath(r.index, `.intendedTies[${i}].with[${k}]`),
                message: `Rule "${r.spec.id}" declares an intended tie with "${id}", which is not in the pack`,
              },
            ],
      ),
    ),
  );
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
  // Rules that could override a pair: those deciding a single-valued decision at all.
  const anyDecider = rules.filter((r) => singles(r).length > 0);
  const decidersOf = new Map<ParsedRule, readonly ParsedRule[]>(rules.map((r) => [r, anyDecider]));
  const cache = new Map<ParsedRule, Conjunct[] | undefined>();
  const conjOf = (r: ParsedRule) => {
    if (!cache.has(r)) cache.set(r, conjunctsOf(r, r.stage === 2 ? outcomeUniverses(r.spec, rules) : new Map()));
    return cache.get(r);
  };
  for (const r of rules) {
    const own = singles(r);
    for (const a of own) {
      const clash = own.find((b) => b.at > a.at && b.key === a.key && b.priority === a.priority && b.value !== a.value);
      if (clash) {
        out.push({
          severity: 'error',
          code: 'self_conflict',
          file: r.file,
          ruleId: r.spec.id,
          path: rulePath(r.index, `.decisions[${clash.at}]`),
          message: `Rule "${r.spec.id}" decides ${a.key} as both ${String(a.value)} and ${String(clash.value)} at priority ${a.priority}`,
        });
      }
    }
  }
  for (const [a, b] of candidatePairs(rules)) {
    {
      const deciders = decidersOf.get(a) ?? [];
      const pairs = singles(a).flatMap((x) =>
        singles(b)
          .filter((y) => y.key === x.key && y.priority === x.priority && y.value !== x.value)
          .map((y) => [x, y] as const),
      );
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
            // Decisions a higher-priority rule surely takes on this case are not in conflict here,
            // nor is a tie the rules declare intended on it.
            const left = pairs.filter(([p]) => !overridden(p.key, p.priority, joint, a, b, deciders, conjOf));
            if (left.length > 0 && !intendedTie(a, b, joint)) {
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
        message: `Rules "${a.spec.id}" (${a.file}) and "${b.spec.id}" (${b.file}) decide ${keys} differently at priority ${x.priority} (${String(x.value)} vs ${String(y.value)}) and ${where}: such a case gets an undetermined ${x.key}. Give one a higher priority, make their conditions exclusive, or declare the tie intended (intendedTies, with a reason)`,
      });
    }
  }
  return out;
}
