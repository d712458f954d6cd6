/**
 * Proof that a change to how rules are written (not what they say) leaves every verdict alone.
 *
 *   tsx scripts/fold-proof.ts record <baseline.json>   # before the change
 *   tsx scripts/fold-proof.ts compare <baseline.json>  # after it; exit 1 on any difference
 *
 * `record` stores, for every fixture, the fixture itself (so later edits to fixtures/ do not blur
 * the comparison) and its verdict, and for every rule its resolved priority, the priority of each
 * decision, its conditions and metadata. `compare` judges the stored fixtures again with the
 * current code and pack and reports every difference in outcome, status, findings, conflicts
 * (their winners and candidates), open questions, missing facts, evidence, actions and the trace;
 * and every rule whose conditions, decisions or resolved priorities differ.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { createJudge, loadPack } from '../src/index.js';
import { checkFixture } from '../src/judge/check-fixture.js';

type Json = Record<string, unknown>;

function fixtureFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) =>
      e.isDirectory() ? fixtureFiles(join(dir, e.name)) : e.name.endsWith('.json') ? [join(dir, e.name)] : [],
    );
}

/** A rule as the engine sees it, however it is written: priorities as numbers, decisions flat. */
function ruleView(r: Json): Json {
  const spec = r.spec as Json;
  // Before the migration: spec.priority and decision priorities are numbers, decisions sit in
  // spec.event.params; after it: the compiled rule holds the resolved numbers.
  const decisions = (spec.decisions ??
    (spec.event as { params: { decisions: unknown[] } } | undefined)?.params.decisions) as Json[];
  const priority = (r.priority ?? spec.priority) as number;
  const decisionPriorities =
    (r.decisionPriorities as number[] | undefined) ??
    decisions.map((d) => (d.priority as number | undefined) ?? priority);
  const meta = Object.fromEntries(
    Object.entries(spec).filter(([k]) => !['priority', 'event', 'decisions', 'note'].includes(k)),
  );
  return {
    ...meta,
    priority,
    stage: r.stage,
    decisions: decisions.map((d, i) => ({
      ...Object.fromEntries(Object.entries(d).filter(([k]) => k !== 'priority')),
      priority: decisionPriorities[i],
    })),
  };
}

async function snapshot(fixtures: { file: string; raw: Json }[]) {
  const pack = loadPack('rules');
  const judge = createJudge({ pack });
  const verdicts: Record<string, unknown> = {};
  for (const { file, raw } of fixtures) {
    const result = await checkFixture(judge, raw);
    verdicts[file] =
      result.status === 'error' ? { error: result.message } : { status: result.status, verdict: result.verdict };
  }
  const rules = Object.fromEntries(pack.rules.map((r) => [r.spec.id, ruleView(r as unknown as Json)]));
  return { verdicts, rules };
}

const [mode, file] = process.argv.slice(2);
if ((mode !== 'record' && mode !== 'compare') || !file) {
  console.error('usage: tsx scripts/fold-proof.ts record|compare <baseline.json>');
  process.exit(2);
}
if (mode === 'record') {
  const fixtures = fixtureFiles('fixtures').map((f) => ({ file: f, raw: JSON.parse(readFileSync(f, 'utf8')) as Json }));
  const snap = await snapshot(fixtures);
  writeFileSync(file, JSON.stringify({ fixtures, ...snap }));
  console.log(`recorded ${fixtures.length} fixtures and ${Object.keys(snap.rules).length} rules in ${file}`);
} else {
  const base = JSON.parse(readFileSync(file, 'utf8')) as {
    fixtures: { file: string; raw: Json }[];
    verdicts: Record<string, Json>;
    rules: Record<string, Json>;
  };
  const now = await snapshot(base.fixtures);
  const diffs: string[] = [];
  const parts = [
    'outcome',
    'status',
    'findings',
    'conflicts',
    'openQuestions',
    'missingFacts',
    'evidenceRequired',
    'actions',
    'ruleset',
    'trace',
  ];
  for (const { file: f } of base.fixtures) {
    const a = base.verdicts[f] as Json;
    const b = now.verdicts[f] as Json;
    if (a.error !== undefined || b.error !== undefined || a.status !== b.status) {
      if (!isDeepStrictEqual(a.error, b.error) || a.status !== b.status)
        diffs.push(`${f}: fixture result ${String(a.status ?? 'error')} → ${String(b.status ?? 'error')}`);
      continue;
    }
    const va = a.verdict as Json;
    const vb = b.verdict as Json;
    for (const p of parts) if (!isDeepStrictEqual(va[p], vb[p])) diffs.push(`${f}: ${p} differs`);
  }
  const ids = new Set([...Object.keys(base.rules), ...Object.keys(now.rules)]);
  for (const id of [...ids].sort()) {
    if (!isDeepStrictEqual(base.rules[id], now.rules[id]))
      diffs.push(`rule ${id}: ${JSON.stringify(base.rules[id])} → ${JSON.stringify(now.rules[id])}`);
  }
  const n = base.fixtures.length;
  if (diffs.length === 0) {
    console.log(
      `unchanged: ${n} fixtures (outcome, status, findings, conflicts, open questions, missing facts, evidence, actions, ruleset, trace) and ${ids.size} rules (conditions, decisions, priorities)`,
    );
  } else {
    console.log(diffs.join('\n'));
    console.log(`${diffs.length} differences over ${n} fixtures and ${ids.size} rules`);
    process.exit(1);
  }
}
