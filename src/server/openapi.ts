// The OpenAPI 3.1 document of `aftersale-rules serve`, built from the same zod-derived JSON
// Schemas as schemas/*.schema.json (src/cli/json-schemas.ts), so the API and its description
// cannot drift apart.
import pkg from '../../package.json' with { type: 'json' };
import { jsonSchema } from '../cli/json-schemas.js';
import { ADAPT_PATHS, ADAPT_SCHEMAS } from './openapi-adapt.js';
import { MAX_LINE_BYTES } from '../cli/batch-line.js';
import { SINGLE_KEYS } from '../verdict/decisions.js';
import { TRACE_MODES } from '../evaluate/evaluate.js';
import { QUESTIONS_ASKED } from '../judge/judge-core.js';
import { ERROR_CODES, PROBLEM_BASE, PROBLEM_TYPE } from './http-error.js';

type Json = Record<string, unknown>;

export { ERROR_CODES, type ErrorCode } from './http-error.js';

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });

/**
 * The component name of each `$defs` entry zod writes for a recursive schema (`__schema0`): a
 * generated client names its type after it, so each has a name of the domain.
 */
const DEF_NAMES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  Verdict: { __schema0: 'TraceCondition' },
};

/**
 * A JSON Schema as a component: without `$schema` (the document's dialect is 2020-12), its
 * `$defs` hoisted to the components `DEF_NAMES` names and every `$ref` into them rewritten, so each
 * reference resolves from the document's root. A `$defs` entry without a name throws.
 */
function hoist(name: string, schema: Json, into: Record<string, Json>): void {
  const { $schema: _dialect, $defs, ...rest } = schema as Json & { $defs?: Record<string, Json> };
  const renamed = new Map(
    Object.keys($defs ?? {}).map((k) => {
      const named = DEF_NAMES[name]?.[k];
      if (named === undefined) throw new Error(`openApiDocument: no component name for ${name}'s $defs/${k}`);
      return [k, named];
    }),
  );
  const rewrite = (node: unknown): unknown => {
    if (Array.isArray(node)) return node.map(rewrite);
    if (node === null || typeof node !== 'object') return node;
    const out: Json = {};
    for (const [k, v] of Object.entries(node as Json)) {
      if (k === '$ref' && typeof v === 'string') {
        const def = /^#\/\$defs\/(.+)$/.exec(v)?.[1];
        out[k] =
          v === '#'
            ? `#/components/schemas/${name}`
            : def !== undefined
              ? `#/components/schemas/${renamed.get(def)}`
              : v;
      } else out[k] = rewrite(v);
    }
    return out;
  };
  into[name] = rewrite(rest) as Json;
  for (const [k, def] of Object.entries($defs ?? {})) into[renamed.get(k) as string] = rewrite(def) as Json;
}

const IssueSchema: Json = {
  type: 'object',
  description:
    'One problem with the input: path is the JSON path into the case (order.paidAt), empty for the whole case.',
  properties: {
    code: { type: 'string', description: 'invalid_type, unknown_key, duplicate_key, impossible_timeline, too_big, …' },
    path: { type: 'string' },
    message: { type: 'string' },
  },
  required: ['code', 'path', 'message'],
  additionalProperties: false,
};

const ProblemSchema: Json = {
  type: 'object',
  description: `Every 4XX and 5XX answer: an RFC 9457 problem details document (${PROBLEM_TYPE}). \`type\` is ${PROBLEM_BASE} then the code with dashes (invalid-case), an identifier to compare, not a page to fetch; \`code\` is the same kind, machine-readable.`,
  properties: {
    type: { type: 'string', format: 'uri', description: `${PROBLEM_BASE}<code with dashes>` },
    title: { type: 'string', description: 'The same for every problem of this type.' },
    status: { type: 'integer', minimum: 400, maximum: 599 },
    detail: { type: 'string', description: 'This occurrence, in words a caller can act on.' },
    code: { type: 'string', enum: [...ERROR_CODES] },
    issues: {
      type: 'array',
      items: ref('Issue'),
      minItems: 1,
      description:
        'invalid_case: every issue of the case (or a key given twice in the JSON text, code duplicate_key) at once, at most 100 then one too_many_issues. invalid_patch: the issues of the case after the patch, paths into that case.',
    },
  },
  required: ['type', 'title', 'status', 'detail', 'code'],
  additionalProperties: false,
};

