/**
 * The import circles among the modules under src/: each a list of files that import one another,
 * directly or through each other (relative imports, `import type` and re-exports included: a type
 * import ties two modules in the reader's mind as much as a value import does).
 *
 *   tsx scripts/import-circles.ts   # prints each circle; exit 1 when there is one
 *
 * test/import-circles.test.ts fails on any circle.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => (a.name < b.name ? -1 : 1))
    .flatMap((e) => {
      const p = join(dir, e.name);
      if (e.isDirectory()) return sourceFiles(p);
      return /\.tsx?$/.test(e.name) && !e.name.endsWith('.d.ts') ? [p] : [];
    });
}

const IMPORT = /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;

/** The module a relative specifier names (`./a.js` → `a.ts`, `./dir` → `dir/index.ts`), if it is a source file. */
function target(from: string, spec: string): string | undefined {
  const base = resolve(dirname(from), spec.replace(/\.js$/, ''));
  return [`${base}.ts`, `${base}.tsx`, join(base, 'index.ts')].find((c) => existsSync(c));
}

/** Every module's relative imports, by absolute path. */
export function importGraph(srcDir: string): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(srcDir)) {
    const deps = new Set<string>();
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const t = target(file, (m[1] ?? m[2])!);
      if (t !== undefined && t !== file) deps.add(t);
    }
    graph.set(file, [...deps].sort());
  }
  return graph;
}

/** The strongly connected components of more than one module (Tarjan), each sorted, in a stable order. */
export function circles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (v: string): void => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const component: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        component.push(w);
      } while (w !== v);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

/** The circles under `root`/src, as paths relative to `root`. */
export function importCircles(root: string): string[][] {
  return circles(importGraph(join(root, 'src'))).map((c) => c.map((f) => relative(root, f)));
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const found = importCircles(process.cwd());
  for (const c of found) console.log(`import circle: ${c.join(' <-> ')}`);
  if (found.length > 0) process.exitCode = 1;
  else console.log('no import circle under src/');
}
