import { Command, InvalidArgumentError } from 'commander';
import type { JudgeOptions } from '../judge/judge.js';
import { loadPack } from '../pack/load-pack.js';
import { DEFAULT_MAX_BATCH_BODY, DEFAULT_MAX_BODY } from '../server/app.js';
import { serveApp } from '../server/serve.js';
import { CliError, EXIT } from './cli-error.js';
import { judgeOptionsFrom, makeJudge, withJudgeFlags, type JudgeFlags } from './judge-options.js';
import { traceOption, type TraceMode } from './trace-flag.js';

interface Flags extends JudgeFlags {
  readonly port: number;
  readonly host: string;
  readonly maxBody: number;
  readonly maxBatchBody: number;
  readonly desk?: string;
  readonly allowedHost: string[];
  readonly trace: TraceMode;
}

const collect = (value: string, previous: string[]) => [...previous, value];

function portNumber(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n > 65535)
    throw new InvalidArgumentError('expected a port, 0 to 65535 (0: any free port)');
  return n;
}

function byteCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || !Number.isSafeInteger(n))
    throw new InvalidArgumentError('expected a whole number of bytes, at least 1');
  return n;
}

/**
 * `serve`: the judge as an HTTP API (POST /v1/judge, /v1/judge/batch, /v1/what-if; GET
 * /v1/schemas/…, /openapi.json, /healthz) and the desk page, until SIGTERM or SIGINT.
 *
 * @example
 * program.addCommand(serveCommand());
 */
export function serveCommand(): Command {
  const cmd = new Command('serve')
    .description('serve the judge as an HTTP API (and the desk page) until SIGTERM or SIGINT')
    .option(
      '-p, --port <port>',
      'port to listen on (0: any free port; the listening line says which)',
      portNumber,
      8080,
    )
    .option('--host <host>', 'address to listen on (0.0.0.0 or :: for every interface)', '127.0.0.1')
    .option(
      '--max-body <bytes>',
      'largest request body of /v1/judge and /v1/what-if (larger: 413)',
      byteCount,
      DEFAULT_MAX_BODY,
    )
    .option(
      '--max-batch-body <bytes>',
      'largest request body of /v1/judge/batch (larger: 413, or a last body_too_large line once streaming)',
      byteCount,
      DEFAULT_MAX_BATCH_BODY,
    )
    .option(
      '--allowed-host <name>',
      "a host name to answer for besides localhost and the address listened on, as the Host header gives it (a proxy's name; repeatable); any other Host is a 421",
      collect,
      [],
    )
    .option(
      '--desk <dir>',
      'directory of the desk page (index.html, desk.js, desk.css); default: desk/ next to the command',
    )
    .addOption(traceOption('the trace of each verdict when a request does not say (its ?trace= wins)'));
  withJudgeFlags(cmd).addHelpText(
    'after',
    "\nA request's ?trace=, ?rulesAt= and ?option= (repeatable) take the place of the flags of the same name for that\nrequest (?option= adds to --option). One line per request goes to stderr: method, path, status, milliseconds.\nA Host header other than localhost, 127.0.0.1, [::1], the --host address or an --allowed-host is a 421.\nSIGTERM or SIGINT: no new connections, the requests in flight finish (10 s at most), exit 0.\nRoutes and shapes: GET /openapi.json.\n\nExit codes: 0 stopped by a signal; 1 cannot listen (port taken); 2 a bad flag, --rules pack or --option.\n\nExamples:\n  aftersale-rules serve --port 8080\n  curl -s localhost:8080/v1/judge -H 'Content-Type: application/json' -d @case.json | jq .outcome",
  );
  return cmd.action(async (flags: Flags) => {
    const plain = judgeOptionsFrom(flags);
    makeJudge(plain); // reports a bad --rules pack, --rules-at, --option or --shop-policy (exit 2) before listening
    const judge: JudgeOptions = {
      ...(plain.rulesDir !== undefined ? { pack: loadPack(plain.rulesDir) } : {}),
      ...(plain.rulesAt !== undefined ? { rulesAt: plain.rulesAt } : {}),
      ...(plain.options !== undefined ? { options: plain.options } : {}),
      ...(plain.shopPolicy !== undefined ? { shopPolicy: plain.shopPolicy } : {}),
      trace: flags.trace,
    };
    let running;
    try {
      running = await serveApp({
        judge,
        host: flags.host,
        port: flags.port,
        maxBody: flags.maxBody,
        maxBatchBody: flags.maxBatchBody,
        ...(flags.desk !== undefined ? { deskDir: flags.desk } : {}),
        allowedHosts: flags.allowedHost,
        handleSignals: true,
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new CliError(
        `aftersale-rules serve: cannot listen on ${flags.host}:${flags.port}: ${code === 'EADDRINUSE' ? 'the port is in use' : (e as Error).message}`,
        EXIT.failed,
      );
    }
    await running.closed;
    process.exitCode = EXIT.ok;
  });
}
