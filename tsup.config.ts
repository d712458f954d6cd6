import { defineConfig, type Options } from 'tsup';
import { shippedPackPlugin } from './scripts/shipped-pack.js';

const configs: Options[] = [
  {
    // The library: ESM + CJS + types. Cleaning dist spares the CLI bundle, which the second
    // config writes in parallel.
    // `aftersale-rules/agent`: the tools for LLM agents (no MCP SDK: that is loaded by the CLI only).
    // `aftersale-rules/server`: the HTTP API as a Hono app, to mount or to serve.
    // `aftersale-rules/adapters`: platform records (Pinduoduo, Taobao / Tmall, courier traces) → case drafts.
    entry: {
      index: 'src/index.ts',
      agent: 'src/agent/index.ts',
      server: 'src/server/index.ts',
      adapters: 'src/adapters/index.ts',
    },
    format: ['esm', 'cjs'],
    dts: true,
    clean: ['!cli.js', '!browser.*'],
    shims: true,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
  },
  {
    // `aftersale-rules/browser`: the judge with the shipped pack inlined (scripts/shipped-pack.ts),
    // no Node module and no json-rules-engine. Its dependencies stay external for the user's
    // bundler; scripts/build-browser.ts builds the standalone, minified bundle and reports its size.
    entry: { browser: 'src/browser.ts' },
    format: ['esm', 'cjs'],
    dts: true,
    clean: false,
    sourcemap: false,
    target: 'es2022',
    platform: 'browser',
    esbuildPlugins: [shippedPackPlugin()],
  },
  {
    // The `aftersale-rules` command: one ESM file with its own copy of the library, so the bin
    // needs nothing but its dependencies. The shebang comes from src/cli/main.ts.
    entry: { cli: 'src/cli/main.ts' },
    format: ['esm'],
    dts: false,
    clean: false,
    sourcemap: false,
    target: 'node20',
    platform: 'node',
  },
];

// AFTERSALE_BUILD=cli builds only the command (test/cli/global-setup.ts: a fraction of a second,
// where the declaration build takes many).
export default defineConfig(process.env.AFTERSALE_BUILD === 'cli' ? configs.slice(2) : configs);
