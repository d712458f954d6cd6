// `diff` throughput: BENCH_DIFF_CASES (default 20,000) NDJSON cases made from fixtures/, judged with
// the shipped pack (--base rules) and a copy whose return-freight cap is 10 yuan instead of 15, by
// `node dist/cli.js diff` with 1 worker thread and with N (default 2). Prints cases/s (each case is
// judged twice: once per pack), the changes found and the load average while it ran. Needs
// `npm run build`. Run: node --import tsx bench/diff.bench.ts [N]
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import { benchCases } from './cases.js';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) throw new Error('dist/cli.js is missing: run `npm run build` first');
const N = Number(process.env.BENCH_DIFF_CASES ?? 20_000);
const workers = Number(process.argv[2] ?? 2);
const dir = join(root, 'node_modules', '.cache', 'aftersale-bench');
mkdirSync(dir, { recursive: true });
const input = join(dir, `diff-${N}.ndjson`);
writeFileSync(
  input,
  `${benchCases(N)
    .map((c) => JSON.stringify(c))
    .join('\n')}\n`,
);
const head = join(dir, 'diff-head-rules');
rmSync(head, { recursive: true, force: true });
cpSync(join(root, 'rules'), head, { recursive: true });
const manifest = join(head, 'pack.json');
writeFileSync(manifest, readFileSync(manifest, 'utf8').replace('"returnFreightCap": 15', '"returnFreightCap": 10'));

function run(w: number): Promise<{ ms: number; changed: number; cases: number }> {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(
      process.execPath,
      [cli, 'diff', '--base', join(root, 'rules'), '--rules', head, input, '--format', 'json', '--workers', String(w)],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
    child.on('error', reject);
    child.on('close', () => {
      const d = JSON.parse(out) as { cases: number; changed: number };
      resolve({ ms: performance.now() - start, changed: d.changed, cases: d.cases });
    });
  });
}

console.log(`diff of ${N} cases, ${availableParallelism()} cores, load average before ${loadavg()[0]?.toFixed(2)}`);
for (const w of [1, workers]) {
  const r = await run(w);
  console.log(
    `${w} worker(s): ${(r.ms / 1000).toFixed(1)} s, ${Math.round((r.cases / r.ms) * 1000)} cases/s (${r.changed} of ${r.cases} changed), load average ${loadavg()[0]?.toFixed(2)}`,
  );
}
