import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fromZodIssues } from '../shared/errors.js';
import { FACTS } from '../facts/catalog.js';
import { Fixture } from '../schema/fixture.js';
import type { LintFinding, LintOptions, ParsedRule } from './lint-finding.js';

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
 * Catalogue entries without fixtures or rules, and IDs or rule ids nobody defines. Fixtures are held
 * only to what they name: the entries they cite, those of the rules they name, and those of the
 * pack's own rules (rule ids the shipped pack does not have), so a shop's scenarios are not asked
 * to cover the shipped catalogue.
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
  if (hasCatalogue) {
    const cat = readJson(cataloguePath) as CatalogueFile;
    const entries = Array.isArray(cat?.entries) ? cat.entries : [];
    ids = entries.map((e) => e.id);
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
  const namedRules = new Set<string>();
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
        namedRules.add(id);
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
  // Fixtures are held to what they name: the catalogue entries they cite or whose rules they name
  // (fired / notFired / waiting), and the entries of the pack's own rules, those the shipped pack
  // does not have (a shop's rules must be tested by its fixtures; the shipped rules are tested by
  // the shipped fixtures). A shop's scenarios that cite nothing are not held to the shipped catalogue.
  for (const r of rules) if (namedRules.has(r.spec.id)) for (const id of r.spec.catalogue) covered.add(id);
  const shipped = options.shippedRuleIds ?? new Set<string>();
  const held = new Set([...covered, ...rules.filter((r) => !shipped.has(r.spec.id)).flatMap((r) => r.spec.catalogue)]);
  for (const id of ids) {
    const rule = withRule.has(id);
    const fixture = covered.has(id);
    // An entry without a rule is a gap in the pack whatever the fixtures name.
    if (!held.has(id) && rule) continue;
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
