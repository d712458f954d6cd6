import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import { Command, InvalidArgumentError } from 'commander';
import { EXIT } from './cli-error.js';
import { judgeLine, type LineResult } from './batch-line.js';
import { BATCH_WORKER, type WorkerJob, type WorkerReply } from './batch-worker.js';
import { judgeOptionsFrom, makeJudge, withJudgeFlags, type JudgeFlags } from './judge-options.js';

interface Flags extends JudgeFlags {
  readonly workers: number;
}

/** Lines per message to a worker: large enough to amortise messaging, small enough to balance. */
const CHUNK = 32;

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256');
  return n;
}

/** Writes to stdout, waiting when the pipe is full; a closed pipe (`| head`) ends quietly. */
async function write(text: string): Promise<void> {
  if (!process.stdout.write(text)) await once(process.stdout, 'drain');
}

/** Judges chunks on worker threads; results come back in any order and are keyed by `seq`. */
class Pool {
  private readonly idle: Worker[] = [];
  private readonly waiting: ((w: Worker) => void)[] = [];
  private readonly workers: Worker[] = [];
  private failure: Error | undefined;

  constructor(size: number, options: ReturnType<typeof judgeOptionsFrom>, onReply: (r: WorkerReply) => void) {
    for (let i = 0; i < size; i++) {
      // A larger young generation than a worker's default: judging allocates many short-lived
      // objects, and with the default a worker spent about a third of its time collecting them.
      const w = new Worker(new URL(import.meta.url), { workerData: { kind: BATCH_WORKER, options }, resourceLimits: { maxYoungGenerationSizeMb: 64 } });
      w.on('message', (reply: WorkerReply) => {
        onReply(reply);
        this.release(w);
      });
      w.on('error', (e) => {
        this.failure ??= e;
      });
      this.workers.push(w);
      this.idle.push(w);
    }
  }

  private release(w: Worker): void {
    const next = this.waiting.shift();
    if (next) next(w);
    else this.idle.push(w);
  }

  async run(job: WorkerJob): Promise<void> {
    if (this.failure) throw this.failure;
    const w = this.idle.pop() ?? (await new Promise<Worker>((resolve) => this.waiting.push(resolve)));
    w.postMessage(job);
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
    if (this.failure) throw this.failure;
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
    .option('-w, --workers <n>', 'worker threads to judge on (1: the main thread)', positiveInt, 1);
  withJudgeFlags(cmd).addHelpText(
    'after',
    '\nEach non-blank input line is one case. Each output line is the verdict JSON, or for a line that is not\nvalid JSON or not a valid case: {"error":{"line":N,"caseId"?,"code","message","issues"?}}. Blank lines are skipped.\nA progress line goes to stderr only when stderr is a terminal.\n\nExit codes: 0 every line judged; 2 some line was invalid (all lines are still written) or a bad --rules pack.\n\nExample:\n  aftersale-rules batch --workers 4 < cases.ndjson > verdicts.ndjson',
  );
  return cmd.action(async (flags: Flags) => {
    const options = judgeOptionsFrom(flags);
    // Build the judge here even with workers, so a bad pack fails once, before any input is read.
    const judge = makeJudge(options);
    process.stdout.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
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
    const emit = async (results: readonly LineResult[]) => {
      for (const r of results) {
        done++;
        if (!r.ok) invalid++;
      }
      if (results.length > 0) await write(results.map((r) => `${r.text}\n`).join(''));
      progress();
    };

    const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
    let n = 0;
    if (flags.workers <= 1) {
      let buffer: LineResult[] = [];
      for await (const text of lines) {
        n++;
        if (text.trim() === '') continue;
        buffer.push(await judgeLine(judge, text, n));
        if (buffer.length >= CHUNK) {
          await emit(buffer);
          buffer = [];
        }
      }
      await emit(buffer);
    } else {
      // Replies arrive in any order; hold them until every earlier chunk is written.
      const ready = new Map<number, readonly LineResult[]>();
      let nextOut = 0;
      let flushing = Promise.resolve();
      let wake: (() => void) | undefined;
      const flush = () => {
        flushing = flushing.then(async () => {
          for (let r = ready.get(nextOut); r !== undefined; r = ready.get(nextOut)) {
            ready.delete(nextOut);
            nextOut++;
            await emit(r);
          }
          wake?.();
        });
      };
      const pool = new Pool(flags.workers, options, (reply) => {
        ready.set(reply.seq, reply.results);
        flush();
      });
      let seq = 0;
      let chunk: { n: number; text: string }[] = [];
      const send = async () => {
        // Bound what is in flight so a huge stdin is not read into memory ahead of the output.
        while (seq - nextOut >= flags.workers * 4) await new Promise<void>((resolve) => (wake = resolve));
        await pool.run({ seq: seq++, lines: chunk });
        chunk = [];
      };
      try {
        for await (const text of lines) {
          n++;
          if (text.trim() === '') continue;
          chunk.push({ n, text });
          if (chunk.length >= CHUNK) await send();
        }
        if (chunk.length > 0) await send();
        while (nextOut < seq) await new Promise<void>((resolve) => (wake = resolve));
        await flushing;
      } finally {
        await pool.close();
      }
    }
    progress(true);
    process.exitCode = invalid > 0 ? EXIT.badInput : EXIT.ok;
  });
}
