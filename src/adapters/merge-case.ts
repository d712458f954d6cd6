import type { CaseDraft } from './types.js';

/** A fact two parts gave differently: the later part's value is kept. */
export interface MergeConflict {
  readonly path: string;
  /** Each part's value, in the order the parts were given (parts without it left out). */
  readonly values: readonly unknown[];
  readonly kept: unknown;
}

const isObject = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/**
 * Merges case drafts, least trusted first: a later part's fact wins over an earlier one's (give the
 * adapter's draft first and the shop's own facts after it), and every fact two parts gave
 * differently is listed. A `null` in a part is dropped, never merged.
 *
 * @example
 * const { case: c, conflicts } = mergeCase(fromPinduoduo(records, { asOf }).case, { claim: { type: 'quality' } });
 */
export function mergeCase(...parts: readonly (CaseDraft | Record<string, unknown> | undefined)[]): {
  case: CaseDraft;
  conflicts: MergeConflict[];
} {
  const out: Record<string, unknown> = {};
  const seen = new Map<string, unknown[]>();
  const walk = (target: Record<string, unknown>, part: Record<string, unknown>, prefix: string) => {
    for (const [key, value] of Object.entries(part)) {
      const path = prefix + key;
      if (value === null || value === undefined) continue;
      if (isObject(value)) {
        const into = isObject(target[key]) ? (target[key] as Record<string, unknown>) : {};
        target[key] = into;
        walk(into, value, `${path}.`);
        continue;
      }
      seen.set(path, [...(seen.get(path) ?? []), value]);
      target[key] = Array.isArray(value) ? [...value] : value;
    }
  };
  for (const part of parts) if (isObject(part)) walk(out, part, '');
  const conflicts = [...seen]
    .filter(([, values]) => values.some((v) => JSON.stringify(v) !== JSON.stringify(values[0])))
    .map(([path, values]) => ({ path, values, kept: values[values.length - 1] }));
  return { case: out as CaseDraft, conflicts };
}
