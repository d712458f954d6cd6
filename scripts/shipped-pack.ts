// The shipped pack (`rules/`) as a JavaScript module, for builds that cannot read files at run
// time (the browser entry, the desk page): `import { manifest, files } from 'aftersale-rules:shipped-pack'`.
// Each file keeps its name and is minified to one line of JSON; loading it still goes through
// `buildPack`, so the inlined pack is validated and compiled exactly as `loadPack('rules')` is.
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';
import type { PackFile } from '../src/pack/build-pack.js';
import { readPackFiles } from '../src/pack/read-pack.js';

/** The import specifier of the inlined pack. */
export const SHIPPED_PACK_ID = 'aftersale-rules:shipped-pack';

const RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

/**
 * The module's source: `manifest` (pack.json) and `files` (every rule file, by name), read as
 * `loadPack` reads them (`readPackFiles`: the same files, in the same order, with the same checks).
 *
 * @example
 * shippedPackSource().length; // about 200 KB
 */
export function shippedPackSource(rulesDir = RULES_DIR): string {
  const { manifest, files } = readPackFiles(rulesDir);
  const minified = (f: PackFile) => ({ name: f.name.split(sep).join('/'), text: JSON.stringify(JSON.parse(f.text)) });
  return `export const manifest = ${JSON.stringify(minified(manifest))};\nexport const files = ${JSON.stringify(files.map(minified))};\n`;
}

/** The paths of the pack's files, for a bundler to rebuild when one changes. */
const packPaths = (rulesDir: string) => {
  const { manifest, files } = readPackFiles(rulesDir);
  return [manifest, ...files].map((f) => join(rulesDir, f.name));
};

/**
 * An esbuild plugin (tsup's `esbuildPlugins`) resolving `aftersale-rules:shipped-pack`.
 *
 * @example
 * await esbuild.build({ entryPoints: ['src/browser.ts'], bundle: true, plugins: [shippedPackPlugin()] });
 */
export function shippedPackPlugin(rulesDir = RULES_DIR): Plugin {
  return {
    name: 'aftersale-rules-shipped-pack',
    setup(build) {
      build.onResolve({ filter: /^aftersale-rules:shipped-pack$/ }, () => ({
        path: 'shipped-pack',
        namespace: 'aftersale-rules',
      }));
      build.onLoad({ filter: /.*/, namespace: 'aftersale-rules' }, () => ({
        contents: shippedPackSource(rulesDir),
        loader: 'js',
        watchFiles: packPaths(rulesDir),
      }));
    },
  };
}

/**
 * The same module for Vite (vitest): tests import the browser entry from source.
 *
 * @example
 * defineConfig({ plugins: [shippedPackVitePlugin()] });
 */
export function shippedPackVitePlugin(rulesDir = RULES_DIR): {
  name: string;
  resolveId: (id: string) => string | undefined;
  load: (id: string) => string | undefined;
} {
  const resolved = '\0' + SHIPPED_PACK_ID;
  return {
    name: 'aftersale-rules-shipped-pack',
    resolveId: (id: string) => (id === SHIPPED_PACK_ID ? resolved : undefined),
    load: (id: string) => (id === resolved ? shippedPackSource(rulesDir) : undefined),
  };
}
