// Benchmark: `npm run bench` (not part of the tests). In one process, on the same distinct cases
// built from fixtures/, interleaved rounds of: the compiled evaluator with the full trace, the
// compiled evaluator with `trace: 'none'`, the reference evaluator (json-rules-engine,
// `evaluator: 'reference'`) with the full trace, and the compiled evaluator with only the unknown
// facts' questions (`questions: 'unknown'`), full trace and none — each a whole safeJudge
// (validation, derivation, evaluation, fold, verdict) plus JSON.stringify of the verdict, as a
// caller that writes it out pays. Then the heap over BENCH_HEAP_CASES judgements, pack load, and
// `batch` end to end (the built CLI, NDJSON in and out, --trace none) with 1 and 2 workers. Every
// figure is printed with its target.
//
// What runs is the library as it ships: src/ bundled by tsup with the library's settings (ESM,
// node20, dependencies external) into node_modules/.cache, then imported by plain node.
// Env: BENCH_CASES (default 5000), BENCH_ROUNDS (7), BENCH_HEAP_CASES (500000; 0 skips),
// BENCH_BATCH_CASES (40000; 0 skips), BENCH_BATCH_RUNS (3).
import { spawn } from 'node:child_process';
import { createReadStream, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { build } from 'tsup';
import { benchCases, fixtureCases } from './cases.js';

const root = new URL('..', import.meta.url).pathname;
const outDir = join(root, 'node_modules', '.cache', 'aftersale-bench');
mkdirSync(outDir, { recursive: true });
const common = {
  config: false,
  outDir,
  format: ['esm'] as 'esm'[],
  platform: 'node' as const,
  target: 'node20',
  dts: false,
  clean: false,
  sourcemap: false,
  silent: true,
};
await build({ ...common, entry: { lib: join(root, 'bench', 'entry.ts') } });
await build({ ...common, entry: { cli: join(root, 'src', 'cli', 'main.ts') } });
type Lib = typeof import('./entry.js');
const lib: Lib = await import(pathToFileURL(join(outDir, 'lib.js')).href);

const N = Number(process.env.BENCH_CASES ?? 5_000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 7);
const HEAP_CASES = Number(process.env.BENCH_HEAP_CASES ?? 500_000);
const BATCH_CASES = Number(process.env.BENCH_BATCH_CASES ?? 40_000);
const BATCH_RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const rulesDir = join(root, 'rules');
const gc = (globalThis as { gc?: () => void }).gc;
const load0 = loadavg();

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
const full = lib.createJudge({ pack });
const none = lib.createJudge({ pack, trace: 'none' });
const reference = lib.createJudge({ pack, evaluator: 'reference' });
// The verdict with only the unknown facts' questions (`questions: 'unknown'`): statuses the same.
const fullUnknown = lib.createJudge({ pack, questions: 'unknown' });
const noneUnknown = lib.createJudge({ pack, trace: 'none', questions: 'unknown' });

// --- cases: every fixture's case, made distinct (caseId, timestamps shifted, amount + fen) ---
const seeds = fixtureCases();
const cases = benchCases(N, seeds);
for (const c of cases.slice(0, seeds.length * 2)) {
  const [a, b] = [await full.safeJudge(c), await reference.safeJudge(c)];
  if (!a.ok) throw new Error(`bench case ${String(c.caseId)} is invalid:\n${lib.formatIssues(a.issues)}`);
  if (JSON.stringify(a) !== JSON.stringify(b))
    throw new Error(`bench case ${String(c.caseId)}: the evaluators disagree`);
}

interface Round {
  wall: number;
  cpu: number;
  bytes: number;
}
/** One sequential round: wall and CPU µs per case, and verdict bytes per case. */
async function round(judge: Lib['safeJudge'] extends infer J ? { safeJudge: J } : never): Promise<Round> {
  let bytes = 0;
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  for (const c of cases) {
    const r = await judge.safeJudge(c);
    if (!r.ok) throw new Error('invalid');
    bytes += JSON.stringify(r.verdict).length;
  }
  const cpu = process.cpuUsage(cpu0);
  return {
    wall: ((performance.now() - start) * 1000) / cases.length,
    cpu: (cpu.user + cpu.system) / cases.length,
    bytes: bytes / cases.length,
  };
}
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
};

