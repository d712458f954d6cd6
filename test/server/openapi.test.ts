// GET /openapi.json: an OpenAPI 3.1 document whose every $ref resolves, built from the same
// JSON Schemas the library ships, and whose schemas the server's real answers pass (Ajv).
import { Ajv2020 } from 'ajv/dist/2020.js';
import formats from 'ajv-formats';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { jsonSchema } from '../../src/cli/json-schemas.js';
import { ERROR_CODES, openApiDocument } from '../../src/server/openapi.js';
import { lateShipment, post, startServer } from './helpers.js';

type Json = Record<string, unknown>;
type Server = Awaited<ReturnType<typeof startServer>>;

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** Every `$ref` in a document, with where it is. */
function refs(node: unknown, at = '#', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(node)) node.forEach((n, i) => refs(n, `${at}/${i}`, out));
  else if (node !== null && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) {
      if (k === '$ref' && typeof v === 'string') out.push([at, v]);
      else refs(v, `${at}/${k.replace(/~/g, '~0').replace(/\//g, '~1')}`, out);
    }
  return out;
}

/** The node a local JSON pointer (`#/components/schemas/Case`) names, or undefined. */
function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replace(/~1/g, '/').replace(/~0/g, '~');
    if (node === null || typeof node !== 'object' || !Object.hasOwn(node, key)) return undefined;
    node = (node as Json)[key];
  }
  return node;
}

