// `node dist/cli.js serve`: the real command, its listening line, and a graceful stop on SIGTERM
// while a request is in flight.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { connect } from 'node:net';
import { describe, expect, it } from 'vitest';
import { createJudge } from '../../src/judge/judge.js';
import { CLI, CLI_TIMEOUT, ROOT, cli } from '../cli/run-cli.js';
import { lateShipment, post } from './helpers.js';

interface Spawned {
  readonly child: ChildProcess;
  readonly url: string;
  readonly port: number;
  /** All of stderr so far. */
  stderr(): string;
  /** Resolves when stderr holds a line matching `re`. */
  waitFor(re: RegExp): Promise<void>;
  readonly exited: Promise<number | null>;
  /** Milliseconds from the spawn to the listening line: how busy the machine is, for the bounds below. */
  readonly startupMs: number;
}

/**
 * A bound on how long a stop may take: `base` ms (far below Node's 5 s keep-alive timeout and the
 * 10 s grace, which a stop must not wait for), or, on a machine so busy that the server took longer
 * than that to start, its start-up time — a stop does less work than a start.
 */
const stopBound = (s: Spawned, base: number) => Math.max(base, s.startupMs);

/** Spawns `node dist/cli.js serve --port 0 …` and resolves once it says where it listens. */
async function spawnServe(args: readonly string[] = []): Promise<Spawned> {
  const spawned = Date.now();
  const child = spawn(process.execPath, [CLI, 'serve', '--port', '0', ...args], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let err = '';
  const waiters: { re: RegExp; resolve: () => void }[] = [];
  child.stderr!.setEncoding('utf8').on('data', (d: string) => {
    err += d;
    for (const w of [...waiters]) if (w.re.test(err)) (waiters.splice(waiters.indexOf(w), 1), w.resolve());
  });
  const exited = once(child, 'exit').then(([code]) => code as number | null);
  const waitFor = (re: RegExp) =>
    new Promise<void>((resolve, reject) => {
      if (re.test(err)) return resolve();
      waiters.push({ re, resolve });
      void exited.then((code) => reject(new Error(`exited ${code} before ${re}; stderr:\n${err}`)));
    });
  await waitFor(/listening on http:\/\/127\.0\.0\.1:(\d+)\n/);
  const startupMs = Date.now() - spawned;
  const port = Number(/listening on http:\/\/127\.0\.0\.1:(\d+)/.exec(err)?.[1]);
  return { child, url: `http://127.0.0.1:${port}`, port, stderr: () => err, waitFor, exited, startupMs };
}

/** Whether a new TCP connection to the port is accepted. */
const accepts = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(false));
  });

const one = JSON.stringify(lateShipment());

describe.concurrent('aftersale-rules serve (the built command)', { timeout: CLI_TIMEOUT }, () => {
  it('listens on the port it prints, answers like the library, and on SIGTERM finishes the request in flight, then exits 0', async () => {
    const s = await spawnServe();
    try {
      expect(s.port).toBeGreaterThan(0);
      expect(s.stderr()).toBe(`aftersale-rules: listening on ${s.url}\n`);
      const health = await fetch(`${s.url}/healthz`);
      expect(health.status).toBe(200);
      expect(await health.json()).toMatchObject({ ok: true });
      const judged = await post(`${s.url}/v1/judge?trace=fired`, one);
      expect(judged.status).toBe(200);
      expect(judged.text).toBe(JSON.stringify(await createJudge({ trace: 'fired' }).judge(lateShipment() as never)));

      // A batch whose body is still being sent: in flight when the signal comes.
      let ctl!: ReadableStreamDefaultController<Uint8Array>;
      const body = new ReadableStream<Uint8Array>({ start: (c) => void (ctl = c) });
      ctl.enqueue(new TextEncoder().encode(`${one}\n`));
      const res = await fetch(`${s.url}/v1/judge/batch`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-ndjson' },
        body,
        duplex: 'half',
      } as RequestInit);
      expect(res.status).toBe(200);
      const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
      let text = '';
      while (!text.includes('\n')) text += (await reader.read()).value ?? '';

      s.child.kill('SIGTERM');
      await s.waitFor(/SIGTERM: no new connections; finishing the requests in flight\n/);
      expect(await accepts(s.port)).toBe(false);
      // Still running: the request in flight holds it.
      expect(s.child.exitCode).toBe(null);

      ctl.enqueue(new TextEncoder().encode(one.replace('TB-2015-0415-001', 'AFTER-SIGTERM')));
      ctl.close();
      for (let r = await reader.read(); !r.done; r = await reader.read()) text += r.value;
      const lines = text
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l));
      expect(lines.map((l) => l.caseId)).toEqual(['TB-2015-0415-001', 'AFTER-SIGTERM']);

      // Its keep-alive connection is closed as soon as it idles: the exit does not wait for Node's
      // 5 s keep-alive timeout or the 10 s grace (a bound on behaviour, far from either, not a speed check).
      const answered = Date.now();
      expect(await s.exited).toBe(0);
      expect(Date.now() - answered).toBeLessThan(stopBound(s, 4000));
      expect(s.stderr()).toMatch(/^GET \/healthz 200 \d+ms$/m);
      expect(s.stderr()).toMatch(/^POST \/v1\/judge 200 \d+ms$/m);
      expect(s.stderr()).toMatch(/^POST \/v1\/judge\/batch 200 \d+ms$/m);
      expect(s.stderr()).toMatch(/aftersale-rules: stopped\n$/);
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('SIGINT with nothing in flight stops at once, exit 0', async () => {
    const s = await spawnServe(['--host', '127.0.0.1', '--trace', 'none']);
    try {
      // A keep-alive connection left idle does not hold the server open.
      expect((await post(`${s.url}/v1/judge`, one)).json()).toMatchObject({ trace: [] });
      const start = Date.now();
      s.child.kill('SIGINT');
      expect(await s.exited).toBe(0);
      expect(Date.now() - start).toBeLessThan(stopBound(s, 3000));
    } finally {
      s.child.kill('SIGKILL');
    }
  });

  it('a port in use exits 1 naming it; a bad flag exits 2', async () => {
    const s = await spawnServe();
    try {
      const taken = await cli(['serve', '--port', String(s.port)]);
      expect(taken.status).toBe(1);
      expect(taken.stderr).toBe(`aftersale-rules serve: cannot listen on 127.0.0.1:${s.port}: the port is in use\n`);
    } finally {
      s.child.kill('SIGTERM');
      await s.exited;
    }
    for (const args of [
      ['--port', 'http'],
      ['--port', '70000'],
      ['--max-body', '0'],
      ['--option', 'NO-SUCH-OPTION'],
      ['--trace', 'most'],
    ]) {
      const r = await cli(['serve', ...args]);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expect(r.stderr, args.join(' ')).not.toBe('');
    }
  });
});
