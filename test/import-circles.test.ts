// The stages of src/ stand in order: no module imports, directly or through others, a module that
// imports it back (scripts/import-circles.ts; type imports and re-exports count).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importCircles } from '../scripts/import-circles.js';

const ROOT = join(import.meta.dirname, '..');

describe('import circles', () => {
  it('src/ has none', () => {
    expect(importCircles(ROOT)).toEqual([]);
  });

  const dir = mkdtempSync(join(tmpdir(), 'import-circles-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (files: Record<string, string>) => {
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(join(dir, 'src', name, '..'), { recursive: true });
      writeFileSync(join(dir, 'src', name), text);
    }
  };

  it('finds a circle through a type import, a re-export and a folder', () => {
    write({
      'a.ts': "import type { B } from './b/index.js';\nexport type A = B;\n",
      'b/index.ts': "export { c } from './c.js';\nexport type B = number;\n",
      'b/c.ts': "import type { A } from '../a.js';\nexport const c = (a: A) => a;\n",
      'd.ts': "import { c } from './b/c.js';\nexport const d = c;\n",
    });
    expect(importCircles(dir)).toEqual([['src/a.ts', 'src/b/c.ts', 'src/b/index.ts']]);
  });

  it('finds a two-module circle through a dynamic import', () => {
    write({
      'e.ts': "export const e = () => import('./f.js');\n",
      'f.ts': "import { e } from './e.js';\nexport const f = e;\n",
    });
    expect(importCircles(dir)).toContainEqual(['src/e.ts', 'src/f.ts']);
  });
});
