#!/usr/bin/env node
// The `aftersale-rules` command. Also the entry of batch worker threads (same file, other branch).
import { isMainThread, workerData } from 'node:worker_threads';
import { Command, CommanderError } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { adaptCommand } from './adapt-command.js';
import { batchCommand } from './batch-command.js';
import { BATCH_WORKER, runBatchWorker, type BatchJudgeOptions } from './batch-worker.js';
import { diffCommand } from './diff-command.js';
import { DIFF_WORKER, runDiffWorker, type DiffWorkerOptions } from './diff-worker.js';
import { CliError, EXIT } from './cli-error.js';
import { judgeCommand } from './judge-command.js';
import { lintCommand } from './lint-command.js';
import { mcpCommand } from './mcp-command.js';
import { schemaCommand } from './schema-command.js';
import { serveCommand } from './serve-command.js';
import { testCommand } from './test-command.js';

/**
 * The program with every command; usage errors throw a `CommanderError` instead of exiting.
 *
 * @example
 * await program().parseAsync(['node', 'aftersale-rules', 'schema', 'case']);
 */
export function program(): Command {
  const root = new Command('aftersale-rules')
    .description(
      'Pre-judge e-commerce after-sale disputes (Taobao, Tmall, Pinduoduo, AliExpress) from the command line.',
    )
    .version(pkg.version)
    .showHelpAfterError('(add --help for usage)')
    .addHelpText(
      'after',
      "\nExit codes: 0 success; 1 test failures or lint errors; 2 bad input or usage.\nRun `aftersale-rules <command> --help` for a command's options.",
    )
    .exitOverride();
  for (const cmd of [
    judgeCommand(),
    adaptCommand(),
    testCommand(),
    diffCommand(),
    batchCommand(),
    schemaCommand(),
    lintCommand(),
    mcpCommand(),
    serveCommand(),
  ])
    root.addCommand(cmd.exitOverride());
  return root;
}

/**
 * Output into a closed pipe (`aftersale-rules batch --help | head`) ends the command quietly with
 * its status so far: the reader has all it wanted. Any other stdout error is one line, exit 1.
 * (`batch` has its own handler, which runs first.)
 */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? EXIT.ok);
    process.stderr.write(`aftersale-rules: cannot write the output: ${e.code ?? e.message}\n`);
    process.exit(EXIT.failed);
  });
}

async function main(argv: readonly string[]): Promise<void> {
  quietOnClosedPipe();
  try {
    await program().parseAsync(argv as string[]);
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version exit 0; any other usage error is bad input.
      process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.badInput;
      return;
    }
    if (e instanceof CliError) {
      process.stderr.write(`${e.message}\n`);
      process.exitCode = e.exitCode;
      return;
    }
    process.stderr.write(`aftersale-rules: internal error: ${(e as Error).stack ?? String(e)}\n`);
    process.exitCode = EXIT.failed;
  }
}

const data = workerData as { kind?: string; options?: unknown } | null;
if (!isMainThread && data?.kind === BATCH_WORKER) runBatchWorker((data.options ?? {}) as BatchJudgeOptions);
else if (!isMainThread && data?.kind === DIFF_WORKER) runDiffWorker(data.options as DiffWorkerOptions);
else void main(process.argv);
