// The second line of defence around the desk page: a Content-Security-Policy that fits the page
// (its own files only, no inline script, never framed), X-Frame-Options, and a server that answers
// only for the host names it was started for (DNS rebinding gets a 421).
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/server/app.js';
import { allowedHostNames, hostName } from '../../src/server/host-check.js';
import { ROOT, startServer } from './helpers.js';

/** GET `path` with this `Host` header (fetch does not let a caller set it). */
function getWithHost(url: string, path: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = request(`${url}${path}`, { headers: { Host: host } }, (res) => {
      let body = '';
      res.setEncoding('utf8').on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the desk page headers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'aftersale-desk-'));
  for (const f of ['index.html', 'desk.css']) writeFileSync(join(dir, f), readFileSync(join(ROOT, 'src', 'desk', f)));
  writeFileSync(join(dir, 'desk.js'), '');
  const app = createApp({ log: false, deskDir: dir });

  it('each file is sent with a CSP of its own files only, never framed, and X-Frame-Options: DENY', async () => {
    for (const path of ['/', '/desk.js', '/desk.css']) {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp.split(/;\s*/)).toEqual(expect.arrayContaining(["default-src 'self'", "frame-ancestors 'none'"]));
      // No source that would let an inline script run.
      expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
      expect(res.headers.get('x-frame-options')).toBe('DENY');
    }
    // The page before it is built (503) too.
    const unbuilt = await createApp({ log: false, deskDir: mkdtempSync(join(tmpdir(), 'aftersale-empty-')) }).request(
      '/',
    );
    expect(unbuilt.status).toBe(503);
    expect(unbuilt.headers.get('x-frame-options')).toBe('DENY');
  });

  it('the page has no inline script, event handler or style attribute, which the CSP would refuse', () => {
    const html = readFileSync(join(ROOT, 'src', 'desk', 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attrs, body] of scripts) {
      expect(attrs).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=|\sstyle=/i);
    // Nor does the page's code write a style attribute (it sets CSS properties through the CSSOM).
    for (const f of ['main.ts', 'trace-view.ts', 'questions-view.ts', 'verdict-view.ts', 'form.ts', 'fields.ts'])
      expect(readFileSync(join(ROOT, 'src', 'desk', f), 'utf8'), f).not.toMatch(
        /\bstyle: |setAttribute\('style'|innerHTML/,
      );
  });
});

describe('the Host header', () => {
  it('names a host without its port, lower case, an IPv6 literal in brackets', () => {
    expect(hostName('LocalHost:8080')).toBe('localhost');
    expect(hostName('[::1]:8080')).toBe('[::1]');
    expect(hostName('::1')).toBe('[::1]');
    expect(hostName('desk.shop.example.')).toBe('desk.shop.example');
    expect(hostName('')).toBeUndefined();
    expect(allowedHostNames('127.0.0.1', ['Desk.Shop.Example:443'])).toEqual([
      'localhost',
      '127.0.0.1',
      '[::1]',
      'desk.shop.example',
    ]);
  });

  it('a server answers for localhost and its address; another name is 421, unless --allowed-host names it', async () => {
    const s = await startServer({ allowedHosts: ['desk.shop.example'] });
    try {
      for (const host of [`localhost:${s.port}`, `127.0.0.1:${s.port}`, 'LOCALHOST', `desk.shop.example:${s.port}`])
        expect((await getWithHost(s.url, '/healthz', host)).status, host).toBe(200);
      for (const host of [`rebind.attacker.example:${s.port}`, '10.0.0.1', 'localhost.attacker.example']) {
        const r = await getWithHost(s.url, '/v1/schemas/case', host);
        expect(r.status, host).toBe(421);
        expect(JSON.parse(r.body)).toMatchObject({ code: 'misdirected_request' });
      }
      // The refusal is logged like any request.
      expect(s.log.filter((l) => / 421 \d+ms$/.test(l))).toHaveLength(3);
    } finally {
      await s.close();
    }
  });

  it('the app alone (mounted in another server) answers for any host unless given `hosts`', async () => {
    const headers = { Host: 'shop.example' };
    expect((await createApp({ log: false }).request('http://shop.example/healthz', { headers })).status).toBe(200);
    expect(
      (await createApp({ log: false, hosts: ['localhost'] }).request('http://shop.example/healthz', { headers }))
        .status,
    ).toBe(421);
  });
});
