// The question loop as an agent runs it (README "Use from an agent"): judge the case as far as it
// is known, ask the top open question, add the answer, judge again, until the decisions needed are
// firm. The answers come from the fixture's own story: a sparse fixture's case is everything its
// shop backend and parties know, and the loop starts from the facts every case has (the required
// ones). A question about a fact the story does not hold is asked and gets no answer.
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { matchPartial } from '../../src/judge/check-fixture.js';
import { FACTS } from '../../src/facts/catalog.js';
import type { OpenQuestion } from '../../src/index.js';
import { fixtureFiles } from '../helpers/fixture-stories.js';
import { questionKey } from '../helpers/questions.js';

type Json = Record<string, unknown>;

/** One fixture whose case is a sparse story. */
export interface SparseFixture {
  readonly name: string;
  readonly story: Json;
  readonly expect: {
    outcome?: unknown;
    status?: Record<string, string>;
    openQuestions?: readonly { fact: string; facts?: readonly string[] }[];
  };
  readonly judgeOptions?: { rulesAt?: string; options?: Record<string, boolean> };
}

/**
 * Every sparse fixture, in name order: its file name starts with `sparse-`, it sits in a `sparse`
 * folder, or it says `"sparse": true`.
 */
export function sparseFixtures(root: string): SparseFixture[] {
  const dir = join(root, 'fixtures');
  return fixtureFiles(dir).flatMap((f) => {
    const fx = JSON.parse(readFileSync(f, 'utf8')) as Omit<SparseFixture, 'name' | 'story'> & {
      case: Json;
      sparse?: boolean;
    };
    const name = relative(dir, f);
    if (!/(^|\/)sparse[-/]/.test(name) && fx.sparse !== true) return [];
    return [
      {
        name,
        story: fx.case,
        expect: fx.expect,
        ...(fx.judgeOptions ? { judgeOptions: fx.judgeOptions } : {}),
      },
    ];
  });
}

/** A fact and its value, as the facts form of a case lists it. */
export interface FactEntry {
  readonly fact: string;
  readonly value: unknown;
}

/** The leaf facts of a case object, dotted, in the case's order. */
export function factsOf(value: Json, prefix = ''): FactEntry[] {
  return Object.entries(value).flatMap(([k, v]) =>
    typeof v === 'object' && v !== null && !Array.isArray(v)
      ? factsOf(v as Json, `${prefix}${k}.`)
      : [{ fact: prefix + k, value: v }],
  );
}

/** The case object a facts list describes. */
export function caseOf(facts: readonly FactEntry[]): Json {
  const out: Json = {};
  for (const { fact, value } of facts) {
    const keys = fact.split('.');
    let at = out;
    for (const k of keys.slice(0, -1)) at = (at[k] ??= {}) as Json;
    at[keys[keys.length - 1] as string] = value;
  }
  return out;
}

/** The facts every case must give (no default): where an agent starts. */
export const REQUIRED_FACTS = [...FACTS.values()]
  .filter((f) => f.origin === 'case' && f.required === true && f.defaultValue === undefined && f.type !== 'object')
  .map((f) => f.name);

/** The case's object facts (`shipment`): an open question may ask for one whole. */
const FACTS_OBJECTS: Record<string, true> = Object.fromEntries(
  [...FACTS.values()].filter((f) => f.origin === 'case' && f.type === 'object').map((f) => [f.name, true]),
);

/** The story's object at a dotted path, when it has one. */
function objectAt(story: Json, fact: string): Json | undefined {
  let at: unknown = story;
  for (const k of fact.split('.')) at = typeof at === 'object' && at !== null ? (at as Json)[k] : undefined;
  return typeof at === 'object' && at !== null && !Array.isArray(at) ? (at as Json) : undefined;
}

/** One tool call as the loop sees it: the result's JSON and the bytes sent and received. */
export type Caller = (
  name: string,
  args: Json,
) => Promise<{ readonly isError?: boolean; readonly structured?: Json; readonly text: string; readonly bytes: number }>;

/** The bytes of a value as JSON, as a JSON-RPC message carries it. */
const jsonBytes = (x: unknown) => Buffer.byteLength(JSON.stringify(x), 'utf8');

/** A tools/call through an MCP client; bytes: the call's params and its result as JSON-RPC carries them. */
export function mcpCaller(client: {
  callTool(params: { name: string; arguments: Record<string, unknown> }): Promise<unknown>;
}): Caller {
  return async (name, args) => {
    const r = (await client.callTool({ name, arguments: args })) as {
      isError?: boolean;
      structuredContent?: Record<string, unknown>;
      content: { text?: string }[];
    };
    return {
      ...(r.isError ? { isError: true } : {}),
      ...(r.structuredContent ? { structured: r.structuredContent } : {}),
      text: r.content[0]?.text ?? '',
      bytes: jsonBytes({ name, arguments: args }) + jsonBytes(r),
    };
  };
}

