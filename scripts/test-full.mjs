// `npm run test:full`: the generated-case suites at their full sizes (AFTERSALE_TEST_FULL=1) — the
// test files that size themselves with test/helpers/sizes.ts. `npm test` runs the same files
// smaller; CI (.ci/run) runs both. Extra arguments go to vitest (a reporter, a file filter).
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const files = readdirSync(join(root, 'test'), { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.test.ts'))
  .filter((f) => readFileSync(join(root, 'test', f), 'utf8').includes('/helpers/sizes.js'))
  .map((f) => join('test', f))
  .sort();
if (files.length === 0) {
  console.error('test:full: no test file sizes itself with test/helpers/sizes.ts');
  process.exit(1);
}
console.error(`test:full: full sizes for ${files.join(', ')}`);
const run = spawnSync(
  process.execPath,
  [join(root, 'node_modules', 'vitest', 'vitest.mjs'), 'run', '--project', 'node', ...files, ...process.argv.slice(2)],
  { cwd: root, stdio: 'inherit', env: { ...process.env, AFTERSALE_TEST_FULL: '1' } },
);
process.exit(run.status ?? 1);
