// What the questions tests share: every fixture's case and sparse variants of them (facts dropped,
// fixed seed), the decisions of a verdict, and the answers the probe tries for a question, each
// written onto the case as a whole answered case to judge again from scratch.
import { collectedAbsent, collectedKeys } from '../../src/verdict/collected-keys.js';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answerCandidates, answered, type ProbeInput } from '../../src/judge/answer-probe.js';
import { SINGLE_KEYS } from '../../src/verdict/decisions.js';
import { evaluateCompiled } from '../../src/evaluate/evaluate.js';
import { deriveFacts, isoMs, notShownIn, type Facts } from '../../src/facts/derive-facts.js';
import { FACTS } from '../../src/facts/catalog.js';
import { localDateOf } from '../../src/facts/zone-days.js';
import { compiledPack, eraAt, type Pack } from '../../src/pack/build-pack.js';
import { resolveDecisions } from '../../src/verdict/resolve-decisions.js';
import type { Case } from '../../src/schema/case.js';
import { parseCase } from '../../src/schema/parse-case.js';
import type { OpenQuestion, Verdict } from '../../src/schema/verdict.js';
import { merged, resolvedOutcomeFacts, selectRules, withOutcome, type Selection } from '../../src/judge/stage-two.js';
import { decisionValue } from '../../src/verdict/coherence.js';

export interface Story {
  readonly name: string;
  readonly case: Record<string, unknown>;
  /** The fixture's own case, the variant was made from. */
  readonly full: Record<string, unknown>;
  readonly judgeOptions?: Record<string, unknown>;
}

const root = join(import.meta.dirname, '..', '..', 'fixtures');

/** Every fixture, sorted by file name. */
export function fixtures(): Story[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const fx = JSON.parse(readFileSync(join(root, f), 'utf8')) as {
        case: Record<string, unknown>;
        judgeOptions?: Record<string, unknown>;
      };
      return { name: f, case: fx.case, full: fx.case, judgeOptions: fx.judgeOptions };
    });
}

/** A small fixed-seed generator (mulberry32). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The optional leaf fields of a case (dotted), objects included: what a sparse variant may drop. */
export function droppable(c: Record<string, unknown>, prefix = ''): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(c)) {
    const name = prefix ? `${prefix}.${k}` : k;
    const def = FACTS.get(name);
    if (def === undefined || def.required === true || def.defaultValue !== undefined) continue;
    if (def.origin !== 'case') continue;
    out.push(name);
    if (v !== null && typeof v === 'object' && !Array.isArray(v))
      out.push(...droppable(v as Record<string, unknown>, name));
  }
  return out;
}

/** The case without some fields. */
export function without(c: Record<string, unknown>, drop: readonly string[]): Record<string, unknown> {
  const copy = structuredClone(c);
  for (const path of drop) {
    const keys = path.split('.');
    let at: Record<string, unknown> | undefined = copy;
    for (let i = 0; i < keys.length - 1 && at; i++) at = at[keys[i] as string] as Record<string, unknown> | undefined;
    if (at) delete at[keys[keys.length - 1] as string];
  }
  return copy;
}

/** `n` sparse variants: a fixture's case with one to four of its optional fields dropped (fixed seed). */
export function sparseVariants(stories: readonly Story[], n: number, seed = 19): Story[] {
  const next = rng(seed);
  const out: Story[] = [];
  for (let k = 0; out.length < n && k < n * 4; k++) {
    const s = stories[Math.floor(next() * stories.length)] as Story;
    const fields = droppable(s.case);
    if (fields.length === 0) continue;
    const count = 1 + Math.floor(next() * Math.min(4, fields.length));
    const drop = new Set<string>();
    while (drop.size < count) drop.add(fields[Math.floor(next() * fields.length)] as string);
    out.push({ ...s, name: `${s.name} without ${[...drop].sort().join(', ')}`, case: without(s.case, [...drop]) });
  }
  return out;
}

/**
 * Each single-valued decision of a verdict (`undetermined` when absent), and each collected one it
 * holds (`penalty.late_shipment`, `freight.return.cap`, …: src/verdict/collected-keys.ts).
 */
