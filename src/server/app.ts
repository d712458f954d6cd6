// `aftersale-rules serve`: the judge as an HTTP API, on Hono (web-standard Request / Response).
// Stateless: every request is judged on its own; the only things kept are the pack, the judges
// for the three trace modes, and the JSON Schemas and OpenAPI text, all computed once.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import pkg from '../../package.json' with { type: 'json' };
import { judgeLine, lineTooLarge, splitLines, type LineResult } from '../cli/batch-line.js';
import { CliError } from '../cli/cli-error.js';
import { escapeControls } from '../cli/format-verdict.js';
import { judgeOptionsFrom } from '../cli/judge-options.js';
import { jsonSchema } from '../cli/json-schemas.js';
import { defaultPack } from '../default-pack.js';
import { CaseValidationError } from '../shared/errors.js';
import { TRACE_MODES, type TraceMode } from '../evaluate/evaluate.js';
import { createJudge, type Judge, type JudgeOptions } from '../judge/judge.js';
import { QUESTIONS_ASKED, type QuestionsAsked } from '../judge/judge-core.js';
import { CalendarDate } from '../schema/primitives.js';
import { adaptRoutes } from './adapt-routes.js';
import { NOT_BUILT, NOT_BUILT_TYPE, readDeskFile, staticHeaders } from './desk-files.js';
import { clip, fail, HttpError, invalidCase, problem, problemResponse } from './http-error.js';
import { hostName } from './host-check.js';
import { openApiDocument } from './openapi.js';
import { BodyTooLarge, bounded, checkLength, parseJson, readText, requireType } from './request-body.js';

/** The largest request body `POST /v1/judge` and `POST /v1/what-if` read by default: 1 MiB. */
export const DEFAULT_MAX_BODY = 1024 * 1024;
/** The largest request body `POST /v1/judge/batch` reads by default: 64 MiB. */
export const DEFAULT_MAX_BATCH_BODY = 64 * 1024 * 1024;

/**
 * How long a batch judges before it lets other requests run: their wait while a batch streams is
 * about this plus one line's judging (a few ms), not the whole batch.
 */
const BATCH_SLICE_MS = 5;

/** The JSON Schemas served under `/v1/schemas/<name>`. */
export const SERVED_SCHEMAS = ['case', 'verdict', 'fixture'] as const;

/** Options for `createApp`; every one is optional. */
export interface AppOptions {
  /**
   * How to judge: `pack` (default: the shipped `rules/`), `rulesAt`, `options`, `shopPolicy`,
   * `trace` (the default of `?trace=`), `questions` (the default of `?questions=`), `evaluator` — as
   * for `createJudge`. A request's `?rulesAt=`, `?trace=` and `?questions=` replace these; its
   * `?option=` are added to `options`.
   */
  readonly judge?: JudgeOptions;
  /** The largest body, in bytes, of `POST /v1/judge` and `POST /v1/what-if`; default 1 MiB. */
  readonly maxBody?: number;
  /** The largest body, in bytes, of `POST /v1/judge/batch`; default 64 MiB. */
  readonly maxBatchBody?: number;
  /**
   * Where each request's line (`POST /v1/judge 200 3ms`) and each internal error's stack go;
   * default: stderr. `false`: nowhere.
   */
  readonly log?: ((line: string) => void) | false;
  /**
   * The host names (`Host` header, without its port) the app answers for; any other is a 421
   * `misdirected_request`. Default: any host (a server that mounts the app checks its own);
   * `serveApp` passes the names of the address it listens on (src/server/host-check.ts).
   */
  readonly hosts?: readonly string[];
  /** The directory of the desk page (`index.html`, `desk.js`, `desk.css`); default `desk/` next to this module (dist/desk/). */
  readonly deskDir?: string | URL;
}

type Env = { Variables: { done?: Promise<unknown> } };

const JSON_TYPE = 'application/json';
const NDJSON_TYPE = 'application/x-ndjson';

/** A JSON response with exactly this text (`c.json` would stringify again). */
const jsonText = (c: Context<Env>, text: string) => c.body(text, 200, { 'Content-Type': JSON_TYPE });

/** The query parameters each POST route takes: `trace`, `questions`, `rulesAt`, `option` (repeatable). */
const QUERY_KEYS = new Set(['trace', 'questions', 'rulesAt', 'option']);

