// Coverage as people and tools read it: a text summary, and LCOV on the lines of the rule files.
import { bothWays, type Coverage, type CoverageTotals } from './coverage.js';
import { jsonLines } from './json-positions.js';

/** `a/b` as a percentage with one decimal; 100 when there is nothing to cover. */
export const percent = (a: number, b: number): number => (b === 0 ? 100 : Math.round((a / b) * 1000) / 10);

/** The two headline figures: rules fired at least once, leaves seen both true and false (percent). */
export function coverageFigures(t: CoverageTotals): { rules: number; conditions: number } {
  return { rules: percent(t.rulesFired, t.rules), conditions: percent(t.leavesBothWays, t.leaves) };
}

/**
 * The coverage summary: the two figures, then the rules no case fired and the leaves not seen both
 * true and false, each by rule id and condition path.
 *
 * @example
 * process.stdout.write(coverageText(coverageOf(pack, verdicts)));
 */
export function coverageText(cov: Coverage): string {
  const t = cov.totals;
  const f = coverageFigures(t);
  const out = [
    `Coverage over ${cov.cases} case(s):`,
    `  rules fired            ${t.rulesFired}/${t.rules} (${f.rules}%)`,
    `  leaves seen both ways  ${t.leavesBothWays}/${t.leaves} (${f.conditions}%)  [true ${t.leavesTrue}, false ${t.leavesFalse}, unknown ${t.leavesUnknown}]`,
  ];
  const never = cov.rules.filter((r) => r.fired === 0);
  if (never.length > 0) {
    out.push('', `Rules never fired (${never.length}):`);
    for (const r of never)
      out.push(`  ${r.ruleId}  (${r.file} rules[${r.index}]; false ${r.false}, waiting ${r.waiting})`);
  }
  const oneWay = cov.rules.flatMap((r) =>
    r.leaves.filter((l) => !bothWays(l)).map((l) => ({ r, l })),
  );
  if (oneWay.length > 0) {
    out.push('', `Leaves not seen both true and false (${oneWay.length}):`);
    for (const { r, l } of oneWay)
      out.push(`  ${r.ruleId} ${l.path}: ${l.condition}  (true ${l.true}, false ${l.false}, unknown ${l.unknown})`);
  }
  return `${out.join('\n')}\n`;
}

/** A rule file of the pack: its name in the pack (`late-shipment/taobao.json`), the path to report, its text. */
export interface CoverageFile {
  readonly name: string;
  readonly path: string;
  readonly text: string;
}

/**
 * LCOV on the rule files: each rule is a function (FN at the line its object opens, FNDA: the cases
 * it fired in); each condition leaf a line (DA: the cases it was true in, summed over leaves that
 * share a line) with three branches, true / false / unknown (BRDA branches 0, 1, 2).
 *
 * @example
 * writeFileSync('coverage/lcov.info', coverageLcov(cov, files));
 */
export function coverageLcov(cov: Coverage, files: readonly CoverageFile[]): string {
  const out: string[] = [];
  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    const rules = cov.rules.filter((r) => r.file === file.name);
    if (rules.length === 0) continue;
    const lines = jsonLines(file.text);
    const lineOf = (path: string) => lines.get(path) ?? 1;
    out.push('TN:', `SF:${file.path}`);
    for (const r of rules) out.push(`FN:${lineOf(`rules[${r.index}]`)},${r.ruleId}`);
    for (const r of rules) out.push(`FNDA:${r.fired},${r.ruleId}`);
    out.push(`FNF:${rules.length}`, `FNH:${rules.filter((r) => r.fired > 0).length}`);
    const da = new Map<number, number>();
    const brda: string[] = [];
    let block = 0;
    let branchesHit = 0;
    for (const r of rules) {
      for (const l of r.leaves) {
        const line = lineOf(`rules[${r.index}].${l.path}`);
        da.set(line, (da.get(line) ?? 0) + l.true);
        const evaluated = l.true + l.false + l.unknown > 0;
        [l.true, l.false, l.unknown].forEach((n, branch) => {
          brda.push(`BRDA:${line},${block},${branch},${evaluated ? n : '-'}`);
          if (n > 0) branchesHit++;
        });
        block++;
      }
    }
    out.push(...brda, `BRF:${brda.length}`, `BRH:${branchesHit}`);
    const sorted = [...da].sort(([a], [b]) => a - b);
    for (const [line, n] of sorted) out.push(`DA:${line},${n}`);
    out.push(`LF:${sorted.length}`, `LH:${sorted.filter(([, n]) => n > 0).length}`, 'end_of_record');
  }
  return `${out.join('\n')}\n`;
}
