// npm's `prepare`: builds dist/ (`npm run build`) after `npm install` / `npm ci` in a clone and
// when npm installs this package from git (a git dependency gets the build, not the sources only).
// A production-only install (`npm ci --omit=dev`) has no build tools: it says so and builds nothing.
import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
try {
  require.resolve('tsup/package.json');
} catch {
  console.error(
    'aftersale-rules prepare: the dev dependencies are not installed, so dist/ is not built (npm run build)',
  );
  process.exit(0);
}
execSync('npm run build', { stdio: 'inherit' });
