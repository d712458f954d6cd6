// Benchmark: `npm run bench` (not part of the tests). Judges ≥ 20,000 distinct cases built from
// fixtures/ sequentially over several rounds, against a naive baseline (every rule of the pack in
// one json-rules-engine Engine), then checks that the heap stays flat over 200,000 cases.
//
// What runs is the library as it ships: src/ bundled by tsup with the library's settings (ESM,
// node20, dependencies external) into node_modules/.cache, then imported by plain node. Running src/
// through tsx instead would add tsx's keep-names wrappers to every closure on the hot path.
// Env: BENCH_CASES (default 20000), BENCH_ROUNDS (5), BENCH_HEAP_CASES (200000; 0 skips).
// Run with `npm run bench` (node --expose-gc, so the heap figures are after a full GC).
import { mkdirSync } from 'node:fs';
import { availableParallelism, cpus } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { Engine, Rule } from 'json-rules-engine';
import { benchCases, fixtureCases } from './cases.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'node_modules', '.cache', 'aftersale-bench');
mkdirSync(outDir, { recursive: true });
await build({
  // tsup itself, without tsup.config.ts: the library's settings, one ESM entry, no declarations.
  config: false,
  entry: { lib: join(root, 'bench', 'entry.ts') },
  outDir,
  format: ['esm'],
  platform: 'node',
  target: 'node20',
  dts: false,
  clean: false,
  sourcemap: false,
  silent: true,
});
type Lib = typeof import('./entry.js');
const lib: Lib = await import(pathToFileURL(join(outDir, 'lib.js')).href);
const { deriveFacts, engineOperators } = lib;

const N = Number(process.env.BENCH_CASES ?? 20_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const HEAP_CASES = Number(process.env.BENCH_HEAP_CASES ?? 200_000);
// The baseline is tens of times slower: it runs on the first BENCH_BASELINE_CASES of the same cases.
const BASE_N = Number(process.env.BENCH_BASELINE_CASES ?? 2_000);
const rulesDir = join(root, 'rules');
const gc = (globalThis as { gc?: () => void }).gc;

// --- pack load, cold: the first load in this process (schemas imported, nothing compiled yet) ---
let t = performance.now();
const pack = lib.loadPack(rulesDir);
const loadCold = performance.now() - t;
const loadWarm: number[] = [];
for (let i = 0; i < 10; i++) {
  t = performance.now();
  lib.loadPack(rulesDir);
  loadWarm.push(performance.now() - t);
}
const { safeJudge } = lib.createJudge({ pack });

// --- cases: every fixture's case, made distinct (caseId, timestamps shifted, amount + fen) ---
const seeds = fixtureCases();
const cases = benchCases(N, seeds);
for (const c of cases.slice(0, seeds.length * 3)) {
  const r = await safeJudge(c);
  if (!r.ok) throw new Error(`bench case ${String(c.caseId)} is invalid:\n${lib.formatIssues(r.issues)}`);
}

/** Wall-clock and CPU (user + system of this process) time per case of one sequential round. */
interface Round {
  wall: number;
  cpu: number;
}
async function round(items: readonly unknown[], one: (x: never) => Promise<unknown>): Promise<Round> {
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const x of items) await one(x as never);
  const cpu = process.cpuUsage(cpu0);
  return { wall: ((performance.now() - start) * 1000) / items.length, cpu: (cpu.user + cpu.system) / items.length };
}

// --- the library: full verdict with trace, validation included, one case at a time ---
const judgeOne = async (c: unknown) => {
  const r = await safeJudge(c);
  if (!r.ok) throw new Error('invalid');
};

