// Rule versions: series that must not overlap, gaps between versions, and the eras of days
// over which the same rules are in force.
import type { PackIssue } from '../shared/errors.js';
import type { Bucket, CompiledRule, Era } from './types.js';
import { Platform } from '../schema/vocabulary.js';
import { formatRulePath } from './validate.js';

/** The calendar day after `day` (`YYYY-MM-DD`). */
export function nextDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const span = (r: CompiledRule) => `${r.spec.effectiveFrom ?? '…'}..${r.spec.effectiveTo ?? '…'}`;

/**
 * Versions of a series must not be in force on the same day on a platform they share (an
 * error naming both rules); days between consecutive versions that none covers are warnings.
 * Rules of a series with the same date range are one version.
 */
export function checkSeries(rules: readonly CompiledRule[], issues: PackIssue[], warnings: PackIssue[]): void {
  const bySeries = new Map<string, CompiledRule[]>();
  for (const r of rules) bySeries.set(r.series, [...(bySeries.get(r.series) ?? []), r]);
  for (const [series, members] of [...bySeries].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (members.length < 2) continue;
    const from = (r: CompiledRule) => r.spec.effectiveFrom ?? '';
    const to = (r: CompiledRule) => r.spec.effectiveTo ?? '\uffff';
    const ordered = [...members].sort((a, b) =>
      from(a) < from(b) ? -1 : from(a) > from(b) ? 1 : a.spec.id < b.spec.id ? -1 : 1,
    );
    for (let i = 0; i < ordered.length; i++) {
      const a = ordered[i] as CompiledRule;
      for (let j = i + 1; j < ordered.length; j++) {
        const b = ordered[j] as CompiledRule;
        if (span(a) === span(b)) continue;
        const shared = a.spec.platforms.filter((p) => b.spec.platforms.includes(p));
        if (shared.length === 0 || from(b) > to(a) || from(a) > to(b)) continue;
        issues.push({
          file: b.file,
          ruleId: b.spec.id,
          code: 'version_overlap',
          path: formatRulePath(b.index, [b.spec.effectiveFrom !== undefined ? 'effectiveFrom' : 'effectiveTo']),
          message: `Rule "${b.spec.id}" (${span(b)}) and rule "${a.spec.id}" (${span(a)}, ${a.file}) are versions of series "${series}" in force on the same days on ${shared.join(', ')}; end one version the day before the next begins`,
        });
      }
    }
    for (const platform of Platform.options) {
      const versions = [
        ...new Map(ordered.filter((r) => r.spec.platforms.includes(platform)).map((r) => [span(r), r])).values(),
      ];
      for (let i = 1; i < versions.length; i++) {
        const prev = versions[i - 1] as CompiledRule;
        const next = versions[i] as CompiledRule;
        if (prev.spec.effectiveTo === undefined || next.spec.effectiveFrom === undefined) continue;
        const after = nextDay(prev.spec.effectiveTo);
        if (after >= next.spec.effectiveFrom) continue;
        warnings.push({
          file: next.file,
          ruleId: next.spec.id,
          code: 'version_gap',
          path: formatRulePath(next.index, ['effectiveFrom']),
          message: `Series "${series}" has no version in force on ${platform} from ${after} to the day before ${next.spec.effectiveFrom} (between "${prev.spec.id}" and "${next.spec.id}")`,
        });
      }
    }
  }
}

const inForce = (r: CompiledRule, day: string) =>
  (r.spec.effectiveFrom === undefined || r.spec.effectiveFrom <= day) &&
  (r.spec.effectiveTo === undefined || day <= r.spec.effectiveTo);

/** Splits rules (in order) into the spans of days over which the same rules are in force. */
export function erasOf(rules: readonly CompiledRule[]): Era[] {
  const starts = new Set<string>(['']);
  for (const r of rules) {
    if (r.spec.effectiveFrom !== undefined) starts.add(r.spec.effectiveFrom);
    if (r.spec.effectiveTo !== undefined) starts.add(nextDay(r.spec.effectiveTo));
  }
  return [...starts].sort().map((from) => {
    const day = from === '' ? '0000-01-01' : from;
    const applies = rules.filter((r) => inForce(r, day));
    return {
      from,
      stage1: applies.filter((r) => r.stage === 1),
      stage2: applies.filter((r) => r.stage === 2),
      optional: applies.some((r) => r.spec.option !== undefined),
    };
  });
}

/**
 * The era of a bucket in force on a calendar day (`YYYY-MM-DD`): a binary search over the
 * precomputed spans, so selecting a version costs no filtering per case.
 */
export function eraAt(bucket: Bucket, day: string): Era {
  const eras = bucket.eras;
  let lo = 0;
  let hi = eras.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((eras[mid] as Era).from <= day) lo = mid;
    else hi = mid - 1;
  }
  return eras[lo] as Era;
}
