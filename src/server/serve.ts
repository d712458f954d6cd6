// Runs the HTTP API (src/server/app.ts) on Node's http server through @hono/node-server, and
// stops it gracefully: no new connections, in-flight requests finish (those already sent on a
// kept-alive connection included), then the server closes.
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import { Server as NetServer, type AddressInfo, type Socket } from 'node:net';
import { createApp, type AppOptions } from './app.js';
import { allowedHostNames } from './host-check.js';

/**
 * Once stopping, how long a kept-alive connection with no request may stay idle before it is
 * closed: long enough for a client's next request already sent to arrive (it is then answered,
 * with `Connection: close`), short enough not to hold the stop.
 */
const IDLE_CLOSE_MS = 500;

/** What is known of one connection: requests not yet answered, and since when (and at which byte) it has been idle. */
interface Connection {
  active: number;
  idleSince: number;
  bytesAtIdle: number;
}

/**
 * Follows each connection of `server` so that a stop answers every request already sent on a
 * kept-alive connection: after `stop()`, each response (those under way included, unless their
 * headers are out) says `Connection: close`, and `closeIdle(ms)` closes only a connection with no
 * request under way that has read nothing for `ms`.
 */
function trackKeepAlive(server: Server): { stop(): void; closeIdle(ms: number): void } {
  const connections = new Map<Socket, Connection>();
  const open = new Set<ServerResponse>();
  let stopped = false;
  server.on('connection', (socket: Socket) => {
    connections.set(socket, { active: 0, idleSince: performance.now(), bytesAtIdle: 0 });
    socket.once('close', () => connections.delete(socket));
  });
  // Before the app's listener, so the header is set before the app writes its head.
  server.prependListener('request', (req: IncomingMessage, res: ServerResponse) => {
    const c = connections.get(req.socket);
    if (c) c.active++;
    if (stopped) res.setHeader('Connection', 'close');
    open.add(res);
    res.once('close', () => {
      open.delete(res);
      if (c) {
        c.active--;
        c.idleSince = performance.now();
        c.bytesAtIdle = req.socket.bytesRead;
      }
    });
  });
  return {
    stop() {
      stopped = true;
      for (const res of open) if (!res.headersSent) res.setHeader('Connection', 'close');
    },
    closeIdle(ms) {
      const now = performance.now();
      const idle: [Socket, number][] = [];
      for (const [socket, c] of connections) {
        if (c.active > 0) continue;
        // Bytes read since the last answer: a request is arriving; the idle time starts again.
        if (socket.bytesRead !== c.bytesAtIdle) {
          c.bytesAtIdle = socket.bytesRead;
          c.idleSince = now;
        } else if (now - c.idleSince >= ms) idle.push([socket, socket.bytesRead]);
      }
      if (idle.length === 0) return;
      // Closed after the next poll for I/O, not now: a timer may fire first when the process
      // wakes from a pause, before it has read a request that came during the pause.
      setImmediate(() => {
        for (const [socket, bytes] of idle) {
          const c = connections.get(socket);
          if (c && c.active === 0 && socket.bytesRead === bytes) socket.destroy();
        }
      });
    },
  };
}

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
  /**
   * Host names to answer for besides the local ones and the address listened on (the name a
   * proxy or a client uses: `--allowed-host`); any other `Host` is a 421. See `hosts` to replace
   * the whole list.
   */
  readonly allowedHosts?: readonly string[];
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
  const app = createApp({ ...options, hosts: options.hosts ?? allowedHostNames(host, options.allowedHosts) });
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
  const keepAlive = trackKeepAlive(server);

  const close = (): Promise<void> => {
    stopping ??= new Promise<void>((resolve) => {
      keepAlive.stop();
      // Stop accepting. net's close, not http's: http's also closes every connection idle at this
      // instant, and a keep-alive client's next request may be on the wire already (it would get
      // a reset). A connection closes once its last request is answered (`Connection: close`),
      // or once it has sat idle for IDLE_CLOSE_MS; the server closes when the last one has.
      NetServer.prototype.close.call(server, () => {
        clearInterval(idle);
        clearTimeout(grace);
        resolve();
      });
      const idle = setInterval(() => keepAlive.closeIdle(IDLE_CLOSE_MS), 50);
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
