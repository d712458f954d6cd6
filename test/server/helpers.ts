// Shared by the server tests: fixture cases, and a server on 127.0.0.1 port 0 per test file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveApp, type RunningServer, type ServeOptions } from '../../src/server/serve.js';

export const ROOT = join(import.meta.dirname, '..', '..');

/** Every fixture's case, as fixtures/<family>/<name>.json holds it (test/fixtures.test.ts reads them the same way). */
export function fixtureCases(): { name: string; case: Record<string, unknown> }[] {
  const root = join(ROOT, 'fixtures');
  return readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort()
    .flatMap((family) =>
      readdirSync(join(root, family))
        .filter((f) => f.endsWith('.json'))
        .sort()
        .map((f) => ({
          name: `${family}/${f}`,
          case: (JSON.parse(readFileSync(join(root, family, f), 'utf8')) as { case: Record<string, unknown> }).case,
        })),
    );
}

/** The late-shipment case of the README (test/cli/fixtures/cases/late-shipment.json). */
export const lateShipment = (): Record<string, unknown> =>
  JSON.parse(readFileSync(join(ROOT, 'test', 'cli', 'fixtures', 'cases', 'late-shipment.json'), 'utf8'));

/** A server in this process on a free port; its request lines and stderr lines are collected, not printed. */
export async function startServer(
  options: ServeOptions = {},
): Promise<RunningServer & { log: string[]; stderr: string[] }> {
  const log: string[] = [];
  const stderr: string[] = [];
  const running = await serveApp({
    port: 0,
    log: (line) => log.push(line),
    stderr: (line) => stderr.push(line),
    ...options,
  });
  return Object.assign(running, { log, stderr });
}

/** POST a body with a content type; the answer's status, headers and text. */
export async function post(
  url: string,
  body: string | ReadableStream<Uint8Array>,
  type = 'application/json',
  headers: Record<string, string> = {},
): Promise<{ status: number; headers: Headers; text: string; json: () => unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'Content-Type': type, ...headers },
    body,
    ...(typeof body === 'string' ? {} : { duplex: 'half' }),
  } as RequestInit);
  const text = await res.text();
  return { status: res.status, headers: res.headers, text, json: () => JSON.parse(text) };
}
