import { parentPort } from 'node:worker_threads';
import { judgeLine, type LineResult } from './batch-line.js';
import { makeJudge, type judgeOptionsFrom } from './judge-options.js';

/** A chunk of NDJSON lines sent to a worker, and what it sends back. */
export interface WorkerJob {
  readonly seq: number;
  readonly lines: readonly { readonly n: number; readonly text: string }[];
}

/** A worker's answer: the chunk's `seq` and one result per line, in order. */
export interface WorkerReply {
  readonly seq: number;
  readonly results: readonly LineResult[];
}

/** Marks the `workerData` of a batch worker thread (the CLI entry checks it). */
export const BATCH_WORKER = 'aftersale-rules:batch-worker';

/**
 * The body of a batch worker thread: builds its own judge from the same options and judges
 * the chunks the main thread sends, one at a time.
 *
 * @example
 * if (!isMainThread && workerData?.kind === BATCH_WORKER) runBatchWorker(workerData.options);
 */
export function runBatchWorker(options: ReturnType<typeof judgeOptionsFrom>): void {
  const port = parentPort;
  if (!port) throw new Error('runBatchWorker: not in a worker thread');
  const judge = makeJudge(options);
  port.on('message', (job: WorkerJob) => {
    void (async () => {
      const results: LineResult[] = [];
      for (const l of job.lines) results.push(await judgeLine(judge, l.text, l.n));
      port.postMessage({ seq: job.seq, results } satisfies WorkerReply);
    })();
  });
}
