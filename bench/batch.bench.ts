// `batch --workers N` throughput: pipes BENCH_BATCH_CASES (default 50,000) NDJSON cases made from
// fixtures/ through `node dist/cli.js batch` with 1 worker and with N (default 2), BENCH_BATCH_RUNS
// times each (default 3, alternating), and prints cases/s and the speed-up. Needs `npm run build`.
// Run: node --import tsx bench/batch.bench.ts [N]
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchCases } from './cases.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
const N = Number(process.env.BENCH_BATCH_CASES ?? 50_000);
const RUNS = Number(process.env.BENCH_BATCH_RUNS ?? 3);
const workers = Number(process.argv[2] ?? 2);
const dir = join(root, 'node_modules', '.cache', 'aftersale-bench');
mkdirSync(dir, { recursive: true });
const input = join(dir, `batch-${N}.ndjson`);
writeFileSync(
  input,
  `${benchCases(N)
    .map((c) => JSON.stringify(c))
    .join('\n')}\n`,
);

/** Runs the batch once; resolves with the wall time (ms) and the number of verdict lines. */
function run(w: number): Promise<{ ms: number; lines: number; errors: number; status: number | null }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(process.execPath, [cli, 'batch', '--workers', String(w)], {
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let lines = 0;
    let errors = 0;
    let tail = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      const parts = (tail + chunk).split('\n');
      tail = parts.pop() ?? '';
      for (const p of parts) {
        if (p === '') continue;
        lines++;
        if (p.startsWith('{"error"')) errors++;
      }
    });
    child.on('error', reject);
    child.on('close', (status) => resolve({ ms: performance.now() - start, lines, errors, status }));
    import('node:fs').then(({ createReadStream }) => createReadStream(input).pipe(child.stdin));
  });
}

const results: Record<number, number[]> = { 1: [], [workers]: [] };
for (let r = 0; r < RUNS; r++) {
  for (const w of [1, workers]) {
    const { ms, lines, errors, status } = await run(w);
    if (lines !== N || errors > 0 || status !== 0)
      throw new Error(`batch --workers ${w}: ${lines} lines, ${errors} errors, exit ${status}`);
    (results[w] as number[]).push((N / ms) * 1000);
    console.log(`run ${r + 1}: --workers ${w}: ${(ms / 1000).toFixed(1)} s, ${Math.round((N / ms) * 1000)} cases/s`);
  }
}
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1] as number;
const one = median(results[1] as number[]);
const many = median(results[workers] as number[]);
console.log(
  `\nbatch, ${N} NDJSON cases, cores ${availableParallelism()}, load average ${loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(`--workers 1: ${Math.round(one)} cases/s (median of ${RUNS})`);
console.log(`--workers ${workers}: ${Math.round(many)} cases/s (median of ${RUNS})`);
console.log(`speed-up ${(many / one).toFixed(2)}× (target ≥ 1.7× for 2 workers on 2 cores)`);
