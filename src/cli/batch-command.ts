import { once } from 'node:events';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { Command, InvalidArgumentError } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import {
  judgeLine,
  lineTooLarge,
  linesOut,
  splitLines,
  workerFailed,
  type LineResult,
  type LinesOut,
} from './batch-line.js';
import {
  BATCH_WORKER,
  TEST_OOM_ENV,
  TEST_WORKER_HEAP_MB,
  type BatchJudgeOptions,
  type WorkerJob,
  type WorkerReply,
} from './batch-worker.js';
import { traceOption, type TraceMode } from './trace-flag.js';
import { judgeOptionsFrom, makeJudge, withJudgeFlags, type JudgeFlags } from './judge-options.js';

interface Flags extends JudgeFlags {
  readonly trace: TraceMode;
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

/** Lines sent to a worker in one message: a chunk, or after a worker died, one of its lines. */
interface Task {
  readonly seq: number;
  /** Where the task's first line is in its chunk. */
  readonly offset: number;
  readonly lines: readonly { readonly n: number; readonly text: string }[];
  /** The line already killed a worker (with its chunk): if it kills this one too, it is reported, not retried. */
  readonly retry: boolean;
}

/**
 * Chunks a worker holds at once: the one it judges and the next, so it never waits for the main
 * thread (which shares the cores with the workers) to hand it work.
 */
const WORKER_DEPTH = 2;

/**
 * Judges chunks of lines on worker threads; a chunk's results come back whole, keyed by `seq`,
 * in any order. Each worker holds up to `WORKER_DEPTH` chunks and judges them one after another.
 * A worker that dies (out of memory on a huge line, a crash) is replaced: the lines of the chunk
 * it was judging are judged again one by one on fresh workers (the chunks waiting behind it go
 * back to the queue as they were), and a line that kills a second worker becomes a
 * `worker_failed` error line. Workers that die holding nothing are replaced a few times, then the
 * batch fails.
 */
class Pool {
  /** Each live worker and the tasks it holds, in the order sent (the first is being judged). */
  private readonly held = new Map<Worker, Task[]>();
  private readonly queue: Task[] = [];
  /** Each chunk's outputs by the offset of their first line (one, or one per line after a death), and the lines still out. */
  private readonly chunks = new Map<number, { parts: (LinesOut | undefined)[]; missing: number }>();
  private idleDeaths = 0;
  private closing = false;
  private nextId = 0;

  constructor(
    size: number,
    private readonly options: BatchJudgeOptions,
    private readonly onChunk: (seq: number, outs: readonly LinesOut[]) => void,
    private readonly onFatal: (e: Error) => void,
  ) {
    for (let i = 0; i < size; i++) this.spawn();
  }

  /** Queues a chunk of lines; `onChunk` gets its results once every line has one. */
  submit(seq: number, lines: readonly { n: number; text: string }[]): void {
    this.chunks.set(seq, { parts: [], missing: lines.length });
    this.queue.push({ seq, offset: 0, lines, retry: false });
    this.dispatch();
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all([...this.held.keys()].map((w) => w.terminate()));
  }

  private spawn(): void {
    // A larger young generation than a worker's default: judging allocates many short-lived
    // objects, and with the default a worker spent about a third of its time collecting them.
    const resourceLimits = {
      maxYoungGenerationSizeMb: 64,
      ...(process.env[TEST_OOM_ENV] ? { maxOldGenerationSizeMb: TEST_WORKER_HEAP_MB } : {}),
    };
    const w = new Worker(new URL(import.meta.url), {
      workerData: { kind: BATCH_WORKER, options: this.options },
      resourceLimits,
    });
    let error: Error | undefined;
    w.on('message', (reply: WorkerReply) => {
      // The worker judges its chunks in the order sent: the reply is for the first it holds.
      const task = this.held.get(w)?.shift();
      if (task) this.fill(task, reply.out);
      this.dispatch();
    });
    w.on('error', (e) => {
      error ??= e;
    });
    w.on('exit', (code) =>
      this.died(
        w,
        error
          ? `${(error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'out of memory' : error.message}`
          : `exit code ${code}`,
      ),
    );
    this.held.set(w, []);
  }

