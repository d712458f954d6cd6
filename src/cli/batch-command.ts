import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Command, InvalidArgumentError, Option } from 'commander';
import { EXIT } from './cli-error.js';
import {
  judgeLine,
  lineTooLarge,
  linesOut,
  splitLines,
  type InputLine,
  type LineResult,
  type LinesOut,
} from './batch-line.js';
import { Pool } from './batch-pool.js';
import type { BatchJudgeOptions } from './batch-worker.js';
import { traceOption, type TraceMode } from './trace-flag.js';
import { judgeOptionsFrom, makeJudge, withJudgeFlags, type JudgeFlags } from './judge-options.js';
import { QUESTIONS_ASKED, type QuestionsAsked } from '../judge/judge-core.js';

interface Flags extends JudgeFlags {
  readonly trace: TraceMode;
  readonly questions: QuestionsAsked;
  readonly workers: number;
}

/** Lines per message to a worker: large enough to amortise messaging, small enough to balance. */
const CHUNK = 32;

/** The most worker threads `--workers` may ask for: more than a few per core only costs memory. */
export const MAX_WORKERS = 4 * availableParallelism();

function workerCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a whole number of at least 1');
  if (n > MAX_WORKERS) throw new InvalidArgumentError(`at most ${MAX_WORKERS} (4 × ${availableParallelism()} cores)`);
  return n;
}

/** The stdout error that ended the batch, once there is one: later writes are dropped. */
let outputError: NodeJS.ErrnoException | undefined;

/** Writes to stdout, waiting when the pipe is full; after a write error, does nothing. */
async function write(text: string | Uint8Array): Promise<void> {
  if (outputError) return;
  if (process.stdout.write(text)) return;
  // Whichever event comes first, the other's listener is removed: no listener piles up per write.
  const done = new AbortController();
  await Promise.race([
    once(process.stdout, 'drain', { signal: done.signal }),
    once(process.stdout, 'close', { signal: done.signal }),
  ]).catch(() => {});
  done.abort();
}

/**
 * A closed pipe (`| head`) ends the batch quietly with the status so far; any other write error
 * (a full disk) ends it with one line on stderr, exit 1. Either way, no stack trace.
 */
function onOutputError(e: NodeJS.ErrnoException): void {
  outputError ??= e;
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
  process.stderr.write(`aftersale-rules batch: cannot write the output: ${e.code ?? e.message}\n`);
  process.exit(EXIT.failed);
}

/**
 * `batch`: NDJSON cases on stdin, NDJSON verdicts on stdout in input order; an invalid line
 * becomes an error object on its own line. `--workers N` judges on N worker threads.
 *
 * @example
 * program.addCommand(batchCommand());
 */
