// The desk page's static files (dist/desk/): only regular files directly in the directory, with a
// safe name and a known type; `GET /` before the page is built answers NOT_BUILT.
import { lstat, readFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Content types of the desk page's files, by extension; other files are not served. */
const STATIC_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
};

/** A file name directly in the desk directory: no separator, no leading dot (so no `..`). */
const SAFE_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** The answer to `GET /` when the page has not been built (503). */
export const NOT_BUILT = `<!doctype html>
<meta charset="utf-8">
<title>aftersale-rules: page not built</title>
<p>The desk page has not been built. Run <code>npm run build</code> (it writes <code>dist/desk/</code>), then reload.
<p>The API works without it: see <a href="/openapi.json">/openapi.json</a>.
`;

/** The content type of NOT_BUILT. */
export const NOT_BUILT_TYPE = 'text/html; charset=utf-8';

const extension = (name: string) => {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? '' : name.slice(dot).toLowerCase();
};

/**
 * A regular file directly in the desk directory (no symlink, no subdirectory, no hidden file) and
 * its content type, or undefined.
 *
 * @example
 * await readDeskFile('dist/desk', 'desk.js'); // { body, type: 'text/javascript; charset=utf-8' }
 */
export async function readDeskFile(dir: string, name: string): Promise<{ body: Buffer; type: string } | undefined> {
  const type = STATIC_TYPES[extension(name)];
  if (!SAFE_NAME.test(name) || type === undefined) return undefined;
  const path = join(dir, name);
  try {
    if (!(await lstat(path)).isFile()) return undefined;
    return { body: await readFile(path), type };
  } catch {
    return undefined;
  }
}

/**
 * The page's Content-Security-Policy: its own files only (no inline script or style attribute,
 * nothing fetched from elsewhere; `data:` images for the empty icon), never inside a frame.
 */
export const DESK_CSP =
  "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

/**
 * The headers of a desk file: its type, no caching without revalidation, no sniffing, the page's
 * CSP and no framing (`X-Frame-Options` for browsers that predate `frame-ancestors`).
 */
export const staticHeaders = (type: string) => ({
  'Content-Type': type,
  'Cache-Control': 'no-cache',
  'X-Content-Type-Options': 'nosniff',
  'Content-Security-Policy': DESK_CSP,
  'X-Frame-Options': 'DENY',
});