const WhatIfRequestSchema: Json = {
  type: 'object',
  properties: {
    case: ref('Case'),
    patch: {
      type: 'object',
      description:
        'A JSON merge patch (RFC 7386) on the case: members replace, objects merge member by member, null removes a fact.',
    },
    rulesAt: {
      type: 'string',
      format: 'date',
      description: "Judge the patched case with the rules in force on this day (YYYY-MM-DD) instead of its paidAt's.",
    },
  },
  required: ['case', 'patch'],
  additionalProperties: false,
};

const status = { type: 'string', enum: ['firm', 'provisional', 'undetermined'] };
const decisionValue = { type: ['string', 'boolean'] };

const WhatIfResultSchema: Json = {
  type: 'object',
  properties: {
    before: ref('Verdict'),
    after: ref('Verdict'),
    changes: {
      type: 'array',
      description: 'The single-valued decisions whose value or status differs, in the registry order.',
      items: {
        type: 'object',
        properties: {
          decision: { type: 'string', enum: [...SINGLE_KEYS] },
          from: decisionValue,
          to: decisionValue,
          fromStatus: status,
          toStatus: status,
          ruleIds: { type: 'array', items: { type: 'string' } },
        },
        required: ['decision', 'ruleIds'],
        additionalProperties: false,
      },
    },
  },
  required: ['before', 'after', 'changes'],
  additionalProperties: false,
};

const HealthSchema: Json = {
  type: 'object',
  properties: {
    ok: { type: 'boolean', const: true },
    version: { type: 'string', description: 'The aftersale-rules package version.' },
    pack: {
      type: 'object',
      properties: { id: { type: 'string' }, version: { type: 'string' } },
      required: ['id', 'version'],
      additionalProperties: false,
    },
  },
  required: ['ok', 'version', 'pack'],
  additionalProperties: false,
};

const BatchErrorLineSchema: Json = {
  type: 'object',
  description:
    'An output line of /v1/judge/batch for an input line that could not be judged (the same line `aftersale-rules batch` writes), or, with no line number, the last line when the body passed its limit (body_too_large).',
  properties: {
    error: {
      type: 'object',
      properties: {
        line: { type: 'integer', minimum: 1, description: 'The input line number, counting blank lines.' },
        caseId: { type: 'string' },
        code: {
          type: 'string',
          enum: ['invalid_json', 'invalid_case', 'line_too_large', 'internal_error', 'body_too_large'],
        },
        message: { type: 'string' },
        issues: { type: 'array', items: ref('Issue') },
      },
      required: ['code', 'message'],
      additionalProperties: false,
    },
  },
  required: ['error'],
  additionalProperties: false,
};

const problemContent = { [PROBLEM_TYPE]: { schema: ref('Problem') } };
const error = (description: string) => ({ description, content: problemContent });
const response = (name: string) => ({ $ref: `#/components/responses/${name}` });

/** The problems any operation may answer: a Host the server does not answer for, an internal error. */
const anyErrors = {
  '421': response('MisdirectedRequest'),
  '500': response('InternalError'),
};

const judgeParameters = [
  {
    name: 'trace',
    in: 'query',
    required: false,
    description:
      "How much rule-by-rule trace each verdict carries: full (every rule evaluated, with its conditions), fired (only the rules that fired) or none (an empty trace). Default: the server's --trace (full).",
    schema: { type: 'string', enum: [...TRACE_MODES] },
  },
  {
    name: 'questions',
    in: 'query',
    required: false,
    description:
      "Which open questions each verdict carries: all, or unknown (only the unknown facts' questions; what a party has not shown is left out and the verdict says questionsOmitted: not_shown; statuses and missingFacts are the same, at a third to a quarter of the cost). Default: the server's (all).",
    schema: { type: 'string', enum: [...QUESTIONS_ASKED] },
  },
  {
    name: 'rulesAt',
    in: 'query',
    required: false,
    description: 'Judge with the rules in force on this day (YYYY-MM-DD) instead of the day of order.paidAt.',
    schema: { type: 'string', format: 'date' },
  },
  {
    name: 'option',
    in: 'query',
    required: false,
    description:
      "A pack option to turn on (NAME, NAME=on, NAME=true) or off (NAME=off, NAME=false), added to the server's --option; repeatable, the last for a name wins. An option the pack does not declare is a 400.",
    schema: { type: 'array', items: { type: 'string' } },
    style: 'form',
    explode: true,
  },
];

/** The errors every POST route shares. */
const postErrors = (maxBody: string) => ({
  '413': error(
    `body_too_large: the body is over the limit (${maxBody}), by its Content-Length (not read) or counted while reading.`,
  ),
  '415': error(
    'unsupported_media_type: the Content-Type is not the one the route reads (a charset parameter must be utf-8).',
  ),
  ...anyErrors,
});

