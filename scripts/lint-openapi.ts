// `npm run lint:openapi`: writes the server's OpenAPI document (openApiDocument(), what
// GET /openapi.json serves) to a temporary file and lints it with Redocly's recommended rules
// (redocly.yaml); any error or warning fails.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../src/server/index.js';

const dir = mkdtempSync(join(tmpdir(), 'aftersale-openapi-'));
try {
  const file = join(dir, 'openapi.json');
  writeFileSync(file, `${JSON.stringify(openApiDocument(), null, 2)}\n`);
  const run = spawnSync(
    process.execPath,
    [
      join('node_modules', '@redocly', 'cli', 'bin', 'cli.js'),
      'lint',
      file,
      '--config',
      'redocly.yaml',
      '--max-problems',
      '1000',
    ],
    {
      encoding: 'utf8',
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
    },
  );
  process.stdout.write(run.stdout ?? '');
  process.stderr.write(run.stderr ?? '');
  // redocly exits 0 on warnings: a warning fails here too.
  const warned = /You have \d+ warnings?/.test(`${run.stdout}${run.stderr}`);
  process.exitCode = run.status !== 0 ? (run.status ?? 1) : warned ? 1 : 0;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
