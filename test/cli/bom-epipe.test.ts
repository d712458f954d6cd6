// A UTF-8 byte order mark at the start of a file, a batch line or a body is read past (RFC 8259
// §8.1 lets a parser ignore it; Windows tools write it), and output into a closed pipe ends the
// command quietly (`aftersale-rules batch --help | head`).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { lateShipment } from '../server/helpers.js';
import { CLI, ROOT, cli } from './run-cli.js';

const BOM = '\uFEFF';
const text = JSON.stringify(lateShipment());

describe.concurrent('a leading byte order mark', { timeout: 60_000 }, () => {
  it('in a case file: judged as without it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'aftersale-bom-'));
    const file = join(dir, 'case.json');
    writeFileSync(file, `${BOM}${text}`);
    const [withBom, without] = await Promise.all([
      cli(['judge', file, '--json']),
      cli(['judge', '-', '--json'], { input: text }),
    ]);
    expect(withBom.stderr).toBe('');
    expect(withBom.status).toBe(0);
    expect(withBom.stdout).toBe(without.stdout);
  });

  it('on a batch line (the first, or any): judged as without it', async () => {
    const r = await cli(['batch', '--trace', 'none'], { input: `${BOM}${text}\n${BOM}${text}\n` });
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines.map((l) => (JSON.parse(l) as { caseId?: string }).caseId)).toEqual([
      'TB-2015-0415-001',
      'TB-2015-0415-001',
    ]);
  });

  it('in a request body: 200, the same verdict', async () => {
    const app = createApp({ log: false });
    const ask = (body: string) =>
      app.request('/v1/judge?trace=none', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body });
    const [a, b] = await Promise.all([ask(`${BOM}${text}`), ask(text)]);
    expect(a.status).toBe(200);
    expect(await a.text()).toBe(await b.text());
  });
});

describe('output into a closed pipe', () => {
  it('`batch --help | head`: no stack trace, no error, a quiet end', async () => {
    const child = spawn(process.execPath, [CLI, 'batch', '--help'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader goes away before the command writes: its help meets a closed pipe (EPIPE).
    child.stdout.destroy();
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(status).toBe(0);
  }, 30_000);
});
