// POST /v1/adapt/{pinduoduo|taobao|trace}: the public example records through the HTTP API, the
// answer exactly what the adapters give in process, and a malformed request a 400 that says why.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { adaptRequest } from '../../src/adapters/index.js';
import { createApp } from '../../src/server/index.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'adapters', `${name}.json`), 'utf8')) as {
    input: Record<string, unknown>;
    options: Record<string, unknown>;
    expect: { case: unknown };
  };
const app = createApp({ log: false });
const post = (path: string, body: unknown, type = 'application/json') =>
  app.request(path, { method: 'POST', headers: { 'Content-Type': type }, body: JSON.stringify(body) });

describe('POST /v1/adapt/{source}', () => {
  it.each([
    ['pinduoduo', 'pdd-detail-never-shipped'],
    ['taobao', 'taobao-tmall-quality-photos'],
  ])('%s: the draft and the notes, as the adapter gives them', async (source, name) => {
    const f = fixture(name);
    const body = { ...f.input, ...f.options };
    const res = await post(`/v1/adapt/${source}`, body);
    expect(res.status).toBe(200);
    const answer = await res.json();
    expect(answer).toEqual(JSON.parse(JSON.stringify(adaptRequest(source as 'taobao', body))));
    expect(answer.case).toEqual(f.expect.case);
  });

  it('trace: { trace, format }', async () => {
    const f = fixture('kuaidi100-locker-signed');
    const res = await post('/v1/adapt/trace', { trace: f.input, format: 'kuaidi100' });
    expect(res.status).toBe(200);
    expect((await res.json()).case).toEqual(f.expect.case);
  });

  it('add: the shop facts win over the record, the conflicts listed', async () => {
    const f = fixture('taobao-not-shipped-no-longer-wanted');
    const res = await post('/v1/adapt/taobao', { ...f.input, ...f.options, add: { order: { amount: 30 } } });
    const answer = await res.json();
    expect(answer.case.order.amount).toBe(30);
    expect(answer.conflicts).toEqual([{ path: 'order.amount', values: [35.8, 30], kept: 30 }]);
  });

  it.each([
    ['no asOf', '/v1/adapt/pinduoduo', { refund: {} }, 400, 'asOf'],
    ['no refund', '/v1/adapt/taobao', { asOf: '2024-04-15 10:00:00' }, 400, 'refund'],
    ['a bad trace format', '/v1/adapt/trace', { trace: {}, format: 'sf' }, 400, 'format'],
    [
      'a reason table without a fallback',
      '/v1/adapt/pinduoduo',
      { refund: {}, asOf: '2024-04-15 10:00:00', reasons: { rows: [] } },
      400,
      'reasons',
    ],
    ['an unknown source', '/v1/adapt/jd', {}, 404, 'jd'],
  ])('%s: %s is refused', async (_, path, body, status, word) => {
    const res = await post(path, body);
    expect(res.status).toBe(status);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const problem = (await res.json()) as { status: number; code: string; type: string; detail: string };
    expect(problem).toMatchObject({ status, code: status === 404 ? 'not_found' : 'invalid_request' });
    expect(problem.type).toBe(`https://aftersale-rules.dev/problems/${problem.code.replaceAll('_', '-')}`);
    expect(problem.detail).toContain(word);
  });

  it('a body that is not JSON is a 415', async () => {
    const res = await post('/v1/adapt/trace', {}, 'text/plain');
    expect(res.status).toBe(415);
    expect(await res.json()).toMatchObject({ status: 415, code: 'unsupported_media_type' });
  });

  it('is in the OpenAPI document', async () => {
    const doc = await (await app.request('/openapi.json')).json();
    expect(doc.paths['/v1/adapt/{source}'].post.operationId).toBe('adapt');
    expect(Object.keys(doc.components.schemas)).toEqual(expect.arrayContaining(['AdaptResult', 'AdaptPinduoduo']));
  });
});
