// A case whose JSON text says two things under one key is bad input wherever the library reads the
// text itself: a batch line, a fixture file. JSON.parse would keep the last value silently.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { judgeLine } from '../src/cli/batch-line.js';
import { createJudge } from '../src/judge/judge.js';
import { CLI_TIMEOUT, cli } from './cli/run-cli.js';

const twice =
  '{"caseId":"D1","platform":"taobao","asOf":"2024-04-20T09:00:00+08:00","order":{"paidAt":"2024-04-15T10:00:00+08:00","amount":199,"amount":1},"claim":{"type":"late_shipment","openedAt":"2024-04-19T10:00:00+08:00"}}';

describe('duplicate keys', () => {
  it('make a batch line an error line naming the path', async () => {
    const { ok, text } = await judgeLine(createJudge(), twice, 3);
    expect(ok).toBe(false);
    expect(JSON.parse(text)).toMatchObject({
      error: { line: 3, code: 'invalid_case', issues: [{ code: 'duplicate_key', path: 'order.amount' }] },
    });
  });

  it('make a fixture file an error for `test`', { timeout: CLI_TIMEOUT }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'dup-'));
    writeFileSync(
      join(dir, 'twice.json'),
      `{"description":"x","case":${twice},"expect":{},"expect":{"outcome":{"liability":"seller"}}}`,
    );
    const run = await cli(['test', dir]);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Duplicate key "amount"');
    expect(run.stdout).toContain('→ at case.order.amount');
    expect(run.stdout).toContain('→ at expect');
  });
});