// One warm-up round each, then interleaved measured rounds so drift hits all alike.
const judges = { full, none, reference, fullUnknown, noneUnknown } as const;
const names = Object.keys(judges) as (keyof typeof judges)[];
for (const j of Object.values(judges)) await round(j);
const rounds = Object.fromEntries(names.map((k) => [k, [] as Round[]])) as Record<keyof typeof judges, Round[]>;
for (let r = 0; r < ROUNDS; r++) for (const k of names) rounds[k].push(await round(judges[k]));

// --- heap after GC every 50,000 cases over HEAP_CASES (full trace, verdicts serialised and dropped) ---
const heap: { cases: number; mb: number }[] = [];
if (HEAP_CASES > 0) {
  const snap = (n: number) => {
    gc?.();
    gc?.();
    heap.push({ cases: n, mb: process.memoryUsage().heapUsed / 2 ** 20 });
  };
  snap(0);
  let sink = 0;
  for (let i = 1; i <= HEAP_CASES; i++) {
    const r = await full.safeJudge(cases[i % cases.length]);
    if (!r.ok) throw new Error('invalid');
    sink += JSON.stringify(r.verdict).length & 1;
    if (i % 50_000 === 0) snap(i);
  }
  if (sink < 0) console.log(sink);
}

// --- batch end to end: the built CLI, NDJSON cases on stdin, --trace none ---
const cli = join(outDir, 'cli.js');
const batchInput = join(outDir, `batch-${BATCH_CASES}.ndjson`);
if (BATCH_CASES > 0)
  writeFileSync(
    batchInput,
    `${benchCases(BATCH_CASES, seeds)
      .map((c) => JSON.stringify(c))
      .join('\n')}\n`,
  );
function batch(workers: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [cli, 'batch', '--rules', rulesDir, '--workers', String(workers), '--trace', 'none'],
      { stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let lines = 0;
    let errors = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      for (let i = chunk.indexOf(10); i !== -1; i = chunk.indexOf(10, i + 1)) lines++;
      if (chunk.includes('{"error"')) errors++;
    });
    child.on('error', reject);
    child.on('close', (status) => {
      if (lines !== BATCH_CASES || errors > 0 || status !== 0)
        reject(new Error(`batch --workers ${workers}: ${lines} lines, ${errors} errors, exit ${status}`));
      else resolve((BATCH_CASES / (performance.now() - start)) * 1000);
    });
    createReadStream(batchInput).pipe(child.stdin);
  });
}
const batchRates: Record<1 | 2, number[]> = { 1: [], 2: [] };
if (BATCH_CASES > 0)
  for (let r = 0; r < BATCH_RUNS; r++) for (const w of [1, 2] as const) batchRates[w].push(await batch(w));

// --- report ---
const wall = (rs: Round[]) => median(rs.map((r) => r.wall));
const cpu = (rs: Round[]) => median(rs.map((r) => r.cpu));
const f1 = (x: number) => x.toFixed(1);
const row = (name: string, value: string, target = '', status = '') =>
  console.log(`${name.padEnd(46)}${value.padStart(24)}  ${target.padEnd(14)}${status}`);
const verdict = (ok: boolean, miss: string) => (ok ? 'met' : `MISSED ${miss}`);
const buckets = lib.compiledPack(pack).buckets;
const bucketSizes = [...buckets.values()].map((b) => b.stage1.length + b.stage2.length);

