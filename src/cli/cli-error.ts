/** Exit codes every command shares. */
export const EXIT = { ok: 0, failed: 1, badInput: 2 } as const;

/**
 * An error a command reports on stderr and exits with: `badInput` (2) for unreadable or invalid
 * input and usage errors, `failed` (1) for everything else.
 *
 * @example
 * throw new CliError('cannot read case.json: no such file', EXIT.badInput);
 */
export class CliError extends Error {
  readonly exitCode: number;
  constructor(message: string, exitCode: number = EXIT.failed) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
