import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromZodIssues } from '../shared/errors.js';
import { FACTS } from '../facts/catalog.js';
import { Fixture } from '../schema/fixture.js';
import type { LintFinding, LintOptions, ParsedRule } from './lint-finding.js';

/** A catalogue ID's family when its entry names none: the part before the first dash (`SHIP-FAKE` → `SHIP`). */
const familyFromId = (id: string) => id.slice(0, id.indexOf('-') > 0 ? id.indexOf('-') : id.length);

const rulePath = (index: number, rest = '') => `rules[${index}]${rest}`;

interface CatalogueFile {
  entries: { id: string; family?: string }[];
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8')) as unknown;
}

/** Deepest folder nesting under a fixtures directory that is read. */
const MAX_FIXTURE_DEPTH = 32;

/**
 * The `.json` files under a directory, relative to it, sorted. Symlinked folders are followed
 * once each (by their real path), so a link back to an ancestor is not a loop, and nesting is capped.
 */
export function listJson(dir: string): string[] {
  const out: string[] = [];
  const visited = new Set<string>();
  const walk = (rel: string, depth: number) => {
    const full = join(dir, rel);
    let real: string;
    try {
      real = realpathSync(full);
    } catch {
      return; // a dangling link
    }
    if (visited.has(real) || depth > MAX_FIXTURE_DEPTH) return;
    visited.add(real);
    for (const entry of readdirSync(full, { withFileTypes: true })) {
      const name = rel === '' ? entry.name : join(rel, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        try {
          const st = statSync(join(dir, name));
          isDir = st.isDirectory();
          isFile = st.isFile();
        } catch {
          continue;
        }
      }
      if (isDir) walk(name, depth + 1);
      else if (isFile && entry.name.endsWith('.json')) out.push(name);
    }
  };
  walk('', 0);
  return out.sort();
}

/**
 * Catalogue entries without fixtures or rules, and IDs or rule ids nobody defines. Coverage is
 * checked for the catalogue families the fixtures name, so a shop's own scenarios are not asked to
 * cover the shipped catalogue.
 *
 * @example
 * lintCoverage(rules, { rulesDir: 'rules', fixturesDir: 'fixtures' });
 */
export function lintCoverage(rules: readonly ParsedRule[], options: LintOptions): LintFinding[] {
  const out: LintFinding[] = [];
  const cataloguePath = options.catalogue ?? join(options.rulesDir, 'catalogue.json');
  const hasCatalogue = existsSync(cataloguePath);
  if (options.catalogue !== undefined && !hasCatalogue) {
    return [
      {
        severity: 'error',
        code: 'no_catalogue',
        file: cataloguePath,
        message: `Catalogue file ${cataloguePath} does not exist`,
      },
    ];
  }
  let ids: string[] = [];
  const familyOf = new Map<string, string>();
  if (hasCatalogue) {
    const cat = readJson(cataloguePath) as CatalogueFile;
    const entries = Array.isArray(cat?.entries) ? cat.entries : [];
    ids = entries.map((e) => e.id);
    for (const e of entries) familyOf.set(e.id, e.family ?? familyFromId(e.id));
  }
  const known = new Set(ids);
  const ruleIds = new Set(rules.map((r) => r.spec.id));
  if (hasCatalogue) {
    for (const r of rules) {
      r.spec.catalogue.forEach((id, k) => {
        if (!known.has(id))
          out.push({
            severity: 'error',
            code: 'unknown_catalogue_id',
            file: r.file,
            ruleId: r.spec.id,
            path: rulePath(r.index, `.catalogue[${k}]`),
            message: `Catalogue ID "${id}" is not in ${cataloguePath}`,
          });
      });
    }
  }
  if (options.fixturesDir === undefined) return out;
  const covered = new Set<string>();
  for (const name of listJson(options.fixturesDir)) {
    const file = join(options.fixturesDir, name);
    let raw: unknown;
    try {
      raw = readJson(file);
    } catch (e) {
      out.push({ severity: 'error', code: 'invalid_json', file, message: `Malformed JSON: ${(e as Error).message}` });
      continue;
    }
    const parsed = Fixture.safeParse(raw);
    if (!parsed.success) {
      for (const i of fromZodIssues(parsed.error.issues))
        out.push({ severity: 'error', code: i.code, file, path: i.path, message: `Malformed fixture: ${i.message}` });
      continue;
    }
    const f = parsed.data;
    f.catalogue.forEach((id, k) => {
      covered.add(id);
      if (hasCatalogue && !known.has(id))
        out.push({
          severity: 'error',
          code: 'unknown_catalogue_id',
          file,
          path: `catalogue[${k}]`,
          message: `Catalogue ID "${id}" is not in ${cataloguePath}`,
        });
    });
    for (const key of ['fired', 'notFired', 'waiting'] as const) {
      (f[key] ?? []).forEach((id, k) => {
        if (!ruleIds.has(id))
          out.push({
            severity: 'error',
            code: 'unknown_rule',
            file,
            path: `${key}[${k}]`,
            message: `No rule "${id}" in the pack`,
          });
      });
    }
    (f.expect.missingFacts ?? []).forEach((m, k) => {
      if (!FACTS.has(m.fact))
        out.push({
          severity: 'error',
          code: 'unknown_fact',
          file,
          path: `expect.missingFacts[${k}].fact`,
          message: `Unknown fact "${m.fact}": no case field or derived fact has this name`,
        });
    });
  }
  const withRule = new Set(rules.flatMap((r) => r.spec.catalogue));
  const rulesOf = new Map<string, string[]>();
  for (const r of rules) for (const id of r.spec.catalogue) rulesOf.set(id, [...(rulesOf.get(id) ?? []), r.spec.id]);
  // Coverage is checked for what the fixtures are about: the catalogue families their IDs name (the
  // pack's own fixtures name every family; a shop's scenarios name the shop's entries). Fixtures
  // that name no catalogue ID say nothing about scope, so then every entry is checked.
  const family = (id: string) => familyOf.get(id) ?? familyFromId(id);
  const families = new Set([...covered].map(family));
  for (const id of ids) {
    if (families.size > 0 && !families.has(family(id))) continue;
    const rule = withRule.has(id);
    const fixture = covered.has(id);
    if (rule && !fixture)
      out.push({
        severity: 'error',
        code: 'catalogue_without_fixture',
        file: cataloguePath,
        message: `Catalogue ID "${id}" has rules (${(rulesOf.get(id) ?? []).join(', ')}) but no fixture in ${options.fixturesDir}`,
      });
    else if (!rule && fixture)
      out.push({
        severity: 'warning',
        code: 'catalogue_without_rule',
        file: cataloguePath,
        message: `Catalogue ID "${id}" has fixtures but no rule`,
      });
    else if (!rule && !fixture)
      out.push({
        severity: 'warning',
        code: 'catalogue_not_implemented',
        file: cataloguePath,
        message: `Catalogue ID "${id}" has no rule and no fixture yet`,
      });
  }
  return out;
}