console.log(
  `aftersale-rules bench — src bundled by tsup as it ships; node ${process.version}; ${cpus()[0]?.model ?? '?'}`,
);
console.log(
  `cores (os.availableParallelism): ${availableParallelism()}; judging uses one (sequential awaits); load average at start ${load0.map((l) => l.toFixed(2)).join(' ')}, at end ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `pack: ${pack.rules.length} rules in ${buckets.size} platform×claim buckets (${Math.min(...bucketSizes)}–${Math.max(...bucketSizes)} rules)`,
);
console.log(
  `cases: ${cases.length} distinct, from ${seeds.length} fixtures, the same for every judge; ${ROUNDS} interleaved rounds; median of rounds, wall (cpu) µs/case, safeJudge + JSON.stringify of the verdict`,
);
console.log('');
row('measure', 'value', 'target', 'status');
row(
  'pack load, cold (first loadPack)',
  `${f1(loadCold)} ms`,
  '≤ 100 ms',
  verdict(loadCold <= 100, `by ${f1(loadCold - 100)} ms`),
);
row('pack load, warm (median of 10)', `${f1(median(loadWarm))} ms`);
const fm = wall(rounds.full);
const nm = wall(rounds.none);
const rm = wall(rounds.reference);
row('reference (json-rules-engine), full trace', `${f1(rm)} (${f1(cpu(rounds.reference))}) µs/case`);
row(
  'compiled, full trace',
  `${f1(fm)} (${f1(cpu(rounds.full))}) µs/case`,
  '≤ 50 µs',
  verdict(fm <= 50, `by ${f1(fm - 50)} µs`),
);
row(
  '  speed-up vs reference, same cases',
  `${(rm / fm).toFixed(2)}× (cpu ${(cpu(rounds.reference) / cpu(rounds.full)).toFixed(2)}×)`,
  '≥ 8×',
  verdict(rm / fm >= 8, `(${(rm / fm).toFixed(2)}×)`),
);
row('  rounds, wall µs/case', rounds.full.map((r) => f1(r.wall)).join(' '));
row(
  'compiled, trace none',
  `${f1(nm)} (${f1(cpu(rounds.none))}) µs/case`,
  '≤ 25 µs',
  verdict(nm <= 25, `by ${f1(nm - 25)} µs`),
);
row('  rounds, wall µs/case', rounds.none.map((r) => f1(r.wall)).join(' '));
const fu = wall(rounds.fullUnknown);
const nu = wall(rounds.noneUnknown);
row(
  "compiled, full trace, questions 'unknown'",
  `${f1(fu)} (${f1(cpu(rounds.fullUnknown))}) µs/case, ${(fu / fm).toFixed(2)}× of full`,
);
row(
  "compiled, trace none, questions 'unknown'",
  `${f1(nu)} (${f1(cpu(rounds.noneUnknown))}) µs/case, ${(nu / nm).toFixed(2)}× of none`,
);
row(
  'verdict JSON, full / none',
  `${Math.round(median(rounds.full.map((r) => r.bytes)))} / ${Math.round(median(rounds.none.map((r) => r.bytes)))} bytes`,
);
if (BATCH_CASES > 0) {
  const one = median(batchRates[1]);
  const two = median(batchRates[2]);
  row(
    `batch --trace none, ${BATCH_CASES} lines, --workers 1`,
    `${Math.round(one)} lines/s`,
    '≥ 8,000/s',
    verdict(one >= 8000, `by ${Math.round(8000 - one)} lines/s`),
  );
  row('  runs, lines/s', batchRates[1].map((x) => Math.round(x)).join(' '));
  row('batch --trace none, --workers 2', `${Math.round(two)} lines/s (${Math.round(two / 2)}/worker)`);
  row('  runs, lines/s', batchRates[2].map((x) => Math.round(x)).join(' '));
  row(
    '  speed-up, 2 workers vs 1',
    `${(two / one).toFixed(2)}×`,
    '≥ 1.7×',
    verdict(two / one >= 1.7, `(${(two / one).toFixed(2)}×)`),
  );
}
if (heap.length > 0) {
  console.log('');
  console.log(
    `heap used after GC (${gc ? 'global.gc()' : 'NO --expose-gc: figures include garbage'}), every 50,000 cases:`,
  );
  for (let i = 0; i < heap.length; i += 6)
    console.log(
      '  ' +
        heap
          .slice(i, i + 6)
          .map((h) => `${String(h.cases / 1000).padStart(3)}k ${h.mb.toFixed(2)} MB`)
          .join(' | '),
    );
  const after = heap.slice(1).map((h) => h.mb);
  const growth = (after.at(-1) ?? 0) - (after[0] ?? 0);
  row(
    `heap growth 50k → ${HEAP_CASES / 1000}k (after GC)`,
    `${growth.toFixed(2)} MB`,
    'flat (< 1 MB)',
    verdict(gc !== undefined && Math.abs(growth) < 1, ''),
  );
}