export interface LoopRun {
  readonly name: string;
  /** Questions asked (answered or not): a fact, or a group's facts joined with `+`. */
  readonly rounds: number;
  /**
   * The most questions the loop may need: the story's facts beyond the required ones, and the
   * facts of the questions the fixture expects to stay open.
   */
  readonly missing: number;
  readonly calls: number;
  readonly bytes: number;
  /** The fixture's asserted outcome and statuses were reached. */
  readonly reached: boolean;
  readonly asked: readonly string[];
  /** Why the loop stopped short, when it did. */
  readonly problem?: string;
}

type Verdictish = { outcome: unknown; status: Record<string, string>; openQuestions: OpenQuestion[] };

/** The fixture's assertions hold: its outcome, and each decision's asserted status. */
function reached(v: Verdictish, fx: SparseFixture): boolean {
  // The concise verdict leaves out the outcome's empty lists.
  const outcome = { penalties: [], refundAdjustments: [], ...(v.outcome as object) };
  if (fx.expect.outcome !== undefined && matchPartial(outcome, fx.expect.outcome).length > 0) return false;
  return Object.entries(fx.expect.status ?? {}).every(([k, s]) => v.status[k] === s);
}

/**
 * Runs the loop on one sparse fixture: `form` "facts" sends `facts: [{ fact, value }]`, "case"
 * sends the case object built from them (what an agent had to do before the facts form).
 */
export async function runLoop(fx: SparseFixture, call: Caller, form: 'facts' | 'case' = 'facts'): Promise<LoopRun> {
  const story = factsOf(fx.story);
  const known: FactEntry[] = story.filter((e) => REQUIRED_FACTS.includes(e.fact));
  // What the case lacks that the verdict asks about: the story's facts beyond the required ones,
  // and the questions the fixture expects to stay open (asked, and left unanswered by the story).
  const stillOpen = new Set((fx.expect.openQuestions ?? []).flatMap((q) => q.facts ?? [q.fact]));
  const missing = story.length - known.length + stillOpen.size;
  const pin = {
    ...(fx.judgeOptions?.rulesAt !== undefined ? { rulesAt: fx.judgeOptions.rulesAt } : {}),
    ...(fx.judgeOptions?.options !== undefined ? { options: fx.judgeOptions.options } : {}),
  };
  const asked: string[] = [];
  let calls = 0;
  let bytes = 0;
  const tool = async (name: string, extra: Json): Promise<Json> => {
    const args = { ...(form === 'facts' ? { facts: [...known] } : { case: caseOf(known) }), ...pin, ...extra };
    const r = await call(name, args);
    calls++;
    bytes += r.bytes;
    if (r.isError || !r.structured) throw new Error(`${fx.name}: ${name} failed: ${r.text.slice(0, 400)}`);
    return r.structured;
  };
  const done = (problem?: string): LoopRun => ({
    name: fx.name,
    rounds: asked.length,
    missing,
    calls,
    bytes,
    reached: problem === undefined,
    asked,
    ...(problem !== undefined ? { problem } : {}),
  });
  for (;;) {
    const v = (await tool('judge_case', {})) as unknown as Verdictish;
    if (reached(v, fx)) return done();
    if (asked.length > missing + 10) return done(`still not settled after ${asked.length} questions`);
    let q = v.openQuestions.find((x) => !asked.includes(questionKey(x)));
    if (!q) {
      // The first question not asked yet is among the first (asked + 1).
      const more = (await tool('next_questions', { limit: Math.min(50, asked.length + 1) })) as {
        questions: OpenQuestion[];
      };
      q = more.questions.find((x) => !asked.includes(questionKey(x)));
    }
    if (!q) return done(`nothing left to ask, status ${JSON.stringify(v.status)}`);
    asked.push(questionKey(q));
    // A grouped question names every fact of its group (`facts`), answered together in one round;
    // an object fact (`shipment`, asked once when the case has none) is answered with the story's
    // whole object, as one entry.
    const group = (q as { facts?: readonly string[] }).facts ?? [q.fact];
    for (const fact of group) {
      if (known.some((e) => e.fact === fact || e.fact.startsWith(`${fact}.`))) continue;
      const leaf = story.find((e) => e.fact === fact);
      if (leaf) known.push(leaf);
      else if (fact in (FACTS_OBJECTS as Record<string, true>)) {
        const whole = objectAt(fx.story, fact);
        if (whole !== undefined) known.push({ fact, value: whole });
      }
    }
  }
}

/** Median and max of numbers. */
export function spread(xs: readonly number[]): { median: number; max: number } {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length % 2 ? (s[(s.length - 1) / 2] ?? 0) : ((s[s.length / 2 - 1] ?? 0) + (s[s.length / 2] ?? 0)) / 2;
  return { median: mid, max: s.at(-1) ?? 0 };
}
