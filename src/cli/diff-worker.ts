import { parentPort } from 'node:worker_threads';
import { serveJobs, type BatchJudgeOptions } from './batch-worker.js';
import { diffLine, type DiffJudges } from './diff-line.js';
import { makeJudge } from './judge-options.js';

/** What a diff worker builds its two judges from. */
export interface DiffWorkerOptions {
  readonly base: BatchJudgeOptions;
  readonly head: BatchJudgeOptions;
}

/** Marks the `workerData` of a diff worker thread (the CLI entry checks it). */
export const DIFF_WORKER = 'aftersale-rules:diff-worker';

/**
 * The two judges of a diff (trace of fired rules only: what the delta reads).
 *
 * @example
 * const judges = diffJudges({ base: { rulesDir: '/base/rules' }, head: {} });
 */
export function diffJudges(options: DiffWorkerOptions): DiffJudges {
  return {
    base: makeJudge(options.base).with({ trace: 'fired' }),
    head: makeJudge(options.head).with({ trace: 'fired' }),
  };
}

/**
 * The body of a diff worker thread: judges each line of the chunks the pool sends with both packs
 * and answers one JSON line per input line (the delta or the error), as the batch worker does.
 *
 * @example
 * if (!isMainThread && workerData?.kind === DIFF_WORKER) runDiffWorker(workerData.options);
 */
export function runDiffWorker(options: DiffWorkerOptions): void {
  const port = parentPort;
  if (!port) throw new Error('runDiffWorker: not in a worker thread');
  const judges = diffJudges(options);
  serveJobs(port, async (l) => ({ ok: true, text: JSON.stringify(await diffLine(judges, l.text, l.n)) }));
}
