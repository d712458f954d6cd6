import { readdirSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CliError, EXIT } from './cli-error.js';

/**
 * Fixture files named on the command line: files as given, directories searched for `*.json`.
 *
 * @example
 * fixtureFiles(['fixtures']); // ['fixtures/damage/….json', …]
 */
export function fixtureFiles(paths: readonly string[]): string[] {
  const out: string[] = [];
  for (const p of paths) {
    let isDir: boolean;
    try {
      isDir = statSync(p).isDirectory();
    } catch {
      throw new CliError(`No such file or directory: ${p}`, EXIT.badInput);
    }
    if (!isDir) {
      out.push(p);
      continue;
    }
    out.push(...jsonFilesUnder(p));
  }
  return out;
}

/**
 * The `*.json` files under a directory, sorted. Symlinks are followed, but each directory is read
 * once (by its real path), so a symlink loop or a second link to a directory adds nothing; only
 * regular files are listed (a FIFO named `x.json` would block the read), and broken links are skipped.
 *
 * @example
 * jsonFilesUnder('fixtures/ship');
 */
export function jsonFilesUnder(root: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const queue = [root];
  for (let dir = queue.shift(); dir !== undefined; dir = queue.shift()) {
    let entries;
    try {
      const real = realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
        a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
      );
    } catch (e) {
      throw new CliError(
        `Cannot read directory ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
        EXIT.badInput,
      );
    }
    const links: string[] = [];
    for (const e of entries) {
      const path = join(dir, e.name);
      if (e.isDirectory()) queue.push(path);
      else if (e.isSymbolicLink()) links.push(path);
      else if (e.isFile() && e.name.endsWith('.json')) found.push(path);
    }
    // Real subdirectories first, so a file is listed under its own path rather than a link's.
    for (const path of links) {
      let target;
      try {
        target = statSync(path);
      } catch {
        continue;
      }
      if (target.isDirectory()) queue.push(path);
      else if (target.isFile() && path.endsWith('.json')) found.push(path);
    }
  }
  return found.sort();
}
