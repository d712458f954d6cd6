// The worker threads of `batch --workers N`: a pool that hands chunks of lines to workers, replaces
// a worker that dies and retries its lines (src/cli/batch-command.ts feeds it and writes the output).
import { Worker } from 'node:worker_threads';
import { CliError, EXIT } from './cli-error.js';
import { linesOut, workerFailed, type LinesOut } from './batch-line.js';
import {
  BATCH_WORKER,
  TEST_OOM_ENV,
  TEST_WORKER_HEAP_MB,
  type BatchJudgeOptions,
  type WorkerJob,
  type WorkerReply,
} from './batch-worker.js';
import type { DIFF_WORKER, DiffWorkerOptions } from './diff-worker.js';

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
export class Pool {
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
    private readonly options: BatchJudgeOptions | DiffWorkerOptions,
    private readonly onChunk: (seq: number, outs: readonly LinesOut[]) => void,
    private readonly onFatal: (e: Error) => void,
    /** Which worker body the threads run: the batch's judge, or the diff's two judges. */
    private readonly kind: typeof BATCH_WORKER | typeof DIFF_WORKER = BATCH_WORKER,
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
    // This module's URL is the CLI's one-file bundle, whose entry runs `runBatchWorker` in a worker.
    const w = new Worker(new URL(import.meta.url), {
      workerData: { kind: this.kind, options: this.options },
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
          new CliError(`aftersale-rules: worker threads keep dying before judging anything (${reason})`, EXIT.failed),
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
