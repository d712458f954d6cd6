import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const CLI = join(ROOT, 'dist', 'cli.js');

/**
 * The time a test that starts the command gets. A run takes about a second of CPU, but the suite
 * runs files side by side and a shared machine may be busy: vitest's 5 s default failed such tests
 * on a loaded machine, and a test starting a dozen processes took over a minute on a 2-core machine
 * at a load average of 30. Two minutes bound a hang; they measure nothing.
 */
export const CLI_TIMEOUT = 120_000;

export interface Run {
  readonly status: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Runs the built binary as a user would, `node dist/cli.js …` in the repository root, with no
 * locale variables unless given. Asynchronous, so tests of one file can run side by side.
 */
export function cli(
  args: readonly string[],
  options: { input?: string; env?: Record<string, string | undefined>; cwd?: string } = {},
): Promise<Run> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    LC_ALL: undefined,
    LC_MESSAGES: undefined,
    LANG: undefined,
    ...options.env,
  };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [CLI, ...args], {
      cwd: options.cwd ?? ROOT,
      env: env as NodeJS.ProcessEnv,
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
    child.stdin.on('error', () => {}); // the command may exit before reading all of stdin
    child.stdin.end(options.input ?? '');
  });
}
