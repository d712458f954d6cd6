import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli } from './run-cli.js';

describe.concurrent('aftersale-rules --help', { timeout: CLI_TIMEOUT }, () => {
  it('lists every command and the exit codes', async () => {
    const r = await cli(['--help']);
    expect(r.status).toBe(0);
    for (const c of ['judge', 'test', 'diff', 'batch', 'schema', 'lint'])
      expect(r.stdout).toMatch(new RegExp(`^  ${c} `, 'm'));
    expect(r.stdout).toContain('Exit codes');
    expect(r.stderr).toBe('');
  });

  it.each(['judge', 'test', 'diff', 'batch', 'schema', 'lint'])(
    '%s --help prints its usage on stdout and exits 0',
    async (command) => {
      const r = await cli([command, '--help']);
      expect(r.status).toBe(0);
      expect(r.stdout).toContain(`Usage: aftersale-rules ${command}`);
      expect(r.stdout).toContain('Exit codes');
      expect(r.stderr).toBe('');
    },
  );

  it('prints the version', async () => {
    const r = await cli(['--version']);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+/);
  });

  it.each([
    ['an unknown command', ['judgee']],
    ['a missing argument', ['judge']],
    ['an unknown option', ['judge', 'x.json', '--colour']],
    ['a bad --lang', ['judge', 'x.json', '--lang', 'fr']],
    ['an unknown schema', ['schema', 'order']],
    ['a bad --workers', ['batch', '--workers', 'zero']],
  ])('exits 2 on %s, with the error on stderr only', async (_, args) => {
    const r = await cli(args);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/error/);
  });
});
