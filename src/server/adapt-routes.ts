// POST /v1/adapt/{pinduoduo|taobao|trace}: a platform's records → a case draft with the adapter's
// notes, for backends that call the library over HTTP (Java ERPs storing the records verbatim).
import type { Context, Hono } from 'hono';
import { ADAPT_SOURCES, adaptRequest, type AdaptSource } from '../adapters/adapt-request.js';
import { clip, fail } from './http-error.js';
import { parseJson, readText, requireType } from './request-body.js';

const JSON_TYPE = 'application/json';
/** How deep a record request may nest (a Taobao refund message's picture URL is 7 levels down). */
const RECORD_MAX_DEPTH = 16;

/**
 * Adds the adapter routes to an app.
 *
 * @example
 * adaptRoutes(app, 1024 * 1024);
 */
export function adaptRoutes<E extends { Variables: object }>(app: Hono<E>, maxBody: number): void {
  app.post('/v1/adapt/:source', async (c: Context<E>) => {
    const source = c.req.param('source') as string;
    if (!(ADAPT_SOURCES as readonly string[]).includes(source))
      throw fail(404, 'not_found', `No adapter for "${clip(source)}": the sources are ${ADAPT_SOURCES.join(', ')}`);
    requireType(c as unknown as Context, [JSON_TYPE]);
    // Platform records nest deeper than a case (TOP wraps lists in objects): a wider, still bounded, depth.
    const body = parseJson(await readText(c.req.raw, maxBody), { maxDepth: RECORD_MAX_DEPTH });
    try {
      return c.body(JSON.stringify(adaptRequest(source as AdaptSource, body)), 200, { 'Content-Type': JSON_TYPE });
    } catch (e) {
      if (e instanceof TypeError) throw fail(400, 'invalid_request', e.message);
      throw e;
    }
  });
}
