import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { matchPartial } from '../../src/judge/check-fixture.js';
import { createJudge, type Judge } from '../../src/judge/judge.js';
import type { Verdict } from '../../src/schema/verdict.js';

/** One explicit `false` / `"none"` in a fixture's case, and whether removing it changes what the fixture asserts. */
export interface Negative {
  readonly file: string;
  readonly path: string;
  readonly needed: boolean;
}

/** Every fixture file under a directory, in name order. */
export function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const full = join(dir, name);
      return statSync(full).isDirectory() ? fixtureFiles(full) : name.endsWith('.json') ? [full] : [];
    });
}

/** Paths (dotted) of the explicit `false` and `"none"` values in a case object. */
function negativesOf(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [];
  return Object.entries(value).flatMap(([k, v]) =>
    v === false || v === 'none' ? [prefix + k] : negativesOf(v, `${prefix}${k}.`),
  );
}

function without(value: unknown, path: string): unknown {
  const copy = structuredClone(value) as Record<string, unknown>;
  const keys = path.split('.');
  let at = copy;
  for (const k of keys.slice(0, -1)) at = at[k] as Record<string, unknown>;
  delete at[keys[keys.length - 1] as string];
  return copy;
}

async function verdictOf(judge: Judge, c: unknown): Promise<Verdict | undefined> {
  const r = await judge.safeJudge(c);
  return r.ok ? r.verdict : undefined;
}

/**
 * For each explicit `false` / `"none"` fact in the fixtures under `dir`: is it part of the story?
 * It is needed when removing it changes the fixture's asserted outcome or the verdict's status.
 */
export async function negatives(dir: string, judge: Judge = createJudge()): Promise<Negative[]> {
  const out: Negative[] = [];
  for (const file of fixtureFiles(dir)) {
    const fixture = JSON.parse(readFileSync(file, 'utf8')) as {
      case: unknown;
      expect: { outcome?: unknown };
      judgeOptions?: Parameters<Judge['with']>[0];
    };
    const bound = fixture.judgeOptions ? judge.with(fixture.judgeOptions) : judge;
    const base = await verdictOf(bound, fixture.case);
    if (!base) continue;
    for (const path of negativesOf(fixture.case)) {
      const v = await verdictOf(bound, without(fixture.case, path));
      const needed =
        !v ||
        matchPartial(v.outcome, fixture.expect.outcome ?? {}).length > 0 ||
        JSON.stringify(v.status) !== JSON.stringify(base.status);
      out.push({ file: relative(dir, file), path, needed });
    }
  }
  return out;
}

// `npx tsx test/helpers/fixture-stories.ts fixtures/late-shipment` lists the negatives that change nothing.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/^.*\/test\//, '/test/'))) {
  const found = await negatives(process.argv[2] ?? 'fixtures');
  for (const n of found.filter((x) => !x.needed)) console.log(`${n.file}  case.${n.path}`);
  const idle = found.filter((x) => !x.needed).length;
  console.log(
    `${idle} of ${found.length} explicit false/"none" facts change nothing asserted (${found.length ? ((100 * idle) / found.length).toFixed(1) : 0} %)`,
  );
}
