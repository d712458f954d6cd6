// A pack diff as text (a terminal) or markdown (a pull-request comment).
import type { ChangeCount, PackDiff } from './pack-diff.js';

/** Case ids listed per change in text and markdown (all of them are in the JSON). */
const MAX_IDS = 10;

const ids = (list: readonly string[]) =>
  list.length > MAX_IDS ? `${list.slice(0, MAX_IDS).join(', ')}, … (+${list.length - MAX_IDS})` : list.join(', ');

const SECTIONS = [
  ['decisions', 'Decisions'],
  ['statuses', 'Statuses'],
  ['penalties', 'Penalties'],
  ['amounts', 'Amounts (yuan)'],
] as const;

/**
 * The diff for a terminal: one line per change, `what: from → to  ×count  (case ids)`.
 *
 * @example
 * process.stdout.write(diffText(await diffPacks(base, head, cases)));
 */
export function diffText(d: PackDiff): string {
  const out = [
    `${d.changed} of ${d.cases} case(s) changed${d.errors.length > 0 ? `, ${d.errors.length} not judged` : ''}`,
  ];
  const line = (c: ChangeCount) => `  ${c.what}: ${c.from} → ${c.to}  ×${c.count}  (${ids(c.caseIds)})`;
  for (const [key, title] of SECTIONS) {
    if (d[key].length === 0) continue;
    out.push('', `${title}:`, ...d[key].map(line));
  }
  if (d.rules.length > 0) {
    out.push('', 'Rules whose firing changed:');
    for (const r of d.rules)
      out.push(
        `  ${r.ruleId}: ${[r.started > 0 ? `now fires in ${r.started}` : '', r.stopped > 0 ? `no longer fires in ${r.stopped}` : ''].filter(Boolean).join(', ')}  (${ids(r.caseIds)})`,
      );
  }
  if (d.errors.length > 0) {
    out.push('', 'Not judged:');
    for (const e of d.errors) out.push(`  ${e.caseId} (${e.side}): ${e.message}`);
  }
  return `${out.join('\n')}\n`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');
const code = (s: string) => `\`${s.replace(/`/g, "'")}\``;

/**
 * The diff as markdown for a pull-request comment: a headline, a table per kind of change.
 *
 * @example
 * writeFileSync('diff.md', diffMarkdown(d));
 */
export function diffMarkdown(d: PackDiff): string {
  const out = [
    '### Rule pack impact',
    '',
    d.changed === 0
      ? `No change in ${d.cases} case(s).`
      : `**${d.changed}** of ${d.cases} case(s) changed.${d.errors.length > 0 ? ` ${d.errors.length} not judged.` : ''}`,
  ];
  for (const [key, title] of SECTIONS) {
    if (d[key].length === 0) continue;
    out.push('', `#### ${title}`, '', '| | from | to | cases | case ids |', '|---|---|---|---:|---|');
    for (const c of d[key])
      out.push(`| ${code(c.what)} | ${cell(c.from)} | ${cell(c.to)} | ${c.count} | ${cell(ids(c.caseIds))} |`);
  }
  if (d.rules.length > 0) {
    out.push(
      '',
      '#### Rules whose firing changed',
      '',
      '| rule | now fires | no longer fires | case ids |',
      '|---|---:|---:|---|',
    );
    for (const r of d.rules) out.push(`| ${code(r.ruleId)} | ${r.started} | ${r.stopped} | ${cell(ids(r.caseIds))} |`);
  }
  if (d.errors.length > 0) {
    out.push('', '#### Not judged', '');
    for (const e of d.errors) out.push(`- ${code(e.caseId)} (${e.side}): ${cell(e.message)}`);
  }
  return `${out.join('\n')}\n`;
}
