import { readdirSync, realpathSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { formatIssues } from '../shared/errors.js';
import { parseJsonText, textFault, type JsonTextLimits } from '../shared/json-text.js';
import { Command, Option } from 'commander';
import { checkFixture, type Mismatch } from '../judge/check-fixture.js';
import { CliError, EXIT } from './cli-error.js';
import { judgeOptionsFrom, makeJudge, readInput, withJudgeFlags, type JudgeFlags } from './judge-options.js';
import { junitXml, type JUnitCase } from './junit.js';
import { traceOption, type TraceMode } from './trace-flag.js';

interface Flags extends JudgeFlags {
  readonly reporter: 'default' | 'junit';
  readonly output?: string;
  readonly trace: TraceMode;
}

/**
 * How deep a fixture file's text is read: its `case` is then checked against the case budget, and
 * its `expect` (`expect.openQuestions[0].couldChange[0].to`) nests deeper than a case.
 */
const FIXTURE_TEXT: JsonTextLimits = {
  maxDepth: 8,
  tooDeepMessage: 'A fixture nests at most 8 levels deep; nothing in a fixture is an object at this depth',
};

/** Fixture files named on the command line: files as given, directories searched for `*.json`. */
function fixtureFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new CliError(`No such file or directory: ${p}`, EXIT.badInput);
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    out.push(...jsonFilesUnder(p));
  }
  return out;
}

/**
 * The `*.json` files under a directory, sorted. Symlinks are followed, but each directory is read
 * once (by its real path), so a symlink loop or a second link to a directory adds nothing; only
 * regular files are listed (a FIFO named `x.json` would block the read), and broken links are skipped.
 */
function jsonFilesUnder(root: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = [root];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    let entries;
    try {
      const real = realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (e) {
      throw new CliError(
        `Cannot read directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        EXIT.badInput,
      );
    }
    const links: string[] = [];
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) queue.push(path);
      else if (e.isSymbolicLink()) links.push(path);
      else if (e.isFile() && e.name.endsWith('.json')) found.push(path);
    }
    // Real subdirectories first, so a file is listed under its own path rather than a link's.
    for (const path of links) {
      let target;
      try {
        target = statSync(path);
      } catch {
        continue;
      }
      if (target.isDirectory()) queue.push(path);
      else if (target.isFile() && path.endsWith('.json')) found.push(path);
    }
  }
  return found.sort();
}

const show = (v: unknown) => (v === undefined ? 'undefined' : JSON.stringify(v));

/** A mismatch as a two-line diff: `- expected`, `+ actual`. */
function diff(m: Mismatch): string {
  return `${m.path || '(verdict)'}\n  - expected: ${show(m.expected)}\n  + actual:   ${show(m.actual)}`;
}

const indent = (s: string, by: string) =>
  s
    .split('\n')
    .map((l) => by + l)
    .join('\n');

/**
 * `test <dir|files…>`: runs fixture files against the shipped pack or `--rules`, one line per
 * fixture, a diff for each failure, `N passed, N failed`, and optionally a JUnit report.
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
    .addOption(
      traceOption(
        'how much trace the verdicts carry: full, fired (only the rules that fired) or none; a fixture that expects trace entries needs full (or fired for fired rules)',
      ),
    );
  withJudgeFlags(cmd).addHelpText(
    'after',
    '\nA fixture is { description, source, catalogue, case, expect, fired?, notFired?, judgeOptions? } (schemas/fixture.schema.json);\n`expect` is a partial verdict: objects match as subsets, arrays in full and in order.\n\nExit codes: 0 all passed; 1 any fixture failed or is malformed; 2 no fixtures found, unreadable paths, or a bad --rules pack.\n\nExample:\n  aftersale-rules test shop-fixtures/ --reporter junit --output report.xml',
  );
  return cmd.action(async (paths: string[], flags: Flags) => {
    if (flags.output !== undefined && flags.reporter !== 'junit')
      throw new CliError('--output needs --reporter junit', EXIT.badInput);
    const judge = makeJudge(judgeOptionsFrom(flags)).with({ trace: flags.trace });
    const files = fixtureFiles(paths);
    if (files.length === 0) throw new CliError(`No fixture files (*.json) in ${paths.join(', ')}`, EXIT.badInput);
    const xmlToStdout = flags.reporter === 'junit' && flags.output === undefined;
    const log = (s: string) => {
      if (!xmlToStdout) process.stdout.write(`${s}\n`);
    };
    const cases: JUnitCase[] = [];
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
      if (result.status === 'pass') {
        passed++;
        log(`✓ ${name}`);
        cases.push({ suite, name: base, seconds });
      } else if (result.status === 'fail') {
        failed++;
        const details = result.mismatches.map(diff).join('\n');
        log(`✗ ${name}\n${indent(details, '    ')}`);
        cases.push({
          suite,
          name: base,
          seconds,
          failure: {
            message: `${result.mismatches.length} mismatch(es): ${result.mismatches.map((m) => m.path).join(', ')}`,
            details,
          },
        });
      } else {
        failed++;
        log(`✗ ${name}\n${indent(result.message, '    ')}`);
        cases.push({
          suite,
          name: base,
          seconds,
          error: { message: result.message.split('\n')[0] ?? 'error', details: result.message },
        });
      }
    }
    log(`\n${passed} passed, ${failed} failed`);
    if (flags.reporter === 'junit') {
      const xml = junitXml('aftersale-rules', cases);
      if (flags.output === undefined) process.stdout.write(xml);
      else writeFileSync(flags.output, xml);
    }
    process.exitCode = failed > 0 ? EXIT.failed : EXIT.ok;
  });
}
