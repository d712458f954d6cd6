import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';
import { shippedPackVitePlugin } from './scripts/shipped-pack.js';

export default defineConfig({
  // `aftersale-rules:shipped-pack`, the pack the browser entry inlines (test/browser-entry.test.ts).
  plugins: [shippedPackVitePlugin()],
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/cli.js when it is missing or stale: the CLI tests run the built binary.
    globalSetup: ['test/cli/global-setup.ts'],
    // One worker per core: vitest's default leaves one core idle (cores − 1), which on a 2-core
    // machine runs every file one after the other, the two property suites included.
    maxWorkers: availableParallelism(),
    // Type tests (test/**/*.test-d.ts) are compiled by test/declarations.test.ts with the
    // TypeScript API rather than vitest's experimental typecheck mode (and its banner).
  },
});
