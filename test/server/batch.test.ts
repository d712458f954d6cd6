// POST /v1/judge/batch: NDJSON in, NDJSON out, streamed, each line exactly what `aftersale-rules
// batch` writes for it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_LINE_BYTES } from '../../src/cli/batch-line.js';
import { createJudge } from '../../src/judge/judge.js';
import { cli, CLI_TIMEOUT } from '../cli/run-cli.js';
import { fixtureCases, lateShipment, post, startServer } from './helpers.js';

type Server = Awaited<ReturnType<typeof startServer>>;
const NDJSON = 'application/x-ndjson';

const cases = fixtureCases().slice(0, 30);
const one = JSON.stringify(lateShipment());
/** Fixture cases with, in the middle, a malformed line, an invalid case, a blank line, a duplicate key and a \r\n ending. */
const input = [
  ...cases.slice(0, 15).map((f) => JSON.stringify(f.case)),
  '{"caseId": "broken',
  JSON.stringify({ caseId: 'INVALID', platform: 'ebay' }),
  '',
  one.replace('"amount":', '"amount":1,"amount":'),
  `${one}\r`,
  ...cases.slice(15).map((f) => JSON.stringify(f.case)),
].join('\n');

describe.concurrent('POST /v1/judge/batch', { timeout: CLI_TIMEOUT }, () => {
  let s: Server;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('writes exactly what `aftersale-rules batch` writes for the same input, bad lines included', async () => {
    const [r, run] = await Promise.all([post(`${s.url}/v1/judge/batch`, input, NDJSON), cli(['batch'], { input })]);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe(NDJSON);
    expect(run.status).toBe(2);
    expect(r.text).toBe(run.stdout);
    const out = r.text
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(34); // 35 lines, one blank
    expect(out[15]).toMatchObject({ error: { line: 16, code: 'invalid_json' } });
    expect(out[16]).toMatchObject({ error: { line: 17, caseId: 'INVALID', code: 'invalid_case' } });
    expect(out[17]).toMatchObject({ error: { line: 19, code: 'invalid_case', issues: [{ code: 'duplicate_key' }] } });
    expect(out[18].caseId).toBe('TB-2015-0415-001');
    expect(out.slice(19).map((v) => v.caseId)).toEqual(cases.slice(15).map((f) => f.case.caseId));
    // Each verdict line is what the library gives in process.
    expect(out[0]).toEqual(await createJudge().judge(cases[0]?.case as never));
  });

  it('takes the query options: ?trace=none is `batch --trace none`, ?option= is `--option`', async () => {
    const [r, run] = await Promise.all([
      post(`${s.url}/v1/judge/batch?trace=none&option=TB-SHIP-48H`, input, NDJSON),
      cli(['batch', '--trace', 'none', '--option', 'TB-SHIP-48H'], { input }),
    ]);
    expect(r.status).toBe(200);
    expect(r.text).toBe(run.stdout);
    expect(JSON.parse(r.text.split('\n')[0] as string)).toMatchObject({
      trace: [],
      ruleset: { options: ['TB-SHIP-48H'] },
    });
    const bad = await post(`${s.url}/v1/judge/batch?trace=all`, input, NDJSON);
    expect(bad.status).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'invalid_parameter' });
  });

  it('a line over 8 MiB is the same line_too_large line as the command writes, and the lines after it are judged', async () => {
    const huge = `${one}\n"${'x'.repeat(MAX_LINE_BYTES + 10)}"\n${one}\n`;
    const [r, run] = await Promise.all([
      post(`${s.url}/v1/judge/batch`, huge, NDJSON),
      cli(['batch'], { input: huge }),
    ]);
    expect(r.status).toBe(200);
    expect(r.text).toBe(run.stdout);
    expect(r.text.split('\n')[1]).toBe(
      JSON.stringify({
        error: { line: 2, code: 'line_too_large', message: 'The line is longer than 8 MiB; it was not read' },
      }),
    );
  });

  it('streams: the verdict of a line comes back before the next line is sent', async () => {
    let ctl!: ReadableStreamDefaultController<Uint8Array>;
    const body = new ReadableStream<Uint8Array>({ start: (c) => void (ctl = c) });
    const encode = (text: string) => new TextEncoder().encode(text);
    ctl.enqueue(encode(`${one}\n`));
    const res = await fetch(`${s.url}/v1/judge/batch`, {
      method: 'POST',
      headers: { 'Content-Type': NDJSON },
      body,
      duplex: 'half',
    } as RequestInit);
    expect(res.status).toBe(200);
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let received = '';
    const nextLine = async () => {
      while (!received.includes('\n')) {
        const { done, value } = await reader.read();
        if (done) throw new Error('the stream ended');
        received += value;
      }
      const at = received.indexOf('\n');
      const line = received.slice(0, at);
      received = received.slice(at + 1);
      return JSON.parse(line);
    };
    // The request body is still open: this line was judged and sent as soon as it arrived.
    expect((await nextLine()).caseId).toBe('TB-2015-0415-001');
    ctl.enqueue(encode('{bad\n'));
    expect(await nextLine()).toMatchObject({ error: { line: 2, code: 'invalid_json' } });
    ctl.enqueue(encode(one.replace('TB-2015-0415-001', 'THIRD')));
    ctl.close(); // a last line without a newline counts
    expect((await nextLine()).caseId).toBe('THIRD');
    expect(await reader.read()).toEqual({ done: true, value: undefined });
  });

  it('an empty body is an empty answer; a JSON content type is 415', async () => {
    const empty = await post(`${s.url}/v1/judge/batch`, '', NDJSON);
    expect(empty.status).toBe(200);
    expect(empty.text).toBe('');
    expect((await post(`${s.url}/v1/judge/batch`, one, 'application/ndjson')).status).toBe(200);
    const json = await post(`${s.url}/v1/judge/batch`, one, 'application/json');
    expect(json.status).toBe(415);
    expect(json.json()).toMatchObject({ code: 'unsupported_media_type' });
  });

  it('over --max-batch-body: 413 by Content-Length; streamed, the judged lines then one body_too_large line', async () => {
    const small = await startServer({ maxBatchBody: 3 * (one.length + 1) });
    try {
      const four = `${[one, one, one, one].join('\n')}\n`;
      const declared = await post(`${small.url}/v1/judge/batch`, four, NDJSON);
      expect(declared.status).toBe(413);
      expect(declared.json()).toMatchObject({ code: 'body_too_large' });
      const bytes = new TextEncoder().encode(four);
      const streamed = await post(
        `${small.url}/v1/judge/batch`,
        new ReadableStream<Uint8Array>({
          start(ctl) {
            for (let i = 0; i < bytes.length; i += one.length + 1) ctl.enqueue(bytes.slice(i, i + one.length + 1));
            ctl.close();
          },
        }),
        NDJSON,
      );
      expect(streamed.status).toBe(200);
      const lines = streamed.text.trimEnd().split('\n');
      expect(lines).toHaveLength(4);
      expect(lines.slice(0, 3).map((l) => JSON.parse(l).caseId)).toEqual(Array(3).fill('TB-2015-0415-001'));
      expect(JSON.parse(lines[3] as string)).toEqual({
        error: {
          code: 'body_too_large',
          message: `The request body is larger than ${3 * (one.length + 1)} bytes; the rest was not read`,
        },
      });
    } finally {
      await small.close();
    }
  });

  it('logs the request once its stream has ended', async () => {
    await post(`${s.url}/v1/judge/batch?trace=none`, `${one}\n`, NDJSON);
    expect(s.log).toContainEqual(expect.stringMatching(/^POST \/v1\/judge\/batch 200 \d+ms$/));
  });
});
