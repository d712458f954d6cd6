// The README's examples, found by the marker comment before each fenced block
// (`<!-- first-screen:case -->`), so a test can check what the README shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const root = join(import.meta.dirname, '..', '..');

/** The text of a file of the repository (README.md, docs/…). */
export const repoText = (path: string): string => readFileSync(join(root, path), 'utf8');

/** One fenced block: the marker on the line before it (if any), its language and its text. */
export interface Fenced {
  readonly marker: string | undefined;
  readonly lang: string;
  readonly text: string;
  readonly line: number;
}

/** Every fenced block of a Markdown text, with the `<!-- name -->` marker just before it. */
export function fencedBlocks(markdown: string): Fenced[] {
  const lines = markdown.split('\n');
  const blocks: Fenced[] = [];
  for (let i = 0; i < lines.length; i++) {
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]!);
    if (!open) continue;
    const indent = open[1]!.length;
    const end = lines.findIndex((l, j) => j > i && /^\s*```\s*$/.test(l));
    if (end < 0) throw new Error(`unclosed fence at line ${i + 1}`);
    let before = i - 1;
    while (before >= 0 && lines[before]!.trim() === '') before--;
    const marker = /^\s*<!-- ([\w-]+(?::[\w-]+)+) -->\s*$/.exec(lines[before] ?? '')?.[1];
    const text = lines
      .slice(i + 1, end)
      .map((l) => l.slice(Math.min(indent, l.length - l.trimStart().length)))
      .join('\n');
    blocks.push({ marker, lang: open[2]!, text, line: i + 1 });
    i = end;
  }
  return blocks;
}

/** The fenced block after `<!-- NAME -->` in a Markdown text. */
export function block(markdown: string, name: string): string {
  const found = fencedBlocks(markdown).filter((b) => b.marker === name);
  if (found.length !== 1) throw new Error(`expected one block marked <!-- ${name} -->, found ${found.length}`);
  return found[0]!.text;
}
