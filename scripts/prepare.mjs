// npm's `prepare`: builds dist/ (`npm run build`) after `npm install` / `npm ci` in a clone and
// when npm installs this package from git (a git dependency gets the build, not the sources only).
// npm runs it twice for a git dependency (after installing the clone's dependencies, then again to
// pack it): a build newer than every source it is made from is kept. A production-only install
// (`npm ci --omit=dev`) has no build tools: it says so and builds nothing.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
try {
  require.resolve('tsup/package.json');
} catch {
  console.error(
    'aftersale-rules prepare: the dev dependencies are not installed, so dist/ is not built (npm run build)',
  );
  process.exit(0);
}

/** The newest modification time under a path. */
function newest(path) {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}
const outputs = ['index.js', 'index.cjs', 'index.d.ts', 'browser.js', 'cli.js', 'desk/index.html'].map((f) =>
  join(root, 'dist', f),
);
const sources = ['src', 'rules', 'examples', 'fixtures', 'scripts', 'package.json', 'tsup.config.ts', 'tsconfig.json'];
const built = outputs.every((f) => existsSync(f)) && Math.min(...outputs.map((f) => statSync(f).mtimeMs));
if (built && built >= Math.max(...sources.map((s) => newest(join(root, s))))) {
  console.error('aftersale-rules prepare: dist/ is newer than its sources; not built again');
} else {
  execSync('npm run build', { cwd: root, stdio: 'inherit' });
}