export function batchCommand(): Command {
  const cmd = new Command('batch')
    .description('judge NDJSON cases from stdin, one verdict (or error) per line on stdout, in input order')
    .option(
      '-w, --workers <n>',
      `worker threads to judge on (1: the main thread; at most ${MAX_WORKERS}, 4 × the cores)`,
      workerCount,
      1,
    )
    .addOption(
      traceOption(
        'how much rule-by-rule trace each verdict carries: full (every rule evaluated, with its conditions), fired (only the rules that fired) or none (an empty trace: the outcome, questions and findings are unchanged, and each line is about 4× shorter — ~4 KB instead of ~18 KB on the shipped fixtures — and judged and written about 1.6× faster)',
      ),
    )
    .addOption(
      new Option(
        '--questions <which>',
        "which open questions each verdict carries: all, or unknown (only the unknown facts' questions, those that keep a decision provisional; what a party has not shown is left out and the verdict says questionsOmitted: not_shown; statuses and missingFacts are the same, and a line is judged about 4× faster)",
      )
        .choices(QUESTIONS_ASKED)
        .default('all'),
    );
  withJudgeFlags(cmd).addHelpText(
    'after',
    '\nEach non-blank input line is one case; lines end at \\n or \\r\\n (a lone \\r is not a line break). Each output\nline is the verdict JSON, or for a line that is not valid JSON or not a valid case: {"error":{"line":N,"caseId"?,\n"code","message","issues"?}}. A line over 8 MiB is an error line (line_too_large), not read. With --workers, a\nworker that dies is replaced and its lines judged again; a line that kills a second worker is an error line\n(worker_failed). Blank lines are skipped. A progress line goes to stderr only when stderr is a terminal.\nOutput into a closed pipe (| head) ends the batch quietly.\n\nExit codes: 0 every line judged; 2 some line was invalid or failed (all lines are still written), or a bad --rules\npack or --workers; 1 the output could not be written.\n\nExample:\n  aftersale-rules batch --workers 4 < cases.ndjson > verdicts.ndjson',
  );
  return cmd.action(async (flags: Flags) => {
    const options: BatchJudgeOptions = { ...judgeOptionsFrom(flags), trace: flags.trace, questions: flags.questions };
    // Workers start first: they load the code and the pack while this thread builds a judge of its
    // own, so that a bad pack or option fails once, before any input is read.
    const run = flags.workers > 1 ? workerRun(flags.workers, options) : undefined;
    let judge: ReturnType<typeof makeJudge> | undefined;
    try {
      const built = makeJudge(options).with({ trace: flags.trace, questions: flags.questions });
      // With workers it has done its part: not kept, so this thread's heap stays small to collect.
      if (run === undefined) judge = built;
    } catch (e) {
      await run?.pool.close();
      throw e;
    }
    process.stdout.on('error', onOutputError);
    const tty = process.stderr.isTTY === true;
    let done = 0;
    let invalid = 0;
    let lastProgress = 0;
    const progress = (final = false) => {
      if (!tty) return;
      const now = Date.now();
      if (!final && now - lastProgress < 100) return;
      lastProgress = now;
      process.stderr.write(`\r${done} judged, ${invalid} invalid${final ? '\n' : ''}`);
    };
    const emit = async (outs: readonly LinesOut[]) => {
      for (const out of outs) {
        done += out.lines;
        invalid += out.invalid;
        if (out.lines > 0) await write(out.output);
      }
      progress();
    };

    const lines = splitLines(process.stdin);
    if (judge !== undefined) {
      let buffer: LineResult[] = [];
      for await (const line of lines) {
        if ('tooLarge' in line) buffer.push(lineTooLarge(line.n));
        else if (line.text.trim() !== '') buffer.push(await judgeLine(judge, line.text, line.n));
        if (buffer.length >= CHUNK) {
          await emit([linesOut(buffer)]);
          buffer = [];
        }
      }
      await emit([linesOut(buffer)]);
    } else if (run !== undefined) {
      await run.judge(lines, emit);
    }
    progress(true);
    process.exitCode = invalid > 0 ? EXIT.badInput : EXIT.ok;
  });
}

/**
 * A batch on worker threads: the pool, started at once, and `judge`, which sends it the input in
 * chunks and emits the results in input order. Results arrive in any order; each is held until
 * every earlier chunk is written. A line too large to read is its own chunk, resolved at once.
 */
function workerRun(
  workers: number,
  options: BatchJudgeOptions,
): {
  pool: Pool;
  judge: (lines: AsyncIterable<InputLine>, emit: (outs: readonly LinesOut[]) => Promise<void>) => Promise<void>;
} {
  const ready = new Map<number, readonly LinesOut[]>();
  let nextOut = 0;
  let flushing = Promise.resolve();
  let fatal: Error | undefined;
  let wake: (() => void) | undefined;
  let emit: (outs: readonly LinesOut[]) => Promise<void> = async () => {};
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const flush = () => {
    flushing = flushing.then(async () => {
      for (let r = ready.get(nextOut); r !== undefined; r = ready.get(nextOut)) {
        ready.delete(nextOut);
        nextOut++;
        await emit(r);
      }
      signal();
    });
  };
  const pool = new Pool(
    workers,
    options,
    (seq, outs) => {
      ready.set(seq, outs);
      flush();
    },
    (e) => {
      fatal ??= e;
      signal();
    },
  );
  // The pool's workers keep the process alive while they run; waiting on them needs no timer.
  const until = async (done: () => boolean) => {
    while (!done()) {
      if (fatal) throw fatal;
      await new Promise<void>((resolve) => (wake = resolve));
    }
    if (fatal) throw fatal;
  };
  const judge = async (lines: AsyncIterable<InputLine>, emitTo: (outs: readonly LinesOut[]) => Promise<void>) => {
    emit = emitTo;
    let seq = 0;
    let chunk: { n: number; text: string }[] = [];
    const send = async () => {
      // Bound what is in flight so a huge stdin is not read into memory ahead of the output.
      await until(() => seq - nextOut < workers * 4);
      pool.submit(seq++, chunk);
      chunk = [];
    };
    try {
      for await (const line of lines) {
        if ('tooLarge' in line) {
          if (chunk.length > 0) await send();
          ready.set(seq++, [linesOut([lineTooLarge(line.n)])]);
          flush();
          continue;
        }
        if (line.text.trim() === '') continue;
        chunk.push(line);
        if (chunk.length >= CHUNK) await send();
      }
      if (chunk.length > 0) await send();
      await until(() => nextOut >= seq);
      await flushing;
    } finally {
      await pool.close();
    }
  };
  return { pool, judge };
}
