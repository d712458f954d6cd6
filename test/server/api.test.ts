// POST /v1/judge, /v1/what-if, the schemas, health, the desk page and every error status, on a
// real server in this process (127.0.0.1, port 0), with Node's fetch as the client.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { jsonSchema } from '../../src/cli/json-schemas.js';
import { defaultPack } from '../../src/default-pack.js';
import { createJudge } from '../../src/judge/judge.js';
import { createApp } from '../../src/server/app.js';
import { lateShipment, post, startServer } from './helpers.js';

type Server = Awaited<ReturnType<typeof startServer>>;

const c = lateShipment();
const body = JSON.stringify(c);

describe('POST /v1/judge', () => {
  let s: Server;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('answers 200 with the verdict, byte for byte what safeJudge gives in process', async () => {
    const r = await post(`${s.url}/v1/judge`, body);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('application/json');
    const expected = await createJudge().safeJudge(c);
    expect(expected.ok).toBe(true);
    expect(r.text).toBe(JSON.stringify(expected.ok && expected.verdict));
    expect((r.json() as { outcome: { liability: string } }).outcome.liability).toBe('seller');
  });

  it('takes ?trace=, ?questions=, ?rulesAt= and ?option= as createJudge takes trace, questions, rulesAt and options', async () => {
    const cases: [string, Parameters<typeof createJudge>[0]][] = [
      ['trace=none', { trace: 'none' }],
      ['trace=fired', { trace: 'fired' }],
      ['questions=unknown', { questions: 'unknown' }],
      [
        'questions=unknown&trace=none&rulesAt=2024-01-01',
        { questions: 'unknown', trace: 'none', rulesAt: '2024-01-01' },
      ],
      ['rulesAt=2024-01-01', { rulesAt: '2024-01-01' }],
      ['option=TB-SHIP-48H', { options: { 'TB-SHIP-48H': true } }],
      ['option=TB-SHIP-48H=on&trace=none', { options: { 'TB-SHIP-48H': true }, trace: 'none' }],
      ['option=TB-SHIP-48H=true&option=TB-SHIP-48H=false', { options: { 'TB-SHIP-48H': false } }],
    ];
    for (const [query, options] of cases) {
      const r = await post(`${s.url}/v1/judge?${query}`, body);
      expect(r.status, query).toBe(200);
      expect(r.text, query).toBe(JSON.stringify(await createJudge(options).judge(c as never)));
    }
    const on = (await post(`${s.url}/v1/judge?option=TB-SHIP-48H`, body)).json() as { ruleset: { options: string[] } };
    expect(on.ruleset.options).toEqual(['TB-SHIP-48H']);
    const none = (await post(`${s.url}/v1/judge?trace=none`, body)).json() as { trace: unknown[] };
    expect(none.trace).toEqual([]);
  });

  it('a bad query parameter is 400 invalid_parameter, naming it', async () => {
    for (const [query, says] of [
      ['trace=some', 'trace=some'],
      ['questions=none', 'questions=none'],
      ['rulesAt=2024-13-01', 'rulesAt=2024-13-01'],
      ['option=TB-SHIP-48H=maybe', 'option=TB-SHIP-48H=maybe'],
      ['option=NO-SUCH-OPTION', 'NO-SUCH-OPTION'],
      ['traces=none', 'traces'],
      ['trace=none&trace=full', 'trace'],
    ]) {
      const r = await post(`${s.url}/v1/judge?${query}`, body);
      expect(r.status, query).toBe(400);
      expect(r.headers.get('content-type'), query).toBe('application/problem+json');
      const e = r.json() as { code: string; detail: string; type: string; status: number };
      expect(e.code, query).toBe('invalid_parameter');
      expect(e.type, query).toBe('https://aftersale-rules.dev/problems/invalid-parameter');
      expect(e.status, query).toBe(400);
      expect(e.detail, query).toContain(says);
    }
  });

  it('an invalid case is 400 with the issues safeJudge lists', async () => {
    const bad = { ...c, platform: 'ebay', order: { paidAt: '2015-04-15T10:00:00', amount: 12.345 } };
    const r = await post(`${s.url}/v1/judge`, JSON.stringify(bad));
    expect(r.status).toBe(400);
    const expected = await createJudge().safeJudge(bad);
    expect(expected.ok).toBe(false);
    expect(r.headers.get('content-type')).toBe('application/problem+json');
    expect(r.json()).toEqual({
      type: 'https://aftersale-rules.dev/problems/invalid-case',
      title: 'The case is invalid',
      status: 400,
      detail: `The case has ${!expected.ok && expected.issues.length} issues; each names its JSON path`,
      code: 'invalid_case',
      issues: !expected.ok && expected.issues,
    });
    expect((r.json() as { issues: { path: string }[] }).issues.map((i) => i.path)).toContain('order.amount');
  });

  it('malformed JSON is 400 invalid_json; a key given twice is 400 with a duplicate_key issue at its path', async () => {
    const malformed = await post(`${s.url}/v1/judge`, '{"caseId": "A1",');
    expect(malformed.status).toBe(400);
    expect(malformed.json()).toMatchObject({ code: 'invalid_json', detail: /^Malformed JSON: / });
    const twice = await post(`${s.url}/v1/judge`, body.replace('"amount":', '"amount":1,"amount":'));
    expect(twice.status).toBe(400);
    expect(twice.json()).toMatchObject({
      code: 'invalid_case',
      status: 400,
      issues: [
        { code: 'duplicate_key', path: 'order.amount', message: expect.stringContaining('Duplicate key "amount"') },
      ],
    });
  });

  it('a body over the limit is 413: by its Content-Length, and counted when streamed without one', async () => {
    const small = await startServer({ maxBody: 4096 });
    try {
      const declared = await post(`${small.url}/v1/judge`, ' '.repeat(4097));
      expect(declared.status).toBe(413);
      expect(declared.json()).toMatchObject({
        type: 'https://aftersale-rules.dev/problems/body-too-large',
        status: 413,
        code: 'body_too_large',
        detail: expect.stringMatching(/4096 bytes; it was not read/),
      });
      // Exactly the limit is read.
      expect((await post(`${small.url}/v1/judge`, body.padEnd(4096, ' '))).status).toBe(200);

      // A stream has no Content-Length (Transfer-Encoding: chunked): the server counts and stops.
      const chunks = (n: number, size: number) =>
        new ReadableStream<Uint8Array>({
          start(ctl) {
            for (let i = 0; i < n; i++) ctl.enqueue(new Uint8Array(size).fill(0x20));
            ctl.close();
          },
        });
      const streamed = await post(`${small.url}/v1/judge`, chunks(40, 1024));
      expect(streamed.status).toBe(413);
      expect(streamed.json()).toMatchObject({
        code: 'body_too_large',
        detail: expect.stringMatching(/the rest of it was not read/),
      });
      // The same way, a body under the limit is judged.
      const bytes = new TextEncoder().encode(body);
      const ok = await post(
        `${small.url}/v1/judge`,
        new ReadableStream<Uint8Array>({
          start(ctl) {
            for (let i = 0; i < bytes.length; i += 100) ctl.enqueue(bytes.slice(i, i + 100));
            ctl.close();
          },
        }),
      );
      expect(ok.status).toBe(200);
      expect(ok.text).toBe(JSON.stringify(await createJudge().judge(c as never)));
      expect(small.log.filter((l) => /^POST \/v1\/judge 413 \d+ms$/.test(l))).toHaveLength(2);
    } finally {
      await small.close();
    }
    // The default limit is 1 MiB.
    const big = await post(`${s.url}/v1/judge`, ' '.repeat(1024 * 1024 + 1));
    expect(big.status).toBe(413);
    expect(big.json()).toMatchObject({ code: 'body_too_large', detail: /1048576 bytes/ });
  });

  it('a content type other than application/json (charset=utf-8 allowed) is 415', async () => {
    for (const type of [
      'text/plain',
      'application/x-ndjson',
      'application/json; charset=latin1',
      'application/jsonx',
    ]) {
      const r = await post(`${s.url}/v1/judge`, body, type);
      expect(r.status, type).toBe(415);
      expect(r.json(), type).toMatchObject({ code: 'unsupported_media_type' });
    }
    const none = await fetch(`${s.url}/v1/judge`, { method: 'POST', body: new Blob([body]) });
    expect(none.status).toBe(415);
    const gzipped = await post(`${s.url}/v1/judge`, body, 'application/json', { 'Content-Encoding': 'gzip' });
    expect(gzipped.status).toBe(415);
    expect(gzipped.json()).toMatchObject({ detail: expect.stringContaining('Content-Encoding gzip') });
    for (const type of ['application/json; charset=utf-8', 'Application/JSON;charset="UTF-8"'])
      expect((await post(`${s.url}/v1/judge`, body, type)).status, type).toBe(200);
  });

  it('logs one line per request: method, path, status, milliseconds', async () => {
    const before = s.log.length;
    await post(`${s.url}/v1/judge?trace=none`, body);
    await fetch(`${s.url}/nowhere`);
    expect(s.log.slice(before)).toEqual([
      expect.stringMatching(/^POST \/v1\/judge 200 \d+ms$/),
      expect.stringMatching(/^GET \/nowhere 404 \d+ms$/),
    ]);
  });
});