describe('GET /openapi.json', () => {
  let s: Server;
  let doc: Json;
  beforeAll(async () => {
    s = await startServer();
    const r = await fetch(`${s.url}/openapi.json`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    doc = (await r.json()) as Json;
  });
  afterAll(() => s.close());

  it('is the OpenAPI 3.1 document openApiDocument() builds', () => {
    expect(doc).toEqual(openApiDocument());
    expect(doc.openapi).toBe('3.1.0');
    expect(doc.info).toMatchObject({ title: 'aftersale-rules', version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
  });

  it('describes every route, each operation with responses, the error statuses included', () => {
    const paths = doc.paths as Record<string, Record<string, Json>>;
    expect(Object.keys(paths).sort()).toEqual(
      [
        '/',
        '/healthz',
        '/openapi.json',
        '/v1/adapt/{source}',
        '/v1/judge',
        '/v1/judge/batch',
        '/v1/schemas/{name}',
        '/v1/what-if',
        '/{file}',
      ].sort(),
    );
    const statuses: Record<string, string[]> = {};
    for (const [path, item] of Object.entries(paths)) {
      const ops = Object.keys(item).filter((k) => METHODS.includes(k));
      expect(ops.length, path).toBeGreaterThan(0);
      for (const op of ops) {
        const responses = (item[op] as { responses?: Record<string, Json> }).responses ?? {};
        expect(Object.keys(responses).length, `${op} ${path}`).toBeGreaterThan(0);
        for (const [code, response] of Object.entries(responses)) {
          expect(code, `${op} ${path}`).toMatch(/^[1-5]\d\d$/);
          const named = /^#\/components\/responses\/(\w+)$/.exec(String(response.$ref))?.[1];
          const described =
            named === undefined ? response : (doc.components as { responses: Record<string, Json> }).responses[named];
          expect(typeof described?.description, `${op} ${path} ${code}`).toBe('string');
        }
        statuses[`${op} ${path}`] = Object.keys(responses).sort();
        // Path parameters are declared.
        for (const name of path.match(/\{(\w+)\}/g) ?? [])
          expect(
            ((item[op] as { parameters?: Json[] }).parameters ?? []).some(
              (p) => p.in === 'path' && `{${String(p.name)}}` === name && p.required === true,
            ),
            `${op} ${path} ${name}`,
          ).toBe(true);
      }
    }
    expect(statuses).toEqual({
      'post /v1/judge': ['200', '400', '413', '415', '421', '500'],
      'post /v1/judge/batch': ['200', '400', '413', '415', '421', '500'],
      'post /v1/what-if': ['200', '400', '413', '415', '421', '500'],
      'post /v1/adapt/{source}': ['200', '400', '404', '413', '415', '421', '500'],
      'get /v1/schemas/{name}': ['200', '404', '421', '500'],
      'get /openapi.json': ['200', '421', '500'],
      'get /healthz': ['200', '421', '500'],
      'get /': ['200', '421', '500', '503'],
      'get /{file}': ['200', '404', '421', '500', '503'],
    });
    // Every 4XX and 5XX but the desk page's 503 (a page, for a browser) is a problem document.
    const components = doc.components as { responses: Record<string, Json> };
    for (const [op, codes] of Object.entries(statuses))
      for (const code of codes.filter((c) => /^[45]/.test(c) && c !== '503')) {
        const [method, path] = op.split(' ') as [string, string];
        let r = ((paths[path] as Record<string, Json>)[method] as { responses: Record<string, Json> }).responses[code];
        const named = /^#\/components\/responses\/(\w+)$/.exec(String(r?.$ref))?.[1];
        if (named !== undefined) r = components.responses[named];
        expect(r?.content, `${op} ${code}`).toEqual({
          'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } },
        });
      }
    expect(doc.servers).toEqual([expect.objectContaining({ url: '/' })]);
    const judge = paths['/v1/judge']?.post as Json;
    expect((judge.parameters as Json[]).map((p) => p.name)).toEqual(['trace', 'questions', 'rulesAt', 'option']);
    expect(judge.requestBody).toMatchObject({
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Case' } } },
    });
  });

  it('every $ref resolves, every component is named and used, and they hold Case, Verdict, Issue and Problem', () => {
    const all = refs(doc);
    expect(all.length).toBeGreaterThan(20);
    const broken = all.filter(([, ref]) => resolvePointer(doc, ref) === undefined);
    expect(broken).toEqual([]);
    const schemas = (doc.components as { schemas: Record<string, Json> }).schemas;
    for (const name of ['Case', 'Verdict', 'Issue', 'Problem']) expect(schemas[name], name).toBeDefined();
    // Names of the domain, not of a generator (`Verdict_schema0`), and each one referenced.
    const components = doc.components as Record<string, Record<string, unknown>>;
    const named = Object.entries(components).flatMap(([kind, all]) =>
      Object.keys(all).map((name) => `#/components/${kind}/${name}`),
    );
    for (const name of named) expect(name).toMatch(/^#\/components\/\w+\/[A-Z][A-Za-z]+$/);
    const used = new Set(all.map(([, ref]) => ref));
    expect(named.filter((name) => !used.has(name))).toEqual([]);
    // The library's own schemas, $defs hoisted into components: nothing else changed.
    const { $schema: _case, ...caseSchema } = jsonSchema('case');
    expect(schemas.Case).toEqual(caseSchema);
    expect(JSON.stringify(schemas.Verdict)).not.toContain('$defs');
    expect(schemas.TraceCondition).toEqual(
      JSON.parse(
        JSON.stringify((jsonSchema('verdict').$defs as Json).__schema0).replaceAll(
          '#/$defs/__schema0',
          '#/components/schemas/TraceCondition',
        ),
      ),
    );
    expect(((schemas.Problem as Json).properties as { code: Json }).code.enum).toEqual([...ERROR_CODES]);
  });

  it("the server's real answers pass the schemas the document gives them", async () => {
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    const addFormats = ((formats as unknown as { default?: typeof formats }).default ?? formats) as unknown as (
      a: Ajv2020,
    ) => void;
    addFormats(ajv);
    ajv.addSchema({ $id: 'https://aftersale-rules.local/openapi.json', components: doc.components });
    const check = (name: string, value: unknown) => {
      const validate = ajv.getSchema(`https://aftersale-rules.local/openapi.json#/components/schemas/${name}`);
      if (!validate) throw new Error(`no schema ${name}`);
      expect(validate(value), `${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`).toBe(true);
    };
    const c = lateShipment();
    check('Case', c);
    check('Verdict', (await post(`${s.url}/v1/judge`, JSON.stringify(c))).json());
    check('Verdict', (await post(`${s.url}/v1/judge?trace=none`, JSON.stringify(c))).json());
    check('Problem', (await post(`${s.url}/v1/judge`, JSON.stringify({ ...c, platform: 'ebay' }))).json());
    check('Problem', (await post(`${s.url}/v1/judge`, '{')).json());
    check('Problem', (await post(`${s.url}/v1/judge`, '{}', 'text/plain')).json());
    check('Problem', await (await fetch(`${s.url}/nowhere`)).json());
    check('Problem', await (await fetch(`${s.url}/v1/judge`)).json());
    check(
      'WhatIfResult',
      (
        await post(
          `${s.url}/v1/what-if`,
          JSON.stringify({ case: c, patch: { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } } }),
        )
      ).json(),
    );
    check(
      'Problem',
      (await post(`${s.url}/v1/what-if`, JSON.stringify({ case: c, patch: { platform: 'ebay' } }))).json(),
    );
    check('Health', await (await fetch(`${s.url}/healthz`)).json());
    const batch = await post(`${s.url}/v1/judge/batch`, `${JSON.stringify(c)}\n{bad\n`, 'application/x-ndjson');
    const [verdict, bad] = batch.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    check('Verdict', verdict);
    check('BatchErrorLine', bad);
    // And a schema must be able to fail.
    const validate = ajv.getSchema('https://aftersale-rules.local/openapi.json#/components/schemas/Problem');
    const notFound = await (await fetch(`${s.url}/nowhere`)).json();
    expect(validate?.(notFound)).toBe(true);
    expect(validate?.({ ...notFound, code: 'no_such_code' })).toBe(false);
    expect(validate?.({ error: { code: 'not_found', message: 'x' } })).toBe(false);
  });
});
