// Builds dist/cli.js and the desk page (dist/desk/) once before the suite when they are missing or
// older than their sources, so `npm ci && npm test` works on a fresh clone. Only the command is
// built (AFTERSALE_BUILD=cli, about a second) and the page (scripts/build-desk.ts, about as long);
// `npm run build` builds the library and its types too.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..', '..');

function newest(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(s.mtimeMs, ...readdirSync(path).map((f) => newest(join(path, f))));
}

/** Whether every file is there and newer than `sources`. */
const fresh = (files: readonly string[], sources: number) =>
  files.every((f) => existsSync(f) && statSync(f).mtimeMs >= sources);

export default function setup(): void {
  const cli = join(root, 'dist', 'cli.js');
  const sources = Math.max(
    newest(join(root, 'src')),
    newest(join(root, 'package.json')),
    newest(join(root, 'tsup.config.ts')),
  );
  if (!fresh([cli], sources))
    execFileSync(join(root, 'node_modules', '.bin', 'tsup'), [], {
      cwd: root,
      env: { ...process.env, AFTERSALE_BUILD: 'cli' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  // The desk page (dist/desk/, which `serve` serves and test/desk/ opens): its script bundles the
  // library, the shipped pack (rules/) and example cases (examples/, fixtures/).
  const desk = ['index.html', 'desk.css', 'desk.js'].map((f) => join(root, 'dist', 'desk', f));
  const deskSources = Math.max(
    sources,
    newest(join(root, 'rules')),
    newest(join(root, 'examples')),
    newest(join(root, 'fixtures')),
    newest(join(root, 'scripts', 'build-desk.ts')),
    newest(join(root, 'scripts', 'shipped-pack.ts')),
  );
  if (!fresh(desk, deskSources))
    execFileSync(join(root, 'node_modules', '.bin', 'tsx'), [join(root, 'scripts', 'build-desk.ts')], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
}
