// Type-level checks, run by the TypeScript compiler in process (no vitest typecheck mode, so no
// experimental-feature banner): the type tests (test/**/*.test-d.ts) compile, each entry point's
// declarations export as values exactly what the module exports at run time, and the generated case
// types are what scripts/case-types.ts writes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as adaptersRuntime from '../src/adapters/index.js';
import * as agentRuntime from '../src/agent/index.js';
import * as browserRuntime from '../src/browser.js';
import * as indexRuntime from '../src/index.js';
import * as serverRuntime from '../src/server/index.js';
import { caseTypesSource } from '../src/schema/case-types.js';

const ROOT = join(import.meta.dirname, '..');
const config = ts.getParsedCommandLineOfConfigFile(
  join(ROOT, 'tsconfig.json'),
  {},
  { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
);
if (!config) throw new Error('cannot read tsconfig.json');
const typeTests = (readdirSync(join(ROOT, 'test'), { recursive: true, encoding: 'utf8' }) as string[])
  .filter((f) => f.endsWith('.test-d.ts'))
  .map((f) => join(ROOT, 'test', f));
/** Every entry point of the package (`exports` in package.json) and what it exports at run time. */
const ENTRIES = [
  ['aftersale-rules', 'src/index.ts', indexRuntime],
  ['aftersale-rules/browser', 'src/browser.ts', browserRuntime],
  ['aftersale-rules/agent', 'src/agent/index.ts', agentRuntime],
  ['aftersale-rules/server', 'src/server/index.ts', serverRuntime],
  ['aftersale-rules/adapters', 'src/adapters/index.ts', adaptersRuntime],
] as const;
const program = ts.createProgram([...ENTRIES.map(([, file]) => join(ROOT, file)), ...typeTests], {
  ...config.options,
  noEmit: true,
});
const checker = program.getTypeChecker();

describe('type tests', () => {
  it.each(typeTests.map((f) => [f.slice(ROOT.length + 1), f] as const))('%s compiles', (_, file) => {
    const diagnostics = ts.getPreEmitDiagnostics(program, program.getSourceFile(file));
    expect(diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'))).toEqual([]);
  });
});

describe.each(ENTRIES)('declarations of %s', (_, file, runtime) => {
  const sf = program.getSourceFile(join(ROOT, file));
  const mod = sf && checker.getSymbolAtLocation(sf);
  if (!mod) throw new Error(`${file} has no module symbol`);
  const exported = checker.getExportsOfModule(mod).map((s) => {
    const target = s.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(s) : s;
    const typeOnly = (s.declarations ?? []).some(
      (d) => ts.isExportSpecifier(d) && (d.isTypeOnly || d.parent.parent.isTypeOnly),
    );
    return { name: s.name, typeOnly, value: (target.flags & ts.SymbolFlags.Value) !== 0 };
  });

  it('export as values exactly what the module exports at run time', () => {
    const values = exported
      .filter((e) => e.value && !e.typeOnly)
      .map((e) => e.name)
      .sort();
    expect(values).toEqual(Object.keys(runtime).sort());
  });

  it('export no type-only name that is also a value (a declaration bundler would make it a value export)', () => {
    expect(exported.filter((e) => e.typeOnly && e.value).map((e) => e.name)).toEqual([]);
  });
});

describe('generated case types', () => {
  const file = join(ROOT, 'src', 'schema', 'case-types.generated.ts');
  it('are what scripts/case-types.ts writes (run `npx tsx scripts/case-types.ts` when this fails)', () => {
    expect(readFileSync(file, 'utf8')).toBe(caseTypesSource());
  });

  it('carry a doc comment on every field, so editors show its meaning on hover', () => {
    const source = program.getSourceFile(file);
    if (!source) throw new Error('generated file not in the program');
    const undocumented: string[] = [];
    const visit = (node: ts.Node, path: string) => {
      if (ts.isPropertySignature(node)) {
        const name = `${path}${node.name.getText(source)}`;
        if (ts.getJSDocCommentsAndTags(node).length === 0) undocumented.push(name);
        node.forEachChild((c) => visit(c, `${name}.`));
        return;
      }
      node.forEachChild((c) => visit(c, path));
    };
    visit(source, '');
    expect(undocumented).toEqual([]);
  });
});
