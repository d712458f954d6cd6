// Stays at the top of src/, beside the entries: `../rules` resolves to the package's rules/ both from
// src/ (tsx, vitest) and from the bundles in dist/.
import { fileURLToPath } from 'node:url';
import { loadPack, type Pack } from './pack/load-pack.js';

let cached: Pack | undefined;

/** Directory of the rule pack that ships with the package. */
export const DEFAULT_RULES_DIR = fileURLToPath(new URL('../rules', import.meta.url));

/**
 * The pack that ships with the package (`rules/`), loaded and compiled on first use.
 *
 * @example
 * const pack = defaultPack();
 * console.log(pack.id, pack.rules.length);
 */
export function defaultPack(): Pack {
  cached ??= loadPack(DEFAULT_RULES_DIR);
  return cached;
}