const invalidRequest = (what: string) => error(`Bad input. ${what}`);

const staticFile = {
  'text/html': { schema: { type: 'string' } },
  'text/javascript': { schema: { type: 'string' } },
  'text/css': { schema: { type: 'string' } },
};

/**
 * The OpenAPI 3.1 document of the HTTP API (`GET /openapi.json`): every route, its parameters,
 * request body and responses, error statuses included; `components.schemas` holds Case, Verdict
 * (the zod-derived JSON Schemas of `schemas/`), TraceCondition, Issue, Problem and the rest.
 *
 * @example
 * const doc = openApiDocument();
 * doc.openapi; // '3.1.0'
 */
export function openApiDocument(): Json {
  const schemas: Record<string, Json> = {};
  hoist('Case', jsonSchema('case'), schemas);
  hoist('Verdict', jsonSchema('verdict'), schemas);
  Object.assign(schemas, {
    Issue: IssueSchema,
    Problem: ProblemSchema,
    WhatIfRequest: WhatIfRequestSchema,
    WhatIfResult: WhatIfResultSchema,
    Health: HealthSchema,
    BatchErrorLine: BatchErrorLineSchema,
    ...ADAPT_SCHEMAS,
  });
  return {
    openapi: '3.1.0',
    info: {
      title: 'aftersale-rules',
      version: pkg.version,
      description: [
        'Pre-judges e-commerce after-sale disputes (Taobao, Tmall, Pinduoduo, AliExpress): liability, remedy, who pays each freight leg, penalties and missing evidence, with a rule-by-rule trace. `aftersale-rules serve` runs this API.',
        '',
        `Errors: every 4XX and 5XX is an RFC 9457 problem details document (\`${PROBLEM_TYPE}\`): \`{ type, title, status, detail, code, issues? }\`, \`type\` being ${PROBLEM_BASE}<code with dashes>. The codes: 400 invalid_case (with \`issues\`, each \`{ code, path, message }\`) / invalid_parameter / invalid_json / invalid_request / invalid_patch, 404 not_found (no such route, schema or file), 405 method_not_allowed (any path, a method it does not take; the Allow header names those it takes), 413 body_too_large, 415 unsupported_media_type, 421 misdirected_request (a Host the server was not started for), 500 internal_error.`,
      ].join('\n'),
      license: { name: pkg.license, identifier: pkg.license },
    },
    servers: [
      {
        url: '/',
        description:
          'The server that serves this document (`aftersale-rules serve`: http://127.0.0.1:8080 by default).',
      },
    ],
    // No authentication: the server is meant for a trusted network or behind the caller's own gateway.
    security: [],
    paths: {
      '/v1/judge': {
        post: {
          operationId: 'judge',
          summary: 'Judge one case',
          description:
            'The body is a bare case. The answer is the verdict, byte for byte the JSON.stringify of what createJudge(options).safeJudge(case) gives.',
          parameters: judgeParameters,
          requestBody: { required: true, content: { 'application/json': { schema: ref('Case') } } },
          responses: {
            '200': { description: 'The verdict.', content: { 'application/json': { schema: ref('Verdict') } } },
            '400': invalidRequest(
              'invalid_case: an invalid case or a key given twice, with `issues`; invalid_parameter: a bad query parameter; invalid_json: malformed JSON.',
            ),
            ...postErrors("1 MiB by default; the server's --max-body"),
          },
        },
      },
      '/v1/judge/batch': {
        post: {
          operationId: 'judgeBatch',
          summary: 'Judge NDJSON cases, streamed',
          description: `One case per line (lines end at \\n or \\r\\n; blank lines are skipped). The answer is streamed: one line per non-blank input line, in input order, written as soon as it is judged — the verdict, or an error line exactly as \`aftersale-rules batch\` writes it (invalid_json, invalid_case, line_too_large for a line over ${MAX_LINE_BYTES / 1024 / 1024} MiB). A body without Content-Length that passes the limit ends the stream with one body_too_large error line (the status, 200, is sent by then).`,
          parameters: judgeParameters,
          requestBody: {
            required: true,
            content: {
              'application/x-ndjson': {
                schema: { type: 'string', description: 'Case JSON, one per line.' },
                'x-ndjson-line': ref('Case'),
              },
            },
          },
          responses: {
            '200': {
              description: 'One line per non-blank input line: a Verdict or a BatchErrorLine.',
              content: {
                'application/x-ndjson': {
                  // contentSchema (JSON Schema 2020-12): what each line holds, parsed as JSON.
                  schema: {
                    type: 'string',
                    description: 'NDJSON: each line, parsed, passes contentSchema.',
                    contentSchema: { oneOf: [ref('Verdict'), ref('BatchErrorLine')] },
                  },
                  'x-ndjson-line': { oneOf: [ref('Verdict'), ref('BatchErrorLine')] },
                },
              },
            },
            '400': error('invalid_parameter: a bad query parameter.'),
            ...postErrors("64 MiB by default; the server's --max-batch-body"),
          },
        },
      },
      '/v1/what-if': {
        post: {
          operationId: 'whatIf',
          summary: 'What changes if the case changes',
          description:
            "Judges the case, and the case changed by a JSON merge patch (with another day's rules when rulesAt is given), and lists the decisions whose value or status differs: what whatIf(case, patch, { rulesAt }) returns. The query's rulesAt pins both verdicts; the body's, only the one after the patch.",
          parameters: judgeParameters,
          requestBody: { required: true, content: { 'application/json': { schema: ref('WhatIfRequest') } } },
          responses: {
            '200': {
              description: 'Both verdicts and the changes.',
              content: { 'application/json': { schema: ref('WhatIfResult') } },
            },
            '400': invalidRequest(
              'invalid_case: the case is invalid, or a key is given twice, with `issues`; invalid_parameter; invalid_json; invalid_request (not { case, patch, rulesAt? }); invalid_patch (the patch is not an object, or the case after it is invalid: `issues`, paths into the patched case).',
            ),
            ...postErrors("1 MiB by default; the server's --max-body"),
          },
        },
      },
      ...ADAPT_PATHS,
      '/v1/schemas/{name}': {
        get: {
          operationId: 'schema',
          summary: 'A JSON Schema (draft 2020-12)',
          description: 'The schema of a case, a verdict or a fixture: what schemas/<name>.schema.json holds.',
          parameters: [
            {
              name: 'name',
              in: 'path',
              required: true,
              schema: { type: 'string', enum: ['case', 'verdict', 'fixture'] },
            },
          ],
          responses: {
            '200': {
              description: 'The JSON Schema.',
              content: { 'application/schema+json': { schema: { type: 'object' } } },
            },
            '404': error('not_found: no schema of that name.'),
            ...anyErrors,
          },
        },
      },
      '/openapi.json': {
        get: {
          operationId: 'openapi',
          summary: 'This document',
          responses: {
            '200': {
              description: 'The OpenAPI 3.1 document.',
              content: { 'application/json': { schema: { type: 'object' } } },
            },
            ...anyErrors,
          },
        },
      },
      '/healthz': {
        get: {
          operationId: 'health',
          summary: 'Liveness, and which package and rule pack answer',
          responses: {
            '200': { description: 'Up.', content: { 'application/json': { schema: ref('Health') } } },
            ...anyErrors,
          },
        },
      },
      '/': {
        get: {
          operationId: 'desk',
          summary: 'The desk page (index.html)',
          responses: {
            '200': {
              description: 'index.html (Cache-Control: no-cache).',
              content: { 'text/html': { schema: { type: 'string' } } },
            },
            '503': {
              description: 'The page has not been built (`npm run build` writes dist/desk/): a short page saying so.',
              content: { 'text/html': { schema: { type: 'string' } } },
            },
            ...anyErrors,
          },
        },
      },
      '/{file}': {
        get: {
          operationId: 'deskFile',
          summary: 'A file of the desk page: index.html, desk.js, desk.css, …',
          description:
            'Only regular files directly in the desk directory, with a known extension; no subdirectories, no symbolic links.',
          parameters: [
            {
              name: 'file',
              in: 'path',
              required: true,
              schema: { type: 'string', pattern: '^[A-Za-z0-9][A-Za-z0-9._-]*$' },
            },
          ],
          responses: {
            '200': { description: 'The file (Cache-Control: no-cache).', content: staticFile },
            '404': error('not_found: no such file.'),
            ...anyErrors,
            '503': {
              description: 'index.html only: the page has not been built.',
              content: { 'text/html': { schema: { type: 'string' } } },
            },
          },
        },
      },
    },
    components: {
      schemas,
      responses: {
        MisdirectedRequest: error(
          'misdirected_request: the Host header names a host the server was not started for (`serve --allowed-host` adds one).',
        ),
        InternalError: error(
          'internal_error: the server failed; the detail never holds a stack trace (the server log does).',
        ),
      },
    },
  };
}
