// How the desk page tests find their browser (test/desk/find-browser.ts), without a browser.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { downloadedPath, findBrowser, isExecutable } from './find-browser.js';

const only =
  (...present: string[]) =>
  (path: string) =>
    present.includes(path);

describe('findBrowser', () => {
  it('takes CHROMIUM_PATH first, then CHROME_PATH, before any usual path', () => {
    const all = only('/a/chromium', '/b/chrome', '/usr/bin/chromium');
    expect(findBrowser({ CHROMIUM_PATH: '/a/chromium', CHROME_PATH: '/b/chrome' }, undefined, all)).toBe('/a/chromium');
    expect(findBrowser({ CHROME_PATH: '/b/chrome' }, undefined, all)).toBe('/b/chrome');
    expect(findBrowser({}, undefined, all)).toBe('/usr/bin/chromium');
  });

  it('refuses a variable that names no executable instead of looking elsewhere', () => {
    expect(() => findBrowser({ CHROMIUM_PATH: '/nowhere/chromium' }, undefined, only('/usr/bin/chromium'))).toThrow(
      /CHROMIUM_PATH=\/nowhere\/chromium is not an executable file/,
    );
  });

  it('tries the usual system paths in order, then the browser playwright-core downloaded', () => {
    expect(findBrowser({}, undefined, only('/usr/bin/google-chrome', '/usr/bin/chromium-browser'))).toBe(
      '/usr/bin/chromium-browser',
    );
    const mac = '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome';
    expect(findBrowser({}, undefined, only(mac))).toBe(mac);
    expect(findBrowser({}, '/home/u/.cache/ms-playwright/chrome', only('/home/u/.cache/ms-playwright/chrome'))).toBe(
      '/home/u/.cache/ms-playwright/chrome',
    );
  });

  it('says how to get one when there is none', () => {
    expect(() => findBrowser({}, '/home/u/.cache/ms-playwright/chrome', only())).toThrow(
      /No Chromium or Chrome found[\s\S]*CHROMIUM_PATH[\s\S]*apt-get install chromium[\s\S]*playwright-core install chromium/,
    );
  });

  it('counts only executable files as a browser', () => {
    const dir = mkdtempSync(join(tmpdir(), 'find-browser-'));
    writeFileSync(join(dir, 'plain'), '');
    writeFileSync(join(dir, 'exe'), '', { mode: 0o755 });
    expect([isExecutable(join(dir, 'plain')), isExecutable(join(dir, 'exe')), isExecutable(dir)]).toEqual([
      false,
      true,
      false,
    ]);
    expect(isExecutable(join(dir, 'missing'))).toBe(false);
  });

  it('reads where playwright-core would put its Chromium, and nothing on a platform it has no build for', () => {
    expect(downloadedPath({ executablePath: () => '/cache/chromium/chrome' })).toBe('/cache/chromium/chrome');
    expect(
      downloadedPath({
        executablePath: () => {
          throw new Error('no build for this platform');
        },
      }),
    ).toBeUndefined();
  });
});
