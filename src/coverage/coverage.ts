// Which rules and conditions a set of verdicts exercised: per rule, how often it fired, was false
// or waited; per condition leaf of the rule file, how often it was true, false and unknown. Read
// from the verdicts' full trace, whose condition tree mirrors the rule's.
import type { Pack, PackRule } from '../pack/build-pack.js';
import type { Condition } from '../schema/rule.js';
import type { TraceNode, Verdict } from '../schema/verdict.js';

/** One condition leaf of a rule: where it is in the rule, what it says, how often each result came. */
export interface LeafCoverage {
  /** Path of the leaf in its rule: `conditions.all[1].any[0]`. */
  readonly path: string;
  /** The leaf as a reader writes it: `claim.type in ["quality"]`. */
  readonly condition: string;
  readonly true: number;
  readonly false: number;
  readonly unknown: number;
  /**
   * The rule's claim-type selector (its first top-level `claim.type` equal / in leaf): the pack is
   * indexed by it, so it is evaluated only where it holds, and counts as covered once true.
   */
  readonly selector?: true;
}

/** One rule: its place in the pack, how often it fired, was false, waited; its leaves. */
export interface RuleCoverage {
  readonly ruleId: string;
  readonly file: string;
  /** Position of the rule in its file (`rules[index]`). */
  readonly index: number;
  readonly fired: number;
  readonly false: number;
  readonly waiting: number;
  readonly leaves: readonly LeafCoverage[];
}

/** Totals over the pack: rules that fired at least once; leaves seen true and false. */
export interface CoverageTotals {
  readonly rules: number;
  readonly rulesFired: number;
  readonly leaves: number;
  /** Leaves seen both true and false (a claim-type selector: seen true). */
  readonly leavesBothWays: number;
  readonly leavesTrue: number;
  readonly leavesFalse: number;
  readonly leavesUnknown: number;
}

/** Coverage of a pack by a set of verdicts (`cases`: how many). Rules in file order. */
export interface Coverage {
  readonly cases: number;
  readonly rules: readonly RuleCoverage[];
  readonly totals: CoverageTotals;
}

interface MutableLeaf {
  path: string;
  condition: string;
  true: number;
  false: number;
  unknown: number;
  selector?: true;
}

/**
 * Whether a leaf was seen both ways: true and false, or for a claim-type selector, true.
 *
 * @example
 * bothWays({ path: 'conditions.all[1]', condition: 'item.used equal true', true: 2, false: 5, unknown: 0 }); // true
 */
export const bothWays = (l: LeafCoverage): boolean => l.true > 0 && (l.false > 0 || l.selector === true);

interface Counter {
  readonly rule: PackRule;
  fired: number;
  false: number;
  waiting: number;
  readonly leaves: MutableLeaf[];
}

const describe = (l: { fact: string; operator: string; value: unknown }) =>
  `${l.fact} ${l.operator} ${JSON.stringify(l.value)}`;

/** The leaves of a rule's own conditions in tree order, with their paths. */
function leavesOf(c: Condition, path: string, out: MutableLeaf[]): MutableLeaf[] {
  if ('fact' in c) out.push({ path, condition: describe(c), true: 0, false: 0, unknown: 0 });
  else if ('all' in c) c.all.forEach((x, i) => leavesOf(x, `${path}.all[${i}]`, out));
  else c.any.forEach((x, i) => leavesOf(x, `${path}.any[${i}]`, out));
  return out;
}

/** The leaves of a rule, its claim-type selector marked (the first top-level claim.type equal / in, as the index reads it). */
function ruleLeaves(c: Condition): MutableLeaf[] {
  const leaves = leavesOf(c, 'conditions', []);
  if ('all' in c) {
    const i = c.all.findIndex((x) => 'fact' in x && x.fact === 'claim.type');
    const x = c.all[i];
    if (x !== undefined && 'fact' in x && (x.operator === 'equal' || x.operator === 'in')) {
      const leaf = leaves.find((l) => l.path === `conditions.all[${i}]`);
      if (leaf) leaf.selector = true;
    }
  }
  return leaves;
}

/** The trace nodes of a rule's own leaves, in tree order (the leaves the compiler adds for amounts are left out). */
function traceLeaves(c: Condition, node: TraceNode, out: TraceNode[]): void {
  if ('fact' in c) {
    out.push(node);
    return;
  }
  const kids = 'conditions' in node ? node.conditions : [];
  const own = 'all' in c ? c.all : c.any;
  own.forEach((x, i) => {
    const k = kids[i];
    if (k !== undefined) traceLeaves(x, k, out);
  });
}

/**
 * Coverage of a pack by verdicts judged with it (`trace: 'full'`; a verdict with less trace counts
 * only for what it carries). A rule not evaluated on a case (another platform or claim type, not
 * in force that day, an option off) counts in none of fired, false and waiting.
 *
 * @example
 * const cov = coverageOf(pack, verdicts);
 * cov.rules.filter((r) => r.fired === 0).map((r) => r.ruleId); // rules no case fired
 */
export function coverageOf(pack: Pack, verdicts: Iterable<Pick<Verdict, 'trace'>>): Coverage {
  const counters = new Map<string, Counter>();
  for (const rule of [...pack.rules].sort((a, b) =>
    a.file < b.file ? -1 : a.file > b.file ? 1 : a.index - b.index,
  ))
    counters.set(rule.spec.id, {
      rule,
      fired: 0,
      false: 0,
      waiting: 0,
      leaves: ruleLeaves(rule.spec.conditions),
    });
  let cases = 0;
  for (const v of verdicts) {
    cases++;
    for (const t of v.trace) {
      const c = counters.get(t.ruleId);
      if (c === undefined) continue;
      if (t.result === true) c.fired++;
      else if (t.result === false) c.false++;
      else c.waiting++;
      const spec = c.rule.spec.conditions;
      // The compiler wraps an `any` rule in `all` when a decision needs an amount.
      const top: TraceNode =
        'any' in spec && t.match === 'all'
          ? (t.conditions[0] ?? { match: 'any', result: t.result, conditions: [] })
          : { match: t.match, result: t.result, conditions: t.conditions };
      const nodes: TraceNode[] = [];
      traceLeaves(spec, top, nodes);
      nodes.forEach((n, i) => {
        const leaf = c.leaves[i];
        if (leaf === undefined || !('fact' in n)) return;
        if (n.result === true) leaf.true++;
        else if (n.result === false) leaf.false++;
        else leaf.unknown++;
      });
    }
  }
  const rules: RuleCoverage[] = [...counters.values()].map((c) => ({
    ruleId: c.rule.spec.id,
    file: c.rule.file,
    index: c.rule.index,
    fired: c.fired,
    false: c.false,
    waiting: c.waiting,
    leaves: c.leaves,
  }));
  const leaves = rules.flatMap((r) => r.leaves);
  return {
    cases,
    rules,
    totals: {
      rules: rules.length,
      rulesFired: rules.filter((r) => r.fired > 0).length,
      leaves: leaves.length,
      leavesBothWays: leaves.filter(bothWays).length,
      leavesTrue: leaves.filter((l) => l.true > 0).length,
      leavesFalse: leaves.filter((l) => l.false > 0).length,
      leavesUnknown: leaves.filter((l) => l.unknown > 0).length,
    },
  };
}
