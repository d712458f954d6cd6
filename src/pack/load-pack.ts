// Loading a rule pack from a directory: read it safely (src/pack/read-pack.ts, Node), then build it
// (src/pack/build-pack.ts: validate, version, compile, index), whose types and functions this
// module re-exports.
import { PackLoadError } from '../shared/errors.js';
import { buildPack, type Pack } from './build-pack.js';
import { readPackDir } from './read-pack.js';

export * from './build-pack.js';
export { MAX_PACK_FILE_BYTES, readPackDir, readPackFiles } from './read-pack.js';

/**
 * Loads a pack from a directory: `pack.json` and `<family>/*.json` rule files, read safely (see
 * `readPackDir`). Throws `PackLoadError` with every problem at once: files that could not be read
 * and the problems of those that could.
 *
 * @example
 * const pack = loadPack('./rules');
 */
export function loadPack(dir: string): Pack {
  const { manifest, files, issues } = readPackDir(dir);
  if (manifest === undefined && files.length === 0) throw new PackLoadError(issues);
  try {
    // Without a readable pack.json, the rule files are still checked; the stand-in's own issues are dropped.
    const pack = buildPack(manifest ?? { name: 'pack.json', text: 'null' }, files);
    if (issues.length === 0) return pack;
  } catch (e) {
    if (!(e instanceof PackLoadError)) throw e;
    issues.push(...e.issues.filter((i) => manifest !== undefined || i.file !== 'pack.json'));
  }
  throw new PackLoadError(issues);
}
