// A graceful stop while keep-alive clients post back to back: every request the server has been
// sent is answered (the last on each connection with `Connection: close`), none is reset.
import { Agent, request } from 'node:http';
import { describe, expect, it } from 'vitest';
import { lateShipment, startServer } from './helpers.js';

/** One POST on a keep-alive agent: the status and Connection header, or the error's code. */
function postOn(
  agent: Agent,
  url: string,
  body: string,
): Promise<{ status: number; connection?: string } | { error: string }> {
  return new Promise((resolve) => {
    const req = request(
      `${url}/v1/judge?trace=none`,
      {
        method: 'POST',
        agent,
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            ...(res.headers.connection ? { connection: res.headers.connection } : {}),
          }),
        );
        res.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
      },
    );
    req.on('error', (e: NodeJS.ErrnoException) => resolve({ error: e.code ?? e.message }));
    req.end(body);
  });
}

describe('stopping with keep-alive clients mid-stream', { timeout: 120_000 }, () => {
  it('answers every request already sent and resets none (16 clients, back to back)', async () => {
    const s = await startServer();
    const body = JSON.stringify(lateShipment());
    const errors: string[] = [];
    let answered = 0;
    let closing = 0;
    let started = 0;
    let stop!: () => void;
    const enough = new Promise<void>((r) => (stop = r));
    const client = async () => {
      // One socket per client, kept alive between its requests.
      const agent = new Agent({ keepAlive: true, maxSockets: 1 });
      for (;;) {
        const r = await postOn(agent, s.url, body);
        if ('error' in r) {
          errors.push(r.error);
          break;
        }
        expect(r.status).toBe(200);
        answered++;
        if (r.connection === 'close') closing++;
        if (++started === 16 * 5) stop();
      }
      agent.destroy();
    };
    const clients = Array.from({ length: 16 }, client);
    await enough;
    await s.close();
    await Promise.all(clients);
    // After the stop, a client's next connection is refused (nothing listens); no request sent
    // on an open connection is reset or left without an answer.
    expect(errors.filter((e) => e !== 'ECONNREFUSED')).toEqual([]);
    expect(errors).toHaveLength(16);
    expect(answered).toBeGreaterThanOrEqual(16 * 5);
    // Each connection's last answer said it would close.
    expect(closing).toBe(16);
  });
});
