import { existsSync } from 'node:fs';
import { Command, InvalidArgumentError } from 'commander';
import { CliError, EXIT } from './cli-error.js';
import { lintPack, type LintFinding } from '../lint/lint-pack.js';

interface Flags {
  readonly fixtures?: string;
  readonly catalogue?: string;
  readonly json?: boolean;
  readonly maxWarnings?: number;
}

function count(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number');
  return n;
}

function line(f: LintFinding): string {
  const where = [f.file, f.ruleId && `rule ${f.ruleId}`, f.path].filter(Boolean).join(' › ');
  return `${f.severity === 'error' ? '✖' : '⚠'} ${f.severity} ${f.code}: ${f.message}${where ? ` → at ${where}` : ''}`;
}

/**
 * `lint <rules dir>`: the loader's checks plus static checks of the rules and, with
 * `--fixtures`, catalogue coverage.
 *
 * @example
 * program.addCommand(lintCommand());
 */
export function lintCommand(): Command {
  return new Command('lint')
    .description(
      'check a rule pack: load-time errors, rules that can never fire, same-priority conflicts, catalogue coverage',
    )
    .argument('<rules>', 'rule pack directory (pack.json + <topic>/*.json)')
    .option(
      '--fixtures <dir>',
      "fixture directory: report catalogue IDs without fixtures (those the fixtures name, and the pack's own rules), and fixtures naming unknown IDs, rules or facts",
    )
    .option(
      '--catalogue <file>',
      'catalogue file { "entries": [{ "id" }] } (default: <rules>/catalogue.json if present)',
    )
    .option('--json', 'print the findings as a JSON array')
    .option('--max-warnings <n>', 'also fail (exit 1) when there are more warnings than this', count)
    .addHelpText(
      'after',
      `
Errors: everything the loader rejects (malformed JSON or rule, unknown fact or operator, a value
the fact cannot hold, duplicate id, overlapping versions, …); never_fires (contradictory conditions,
e.g. one fact equal to two values, ranges that cannot meet, a platform the rule is not for, an
outcome no first-stage rule decides); self_conflict; unknown_catalogue_id; unknown_rule and
unknown_fact in fixtures; catalogue_without_fixture (a catalogue ID with rules but no fixture, checked
for what the fixtures name, the IDs they cite and the rules they name, and for the pack's own rules,
those the shipped pack does not have: a shop's fixtures are not held to the shipped catalogue).
Warnings: version_gap; same_priority_conflict (two rules deciding liability, remedy, a freight
leg or the dispute rate differently at one priority, on conditions not provably disjoint: a case
where both fire gets an undetermined decision); catalogue_without_rule; catalogue_not_implemented.

Exit codes: 0 no errors (and warnings within --max-warnings); 1 errors; 2 not a rules directory.

Example:
  aftersale-rules lint rules --fixtures fixtures --max-warnings 0`,
    )
    .action((dir: string, flags: Flags) => {
      if (!existsSync(dir)) throw new CliError(`No such directory: ${dir}`, EXIT.badInput);
      const findings = lintPack({
        rulesDir: dir,
        ...(flags.fixtures !== undefined ? { fixturesDir: flags.fixtures } : {}),
        ...(flags.catalogue !== undefined ? { catalogue: flags.catalogue } : {}),
      });
      if (findings.some((f) => f.code === 'no_pack')) throw new CliError(findings.map(line).join('\n'), EXIT.badInput);
      const errors = findings.filter((f) => f.severity === 'error').length;
      const warnings = findings.length - errors;
      if (flags.json) process.stdout.write(`${JSON.stringify(findings, null, 2)}\n`);
      else {
        for (const f of findings) process.stdout.write(`${line(f)}\n`);
        process.stdout.write(`${findings.length > 0 ? '\n' : ''}${errors} errors, ${warnings} warnings\n`);
      }
      const tooMany = flags.maxWarnings !== undefined && warnings > flags.maxWarnings;
      process.exitCode = errors > 0 || tooMany ? EXIT.failed : EXIT.ok;
    });
}