// --- the naive baseline: all rules in one Engine, engine.run over the same derived facts ---
const engine = new Engine([], { allowUndefinedFacts: true });
for (const op of engineOperators()) engine.addOperator(op);
for (const r of pack.rules) {
  engine.addRule(new Rule({ name: r.spec.id, priority: r.spec.priority, conditions: r.spec.conditions as never, event: r.spec.event }));
}
const settingsOf = (platform: keyof typeof pack.manifest.timeZones) => ({
  timeZone: pack.manifest.timeZones[platform],
  returnWindowDays: pack.manifest.defaults.returnWindowDays,
});
const baseCases = cases.slice(0, BASE_N);
const derived = baseCases.map((c) => {
  const parsed = lib.CaseSchema.parse(c);
  return deriveFacts(parsed, settingsOf(parsed.platform));
});
/** engine.run only, facts precomputed (the most favourable view of the baseline). */
const baselineOne = (f: Record<string, unknown>) => engine.run(f);
/** The baseline doing the same door work as the library: parse + derive + engine.run. */
const baselineFullOne = (c: unknown) => {
  const parsed = lib.CaseSchema.parse(c);
  return engine.run(deriveFacts(parsed, settingsOf(parsed.platform)));
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// One warm-up round each, then interleaved measured rounds so drift hits both alike.
await round(cases, judgeOne);
await round(derived, baselineOne);
const libR: Round[] = [];
const baseR: Round[] = [];
const baseFullR: Round[] = [];
for (let r = 0; r < ROUNDS; r++) {
  libR.push(await round(cases, judgeOne));
  baseR.push(await round(derived, baselineOne));
  baseFullR.push(await round(baseCases, baselineFullOne));
}

// Per-case latency distribution over one more round.
const lat: number[] = [];
for (const c of cases) {
  const s = performance.now();
  await safeJudge(c);
  lat.push((performance.now() - s) * 1000);
}
lat.sort((a, b) => a - b);
const pct = (p: number) => lat[Math.min(lat.length - 1, Math.floor((p / 100) * lat.length))] as number;

// --- heap after GC every 20,000 cases over HEAP_CASES ---
const heap: { cases: number; mb: number }[] = [];
if (HEAP_CASES > 0) {
  const snap = (n: number) => {
    gc?.();
    gc?.();
    heap.push({ cases: n, mb: process.memoryUsage().heapUsed / 2 ** 20 });
  };
  snap(0);
  for (let i = 1; i <= HEAP_CASES; i++) {
    const r = await safeJudge(cases[i % cases.length]);
    if (!r.ok) throw new Error('invalid');
    if (i % 20_000 === 0) snap(i);
  }
}

// --- report ---
const wall = (rs: Round[]) => median(rs.map((r) => r.wall));
const cpu = (rs: Round[]) => median(rs.map((r) => r.cpu));
const f1 = (x: number) => x.toFixed(1);
const row = (name: string, value: string, target = '', status = '') => console.log(`${name.padEnd(44)}${value.padStart(22)}  ${target.padEnd(12)}${status}`);
const bucketSizes = [...pack.buckets.values()].map((b) => b.stage1.length + b.stage2.length);
const evaluated = (await Promise.all(cases.slice(0, 2000).map((c) => safeJudge(c)))).reduce((n, r) => n + (r.ok ? r.verdict.trace.length : 0), 0) / 2000;

console.log(`aftersale-rules bench — src bundled by tsup as it ships; node ${process.version}; ${cpus()[0]?.model ?? '?'}`);
console.log(`cores (os.availableParallelism): ${availableParallelism()}; the bench uses one (sequential awaits); load average ${(await import('node:os')).loadavg().map((l) => l.toFixed(2)).join(' ')}`);
console.log(`pack: ${pack.rules.length} rules in ${pack.buckets.size} platform×claim buckets (${Math.min(...bucketSizes)}–${Math.max(...bucketSizes)} rules; ${evaluated.toFixed(1)} evaluated per case on average)`);
console.log(`cases: ${cases.length} distinct, from ${seeds.length} fixtures (baseline: the first ${baseCases.length}); ${ROUNDS} measured rounds each; median of rounds, wall (cpu) µs/case`);
console.log('');
row('measure', 'value', 'target', 'status');
const lm = wall(libR);
row('pack load, cold (first loadPack)', `${f1(loadCold)} ms`, '≤ 100 ms', loadCold <= 100 ? 'met' : `MISSED by ${f1(loadCold - 100)} ms`);
row('pack load, warm (median of 10)', `${f1(median(loadWarm))} ms`);
row('safeJudge: full verdict with trace', `${f1(lm)} (${f1(cpu(libR))}) µs/case`, '≤ 100 µs', lm <= 100 ? 'met' : `MISSED by ${f1(lm - 100)} µs (${(lm / 100).toFixed(1)}×)`);
row('  throughput', `${Math.round(1e6 / lm)} cases/s`);
row('  rounds, wall µs/case', libR.map((r) => f1(r.wall)).join(' '));
row('  one round per case: p50 / p90 / p99', `${f1(pct(50))} / ${f1(pct(90))} / ${f1(pct(99))} µs`);
const bm = wall(baseR);
row('naive baseline: one Engine, engine.run', `${f1(bm)} (${f1(cpu(baseR))}) µs/case`);
row('  throughput', `${Math.round(1e6 / bm)} cases/s`);
row('  rounds, wall µs/case', baseR.map((r) => f1(r.wall)).join(' '));
row('naive baseline + parse + derive', `${f1(wall(baseFullR))} (${f1(cpu(baseFullR))}) µs/case`);
const speedup = bm / lm;
row('speed-up vs engine.run-only baseline', `${speedup.toFixed(2)}× (cpu ${(cpu(baseR) / cpu(libR)).toFixed(2)}×)`, '≥ 4×', speedup >= 4 ? 'met' : `MISSED (${speedup.toFixed(2)}×)`);
row('speed-up vs baseline + parse + derive', `${(wall(baseFullR) / lm).toFixed(2)}×`);
if (heap.length > 0) {
  console.log('');
  console.log(`heap used after GC (${gc ? 'global.gc()' : 'NO --expose-gc: figures include garbage'}), every 20,000 cases:`);
  for (let i = 0; i < heap.length; i += 6) console.log('  ' + heap.slice(i, i + 6).map((h) => `${String(h.cases / 1000).padStart(3)}k ${h.mb.toFixed(2)} MB`).join(' | '));
  const after = heap.slice(1).map((h) => h.mb);
  const growth = (after.at(-1) ?? 0) - (after[0] ?? 0);
  row(`heap growth 20k → ${HEAP_CASES / 1000}k (after GC)`, `${growth.toFixed(2)} MB`, 'flat', gc && Math.abs(growth) < 1 ? 'met' : 'MISSED');
}
