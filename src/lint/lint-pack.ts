import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkRule } from '../pack/check-rule.js';
import { factsRead, stageOf } from '../evaluate/rule-reads.js';
import { PackLoadError } from '../shared/errors.js';
import { buildPack, readPackDir, type PackFile } from '../pack/load-pack.js';
import { rankRule } from '../pack/priority.js';
import { DEFAULT_RULES_DIR } from '../default-pack.js';
import { PackManifest, RuleFile, RuleSpec, type PriorityTier } from '../schema/rule.js';
import { lintCoverage } from './lint-coverage.js';
import type { LintFinding, LintOptions, ParsedRule } from './lint-finding.js';
import { neverFires, samePriorityConflicts, unknownTieRules } from './lint-rules.js';

export type { LintFinding, LintOptions } from './lint-finding.js';

/** The rule ids of the pack shipped with the package (read, not compiled); none if it cannot be read. */
function shippedRuleIds(): Set<string> {
  const ids = new Set<string>();
  try {
    for (const f of readPackDir(DEFAULT_RULES_DIR).files) {
      const parsed = RuleFile.safeParse(JSON.parse(f.text));
      if (parsed.success)
        for (const r of parsed.data.rules)
          if (typeof (r as { id?: unknown }).id === 'string') ids.add((r as { id: string }).id);
    }
  } catch {
    // No shipped pack to compare with: every rule counts as the pack's own.
  }
  return ids;
}

/** The pack's priority tiers, or none when the manifest does not parse (the loader reports it). */
function tiersOf(manifest: PackFile): readonly PriorityTier[] {
  try {
    const parsed = PackManifest.safeParse(JSON.parse(manifest.text));
    return parsed.success ? parsed.data.priorities : [];
  } catch {
    return [];
  }
}

function parseRules(files: readonly PackFile[], tiers: readonly PriorityTier[]): ParsedRule[] {
  const out: ParsedRule[] = [];
  for (const file of files) {
    let json: unknown;
    try {
      json = JSON.parse(file.text);
    } catch {
      continue; // the loader reports it
    }
    const parsed = RuleFile.safeParse(json);
    if (!parsed.success) continue;
    parsed.data.rules.forEach((raw, index) => {
      const r = RuleSpec.safeParse(raw);
      if (!r.success || checkRule(r.data).length > 0) return;
      const ranking = rankRule(r.data, tiers);
      if ('problems' in ranking) return; // an unknown tier: the loader reports it
      const stage = stageOf(factsRead(r.data.conditions));
      out.push({
        spec: r.data,
        priority: ranking.priority,
        decisionPriorities: ranking.decisionPriorities,
        file: file.name,
        index,
        stage,
      });
    });
  }
  return out;
}

/**
 * Lints a rule pack: every load-time check of `buildPack`, then static checks of the rules
 * (never firing, same-priority conflicts) and, given fixtures, catalogue coverage.
 *
 * @example
 * const findings = lintPack({ rulesDir: 'rules', fixturesDir: 'fixtures' });
 * const failed = findings.some((f) => f.severity === 'error');
 */
export function lintPack(options: LintOptions): LintFinding[] {
  if (!existsSync(join(options.rulesDir, 'pack.json'))) {
    return [
      {
        severity: 'error',
        code: 'no_pack',
        file: options.rulesDir,
        message: `${options.rulesDir} has no pack.json: not a rules directory`,
      },
    ];
  }
  // Files that cannot be read safely (a symlink out of the pack, a FIFO, a huge file) are
  // findings like any other, and the rest of the pack is still linted.
  const { manifest, files, issues } = readPackDir(options.rulesDir);
  const findings: LintFinding[] = issues.map((i) => ({ severity: 'error', ...i }));
  if (manifest === undefined) return findings;
  try {
    const pack = buildPack(manifest, files);
    for (const w of pack.warnings) findings.push({ severity: 'warning', ...w });
  } catch (e) {
    if (!(e instanceof PackLoadError)) throw e;
    for (const i of e.issues) findings.push({ severity: 'error', ...i });
  }
  const rules = parseRules(files, tiersOf(manifest));
  findings.push(
    ...neverFires(rules),
    ...samePriorityConflicts(rules),
    ...unknownTieRules(rules),
    ...lintCoverage(rules, { ...options, shippedRuleIds: options.shippedRuleIds ?? shippedRuleIds() }),
  );
  return findings;
}
