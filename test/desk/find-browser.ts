// Where the desk page tests find a Chromium: CHROMIUM_PATH or CHROME_PATH first, then the usual
// places of a system Chromium or Chrome on Linux, macOS and Windows, then a browser downloaded by
// `npx playwright-core install chromium`. None: an error saying how to get one.
import { accessSync, constants, statSync } from 'node:fs';

/** The variables read, in order; the first one set must name a browser. */
export const BROWSER_VARIABLES = ['CHROMIUM_PATH', 'CHROME_PATH'] as const;

/** Where a system browser usually is, tried in this order. */
export const SYSTEM_BROWSERS = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/snap/bin/chromium',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
  'C:\\Program Files (x86)\\Google\\Chrome\\Application\\chrome.exe',
] as const;

export const HOW_TO_GET_ONE = [
  'The desk page tests (npm run test:browser) need Chromium or Chrome. Either:',
  '  - set CHROMIUM_PATH to its executable (e.g. CHROMIUM_PATH=/opt/chrome/chrome npm run test:browser);',
  '  - install it: Debian/Ubuntu `sudo apt-get install chromium fonts-noto-cjk` (or `sh scripts/ensure-browser.sh`),',
  '    macOS: Google Chrome or Chromium in /Applications;',
  '  - or download one without root: `npx playwright-core install chromium`.',
  'The page is Chinese: without a CJK font (Noto Sans CJK) it still runs, its screenshots show boxes.',
].join('\n');

/** Whether a path is an executable file. */
export function isExecutable(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Where playwright-core would have put its own Chromium (`chromium.executablePath()`, whether or
 * not it is there); undefined on a platform it has no build for.
 */
export function downloadedPath(browserType: { executablePath(): string }): string | undefined {
  try {
    return browserType.executablePath();
  } catch {
    return undefined;
  }
}

/**
 * The browser to drive. `downloaded` is where playwright-core would have put its own Chromium
 * (`chromium.executablePath()`), tried last. Throws with {@link HOW_TO_GET_ONE} when none is
 * there, and names the variable when one is set to something that is not an executable.
 */
export function findBrowser(
  env: Readonly<Record<string, string | undefined>> = process.env,
  downloaded?: string,
  executable: (path: string) => boolean = isExecutable,
): string {
  for (const name of BROWSER_VARIABLES) {
    const path = env[name];
    if (!path) continue;
    if (executable(path)) return path;
    throw new Error(`${name}=${path} is not an executable file.\n${HOW_TO_GET_ONE}`);
  }
  const found = [...SYSTEM_BROWSERS, ...(downloaded ? [downloaded] : [])].find((p) => executable(p));
  if (found) return found;
  throw new Error(
    `No Chromium or Chrome found (looked at ${BROWSER_VARIABLES.join(', ')} and ${SYSTEM_BROWSERS.length} usual paths).\n${HOW_TO_GET_ONE}`,
  );
}
