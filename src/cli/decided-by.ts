// Which rule set a value of a verdict: for a failing fixture, the rule to look at.
import { singleOf, SINGLE_DECISIONS, type SingleKey } from '../verdict/decisions.js';
import type { PackRule } from '../pack/build-pack.js';
import type { Verdict } from '../schema/verdict.js';

/** `outcome.freight.return.cap` → ['outcome', 'freight', 'return', 'cap']; `penalties[0]` → ['penalties', 0]. */
function segments(path: string): (string | number)[] {
  const out: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g))
    out.push(m[2] !== undefined ? Number(m[2]) : (m[1] as string));
  return out;
}

/** The single-valued decision a path is about: `outcome.liability`, `status.freight.return`, `outcome.freight.return.payer`. */
function decisionOf(path: readonly (string | number)[]): SingleKey | undefined {
  const [head, a, b] = path;
  if (head !== 'outcome' && head !== 'status') return undefined;
  if (a === 'freight' && typeof b === 'string')
    return SINGLE_DECISIONS.has(`freight.${b}` as SingleKey) ? (`freight.${b}` as SingleKey) : undefined;
  if (head === 'status' && typeof a === 'string' && a.startsWith('freight.')) return a as SingleKey;
  return typeof a === 'string' && SINGLE_DECISIONS.has(a as SingleKey) ? (a as SingleKey) : undefined;
}

/**
 * The rules that set the value at a path of a verdict: the element's own `ruleId` (a penalty, a
 * freight leg, an evidence item, an action), else, for a single-valued decision, the fired rules of
 * the highest priority that decide it as the verdict has it, or the candidates of its conflict.
 * Empty when no rule set it (nothing decided it, or the path is not a decision).
 *
 * @example
 * decidedBy(verdict, 'outcome.liability', rulesById); // ['TB-LATE-2019']
 */
export function decidedBy(v: Verdict, path: string, rules: ReadonlyMap<string, PackRule>): string[] {
  const segs = segments(path);
  // A freight leg's terms (cap, restrictions) are set by the rules of its terms, not its payer's.
  if (
    segs[0] === 'outcome' &&
    segs[1] === 'freight' &&
    typeof segs[2] === 'string' &&
    (segs[3] === 'cap' || segs[3] === 'restrictions')
  ) {
    const terms = v.outcome.freight[segs[2] as keyof Verdict['outcome']['freight']]?.termsRuleIds;
    if (terms !== undefined && terms.length > 0) return [...terms];
  }
  // The deepest object on the path that names its rule.
  let node: unknown = v;
  let found: string[] = [];
  for (const s of segs) {
    if (node === null || typeof node !== 'object') break;
    node = (node as Record<string | number, unknown>)[s];
    if (node !== null && typeof node === 'object' && typeof (node as { ruleId?: unknown }).ruleId === 'string')
      found = [(node as { ruleId: string }).ruleId];
  }
  // A whole list (`outcome.penalties`): the rules of its elements.
  if (Array.isArray(node))
    for (const x of node as unknown[])
      if (x !== null && typeof x === 'object' && typeof (x as { ruleId?: unknown }).ruleId === 'string')
        found = [...new Set([...found, (x as { ruleId: string }).ruleId])];
  if (found.length > 0) return found;
  const key = decisionOf(segs);
  if (key === undefined) return [];
  const conflict = v.conflicts.find((c) => c.decision === key);
  if (conflict) return conflict.candidates.map((c) => c.ruleId);
  const actual = key.startsWith('freight.')
    ? v.outcome.freight[key.slice(8) as keyof Verdict['outcome']['freight']]?.payer
    : v.outcome[key as 'liability' | 'remedy' | 'countsTowardDisputeRate'];
  let best = -Infinity;
  let ids: string[] = [];
  for (const t of v.trace) {
    if (!t.fired) continue;
    const rule = rules.get(t.ruleId);
    if (!rule) continue;
    rule.spec.decisions.forEach((d, i) => {
      const s = singleOf(d);
      if (s === undefined || s.key !== key || s.value !== actual) return;
      const p = rule.decisionPriorities[i] ?? rule.priority;
      if (p > best) {
        best = p;
        ids = [t.ruleId];
      } else if (p === best && !ids.includes(t.ruleId)) ids.push(t.ruleId);
    });
  }
  return ids;
}
