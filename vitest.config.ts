import { availableParallelism } from 'node:os';
import { configDefaults, defineConfig } from 'vitest/config';
import { shippedPackVitePlugin } from './scripts/shipped-pack.js';

// Tests that drive a real browser (test/desk/desk-page.browser.test.ts): their own project, run by
// `npm run test:browser`, so `npm test` needs no browser.
const BROWSER_TESTS = 'test/**/*.browser.test.ts';

export default defineConfig({
  // `aftersale-rules:shipped-pack`, the pack the browser entry inlines (test/browser-entry.test.ts).
  plugins: [shippedPackVitePlugin()],
  test: {
    // Builds dist/cli.js when it is missing or stale: the CLI tests run the built binary.
    globalSetup: ['test/cli/global-setup.ts'],
    // One worker per core: vitest's default leaves one core idle (cores − 1), which on a 2-core
    // machine runs every file one after the other, the two property suites included.
    maxWorkers: availableParallelism(),
    // A bound on a hang, not a speed check: files run side by side, and on a busy machine a test
    // that judges every fixture, compiles the JSON Schemas or starts the command and its servers
    // takes several times its idle time — past vitest's 5 s (10 s for hooks) defaults.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // `npm test` runs `node`, `npm run test:browser` runs `chromium`; `npx vitest run <file>` finds
    // a file in either. Type tests (test/**/*.test-d.ts) are compiled by test/declarations.test.ts
    // with the TypeScript API rather than vitest's experimental typecheck mode (and its banner).
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, BROWSER_TESTS],
          // The files of a worker share its module cache: the library and its schemas are imported
          // once per worker, not once per file (no test mocks a module or leaves global state).
          isolate: false,
        },
      },
      { extends: true, test: { name: 'chromium', include: [BROWSER_TESTS] } },
    ],
  },
});