/**
 * The HTTP API as a Hono app: `POST /v1/judge`, `POST /v1/judge/batch` (NDJSON, streamed),
 * `POST /v1/what-if`, `GET /v1/schemas/{case,verdict,fixture}`, `GET /openapi.json`,
 * `GET /healthz` and the desk page (`GET /`, `GET /<file>`). Give it to any fetch-style server
 * (`serveApp` in src/server/serve.ts runs it on Node); `app.request()` answers in process.
 * The pack is loaded here, so a bad pack or option throws now, not on the first request.
 *
 * @example
 * const app = createApp({ judge: { options: { 'TB-SHIP-48H': true } }, log: false });
 * const res = await app.request('/v1/judge?trace=none', {
 *   method: 'POST',
 *   headers: { 'Content-Type': 'application/json' },
 *   body: JSON.stringify(myCase),
 * });
 * const verdict = await res.json();
 */
export function createApp(options: AppOptions = {}): Hono<Env> {
  const pack = options.judge?.pack ?? defaultPack();
  const base: JudgeOptions = { ...options.judge, pack };
  const defaultTrace: TraceMode = base.trace ?? 'full';
  const defaultQuestions: QuestionsAsked = base.questions ?? 'all';
  const maxBody = options.maxBody ?? DEFAULT_MAX_BODY;
  const maxBatchBody = options.maxBatchBody ?? DEFAULT_MAX_BATCH_BODY;
  const log =
    options.log === false ? () => {} : (options.log ?? ((line: string) => void process.stderr.write(`${line}\n`)));
  const deskDir =
    typeof options.deskDir === 'string'
      ? resolve(options.deskDir)
      : fileURLToPath(options.deskDir ?? new URL('./desk/', import.meta.url));

  // One judge per trace mode and questions asked, built now: a bad pack option or rulesAt throws here.
  const judges = new Map<string, Judge>(
    TRACE_MODES.flatMap((trace) =>
      QUESTIONS_ASKED.map(
        (questions) => [`${trace} ${questions}`, createJudge({ ...base, trace, questions })] as const,
      ),
    ),
  );

  /** The judge a request's query asks for; a bad parameter is a 400 `invalid_parameter`. */
  const judgeFor = (c: Context<Env>): Judge => {
    const query = new URL(c.req.url).searchParams;
    for (const key of new Set(query.keys())) {
      if (!QUERY_KEYS.has(key))
        throw fail(
          400,
          'invalid_parameter',
          `Unknown query parameter "${clip(key)}"; the parameters are trace, questions, rulesAt, option`,
        );
      if (key !== 'option' && query.getAll(key).length > 1)
        throw fail(400, 'invalid_parameter', `The query parameter ${key} is given more than once`);
    }
    const trace = query.get('trace') ?? defaultTrace;
    if (!(TRACE_MODES as readonly string[]).includes(trace))
      throw fail(400, 'invalid_parameter', `trace=${clip(trace)}: expected full, fired or none`);
    const questions = query.get('questions') ?? defaultQuestions;
    if (!(QUESTIONS_ASKED as readonly string[]).includes(questions))
      throw fail(400, 'invalid_parameter', `questions=${clip(questions)}: expected all or unknown`);
    const rulesAt = query.get('rulesAt');
    if (rulesAt !== null && !CalendarDate.safeParse(rulesAt).success)
      throw fail(400, 'invalid_parameter', `rulesAt=${clip(rulesAt)}: expected a calendar date YYYY-MM-DD`);
    const optionValues = query.getAll('option');
    if (rulesAt === null && optionValues.length === 0) return judges.get(`${trace} ${questions}`) as Judge;
    const asked: Record<string, boolean> = {};
    for (const value of optionValues) {
      try {
        // The parsing of the command's --option: NAME, NAME=on|off|true|false; the last one wins.
        Object.assign(asked, judgeOptionsFrom({ option: [value] }).options);
      } catch (e) {
        if (!(e instanceof CliError)) throw e;
        throw fail(
          400,
          'invalid_parameter',
          `option=${clip(value)}: expected NAME, NAME=on or NAME=off (or =true, =false)`,
        );
      }
    }
    try {
      return createJudge({
        ...base,
        trace: trace as TraceMode,
        questions: questions as QuestionsAsked,
        ...(rulesAt !== null ? { rulesAt } : {}),
        ...(optionValues.length > 0 ? { options: { ...base.options, ...asked } } : {}),
      });
    } catch (e) {
      // createJudge names an option the pack does not declare.
      if (e instanceof TypeError) throw fail(400, 'invalid_parameter', e.message.replace(/^createJudge: /, ''));
      throw e;
    }
  };

  const app = new Hono<Env>();

  // One line per request, once the response is complete (for a stream: once it has ended). The
  // path is Hono's decoded one: its control characters are escaped (`%0a` would forge a line,
  // `%1b` write a terminal escape).
  app.use(async (c, next) => {
    const start = performance.now();
    await next();
    const line = () =>
      log(`${c.req.method} ${escapeControls(c.req.path)} ${c.res.status} ${Math.round(performance.now() - start)}ms`);
    const done = c.get('done');
    if (done) void done.then(line, line);
    else line();
  });

  // Before any route: a Host the server was not started for (DNS rebinding) is answered 421.
  if (options.hosts !== undefined) {
    const hosts = new Set(options.hosts.map((h) => hostName(h)));
    app.use(async (c, next) => {
      const header = c.req.header('host') ?? '';
      if (hosts.has(hostName(header))) return next();
      throw fail(
        421,
        'misdirected_request',
        `This server does not answer for the host ${header === '' ? '(none)' : `"${clip(header)}"`}; start it with --allowed-host NAME to add a name (a proxy's)`,
      );
    });
  }

  app.onError((e, c) => {
    if (e instanceof HttpError) return problemResponse(e.problem);
    log(`aftersale-rules: internal error on ${c.req.method} ${escapeControls(c.req.path)}: ${e.stack ?? String(e)}`);
    return problemResponse(problem(500, 'internal_error', 'Internal error; the server log has the details'));
  });

  app.notFound((c) =>
    problemResponse(problem(404, 'not_found', `No route ${c.req.method} ${clip(c.req.path)}; see /openapi.json`)),
  );

  /** After a path's handlers: any other method is a 405 naming the ones it takes. */
  const allow = (path: string, methods: string) => app.all(path, (c) => methodNotAllowed(c, methods));

  adaptRoutes(app, maxBody);
  allow('/v1/adapt/:source', 'POST');

  app.post('/v1/judge', async (c) => {
    const judge = judgeFor(c);
    requireType(c, [JSON_TYPE]);
    const text = await readText(c.req.raw, maxBody);
    const input = parseJson(text);
    const result = await judge.safeJudge(input);
    if (!result.ok) return problemResponse(invalidCase(result.issues));
    return jsonText(c, JSON.stringify(result.verdict));
  });
  allow('/v1/judge', 'POST');

  app.post('/v1/judge/batch', (c) => {
    const judge = judgeFor(c);
    requireType(c, [NDJSON_TYPE, 'application/ndjson']);
    checkLength(c.req.raw, maxBatchBody);
    const body = c.req.raw.body;
    let finished!: () => void;
    c.set('done', new Promise<void>((r) => (finished = r)));
    c.header('Content-Type', NDJSON_TYPE);
    c.header('X-Content-Type-Options', 'nosniff');
    return stream(c, async (out) => {
      try {
        const write = (r: LineResult) => out.write(`${r.text}\n`);
        try {
          let slice = performance.now();
          for await (const line of splitLines(bounded(body, maxBatchBody))) {
            if (out.aborted) return;
            // Judging is synchronous work and a buffered body arrives without a wait: every
            // BATCH_SLICE_MS the loop lets the event loop run, so other requests are answered.
            if (performance.now() - slice >= BATCH_SLICE_MS) {
              await new Promise<void>((resolve) => setImmediate(resolve));
              slice = performance.now();
            }
            // Exactly what `aftersale-rules batch` writes for each line (src/cli/batch-command.ts).
            if ('tooLarge' in line) await write(lineTooLarge(line.n));
            else if (line.text.trim() !== '') await write(await judgeLine(judge, line.text, line.n));
          }
        } catch (e) {
          if (!(e instanceof BodyTooLarge)) throw e;
          // The status is sent already: the body's end is one more error line, and no line after it.
          await out.write(`${JSON.stringify({ error: { code: 'body_too_large', message: e.message } })}\n`);
        }
      } catch (e) {
        // A body that fails mid-stream (the client went away): say so if anyone still listens.
        log(`aftersale-rules: batch stopped on ${escapeControls(c.req.path)}: ${escapeControls((e as Error).message)}`);
        await out.write(
          `${JSON.stringify({ error: { code: 'internal_error', message: 'The batch stopped: the request body could not be read to its end' } })}\n`,
        );
      } finally {
        finished();
      }
    });
  });
  allow('/v1/judge/batch', 'POST');

  app.post('/v1/what-if', async (c) => {
    const judge = judgeFor(c);
    requireType(c, [JSON_TYPE]);
    // The body holds a case (and a patch of one): its root is a level above a case's.
    const body = parseJson(await readText(c.req.raw, maxBody), { rootLevel: -1 });
    if (typeof body !== 'object' || body === null || Array.isArray(body))
      throw fail(
        400,
        'invalid_request',
        'The body must be an object { "case": {…}, "patch": {…}, "rulesAt"?: "YYYY-MM-DD" }',
      );
    const extra = Object.keys(body).filter((k) => !['case', 'patch', 'rulesAt'].includes(k));
    if (extra.length > 0)
      throw fail(
        400,
        'invalid_request',
        `Unknown field(s) ${extra.map((k) => `"${clip(k)}"`).join(', ')}; the body is { case, patch, rulesAt? }`,
      );
    const { case: input, patch, rulesAt } = body as { case?: unknown; patch?: unknown; rulesAt?: unknown };
    if (!('case' in body)) throw fail(400, 'invalid_request', 'The body has no "case"');
    if (typeof patch !== 'object' || patch === null || Array.isArray(patch))
      throw fail(
        400,
        'invalid_patch',
        'The patch must be a JSON merge patch (RFC 7386), an object: {"shipment": {"firstCarrierScanAt": "…"}}; null removes a fact',
      );
    if (rulesAt !== undefined && (typeof rulesAt !== 'string' || !CalendarDate.safeParse(rulesAt).success))
      throw fail(400, 'invalid_request', 'rulesAt must be a calendar date YYYY-MM-DD');
    try {
      const result = await judge.whatIf(
        input,
        patch as Record<string, unknown>,
        rulesAt !== undefined ? { rulesAt } : {},
      );
      return jsonText(c, JSON.stringify(result));
    } catch (e) {
      if (!(e instanceof CaseValidationError)) throw e;
      // whatIf judges the case before the patch first: whose issues these are, only an error asks.
      const before = await judge.safeJudge(input);
      if (!before.ok) return problemResponse(invalidCase(before.issues));
      throw fail(
        400,
        'invalid_patch',
        `The case after the patch is invalid: ${e.issues.length} issue${e.issues.length === 1 ? '' : 's'}`,
        e.issues,
      );
    }
  });
  allow('/v1/what-if', 'POST');

  const schemaTexts = new Map<string, string>();
  app.get('/v1/schemas/:name', (c) => {
    const name = c.req.param('name');
    if (!(SERVED_SCHEMAS as readonly string[]).includes(name))
      throw fail(404, 'not_found', `No schema "${clip(name)}"; the schemas are ${SERVED_SCHEMAS.join(', ')}`);
    let text = schemaTexts.get(name);
    if (text === undefined) {
      text = JSON.stringify(jsonSchema(name as (typeof SERVED_SCHEMAS)[number]));
      schemaTexts.set(name, text);
    }
    return c.body(text, 200, { 'Content-Type': 'application/schema+json' });
  });
  allow('/v1/schemas/:name', 'GET, HEAD');

  let openApiText: string | undefined;
  app.get('/openapi.json', (c) => {
    openApiText ??= JSON.stringify(openApiDocument());
    return jsonText(c, openApiText);
  });
  allow('/openapi.json', 'GET, HEAD');

  const health = JSON.stringify({ ok: true, version: pkg.version, pack: { id: pack.id, version: pack.version } });
  app.get('/healthz', (c) => jsonText(c, health));
  allow('/healthz', 'GET, HEAD');

  const deskFile = (name: string) => readDeskFile(deskDir, name);
  const serveFile = async (c: Context<Env>, name: string) => {
    const file = await deskFile(name);
    if (file) return c.body(new Uint8Array(file.body), 200, staticHeaders(file.type));
    if (name === 'index.html') return c.body(NOT_BUILT, 503, staticHeaders(NOT_BUILT_TYPE));
    throw fail(404, 'not_found', `No file ${clip(name)} in the desk page`);
  };
  app.get('/', (c) => serveFile(c, 'index.html'));
  allow('/', 'GET, HEAD');
  app.get('/:file', (c) => serveFile(c, c.req.param('file')));
  app.all('/:file', async (c) => {
    const name = c.req.param('file');
    if (name !== 'index.html' && (await deskFile(name)) === undefined) return c.notFound();
    return methodNotAllowed(c, 'GET, HEAD');
  });

  return app;
}

/** A 405 naming the methods the path takes, in its `Allow` header and its message. */
const methodNotAllowed = (c: Context<Env>, methods: string) =>
  problemResponse(
    problem(405, 'method_not_allowed', `${c.req.method} is not allowed on ${clip(c.req.path)}; use ${methods}`),
    { Allow: methods },
  );
