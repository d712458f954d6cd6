// The impact of a rule-pack change over a set of cases: every case judged with both packs, the
// changes counted by kind (`from → to`), each with the cases it happened in.
import { createJudge, type JudgeOptions } from '../judge/judge.js';
import type { Pack } from '../pack/build-pack.js';
import type { Issue } from '../shared/errors.js';
import { changed, verdictDelta, type Change, type VerdictDelta } from './verdict-delta.js';

/** One kind of change (`liability: seller → carrier`) and the cases it happened in. */
export interface ChangeCount extends Change {
  readonly count: number;
  readonly caseIds: readonly string[];
}

/** A rule whose firing changed: in how many cases it started or stopped firing, and which. */
export interface RuleFiringChange {
  readonly ruleId: string;
  readonly started: number;
  readonly stopped: number;
  readonly caseIds: readonly string[];
}

/** A case one of the packs could not judge (an invalid case is invalid for both). */
export interface DiffError {
  readonly caseId: string;
  readonly side: 'base' | 'head' | 'both';
  readonly message: string;
}

/** What a pack change does to a set of cases. Every list sorted: most cases first, then by name. */
export interface PackDiff {
  readonly cases: number;
  /** Cases with any change (a decision, status, penalty, amount or fired rule). */
  readonly changed: number;
  readonly changedCaseIds: readonly string[];
  readonly decisions: readonly ChangeCount[];
  readonly statuses: readonly ChangeCount[];
  readonly penalties: readonly ChangeCount[];
  readonly amounts: readonly ChangeCount[];
  readonly rules: readonly RuleFiringChange[];
  readonly errors: readonly DiffError[];
}

/**
 * Adds up case deltas into a `PackDiff`, in the order the cases come (their ids listed in that order).
 *
 * @example
 * const acc = new DiffAccumulator();
 * acc.add(verdictDelta(baseVerdict, headVerdict));
 * acc.result().decisions;
 */
export class DiffAccumulator {
  private cases = 0;
  private readonly changedIds: string[] = [];
  private readonly groups = {
    decisions: new Map<string, { c: Change; ids: string[] }>(),
    statuses: new Map<string, { c: Change; ids: string[] }>(),
    penalties: new Map<string, { c: Change; ids: string[] }>(),
    amounts: new Map<string, { c: Change; ids: string[] }>(),
  };
  private readonly rules = new Map<string, { started: number; stopped: number; ids: string[] }>();
  private readonly errors: DiffError[] = [];

  add(d: VerdictDelta): void {
    this.cases++;
    if (!changed(d)) return;
    this.changedIds.push(d.caseId);
    for (const kind of ['decisions', 'statuses', 'penalties', 'amounts'] as const) {
      for (const c of d[kind]) {
        const k = `${c.what}\u0000${c.from}\u0000${c.to}`;
        const g = this.groups[kind].get(k) ?? { c, ids: [] };
        g.ids.push(d.caseId);
        this.groups[kind].set(k, g);
      }
    }
    const rule = (id: string) => {
      const r = this.rules.get(id) ?? { started: 0, stopped: 0, ids: [] };
      this.rules.set(id, r);
      r.ids.push(d.caseId);
      return r;
    };
    for (const id of d.started) rule(id).started++;
    for (const id of d.stopped) rule(id).stopped++;
  }

  addError(e: DiffError): void {
    this.cases++;
    this.errors.push(e);
  }

  result(): PackDiff {
    const counted = (m: Map<string, { c: Change; ids: string[] }>): ChangeCount[] =>
      [...m.values()]
        .map(({ c, ids }) => ({ ...c, count: ids.length, caseIds: ids }))
        .sort((a, b) => b.count - a.count || cmp(a.what, b.what) || cmp(a.from, b.from) || cmp(a.to, b.to));
    return {
      cases: this.cases,
      changed: this.changedIds.length,
      changedCaseIds: this.changedIds,
      decisions: counted(this.groups.decisions),
      statuses: counted(this.groups.statuses),
      penalties: counted(this.groups.penalties),
      amounts: counted(this.groups.amounts),
      rules: [...this.rules]
        .map(([ruleId, r]) => ({ ruleId, started: r.started, stopped: r.stopped, caseIds: r.ids }))
        .sort((a, b) => b.started + b.stopped - (a.started + a.stopped) || cmp(a.ruleId, b.ruleId)),
      errors: this.errors,
    };
  }
}

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const issuesText = (issues: readonly Issue[]) =>
  issues
    .slice(0, 3)
    .map((i) => `${i.message}${i.path ? ` at ${i.path}` : ''}`)
    .join('; ');

/** Options of `diffPacks`: the judge options both packs are judged with (not `pack`). */
export type DiffOptions = Omit<JudgeOptions, 'pack' | 'trace'>;

/**
 * Judges every case with the base pack and the head pack and reports what changed: per decision
 * `from → to` with counts and case ids, status changes, penalties, amounts, and the rules whose
 * firing changed. Cases are case objects (as for `safeJudge`); an invalid case is listed under
 * `errors`. For an archive on several cores, the `aftersale-rules diff` command judges on worker threads.
 *
 * @example
 * const d = await diffPacks(loadPack('base/rules'), loadPack('rules'), cases);
 * for (const c of d.decisions) console.log(`${c.what}: ${c.from} → ${c.to} ×${c.count}`);
 */
export async function diffPacks(
  base: Pack,
  head: Pack,
  cases: Iterable<unknown> | AsyncIterable<unknown>,
  options: DiffOptions = {},
): Promise<PackDiff> {
  const a = createJudge({ ...options, pack: base, trace: 'fired' });
  const b = createJudge({ ...options, pack: head, trace: 'fired' });
  const acc = new DiffAccumulator();
  let n = 0;
  for await (const c of cases) {
    n++;
    const [x, y] = await Promise.all([a.safeJudge(c), b.safeJudge(c)]);
    const id = (c as { caseId?: unknown } | null)?.caseId;
    const caseId = typeof id === 'string' ? id : `#${n}`;
    if (x.ok && y.ok) acc.add(verdictDelta(x.verdict, y.verdict));
    else
      acc.addError({
        caseId,
        side: !x.ok && !y.ok ? 'both' : x.ok ? 'head' : 'base',
        message: issuesText(!x.ok ? x.issues : !y.ok ? y.issues : []),
      });
  }
  return acc.result();
}