describe('routes, methods and errors', () => {
  let s: Server;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('an unknown route is a 404 problem document', async () => {
    for (const path of ['/v2/judge', '/v1/judge/', '/v1/judges', '/v1/judge/batch/x', '/a/b/c']) {
      const r = await fetch(`${s.url}${path}`, { method: 'POST' });
      expect(r.status, path).toBe(404);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(await r.json(), path).toEqual({
        type: 'https://aftersale-rules.dev/problems/not-found',
        title: 'Not found',
        status: 404,
        code: 'not_found',
        detail: expect.stringContaining(path),
      });
    }
  });

  it('a wrong method is 405 with an Allow header', async () => {
    for (const [method, path, allow] of [
      ['GET', '/v1/judge', 'POST'],
      ['PUT', '/v1/judge/batch', 'POST'],
      ['GET', '/v1/what-if', 'POST'],
      ['POST', '/healthz', 'GET, HEAD'],
      ['DELETE', '/openapi.json', 'GET, HEAD'],
      ['POST', '/v1/schemas/case', 'GET, HEAD'],
      ['POST', '/', 'GET, HEAD'],
      ['POST', '/index.html', 'GET, HEAD'],
    ] as const) {
      const r = await fetch(`${s.url}${path}`, { method });
      expect(r.status, `${method} ${path}`).toBe(405);
      expect(r.headers.get('allow'), `${method} ${path}`).toBe(allow);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(await r.json()).toMatchObject({ code: 'method_not_allowed', status: 405, title: 'Method not allowed' });
    }
  });

  it('an internal error is a 500 problem document without a stack trace; the log has it', async () => {
    const real = defaultPack();
    const broken = {
      ...real,
      manifest: {
        ...real.manifest,
        get timeZones(): never {
          throw new Error('boom in /secret/path');
        },
      },
    };
    const b = await startServer({ judge: { pack: broken } });
    try {
      const r = await post(`${b.url}/v1/judge`, body);
      expect(r.status).toBe(500);
      expect(r.headers.get('content-type')).toBe('application/problem+json');
      expect(r.json()).toEqual({
        type: 'https://aftersale-rules.dev/problems/internal-error',
        title: 'Internal error',
        status: 500,
        code: 'internal_error',
        detail: 'Internal error; the server log has the details',
      });
      expect(r.text).not.toContain('boom');
      expect(r.text).not.toContain('/secret');
      expect(b.log.join('\n')).toContain('boom in /secret/path');
      expect(b.log.join('\n')).toMatch(/\n\s+at /); // the stack went to the log
      // The server keeps serving.
      expect((await fetch(`${b.url}/healthz`)).status).toBe(200);
    } finally {
      await b.close();
    }
  });

  it('GET /healthz says the package version and the pack', async () => {
    const r = await fetch(`${s.url}/healthz`);
    expect(r.status).toBe(200);
    expect(await r.json()).toEqual({
      ok: true,
      version: pkg.version,
      pack: { id: defaultPack().id, version: defaultPack().version },
    });
    const head = await fetch(`${s.url}/healthz`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('GET /v1/schemas/{case,verdict,fixture} are the JSON Schemas; another name is 404', async () => {
    for (const name of ['case', 'verdict', 'fixture'] as const) {
      const r = await fetch(`${s.url}/v1/schemas/${name}`);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('application/schema+json');
      expect(await r.json()).toEqual(jsonSchema(name));
    }
    for (const name of ['rules', 'pack', 'Case', '..%2Fpackage.json']) {
      const r = await fetch(`${s.url}/v1/schemas/${name}`);
      expect(r.status, name).toBe(404);
      expect(await r.json()).toMatchObject({ code: 'not_found' });
    }
  });
});

describe('POST /v1/what-if', () => {
  let s: Server;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());
  const patch = { shipment: { firstCarrierScanAt: '2015-04-16T16:00:00+08:00' } };

  it('answers what whatIf gives: both verdicts and the changes', async () => {
    const r = await post(`${s.url}/v1/what-if`, JSON.stringify({ case: c, patch }));
    expect(r.status).toBe(200);
    const expected = await createJudge().whatIf(c, patch);
    expect(r.text).toBe(JSON.stringify(expected));
    const result = r.json() as { before: { outcome: { liability: string } }; changes: { decision: string }[] };
    expect(result.before.outcome.liability).toBe('seller');
    expect(result.changes.map((ch) => ch.decision)).toContain('liability');
  });

  it("rulesAt in the body judges the patched case with that day's rules; ?trace= applies to both", async () => {
    const r = await post(
      `${s.url}/v1/what-if?trace=none`,
      JSON.stringify({ case: c, patch: {}, rulesAt: '2024-01-01' }),
    );
    expect(r.status).toBe(200);
    expect(r.text).toBe(JSON.stringify(await createJudge({ trace: 'none' }).whatIf(c, {}, { rulesAt: '2024-01-01' })));
    const result = r.json() as {
      before: { ruleset: { rulesAt: string } };
      after: { ruleset: { rulesAt: string }; trace: [] };
    };
    expect([result.before.ruleset.rulesAt, result.after.ruleset.rulesAt]).toEqual(['2015-04-15', '2024-01-01']);
    expect(result.after.trace).toEqual([]);
  });

  it('an invalid case is 400 invalid_case with issues; a bad patch or body is 400 with its code', async () => {
    const invalid = await post(`${s.url}/v1/what-if`, JSON.stringify({ case: { ...c, platform: 'ebay' }, patch }));
    expect(invalid.status).toBe(400);
    expect(invalid.json()).toMatchObject({
      code: 'invalid_case',
      issues: [expect.objectContaining({ path: 'platform' })],
    });
    expect((invalid.json() as { issues: unknown[] }).issues).toHaveLength(1);

    for (const bad of [
      { case: c, patch: 'shipment' },
      { case: c, patch: null },
      { case: c, patch: [1] },
      { case: c },
    ]) {
      const r = await post(`${s.url}/v1/what-if`, JSON.stringify(bad));
      expect(r.status).toBe(400);
      expect(r.json()).toMatchObject({ code: 'invalid_patch' });
    }
    const breaks = await post(`${s.url}/v1/what-if`, JSON.stringify({ case: c, patch: { platform: 'ebay' } }));
    expect(breaks.status).toBe(400);
    expect(breaks.json()).toMatchObject({
      code: 'invalid_patch',
      detail: 'The case after the patch is invalid: 1 issue',
      issues: [expect.objectContaining({ path: 'platform' })],
    });
    for (const bad of [[c], { case: c, patch, extra: 1 }, { patch }, { case: c, patch, rulesAt: '2024-1-1' }]) {
      const r = await post(`${s.url}/v1/what-if`, JSON.stringify(bad));
      expect(r.status, JSON.stringify(bad).slice(0, 40)).toBe(400);
      expect(r.json()).toMatchObject({ code: 'invalid_request' });
    }
    const twice = await post(`${s.url}/v1/what-if`, `{"case":${body},"patch":{},"patch":{}}`);
    expect(twice.json()).toMatchObject({
      code: 'invalid_case',
      issues: [expect.objectContaining({ code: 'duplicate_key', path: 'patch' })],
    });
    expect((await post(`${s.url}/v1/what-if`, '{')).json()).toMatchObject({ code: 'invalid_json' });
    expect((await post(`${s.url}/v1/what-if`, body, 'text/plain')).status).toBe(415);
  });
});

describe('the desk page', () => {
  const root = mkdtempSync(join(tmpdir(), 'desk-root-'));
  const dir = join(root, 'desk');
  const empty = mkdtempSync(join(tmpdir(), 'desk-empty-'));
  let s: Server;
  let bare: Server;
  beforeAll(async () => {
    mkdirSync(dir);
    // Beside the directory, where a path with .. would reach.
    writeFileSync(join(root, 'secret.js'), 'secret');
    writeFileSync(join(dir, '.hidden.js'), 'hidden');
    writeFileSync(join(dir, 'index.html'), '<!doctype html><title>desk</title>');
    writeFileSync(join(dir, 'desk.js'), 'console.log("desk");');
    writeFileSync(join(dir, 'desk.css'), 'body { margin: 0 }');
    writeFileSync(join(dir, '.env'), 'SECRET=1');
    writeFileSync(join(dir, 'notes.unknownext'), 'x');
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'inner.js'), 'x');
    writeFileSync(join(empty, 'outside.js'), 'outside');
    symlinkSync(join(empty, 'outside.js'), join(dir, 'link.js'));
    s = await startServer({ deskDir: dir });
    bare = await startServer({ deskDir: empty });
  });
  afterAll(async () => {
    await Promise.all([s.close(), bare.close()]);
    rmSync(root, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  });

  it('serves index.html, desk.js and desk.css with their types and Cache-Control: no-cache', async () => {
    for (const [path, type, text] of [
      ['/', 'text/html; charset=utf-8', '<!doctype html><title>desk</title>'],
      ['/index.html', 'text/html; charset=utf-8', '<!doctype html><title>desk</title>'],
      ['/desk.js', 'text/javascript; charset=utf-8', 'console.log("desk");'],
      ['/desk.css', 'text/css; charset=utf-8', 'body { margin: 0 }'],
    ]) {
      const r = await fetch(`${s.url}${path}`);
      expect(r.status, path).toBe(200);
      expect(r.headers.get('content-type'), path).toBe(type);
      expect(r.headers.get('cache-control'), path).toBe('no-cache');
      expect(await r.text(), path).toBe(text);
    }
  });

  it('serves nothing else: no hidden file, subdirectory, symlink, unknown type or path out of the directory', async () => {
    for (const path of [
      '/.env',
      '/.hidden.js',
      '/..%2Fsecret.js',
      '/%2E%2E%2Fsecret.js',
      '/..%5Csecret.js',
      '/desk%2F..%2F..%2Fsecret.js',
      '/sub/inner.js',
      '/sub',
      '/link.js',
      '/notes.unknownext',
      '/missing.js',
      '/..%2Fpackage.json',
      '/%2e%2e%2fpackage.json',
      '/..%5Cpackage.json',
      '/%2Fetc%2Fpasswd',
    ]) {
      const r = await fetch(`${s.url}${path}`);
      expect(r.status, path).toBe(404);
      expect(await r.json()).toMatchObject({ code: 'not_found' });
    }
  });

  it('without a built page, GET / is 503 saying to run npm run build', async () => {
    const r = await fetch(`${bare.url}/`);
    expect(r.status).toBe(503);
    expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await r.text()).toContain('npm run build');
    // The API does not need the page.
    expect((await post(`${bare.url}/v1/judge`, body)).status).toBe(200);
  });
});

describe('createApp without a socket', () => {
  it('answers app.request() as the server does (the doc comment example)', async () => {
    const app = createApp({ judge: { options: { 'TB-SHIP-48H': true } }, log: false });
    const res = await app.request('/v1/judge?trace=none', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(res.status).toBe(200);
    expect(await res.text()).toBe(
      JSON.stringify(await createJudge({ options: { 'TB-SHIP-48H': true }, trace: 'none' }).judge(c as never)),
    );
    // The server's options are the base a request's ?option= changes.
    const off = await app.request('/v1/judge?option=TB-SHIP-48H=off', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body,
    });
    expect(((await off.json()) as { ruleset: { options: string[] } }).ruleset.options).toEqual([]);
  });

  it('throws at once for an option the pack does not declare', () => {
    expect(() => createApp({ judge: { options: { 'NO-SUCH': true } }, log: false })).toThrow(/unknown option/);
  });
});
