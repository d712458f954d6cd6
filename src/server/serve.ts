// Runs the HTTP API (src/server/app.ts) on Node's http server through @hono/node-server, and
// stops it gracefully: no new connections, in-flight requests finish, then the server closes.
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createApp, type AppOptions } from './app.js';

/** Options for `serveApp`: the app's, and where to listen. */
export interface ServeOptions extends AppOptions {
  /** Default `127.0.0.1`. */
  readonly host?: string;
  /** Default 8080; `0` picks a free port (the listening line and `port` say which). */
  readonly port?: number;
  /** Stop gracefully on SIGTERM and SIGINT (a second signal drops the connections still open); default false. */
  readonly handleSignals?: boolean;
  /** How long in-flight requests may take to finish once stopping, in ms, before their connections are dropped; default 10 s. */
  readonly graceMs?: number;
  /** Where the listening and stopping lines go; default stderr. */
  readonly stderr?: (line: string) => void;
}

/** A running server. */
export interface RunningServer {
  /** `http://HOST:PORT`, with the port actually bound. */
  readonly url: string;
  readonly host: string;
  readonly port: number;
  readonly server: Server;
  /** Stops gracefully; resolves once every connection has closed. Idempotent. */
  close(): Promise<void>;
  /** Resolves once the server has stopped (by `close()` or a signal). */
  readonly closed: Promise<void>;
}

/**
 * Starts the HTTP API and resolves once it listens, printing
 * `aftersale-rules: listening on http://HOST:PORT` (the real port). A port already taken, or
 * any other listen error, rejects.
 *
 * @example
 * const running = await serveApp({ port: 0, log: false });
 * const health = await (await fetch(`${running.url}/healthz`)).json();
 * await running.close();
 */
export async function serveApp(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? '127.0.0.1';
  const say = options.stderr ?? ((line: string) => void process.stderr.write(`${line}\n`));
  const app = createApp(options);
  // Loaded here, not with the command: every other command starts ~40 ms sooner without it.
  const { serve } = await import('@hono/node-server');
  const server = serve({ fetch: app.fetch, hostname: host, port: options.port ?? 8080 }) as Server;
  await new Promise<void>((resolve, reject) => {
    const onError = (e: Error) => {
      server.off('listening', onListening);
      reject(e);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve();
    };
    server.once('error', onError);
    server.once('listening', onListening);
  });
  // After listening, a server error (a socket failing) is reported, never a crash.
  server.on('error', (e) => say(`aftersale-rules: server error: ${e.message}`));
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  say(`aftersale-rules: listening on ${url}`);

  let resolveClosed!: () => void;
  const closed = new Promise<void>((r) => (resolveClosed = r));
  let stopping: Promise<void> | undefined;
  const graceMs = options.graceMs ?? 10_000;

  const close = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      // Stop accepting; a connection closes once its request is answered (server.close() only
      // closes idle ones, and keep-alive would hold the others open: they are closed as they idle).
      server.close(() => {
        clearInterval(idle);
        clearTimeout(grace);
        resolve();
      });
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const grace = setTimeout(() => server.closeAllConnections(), graceMs);
      grace.unref();
    }).then(() => {
      process.off('SIGTERM', onSignal);
      process.off('SIGINT', onSignal);
      resolveClosed();
    });
    return stopping;
  };

  let signals = 0;
  const onSignal = (signal: NodeJS.Signals) => {
    if (++signals > 1) {
      say(`aftersale-rules: ${signal} again: dropping the connections still open`);
      server.closeAllConnections();
      return;
    }
    // close() stops listening at once: the line below is true when a reader sees it.
    const stopped = close();
    say(`aftersale-rules: ${signal}: no new connections; finishing the requests in flight`);
    void stopped.then(() => say('aftersale-rules: stopped'));
  };
  if (options.handleSignals) {
    process.on('SIGTERM', onSignal);
    process.on('SIGINT', onSignal);
  }

  return { url, host, port, server, close, closed };
}