export function decisionsOf(v: Verdict): Map<string, string | boolean> {
  const out = new Map<string, string | boolean>(SINGLE_KEYS.map((k) => [k, decisionValue(v, k) ?? 'undetermined']));
  for (const [k, c] of collectedKeys(v.outcome)) out.set(k, c.value);
  return out;
}

/** A question as the loops tell questions apart: its fact, or a grouped question's facts joined with `+`. */
export const questionKey = (q: Pick<OpenQuestion, 'fact' | 'facts'>): string => (q.facts ?? [q.fact]).join('+');

/** A decision's value in a `decisionsOf` map: a collected one the verdict does not hold is `false` (`none`). */
export const valueIn = (m: ReadonlyMap<string, string | boolean>, key: string): string | boolean =>
  m.get(key) ?? collectedAbsent(key);

/** The decisions of two `decisionsOf` maps that differ: each with its value in `b`. */
export function changedDecisions(
  a: ReadonlyMap<string, string | boolean>,
  b: ReadonlyMap<string, string | boolean>,
): Map<string, string | boolean> {
  const out = new Map<string, string | boolean>();
  for (const k of new Set([...a.keys(), ...b.keys()])) if (valueIn(a, k) !== valueIn(b, k)) out.set(k, valueIn(b, k));
  return out;
}

const selections = new WeakMap();

/** The probe's starting point for a case, built as the judge builds it (options off, the case's own day). */
/** The absent case fields of a case, an absent object once (not the fields under it). */
export function absentFields(facts: Facts): string[] {
  const out: string[] = [];
  for (const def of FACTS.values()) {
    if (def.origin !== 'case' || (facts[def.name] !== undefined && !notShownIn(facts)?.has(def.name))) continue;
    const parent = def.name.slice(0, def.name.lastIndexOf('.'));
    if (parent !== '' && facts[parent] === undefined) continue;
    out.push(def.name);
  }
  return out;
}

export function probeInputOf(
  pack: Pack,
  input: unknown,
  options: ReadonlySet<string> = new Set(),
): ProbeInput | undefined {
  const parsed = parseCase(input, (p) => pack.manifest.timeZones[p]);
  if (!parsed.ok) return undefined;
  const c: Case = parsed.case;
  const timeZone = pack.manifest.timeZones[c.platform];
  const settings = { timeZone, ...pack.manifest.defaults };
  const facts = deriveFacts(c, settings);
  const found = compiledPack(pack).buckets.get(`${c.platform}:${c.claim.type}`);
  if (!found) return undefined;
  const bucket: Selection = selectRules(
    eraAt(found, localDateOf(isoMs(c.order.paidAt), timeZone)),
    options,
    selections,
  );
  const first = evaluateCompiled(bucket.stage1, facts, 'none');
  const read = bucket.stage2.length > 0 ? resolvedOutcomeFacts(resolveDecisions(first, [])) : {};
  const second = bucket.stage2.length > 0 ? evaluateCompiled(bucket.stage2, withOutcome(facts, read), 'none') : [];
  const evaluated = bucket.stage2.length > 0 ? merged(bucket.order, first, second) : first;
  return { c, settings, facts, bucket, first, second, evaluated, read };
}

/** Every answer the probe tries for a question: one per candidate, every combination for a grouped one. */
export function answersOf(p: ProbeInput, q: OpenQuestion, cap = 64): [string, unknown][][] {
  let acc: [string, unknown][][] = [[]];
  for (const f of q.facts ?? [q.fact]) {
    const next: [string, unknown][][] = [];
    for (const a of acc) for (const v of answerCandidates(p, f)) if (next.length < cap) next.push([...a, [f, v]]);
    acc = next;
  }
  return acc;
}

/** The case as given (before parsing) with an answer written on it. */
export function withAnswer(input: Record<string, unknown>, answer: readonly (readonly [string, unknown])[]): unknown {
  return answered(input as unknown as Case, answer);
}
