// Reading a pack directory safely: regular files inside the pack only, each at most MAX_PACK_FILE_BYTES.
import {
  closeSync,
  constants,
  fstatSync,
  lstatSync,
  openSync,
  readdirSync,
  readSync,
  realpathSync,
  statSync,
  type Stats,
} from 'node:fs';
import { join, sep } from 'node:path';
import { PackLoadError, type PackIssue } from '../shared/errors.js';
import type { PackFile } from './types.js';
import { MAX_RULE_FILE_CHARS } from './validate.js';

/**
 * The largest pack file read, in bytes: room for `MAX_RULE_FILE_CHARS` characters of multi-byte
 * UTF-8. A larger file is refused without being read.
 */
export const MAX_PACK_FILE_BYTES = 4 * MAX_RULE_FILE_CHARS;

/** What kind of special file a stat describes, for messages. */
const specialKind = (s: Stats) =>
  s.isFIFO()
    ? 'a FIFO'
    : s.isSocket()
      ? 'a socket'
      : s.isCharacterDevice() || s.isBlockDevice()
        ? 'a device'
        : s.isDirectory()
          ? 'a directory'
          : 'not a regular file';

type PackEntry =
  { readonly real: string; readonly stats: Stats } | { readonly refused: 'outside_pack' | 'broken_link' | 'missing' };

/**
 * What `rel` is inside the pack whose real path is `root`, following a symlink only when its
 * target is inside the pack too. Nothing is opened, so a FIFO or device is never read.
 */
function packEntry(root: string, rel: string): PackEntry {
  const path = join(root, rel);
  let stats: Stats;
  try {
    stats = lstatSync(path);
  } catch {
    return { refused: 'missing' };
  }
  if (!stats.isSymbolicLink()) return { real: path, stats };
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return { refused: 'broken_link' };
  }
  if (real !== root && !real.startsWith(root + sep)) return { refused: 'outside_pack' };
  try {
    return { real, stats: statSync(real) };
  } catch {
    return { refused: 'broken_link' };
  }
}

const REFUSED = {
  outside_pack: 'A symlink to a path outside the pack: a pack reads only files inside its directory',
  broken_link: 'A symlink that leads nowhere (its target is missing, or it is a loop)',
  missing: 'The file is missing',
} as const;

/**
 * Reads one regular file of the pack, at most `MAX_PACK_FILE_BYTES`. Checked again on the open
 * file (opened non-blocking, so a FIFO swapped in cannot hang the load); a problem is an issue
 * naming the file, never quoting it.
 */
function readPackFile(real: string, name: string, issues: PackIssue[]): string | undefined {
  const problem = (code: string, message: string) => {
    issues.push({ file: name, code, path: '', message });
    return undefined;
  };
  let fd: number;
  try {
    fd = openSync(real, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    return problem('unreadable', `Cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile())
      return problem('not_a_file', `The file is ${specialKind(stats)}; a pack file must be a regular file`);
    if (stats.size > MAX_PACK_FILE_BYTES)
      return problem(
        'file_too_large',
        `The file has ${stats.size} bytes; a pack file may have at most ${MAX_PACK_FILE_BYTES} (${MAX_PACK_FILE_BYTES / 1024 / 1024} MiB)`,
      );
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(stats.size + 1, MAX_PACK_FILE_BYTES + 1 - total) || 1);
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      total += n;
      if (total > MAX_PACK_FILE_BYTES)
        return problem(
          'file_too_large',
          `The file has more than ${MAX_PACK_FILE_BYTES} bytes; a pack file may have at most ${MAX_PACK_FILE_BYTES / 1024 / 1024} MiB`,
        );
      chunks.push(chunk.subarray(0, n));
    }
    return Buffer.concat(chunks, total).toString('utf8');
  } catch (e) {
    return problem('unreadable', `Cannot read the file (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads a pack directory as `loadPack` does, collecting every problem instead of stopping at the
 * first: `pack.json` and `<family>/*.json` (in name order), regular files only, at most
 * `MAX_PACK_FILE_BYTES` each; a symlink is followed only inside the pack; FIFOs, sockets and
 * devices are refused without being opened for reading. `manifest` is undefined when `pack.json`
 * could not be read.
 *
 * @example
 * const { manifest, files, issues } = readPackDir('rules');
 */
export function readPackDir(dir: string): { manifest: PackFile | undefined; files: PackFile[]; issues: PackIssue[] } {
  const issues: PackIssue[] = [];
  const files: PackFile[] = [];
  const refuse = (file: string, code: string, message: string) => issues.push({ file, code, path: '', message });
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    refuse(dir, 'pack_not_found', 'The rule pack directory does not exist');
    return { manifest: undefined, files, issues };
  }
  if (!statSync(root).isDirectory()) {
    refuse(
      dir,
      'not_a_directory',
      'A rule pack is a directory (pack.json and <family>/*.json); this is not a directory',
    );
    return { manifest: undefined, files, issues };
  }
  const readFile = (rel: string): string | undefined => {
    const entry = packEntry(root, rel);
    if ('refused' in entry) {
      if (entry.refused === 'missing' && rel === 'pack.json')
        refuse(rel, 'missing_manifest', 'The pack has no pack.json');
      else refuse(rel, entry.refused, REFUSED[entry.refused]);
      return undefined;
    }
    if (!entry.stats.isFile()) {
      refuse(rel, 'not_a_file', `The file is ${specialKind(entry.stats)}; a pack file must be a regular file`);
      return undefined;
    }
    return readPackFile(entry.real, rel, issues);
  };
  const list = (rel: string): string[] => {
    try {
      return readdirSync(join(root, rel)).sort();
    } catch (e) {
      refuse(rel || dir, 'unreadable', `Cannot list the directory (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
      return [];
    }
  };
  const manifestText = readFile('pack.json');
  for (const family of list('')) {
    if (family === 'pack.json') continue;
    const entry = packEntry(root, family);
    // A family is a directory; anything else at the top (a README, a broken link) is not read.
    if ('refused' in entry) {
      if (entry.refused === 'outside_pack') refuse(family, 'outside_pack', REFUSED.outside_pack);
      continue;
    }
    if (!entry.stats.isDirectory()) continue;
    for (const name of list(family)) {
      if (!name.endsWith('.json')) continue;
      const rel = join(family, name);
      const text = readFile(rel);
      if (text !== undefined) files.push({ name: rel, text });
    }
  }
  return {
    manifest: manifestText === undefined ? undefined : { name: 'pack.json', text: manifestText },
    files,
    issues,
  };
}

/**
 * The files `loadPack` reads from a directory: `pack.json` and `<family>/*.json`, in name order,
 * read as `readPackDir` reads them. Throws `PackLoadError` listing every file that could not be read.
 *
 * @example
 * const { manifest, files } = readPackFiles('rules'); // as loadPack('rules') reads them
 */
export function readPackFiles(dir: string): { manifest: PackFile; files: PackFile[] } {
  const { manifest, files, issues } = readPackDir(dir);
  if (issues.length > 0 || manifest === undefined) throw new PackLoadError(issues);
  return { manifest, files };
}
