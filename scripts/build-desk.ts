// Builds the customer-service desk page into dist/desk/: desk.js (one classic IIFE script with the
// judge, the shipped pack and the example cases inside, so the page also works from file://,
// offline), index.html and desk.css. `aftersale-rules serve` serves this directory at `/`.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundleForBrowser } from './build-browser.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Where the page is written. */
export const DESK_DIR = join(ROOT, 'dist', 'desk');

/** The page's files besides the script, copied as they are. */
export const STATIC_FILES = ['index.html', 'desk.css'] as const;

/** What building the page gives: the script's size raw and gzipped, and where it went. */
export interface DeskBuild {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly dir: string;
}

/**
 * Builds the page into `outDir` (default dist/desk/).
 *
 * @example
 * const { bytes, gzipBytes } = await buildDesk();
 */
export async function buildDesk(outDir = DESK_DIR): Promise<DeskBuild> {
  const { code, bytes, gzipBytes, forbidden } = await bundleForBrowser('src/desk/main.ts', 'iife');
  if (forbidden.length > 0) throw new Error(`desk.js: modules that must stay out of it: ${forbidden.join(', ')}`);
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, 'desk.js'), code);
  for (const f of STATIC_FILES) copyFileSync(join(ROOT, 'src', 'desk', f), join(outDir, f));
  return { bytes, gzipBytes, dir: outDir };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const desk = await buildDesk();
  const kib = (n: number) => (n / 1024).toFixed(1);
  console.log(`desk page ${desk.dir}: desk.js ${kib(desk.bytes)} KiB, ${kib(desk.gzipBytes)} KiB gzip`);
}
