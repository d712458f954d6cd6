import { parentPort, type MessagePort } from 'node:worker_threads';
import { judgeLine, linesOut, type LineResult, type LinesOut } from './batch-line.js';
import { makeJudge, type judgeOptionsFrom } from './judge-options.js';
import type { TraceMode } from './trace-flag.js';
import type { QuestionsAsked } from '../judge/judge-core.js';

/** What a batch worker builds its judge from: the judge flags' options, `--trace` and `--questions`. */
export type BatchJudgeOptions = ReturnType<typeof judgeOptionsFrom> & {
  readonly trace?: TraceMode;
  readonly questions?: QuestionsAsked;
};

/** A chunk of NDJSON lines sent to a worker, and what it sends back. */
export interface WorkerJob {
  readonly seq: number;
  readonly lines: readonly { readonly n: number; readonly text: string }[];
}

/** A worker's answer: the chunk's `seq` and its output lines, in order, as UTF-8 bytes (transferred, not copied). */
export interface WorkerReply {
  readonly seq: number;
  readonly out: LinesOut;
}

/** Marks the `workerData` of a batch worker thread (the CLI entry checks it). */
export const BATCH_WORKER = 'aftersale-rules:batch-worker';

/**
 * Test hook, not an interface: when this environment variable holds a marker, the pool caps each
 * worker's heap at `TEST_WORKER_HEAP_MB` and a worker given a line that contains the marker
 * allocates until that heap is exhausted, so Node ends the worker with ERR_WORKER_OUT_OF_MEMORY.
 * A genuine out-of-memory death under the worker's `resourceLimits`, on a line the test chooses.
 */
export const TEST_OOM_ENV = 'AFTERSALE_TEST_WORKER_OOM';
/** A batch worker's heap limit (old generation, MB) while `TEST_OOM_ENV` is set. */
export const TEST_WORKER_HEAP_MB = 96;

/**
 * The test hook's death: holds ever more memory until the worker's heap limit ends it. Each
 * block (1.6 MB) goes straight to the old generation, so the limit is met between two blocks and
 * the worker ends there, not inside a collection of the young generation.
 */
function exhaustHeap(): never {
  const hoard: number[][] = [];
  for (;;) hoard.push(new Array<number>(200_000).fill(hoard.length));
}

/**
 * The body of a batch worker thread: builds its own judge from the same options and judges
 * the chunks the main thread sends, one at a time.
 *
 * @example
 * if (!isMainThread && workerData?.kind === BATCH_WORKER) runBatchWorker(workerData.options);
 */
export function runBatchWorker(options: BatchJudgeOptions): void {
  const port = parentPort;
  if (!port) throw new Error('runBatchWorker: not in a worker thread');
  const judge = makeJudge(options).with({ trace: options.trace ?? 'full', questions: options.questions ?? 'all' });
  const oomMarker = process.env[TEST_OOM_ENV] || undefined;
  serveJobs(port, async (l) => {
    if (oomMarker !== undefined && l.text.includes(oomMarker)) exhaustHeap();
    return judgeLine(judge, l.text, l.n);
  });
}

/**
 * A worker's job loop, shared by the batch and diff workers: each chunk the port sends is answered
 * with one output line per input line, from `lineResult`. Jobs are handled one after another, in the
 * order they came: the pool reads each reply as the answer to the oldest job it sent this worker.
 */
export function serveJobs(
  port: MessagePort,
  lineResult: (line: WorkerJob['lines'][number]) => Promise<LineResult>,
): void {
  const jobs: WorkerJob[] = [];
  let running = false;
  const drain = async () => {
    running = true;
    for (let job = jobs.shift(); job !== undefined; job = jobs.shift()) {
      const results: LineResult[] = [];
      for (const l of job.lines) results.push(await lineResult(l));
      const out = linesOut(results, true);
      port.postMessage({ seq: job.seq, out } satisfies WorkerReply, [(out.output as Uint8Array).buffer as ArrayBuffer]);
    }
    running = false;
  };
  port.on('message', (job: WorkerJob) => {
    jobs.push(job);
    if (!running) void drain();
  });
}
