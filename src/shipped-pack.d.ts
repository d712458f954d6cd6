// The shipped pack inlined at build time by scripts/shipped-pack.ts (esbuild, Vite): the browser
// entry judges without reading files.
declare module 'aftersale-rules:shipped-pack' {
  import type { PackFile } from './pack/build-pack.js';
  /** `rules/pack.json`. */
  export const manifest: PackFile;
  /** Every `rules/<family>/*.json`, in name order. */
  export const files: readonly PackFile[];
}
