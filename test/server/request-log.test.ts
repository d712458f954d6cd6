// The request log prints the decoded path: its control characters come out escaped, so a URL
// cannot forge a log line (`%0a`), write a terminal escape (`%1b`) or a NUL (`%00`).
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';

const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

describe('the request log', () => {
  it('escapes C0 and C1 control characters of the path: one line per request, nothing a terminal acts on', async () => {
    const log: string[] = [];
    const app = createApp({ log: (line) => log.push(line) });
    const paths = ['/x%0aGET%20/v1/judge%20200%201ms', '/x%0d%1b[2J%1b[31mred', '/x%00nul%7f%c2%85%c2%9b'];
    for (const path of paths) expect((await app.request(path, { method: 'DELETE' })).status).toBe(404);
    expect(log).toHaveLength(3);
    for (const line of log) expect(line).not.toMatch(CONTROL);
    expect(log[0]).toMatch(/^DELETE \/x\\x0aGET \/v1\/judge 200 1ms 404 \d+ms$/);
    expect(log[1]).toMatch(/^DELETE \/x\\x0d\\x1b\[2J\\x1b\[31mred 404 \d+ms$/);
    expect(log[2]).toMatch(/^DELETE \/x\\x00nul\\x7f\\x85\\x9b 404 \d+ms$/);
  });
});
