import { createReadStream, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Command, InvalidArgumentError, Option } from 'commander';
import { diffMarkdown, diffText } from '../diff/diff-report.js';
import { DiffAccumulator, type PackDiff } from '../diff/pack-diff.js';
import { splitLines, type InputLine } from './batch-line.js';
import { Pool } from './batch-pool.js';
import { CliError, EXIT } from './cli-error.js';
import { diffLine, FIXTURE_KEY, type DiffLineResult } from './diff-line.js';
import { DIFF_WORKER, diffJudges, type DiffWorkerOptions } from './diff-worker.js';
import { fixtureFiles } from './fixture-files.js';
import { judgeOptionsFrom, readInput, withJudgeFlags, type JudgeFlags } from './judge-options.js';

interface Flags extends JudgeFlags {
  readonly base: string;
  readonly format: 'text' | 'markdown' | 'json';
  readonly failOnChange?: boolean;
  readonly workers?: number;
}

/** Lines per message to a worker (as `batch`). */
const CHUNK = 32;

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 4 * availableParallelism())
    throw new InvalidArgumentError(`expected a whole number from 1 to ${4 * availableParallelism()}`);
  return n;
}

/** The input as lines: each fixture of a directory (or `.json` file) as a fixture line, else NDJSON (`-`: stdin). */
async function* inputLines(path: string): AsyncGenerator<InputLine> {
  let dir = false;
  if (path !== '-') {
    try {
      dir = statSync(path).isDirectory();
    } catch {
      throw new CliError(`No such file or directory: ${path}`, EXIT.badInput);
    }
  }
  if (dir || path.endsWith('.json')) {
    let n = 0;
    for (const file of fixtureFiles([path])) {
      n++;
      const name = relative(process.cwd(), file) || file;
      let fixture: { case?: unknown; judgeOptions?: unknown };
      try {
        fixture = JSON.parse(readInput(file)) as typeof fixture;
      } catch (e) {
        yield { n, text: JSON.stringify({ [FIXTURE_KEY]: name, case: null, malformed: (e as Error).message }) };
        continue;
      }
      yield {
        n,
        text: JSON.stringify({ [FIXTURE_KEY]: name, case: fixture.case, judgeOptions: fixture.judgeOptions }),
      };
    }
    return;
  }
  const stream = path === '-' ? process.stdin : createReadStream(path);
  yield* splitLines(stream);
}

/** Judges the lines on worker threads; results are added in input order. */
async function onWorkers(
  workers: number,
  options: DiffWorkerOptions,
  lines: AsyncIterable<InputLine>,
  add: (r: DiffLineResult) => void,
): Promise<void> {
  const ready = new Map<number, string[]>();
  let next = 0;
  let sent = 0;
  let fatal: Error | undefined;
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const decoder = new TextDecoder();
  const pool = new Pool(
    workers,
    options,
    (seq, outs) => {
      ready.set(
        seq,
        outs.flatMap((o) =>
          (typeof o.output === 'string' ? o.output : decoder.decode(o.output)).split('\n').filter((l) => l !== ''),
        ),
      );
      for (let r = ready.get(next); r !== undefined; r = ready.get(next)) {
        ready.delete(next++);
        for (const l of r) add(JSON.parse(l) as DiffLineResult);
      }
      signal();
    },
    (e) => {
      fatal ??= e;
      signal();
    },
    DIFF_WORKER,
  );
  const until = async (done: () => boolean) => {
    while (!done()) {
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (fatal) throw fatal;
  };
  try {
    let chunk: { n: number; text: string }[] = [];
    const send = async () => {
      await until(() => sent - next < workers * 4);
      pool.submit(sent++, chunk);
      chunk = [];
    };
    for await (const line of lines) {
      if ('tooLarge' in line) {
        add({ error: { caseId: `line ${line.n}`, side: 'both', message: 'The line is too long; it was not read' } });
        continue;
      }
      if (line.text.trim() === '') continue;
      chunk.push(line);
      if (chunk.length >= CHUNK) await send();
    }
    if (chunk.length > 0) await send();
    await until(() => next >= sent);
  } finally {
    await pool.close();
  }
}

/**
 * `diff --base <pack> [--rules <pack>] <cases>`: judges every case with both packs and reports what
 * changed, as text, markdown or JSON.
 *
 * @example
 * program.addCommand(diffCommand());
 */
export function diffCommand(): Command {
  const cmd = new Command('diff')
    .description(
      'judge cases with a base pack and the head pack (--rules, default the shipped pack) and report what changed',
    )
    .argument('<cases>', 'a fixture directory (or fixture .json file), or an NDJSON file of cases (- for stdin)')
    .requiredOption('--base <dir>', 'the rule pack to compare with (pack.json + <family>/*.json), e.g. the base branch')
    .addOption(
      new Option('--format <format>', 'text, markdown (a pull-request comment) or json')
        .choices(['text', 'markdown', 'json'])
        .default('text'),
    )
    .option('--fail-on-change', 'exit 1 when any case changed')
    .option(
      '-w, --workers <n>',
      `worker threads (1: the main thread; default: 1 for fixtures, ${availableParallelism()} (the cores) for NDJSON)`,
      workerCount,
    );
  withJudgeFlags(cmd).addHelpText(
    'after',
    `
A change is any difference in a decision (liability, remedy, each freight leg's payer, dispute rate),
a decision's status, a penalty, an amount (refund adjustments, penalty sums, freight caps), or the
rules that fired. Each is counted as from → to with the ids of its cases (fixtures: their paths).
--rules-at, --option and --shop-policy apply to both packs; a fixture's own judgeOptions too.
Throughput (cases/s) goes to stderr.

Exit codes: 0 done (and no change, with --fail-on-change); 1 some case changed with --fail-on-change;
2 bad input (unreadable cases, a bad pack). A case either pack cannot judge is listed, not fatal.

Example:
  aftersale-rules diff --base base/rules --rules rules fixtures --format markdown > impact.md`,
  );
  return cmd.action(async (cases: string, flags: Flags) => {
    const shared = judgeOptionsFrom({ ...flags, rules: undefined });
    const options: DiffWorkerOptions = {
      base: { ...shared, ...judgeOptionsFrom({ rules: flags.base }) },
      head: judgeOptionsFrom(flags),
    };
    // Both packs load here first, so a bad one fails once, before any case is read.
    const judges = diffJudges(options);
    const fixtures = cases !== '-' && (cases.endsWith('.json') || isDir(cases));
    const workers = flags.workers ?? (fixtures ? 1 : availableParallelism());
    const acc = new DiffAccumulator();
    const add = (r: DiffLineResult) => ('delta' in r ? acc.add(r.delta) : acc.addError(r.error));
    const started = performance.now();
    const lines = inputLines(cases);
    if (workers > 1) await onWorkers(workers, options, lines, add);
    else for await (const l of lines) if ('text' in l && l.text.trim() !== '') add(await diffLine(judges, l.text, l.n));
    const d: PackDiff = acc.result();
    const seconds = (performance.now() - started) / 1000;
    process.stderr.write(
      `diff: ${d.cases} case(s) in ${seconds.toFixed(2)} s (${Math.round(d.cases / Math.max(seconds, 1e-9))} cases/s, ${workers} worker${workers > 1 ? 's' : ''})\n`,
    );
    process.stdout.write(
      flags.format === 'json'
        ? `${JSON.stringify(d, null, 2)}\n`
        : flags.format === 'markdown'
          ? diffMarkdown(d)
          : diffText(d),
    );
    process.exitCode = flags.failOnChange && d.changed > 0 ? EXIT.failed : EXIT.ok;
  });
}

function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}
