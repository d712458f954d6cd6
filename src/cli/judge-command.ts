import { Command, Option } from 'commander';
import { formatIssues } from '../shared/errors.js';
import { CliError, EXIT } from './cli-error.js';
import { formatVerdict } from './format-verdict.js';
import { langFromEnv, type Lang } from './i18n.js';
import {
  judgeOptionsFrom,
  makeJudge,
  parseJsonInput,
  readInput,
  withJudgeFlags,
  type JudgeFlags,
} from './judge-options.js';
import { traceOption, type TraceMode } from './trace-flag.js';

interface Flags extends JudgeFlags {
  readonly json?: boolean;
  readonly lang?: Lang;
  readonly trace: TraceMode;
}

/**
 * `judge <case.json|->`: the verdict for one case, for a person or (`--json`) for a program.
 *
 * @example
 * program.addCommand(judgeCommand());
 */
export function judgeCommand(): Command {
  const cmd = new Command('judge')
    .description('judge one case and print the verdict')
    .argument('<case>', 'case JSON file, or - for stdin')
    .option('--json', 'print the verdict as JSON (the VerdictSchema shape)')
    .addOption(
      new Option(
        '--lang <lang>',
        'language of the human output (default: from LC_ALL / LC_MESSAGES / LANG, else zh)',
      ).choices(['zh', 'en']),
    )
    .addOption(
      traceOption(
        'how much of the rule-by-rule trace the --json verdict carries: full (every rule evaluated, with its conditions), fired (only the rules that fired) or none',
      ),
    );
  withJudgeFlags(cmd).addHelpText(
    'after',
    '\nExit codes: 0 verdict printed; 2 unreadable or invalid case (issues with their paths on stderr) or a bad --rules pack.\n\nExamples:\n  aftersale-rules judge case.json --lang en\n  cat case.json | aftersale-rules judge - --json | jq .outcome',
  );
  return cmd.action(async (file: string, flags: Flags) => {
    const judge = makeJudge(judgeOptionsFrom(flags)).with({ trace: flags.trace });
    const input = parseJsonInput(readInput(file), file === '-' ? 'stdin' : file);
    const result = await judge.safeJudge(input);
    if (!result.ok)
      throw new CliError(
        `Invalid case ${file === '-' ? 'on stdin' : file}:\n${formatIssues(result.issues)}`,
        EXIT.badInput,
      );
    process.stdout.write(
      flags.json
        ? `${JSON.stringify(result.verdict, null, 2)}\n`
        : formatVerdict(result.verdict, flags.lang ?? langFromEnv()),
    );
  });
}
