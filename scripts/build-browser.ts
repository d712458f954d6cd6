// Builds the standalone browser bundle, dist/browser/aftersale-rules.min.js (ESM, minified, zod,
// date-fns and the shipped pack inside), and prints its size. Fails when it is over the budget,
// or when the reference evaluator (json-rules-engine) or a Node module found its way in.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { shippedPackPlugin } from './shipped-pack.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** The budget for the gzipped bundle, in KiB. */
export const BROWSER_BUDGET_KIB = 150;

/** Modules the browser bundle must not contain: Node's, the directory reader, the reference evaluator. */
const FORBIDDEN = /json-rules-engine|reference-evaluator|^node:|default-pack|read-pack|load-pack/;

/** What building the bundle gives: its size, gzipped size, and any module that must stay out. */
export interface BrowserBundle {
  readonly bytes: number;
  readonly gzipBytes: number;
  readonly forbidden: readonly string[];
  readonly code: Uint8Array;
}

/**
 * Bundles a browser entry in memory: minified, the shipped pack inlined, and the modules that must
 * stay out of a browser build listed in `forbidden` (the desk page is built with it too).
 *
 * @example
 * const { gzipBytes } = await bundleForBrowser('src/browser.ts', 'esm');
 */
export async function bundleForBrowser(entry: string, format: 'esm' | 'iife'): Promise<BrowserBundle> {
  const result = await build({
    absWorkingDir: ROOT,
    entryPoints: [entry],
    bundle: true,
    write: false,
    outfile: 'bundle.js',
    format,
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    metafile: true,
    plugins: [shippedPackPlugin()],
    logLevel: 'silent',
  });
  const code = (result.outputFiles[0] as { contents: Uint8Array }).contents;
  return {
    bytes: code.length,
    gzipBytes: gzipSync(code, { level: 9 }).length,
    forbidden: Object.keys(result.metafile.inputs).filter((i) => FORBIDDEN.test(i)),
    code,
  };
}

/**
 * Bundles `src/browser.ts` as the browser build does, in memory.
 *
 * @example
 * const { gzipBytes } = await bundleBrowser();
 */
export const bundleBrowser = (): Promise<BrowserBundle> => bundleForBrowser('src/browser.ts', 'esm');

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const bundle = await bundleBrowser();
  const outfile = 'dist/browser/aftersale-rules.min.js';
  mkdirSync(join(ROOT, 'dist', 'browser'), { recursive: true });
  writeFileSync(join(ROOT, outfile), bundle.code);
  const kib = (n: number) => (n / 1024).toFixed(1);
  console.log(
    `browser bundle ${outfile}: ${kib(bundle.bytes)} KiB, ${kib(bundle.gzipBytes)} KiB gzip (budget ${BROWSER_BUDGET_KIB} KiB gzip)`,
  );
  if (bundle.forbidden.length > 0) {
    console.error(`browser bundle: modules that must stay out of it: ${bundle.forbidden.join(', ')}`);
    process.exit(1);
  }
  if (bundle.gzipBytes > BROWSER_BUDGET_KIB * 1024) {
    console.error(`browser bundle: ${kib(bundle.gzipBytes)} KiB gzip is over the ${BROWSER_BUDGET_KIB} KiB budget`);
    process.exit(1);
  }
}
