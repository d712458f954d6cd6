import { answerSchema, FACTS, type FactType } from '../facts/catalog.js';
import type { Pack } from '../pack/types.js';

type Text = { readonly zh: string; readonly en: string };

/** What `describeFact` returns: a fact a rule can read, for a person or an agent. */
export interface FactDescription {
  readonly fact: string;
  /** `case`: a field of the case; `derived`: computed from the case; `outcome`: a first-stage decision. */
  readonly origin: 'case' | 'derived' | 'outcome';
  readonly meaning: string;
  readonly type: FactType;
  /** An enum's values. */
  readonly values?: readonly string[];
  /** An amount in yuan. */
  readonly money?: true;
  /** The case must give it. */
  readonly required?: true;
  /** What the case holds when it does not give it. */
  readonly defaultValue?: unknown;
  /**
   * Case facts that may be left out: what leaving it out means. `unknown`: the judge asks `party`
   * for it, and rules that need it wait; `not_shown`: `party` must show it, else it is not
   * established and the decision is taken without it.
   */
  readonly whenAbsent?: {
    readonly meaning: 'unknown' | 'not_shown';
    readonly party?: string;
    readonly words: string;
    readonly notShownValue?: string | boolean;
  };
  /** The question to ask for it. */
  readonly question?: Text;
  /** The JSON Schema of an answer (a case fact's value). */
  readonly answerSchema?: Record<string, unknown>;
  /** Where a seed document or a public rule says who must prove it. */
  readonly burdenSource?: string;
  /** Derived facts: the case fields they are computed from. */
  readonly inputs?: readonly string[];
  /** Rules of the pack whose conditions read it. */
  readonly readBy: readonly string[];
  /** Rules that read a derived fact computed from it (the derived fact's name first: `hoursToShip: SHIP-LATE-72H`). */
  readonly readThrough: readonly string[];
}

/**
 * A fact explained: meaning, type and values, what its absence means and who answers it, its
 * question, and the rules of the pack that read it. Undefined when no fact has this name.
 *
 * @example
 * describeFactIn(defaultPack(), 'shipment.firstCarrierScanAt')?.whenAbsent?.meaning; // 'unknown'
 */
export function describeFactIn(pack: Pack, name: string): FactDescription | undefined {
  const f = FACTS.get(name);
  if (!f) return undefined;
  const readBy = pack.rules
    .filter((r) => r.reads.includes(name))
    .map((r) => r.spec.id)
    .sort();
  const derivedFrom = [...FACTS.values()].filter((d) => d.origin === 'derived' && (d.inputs ?? []).includes(name));
  const readThrough = derivedFrom
    .flatMap((d) => pack.rules.filter((r) => r.reads.includes(d.name)).map((r) => `${d.name}: ${r.spec.id}`))
    .sort();
  const schema = f.origin === 'case' ? answerSchema(name) : undefined;
  const words =
    f.absent === 'unknown'
      ? `unknown: ask the ${f.party ?? 'party concerned'}; rules that need it wait, and the decisions they would take stay provisional`
      : f.absent === 'not_shown'
        ? `not shown: the ${f.party ?? 'party relying on it'} must show it; until then it is not established and decisions are taken on the record${f.notShownValue !== undefined ? ` (it counts as ${JSON.stringify(f.notShownValue)})` : ''}`
        : '';
  return {
    fact: f.name,
    origin: f.origin,
    meaning: f.description,
    type: f.type,
    ...(f.values !== undefined ? { values: f.values } : {}),
    ...(f.money === true ? { money: true as const } : {}),
    ...(f.required === true ? { required: true as const } : {}),
    ...(f.defaultValue !== undefined ? { defaultValue: f.defaultValue } : {}),
    ...(f.absent !== undefined
      ? {
          whenAbsent: {
            meaning: f.absent,
            ...(f.party !== undefined ? { party: f.party } : {}),
            words,
            ...(f.notShownValue !== undefined ? { notShownValue: f.notShownValue } : {}),
          },
        }
      : {}),
    ...(f.question !== undefined ? { question: f.question } : {}),
    ...(schema !== undefined ? { answerSchema: schema } : {}),
    ...(f.burdenSource !== undefined ? { burdenSource: f.burdenSource } : {}),
    ...(f.inputs !== undefined ? { inputs: f.inputs } : {}),
    readBy,
    readThrough,
  };
}

/** Edit distance between two strings (insertions, deletions, substitutions). */
function distance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row.push(
        Math.min((prev[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1)),
      );
    prev = row;
  }
  return prev[b.length] ?? 0;
}

/** Fact names closest to a misspelt one (same section first, then the nearest last part), for "did you mean". */
export function closestFacts(name: string, n = 5): string[] {
  const want = name.toLowerCase();
  const section = want.includes('.') ? want.slice(0, want.lastIndexOf('.')) : '';
  const last = want.slice(want.lastIndexOf('.') + 1);
  const score = (f: string) => {
    const have = f.toLowerCase();
    const tail = have.slice(have.lastIndexOf('.') + 1);
    const sameSection = (have.includes('.') ? have.slice(0, have.lastIndexOf('.')) : '') === section;
    const contains = tail.includes(last) || last.includes(tail) ? 0 : 1;
    const prefix = [...last].findIndex((ch, i) => tail[i] !== ch);
    return (
      (sameSection ? 0 : 100) + contains * 10 + distance(tail, last) - Math.min(prefix < 0 ? last.length : prefix, 5)
    );
  };
  return [...FACTS.keys()].sort((a, b) => score(a) - score(b) || (a < b ? -1 : 1)).slice(0, n);
}
