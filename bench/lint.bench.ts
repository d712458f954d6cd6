// Benchmark of lint's static analysis on a large pack (not part of the tests):
//   node --import tsx bench/lint.bench.ts [copies]    (default 71 copies of the shipped pack ≈ 10,000 rules)
// Each copy of the shipped rules gets its own ids, series and one calendar year of its own (the
// pack's version boundaries spread over that year), so the copies are the pack's later versions:
// the analysis must pair only rules in force on a common day, not every rule with every other.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { lintPack } from '../src/lint/lint-pack.js';

type Json = Record<string, unknown>;
const COPIES = Number(process.argv[2] ?? 71);
const src = 'rules';
const files = readdirSync(src)
  .filter((d) => statSync(join(src, d)).isDirectory())
  .flatMap((d) => readdirSync(join(src, d)).map((f) => join(d, f)));
const texts = new Map(files.map((f) => [f, JSON.parse(readFileSync(join(src, f), 'utf8')) as { rules: Json[] }]));
const nextDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
const boundaries = [
  ...new Set(
    [...texts.values()].flatMap((t) =>
      t.rules
        .flatMap((r) => [
          r.effectiveFrom as string | undefined,
          r.effectiveTo ? nextDay(r.effectiveTo as string) : undefined,
        ])
        .filter((x): x is string => x !== undefined),
    ),
  ),
].sort();
const step = Math.floor(360 / (boundaries.length + 1));
const dayOf = (year: number, i: number) => new Date(Date.UTC(year, 0, 1 + i * step)).toISOString().slice(0, 10);
const prevDay = (d: string) => new Date(Date.parse(`${d}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);

const dir = mkdtempSync(join(tmpdir(), 'aftersale-lint-bench-'));
writeFileSync(join(dir, 'pack.json'), readFileSync(join(src, 'pack.json')));
let n = 0;
for (let k = 0; k < COPIES; k++) {
  const year = 2200 + k;
  const rename = (id: string) => id.replace(/^([^.]*)/, `$1-C${k}`);
  for (const [f, t] of texts) {
    const rules = t.rules.map((r) => {
      n++;
      const from =
        r.effectiveFrom === undefined
          ? `${year}-01-01`
          : dayOf(year, boundaries.indexOf(r.effectiveFrom as string) + 1);
      const to =
        r.effectiveTo === undefined
          ? `${year}-12-31`
          : prevDay(dayOf(year, boundaries.indexOf(nextDay(r.effectiveTo as string)) + 1));
      return {
        ...r,
        id: rename(r.id as string),
        ...(r.series !== undefined ? { series: rename(r.series as string) } : {}),
        effectiveFrom: from,
        effectiveTo: to,
      };
    });
    const target = join(dir, f.replace('/', `-c${k}/`));
    mkdirSync(join(target, '..'), { recursive: true });
    writeFileSync(target, JSON.stringify({ rules }));
  }
}
const start = performance.now();
const findings = lintPack({ rulesDir: dir });
const ms = performance.now() - start;
const errors = findings.filter((x) => x.severity === 'error');
console.log(
  `lint: ${n} rules (${COPIES} copies of the shipped pack) in ${(ms / 1000).toFixed(1)} s: ${errors.length} errors, ${findings.length - errors.length} warnings`,
);
if (errors.length > 0)
  console.log(
    errors
      .slice(0, 5)
      .map((e) => `${e.code}: ${e.message}`)
      .join('\n'),
  );
rmSync(dir, { recursive: true, force: true });
