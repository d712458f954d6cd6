// The OpenAPI paths and schemas of POST /v1/adapt/{source} (src/server/adapt-routes.ts).
import { ADAPT_SOURCES } from '../adapters/adapt-request.js';
import { TRACE_FORMATS } from '../adapters/trace.js';
import { PROBLEM_TYPE } from './http-error.js';

type Json = Record<string, unknown>;
const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const record = (description: string): Json => ({ type: 'object', description });
/** An error response: a problem details document (src/server/http-error.ts). */
const problem = (description: string) => ({ description, content: { [PROBLEM_TYPE]: { schema: ref('Problem') } } });

const reasons: Json = {
  type: 'object',
  description:
    'A reason → claim-type table replacing the shipped one: the first row whose words the reason contains and whose states include where the goods are gives claim.type; fallback (required) is "ask" (leave claim.type to the caller) or a claim type.',
  required: ['rows', 'fallback'],
  properties: {
    rows: {
      type: 'array',
      items: {
        type: 'object',
        required: ['contains', 'type'],
        properties: {
          contains: { type: 'array', items: { type: 'string' } },
          when: { type: 'array', items: { enum: ['not_shipped', 'in_transit', 'received'] } },
          type: { type: 'string' },
        },
      },
    },
    fallback: { type: 'string' },
  },
};
const common: Json = {
  asOf: {
    type: 'string',
    description:
      'The time of judgement (ISO with an offset, or YYYY-MM-DD HH:mm:ss Beijing time): the library has no clock.',
  },
  caseId: { type: 'string', description: 'Default PDD-<refund id> / TB-<refund_id>.' },
  reasons,
  add: {
    type: 'object',
    description: "The shop's own facts (part of a case), merged over the record's: they win; conflicts are listed.",
  },
};

/** The schemas the adapter paths name. */
export const ADAPT_SCHEMAS: Json = {
  AdaptPinduoduo: {
    type: 'object',
    required: ['refund', 'asOf'],
    properties: {
      refund: record(
        'pdd.refund.information.get (or a refund_list entry of pdd.refund.list.increment.get, or both merged).',
      ),
      order: record('pdd.order.information.get: order_info.'),
      trace: record('pdd.logistics.ordertrace.get.'),
      ...common,
    },
  },
  AdaptTaobao: {
    type: 'object',
    required: ['refund', 'asOf'],
    properties: {
      refund: record('taobao.refund.get: the Refund.'),
      trade: record('taobao.trade.fullinfo.get: the Trade with its orders (seller_type B = Tmall).'),
      trace: record('taobao.logistics.trace.search.'),
      messages: record('taobao.refund.messages.get: a buyer message with pictures shows photos.'),
      ...common,
    },
  },
  AdaptTrace: {
    type: 'object',
    required: ['trace', 'format'],
    properties: { trace: record('The trace API response.'), format: { enum: [...TRACE_FORMATS] } },
  },
  AdaptResult: {
    type: 'object',
    required: ['case', 'unmapped', 'assumptions', 'missingRequired'],
    properties: {
      case: {
        type: 'object',
        description:
          'Only the facts the records establish (a partial Case: never null, never a false whose absence already says it). Add missingRequired, then POST it to /v1/judge.',
      },
      unmapped: {
        type: 'array',
        items: {
          type: 'object',
          required: ['field', 'why'],
          properties: { field: { type: 'string' }, value: {}, why: { type: 'string' } },
        },
      },
      assumptions: {
        type: 'array',
        items: {
          type: 'object',
          required: ['fact', 'from', 'note', 'confidence'],
          properties: {
            fact: { type: 'string' },
            from: { type: 'string' },
            note: { type: 'string' },
            confidence: {
              enum: ['H', 'M', 'L'],
              description: 'H: two sources or a doc capture; M: one SDK comment; L: inferred.',
            },
          },
        },
      },
      missingRequired: { type: 'array', items: { type: 'string' } },
      conflicts: {
        type: 'array',
        items: {
          type: 'object',
          required: ['path', 'values', 'kept'],
          properties: { path: { type: 'string' }, values: { type: 'array' }, kept: {} },
        },
      },
    },
  },
};

/** The path `POST /v1/adapt/{source}`. */
export const ADAPT_PATHS: Json = {
  '/v1/adapt/{source}': {
    post: {
      operationId: 'adapt',
      summary: "Draft a case from a platform's records",
      description:
        'Pinduoduo, Taobao / Tmall or a courier trace (快递100, Pinduoduo, Taobao) → the case the records establish, the units and formats assumed (H/M/L), the fields left out and why, and the required fields still missing: what fromPinduoduo / fromTaobao / fromTrace of aftersale-rules/adapters return. Pure: no clock, no network.',
      parameters: [
        { name: 'source', in: 'path', required: true, schema: { type: 'string', enum: [...ADAPT_SOURCES] } },
      ],
      requestBody: {
        required: true,
        content: {
          // Which one is the path's {source}'s (pinduoduo, taobao, trace): the shapes overlap, so anyOf.
          'application/json': { schema: { anyOf: [ref('AdaptPinduoduo'), ref('AdaptTaobao'), ref('AdaptTrace')] } },
        },
      },
      responses: {
        '200': {
          description: 'The draft and the notes.',
          content: { 'application/json': { schema: ref('AdaptResult') } },
        },
        '400': problem("invalid_json: malformed JSON; invalid_request: a request that is not the source's shape."),
        '404': problem('not_found: no adapter for this source.'),
        '413': problem("body_too_large: the body is larger than the server's --max-body."),
        '415': problem('unsupported_media_type: the body is not application/json.'),
        '421': { $ref: '#/components/responses/MisdirectedRequest' },
        '500': { $ref: '#/components/responses/InternalError' },
      },
    },
  },
};
