// The shipped pack (`rules/`) as a JavaScript module, for builds that cannot read files at run
// time (the browser entry, the desk page): `import { manifest, files } from 'aftersale-rules:shipped-pack'`.
// Each file keeps its name and is minified to one line of JSON; loading it still goes through
// `buildPack`, so the inlined pack is validated and compiled exactly as `loadPack('rules')` is.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'esbuild';

/** The import specifier of the inlined pack. */
export const SHIPPED_PACK_ID = 'aftersale-rules:shipped-pack';

const RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

/** What `loadPack` reads: `pack.json` and `<family>/*.json`, one level down, in name order. */
function packFiles(dir: string): string[] {
  const families = readdirSync(dir)
    .sort()
    .filter((f) => statSync(join(dir, f)).isDirectory());
  const rules = families.flatMap((family) =>
    readdirSync(join(dir, family))
      .sort()
      .filter((name) => name.endsWith('.json'))
      .map((name) => join(dir, family, name)),
  );
  return [join(dir, 'pack.json'), ...rules];
}

/**
 * The module's source: `manifest` (pack.json) and `files` (every rule file, by name).
 *
 * @example
 * shippedPackSource().length; // about 200 KB
 */
export function shippedPackSource(rulesDir = RULES_DIR): string {
  const entry = (path: string) => ({
    name: relative(rulesDir, path).split(sep).join('/'),
    text: JSON.stringify(JSON.parse(readFileSync(path, 'utf8'))),
  });
  const [manifest, ...files] = packFiles(rulesDir).map(entry);
  return `export const manifest = ${JSON.stringify(manifest)};\nexport const files = ${JSON.stringify(files)};\n`;
}

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
        watchFiles: packFiles(rulesDir),
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
