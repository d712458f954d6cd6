import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError, Option } from 'commander';
import { checkFixture, type Mismatch } from '../judge/check-fixture.js';
import { coverageOf, type Coverage } from '../coverage/coverage.js';
import { coverageFigures, coverageLcov, coverageText } from '../coverage/coverage-report.js';
import { DEFAULT_RULES_DIR } from '../default-pack.js';
import { formatIssues } from '../shared/errors.js';
import { parseJsonText, textFault, type JsonTextLimits } from '../shared/json-text.js';
import { readPackFiles, type Pack, type PackRule } from '../pack/load-pack.js';
import type { Verdict } from '../schema/verdict.js';
import { CliError, EXIT } from './cli-error.js';
import { decidedBy } from './decided-by.js';
import { fixtureFiles } from './fixture-files.js';
import { judgeOptionsFrom, makeJudge, packFrom, readInput, withJudgeFlags, type JudgeFlags } from './judge-options.js';
import { junitXml, type JUnitCase } from './junit.js';
import { traceOption, type TraceMode } from './trace-flag.js';

interface Flags extends JudgeFlags {
  readonly reporter: 'default' | 'junit';
  readonly output?: string;
  readonly trace: TraceMode;
  readonly run?: readonly string[];
  readonly format: 'text' | 'json';
  readonly coverage?: boolean;
  readonly coverageFormat: 'text' | 'json' | 'lcov';
  readonly coverageOutput?: string;
  readonly minRules?: number;
  readonly minConditions?: number;
}

/**
 * How deep a fixture file's text is read: its `case` is then checked against the case budget, and
 * its `expect` (`expect.openQuestions[0].couldChange[0].to`) nests deeper than a case.
 */
const FIXTURE_TEXT: JsonTextLimits = {
  maxDepth: 8,
  tooDeepMessage: 'A fixture nests at most 8 levels deep; nothing in a fixture is an object at this depth',
};

const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

/** A mismatch with the rules that set the value that differs (none for an expectation about the trace). */
interface Explained extends Mismatch {
  readonly setBy: readonly string[];
}

/** A mismatch as a two-line diff, `- expected`, `+ actual`, and the rule that set the value. */
function diff(m: Explained, rules: ReadonlyMap<string, PackRule>): string {
  const by = m.setBy.map((id) => `${id} (${rules.get(id)?.file ?? '?'})`).join(', ');
  return `${m.path || '(verdict)'}\n  - expected: ${show(m.expected)}\n  + actual:   ${show(m.actual)}${by ? `\n  set by: ${by}` : ''}`;
}

/** A percentage threshold: a number from 0 to 100. */
function pct(value: string): number {
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n) || n < 0 || n > 100)
    throw new InvalidArgumentError('expected a percentage from 0 to 100');
  return n;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Whether a fixture is selected by a `--run` pattern: a part of its path (`ship/`, `fake-no-scan`),
 * its name without `.json`, or a pattern with `*` wildcards matched against its path.
 */
function selected(name: string, patterns: readonly string[] | undefined): boolean {
  if (patterns === undefined || patterns.length === 0) return true;
  const path = name.split('\\').join('/');
  return patterns.some((p) => {
    if (!p.includes('*')) return path.includes(p);
    const re = new RegExp(
      `(^|/)${p
        .split('*')
        .map((x) => x.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
        .join('.*')}$`,
    );
    return re.test(path) || re.test(path.replace(/\.json$/, ''));
  });
}

/** The rule files of the pack judged with, for LCOV: their names, paths from here, texts. */
function coverageFiles(rulesDir: string | undefined) {
  const dir = rulesDir ?? DEFAULT_RULES_DIR;
  const { files } = readPackFiles(dir);
  return files.map((f) => ({ name: f.name, path: relative(process.cwd(), join(dir, f.name)) || f.name, text: f.text }));
}

/** Writes a coverage report, creating its directory. */
function writeReport(file: string, text: string): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** The thresholds a coverage misses, as messages. */
function belowThresholds(cov: Coverage, flags: Flags): string[] {
  const f = coverageFigures(cov.totals);
  const out: string[] = [];
  if (flags.minRules !== undefined && f.rules < flags.minRules)
    out.push(`rules fired ${f.rules}% is under --min-rules ${flags.minRules}`);
  if (flags.minConditions !== undefined && f.conditions < flags.minConditions)
    out.push(`leaves seen both ways ${f.conditions}% is under --min-conditions ${flags.minConditions}`);
  return out;
}

