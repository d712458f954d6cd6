// Builds dist/cli.js once before the suite when it is missing or older than the sources, so
// `npm ci && npm test` works on a fresh clone. Only the command is built (AFTERSALE_BUILD=cli,
// about a second); `npm run build` builds the library and its types too.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

export default function setup(): void {
  const cli = join(root, 'dist', 'cli.js');
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'package.json')),
    newest(join(root, 'tsup.config.ts')),
  );
  if (existsSync(cli) && statSync(cli).mtimeMs >= sources) return;
  execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], {
    cwd: root,
    env: { ...process.env, AFTERSALE_BUILD: 'cli' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}
