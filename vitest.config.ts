import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Builds dist/cli.js when it is missing or stale: the CLI tests run the built binary.
    globalSetup: ['test/cli/global-setup.ts'],
    typecheck: { enabled: true, include: ['test/**/*.test-d.ts'] },
  },
});