const indent = (s: string, by: string) =>
  s
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/** One fixture's result in the JSON report. */
interface FixtureReport {
  readonly file: string;
  readonly status: 'pass' | 'fail' | 'error';
  readonly mismatches?: readonly Explained[];
  readonly message?: string;
}

/**
 * `test <dir|files…>`: runs fixture files against the shipped pack or `--rules`, one line per
 * fixture, a diff for each failure (naming the rule that set the value), `N passed, N failed`;
 * optionally a JUnit report, a JSON report, and coverage of the pack's rules and conditions.
 *
 * @example
 * program.addCommand(testCommand());
 */
export function testCommand(): Command {
  const cmd = new Command('test')
    .description('run fixture files (expected verdicts) against the rule pack')
    .argument('<paths...>', 'fixture files, or directories searched recursively for *.json')
    .addOption(
      new Option(
        '--reporter <name>',
        'default: a line per fixture; junit: also JUnit XML (to --output, else to stdout alone)',
      )
        .choices(['default', 'junit'])
        .default('default'),
    )
    .option('-o, --output <file>', 'where the JUnit report goes (with --reporter junit)')
    .option(
      '--run <pattern>',
      'run only the fixtures whose path contains this (or matches it, with * wildcards); repeatable',
      collect,
    )
    .addOption(
      new Option('--format <format>', 'text: a line per fixture; json: one JSON report on stdout')
        .choices(['text', 'json'])
        .default('text'),
    )
    .option('--coverage', 'report which rules fired and which condition leaves were true, false and unknown')
    .addOption(
      new Option(
        '--coverage-format <format>',
        'text: a summary on stdout; json: the full figures; lcov: on the lines of the rule files (json and lcov go to --coverage-output, default coverage/coverage.json or coverage/lcov.info, with the text summary on stdout)',
      )
        .choices(['text', 'json', 'lcov'])
        .default('text'),
    )
    .option('--coverage-output <file>', 'where the json or lcov coverage report goes')
    .option(
      '--min-rules <percent>',
      'fail (exit 1) when fewer rules than this fired in some fixture (implies --coverage)',
      pct,
    )
    .option(
      '--min-conditions <percent>',
      'fail (exit 1) when fewer condition leaves than this were seen both true and false (implies --coverage)',
      pct,
    )
    .addOption(
      traceOption(
        'how much trace the verdicts carry: full (needed by --coverage), fired (only the rules that fired) or none; a fixture that expects trace entries needs full (or fired for fired rules)',
      ),
    );
  withJudgeFlags(cmd).addHelpText(
    'after',
    `
A fixture is { description, source, catalogue, case, expect, fired?, notFired?, judgeOptions? } (schemas/fixture.schema.json);
\`expect\` is a partial verdict: objects match as subsets, arrays in full and in order. A failure names
the rule that set the value that differs.

Coverage: per rule, the fixtures it fired in, was false in, waited in; per condition leaf of the rule
files, how often it was true, false and unknown. "Rules fired" counts rules that fired in some fixture;
"leaves seen both ways" counts leaves that were true in some fixture and false in another. In LCOV each
rule is a function (its firing count), each leaf a line (the fixtures it was true in) with branches
true / false / unknown.

Exit codes: 0 all passed (and coverage at its thresholds); 1 any fixture failed or is malformed, or coverage
under --min-rules / --min-conditions; 2 no fixtures found, unreadable paths, or a bad --rules pack.

Examples:
  aftersale-rules test shop-fixtures/ --reporter junit --output report.xml
  aftersale-rules test shop-fixtures/ --run refund --format json
  aftersale-rules test shop-fixtures/ --coverage --coverage-format lcov --min-rules 80`,
  );
  return cmd.action(async (paths: string[], flags: Flags) => {
    if (flags.output !== undefined && flags.reporter !== 'junit')
      throw new CliError('--output needs --reporter junit', EXIT.badInput);
    const coverage = flags.coverage === true || flags.minRules !== undefined || flags.minConditions !== undefined;
    if (coverage && flags.trace !== 'full') throw new CliError('--coverage needs --trace full', EXIT.badInput);
    if (flags.coverageOutput !== undefined && (!coverage || flags.coverageFormat === 'text'))
      throw new CliError('--coverage-output needs --coverage-format json or lcov', EXIT.badInput);
    const xmlToStdout = flags.reporter === 'junit' && flags.output === undefined;
    if (xmlToStdout && flags.format === 'json')
      throw new CliError('--format json and JUnit on stdout: give --output for the JUnit report', EXIT.badInput);
    const plain = judgeOptionsFrom(flags);
    const pack: Pack = packFrom(plain);
    const rules = new Map(pack.rules.map((r) => [r.spec.id, r]));
    const judge = makeJudge(plain, pack).with({ trace: flags.trace });
    const all = fixtureFiles(paths);
    if (all.length === 0) throw new CliError(`No fixture files (*.json) in ${paths.join(', ')}`, EXIT.badInput);
    const files = all.filter((f) => selected(relative(process.cwd(), f) || f, flags.run));
    if (files.length === 0)
      throw new CliError(`No fixture among ${all.length} matches --run ${(flags.run ?? []).join(', ')}`, EXIT.badInput);
    const quiet = xmlToStdout || flags.format === 'json';
    const log = (s: string) => {
      if (!quiet) process.stdout.write(`${s}\n`);
    };
    const cases: JUnitCase[] = [];
    const reports: FixtureReport[] = [];
    const verdicts: Verdict[] = [];
    let passed = 0;
    let failed = 0;
    for (const file of files) {
      const started = performance.now();
      const name = relative(process.cwd(), file) || file;
      const suite = dirname(name);
      const base = name.slice(suite === '.' ? 0 : suite.length + 1).replace(/\.json$/, '');
      let result: Awaited<ReturnType<typeof checkFixture>>;
      try {
        const read = parseJsonText(readInput(file), FIXTURE_TEXT);
        result = read.ok
          ? await checkFixture(judge, read.value)
          : 'malformed' in read
            ? { status: 'error', message: `Malformed JSON: ${read.malformed}` }
            : { status: 'error', message: `${textFault(read.issues)}:\n${formatIssues(read.issues)}` };
      } catch (e) {
        result = { status: 'error', message: (e as Error).message };
      }
      const seconds = (performance.now() - started) / 1000;
      if (result.status !== 'error') verdicts.push(result.verdict);
      if (result.status === 'pass') {
        passed++;
        log(`✓ ${name}`);
        cases.push({ suite, name: base, seconds });
        reports.push({ file: name, status: 'pass' });
      } else if (result.status === 'fail') {
        failed++;
        const verdict = result.verdict;
        const explained: Explained[] = result.mismatches.map((m) => ({
          ...m,
          setBy: ['fired', 'notFired', 'waiting'].includes(m.path) ? [] : decidedBy(verdict, m.path, rules),
        }));
        const details = explained.map((m) => diff(m, rules)).join('\n');
        log(`✗ ${name}\n${indent(details, '    ')}`);
        const setBy = [...new Set(explained.flatMap((m) => m.setBy))];
        cases.push({
          suite,
          name: base,
          seconds,
          failure: {
            message: `${explained.length} mismatch(es): ${explained.map((m) => m.path).join(', ')}${setBy.length > 0 ? ` (set by ${setBy.join(', ')})` : ''}`,
            details,
          },
        });
        reports.push({ file: name, status: 'fail', mismatches: explained });
      } else {
        failed++;
        log(`✗ ${name}\n${indent(result.message, '    ')}`);
        cases.push({
          suite,
          name: base,
          seconds,
          error: { message: result.message.split('\n')[0] ?? 'error', details: result.message },
        });
        reports.push({ file: name, status: 'error', message: result.message });
      }
    }
    log(`\n${passed} passed, ${failed} failed`);
    const cov = coverage ? coverageOf(pack, verdicts) : undefined;
    const below = cov ? belowThresholds(cov, flags) : [];
    if (cov !== undefined) {
      if (flags.coverageFormat !== 'text') {
        const out =
          flags.coverageOutput ?? (flags.coverageFormat === 'lcov' ? 'coverage/lcov.info' : 'coverage/coverage.json');
        writeReport(
          out,
          flags.coverageFormat === 'lcov'
            ? coverageLcov(cov, coverageFiles(plain.rulesDir))
            : `${JSON.stringify(cov, null, 2)}\n`,
        );
        log(`\nCoverage report written to ${out}`);
      }
      log(`\n${coverageText(cov).trimEnd()}`);
      for (const b of below) process.stderr.write(`✖ coverage: ${b}\n`);
    }
    if (flags.format === 'json') {
      const report = { passed, failed, fixtures: reports, ...(cov ? { coverage: cov, belowThresholds: below } : {}) };
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    }
    if (flags.reporter === 'junit') {
      const xml = junitXml('aftersale-rules', cases);
      if (flags.output === undefined) process.stdout.write(xml);
      else writeFileSync(flags.output, xml);
    }
    process.exitCode = failed > 0 || below.length > 0 ? EXIT.failed : EXIT.ok;
  });
}