  private died(w: Worker, reason: string): void {
    const [task, ...waiting] = this.held.get(w) ?? [];
    this.held.delete(w);
    if (this.closing) return;
    // Chunks that were waiting behind the one being judged did not run: back to the front, as they were.
    this.queue.unshift(...waiting);
    if (task === undefined) {
      if (++this.idleDeaths > 3) {
        this.onFatal(
          new CliError(
            `aftersale-rules batch: worker threads keep dying before judging anything (${reason})`,
            EXIT.failed,
          ),
        );
        return;
      }
    } else if (task.retry) {
      this.fill(task, linesOut(task.lines.map((l) => workerFailed(l.n, reason))));
    } else {
      // Which line killed it is unknown: each is judged again alone, before any new chunk.
      this.queue.unshift(
        ...task.lines.map((l, i) => ({ seq: task.seq, offset: task.offset + i, lines: [l], retry: true })),
      );
    }
    this.spawn();
    this.dispatch();
  }

  /** Hands queued tasks to the workers holding the fewest, up to `WORKER_DEPTH` each. */
  private dispatch(): void {
    while (this.queue.length > 0) {
      let best: [Worker, Task[]] | undefined;
      for (const entry of this.held) if (best === undefined || entry[1].length < best[1].length) best = entry;
      if (best === undefined || best[1].length >= WORKER_DEPTH) return;
      const [w, tasks] = best;
      const task = this.queue.shift() as Task;
      tasks.push(task);
      w.postMessage({ seq: this.nextId++, lines: task.lines } satisfies WorkerJob);
    }
  }

  private fill(task: Task, out: LinesOut): void {
    const chunk = this.chunks.get(task.seq);
    if (!chunk) return;
    chunk.parts[task.offset] = out;
    chunk.missing -= out.lines;
    if (chunk.missing > 0) return;
    this.chunks.delete(task.seq);
    this.onChunk(
      task.seq,
      chunk.parts.filter((p): p is LinesOut => p !== undefined),
    );
  }
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
    );
  withJudgeFlags(cmd).addHelpText(
    'after',
    '\nEach non-blank input line is one case; lines end at \\n or \\r\\n (a lone \\r is not a line break). Each output\nline is the verdict JSON, or for a line that is not valid JSON or not a valid case: {"error":{"line":N,"caseId"?,\n"code","message","issues"?}}. A line over 8 MiB is an error line (line_too_large), not read. With --workers, a\nworker that dies is replaced and its lines judged again; a line that kills a second worker is an error line\n(worker_failed). Blank lines are skipped. A progress line goes to stderr only when stderr is a terminal.\nOutput into a closed pipe (| head) ends the batch quietly.\n\nExit codes: 0 every line judged; 2 some line was invalid or failed (all lines are still written), or a bad --rules\npack or --workers; 1 the output could not be written.\n\nExample:\n  aftersale-rules batch --workers 4 < cases.ndjson > verdicts.ndjson',
  );
  return cmd.action(async (flags: Flags) => {
    const options: BatchJudgeOptions = { ...judgeOptionsFrom(flags), trace: flags.trace };
    // Build the judge here even with workers, so a bad pack fails once, before any input is read.
    const judge = makeJudge(options).with({ trace: flags.trace });
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
    if (flags.workers <= 1) {
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
    } else {
      // Results arrive in any order; hold them until every earlier chunk is written. A line too
      // large to read is its own chunk, resolved at once.
      const ready = new Map<number, readonly LinesOut[]>();
      let nextOut = 0;
      let flushing = Promise.resolve();
      let fatal: Error | undefined;
      let wake: (() => void) | undefined;
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
        flags.workers,
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
      let seq = 0;
      let chunk: { n: number; text: string }[] = [];
      const send = async () => {
        // Bound what is in flight so a huge stdin is not read into memory ahead of the output.
        await until(() => seq - nextOut < flags.workers * 4);
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
    }
    progress(true);
    process.exitCode = invalid > 0 ? EXIT.badInput : EXIT.ok;
  });
}
