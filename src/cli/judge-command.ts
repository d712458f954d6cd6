import { Command, Option } from 'commander';
import { formatIssues } from '../shared/errors.js';
import { adaptFile, formatNotes, withAdaptFlags, type AdaptFlags } from './adapt-command.js';
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

interface Flags extends JudgeFlags, AdaptFlags {
  readonly from?: string;
  readonly json?: boolean;
  readonly lang?: Lang;
  readonly trace: TraceMode;
}

/** The case a record gives (`--from`), its notes on stderr; a record that leaves required fields out is exit 2. */
function adapted(file: string, flags: Flags): unknown {
  if (flags.from === 'trace')
    throw new CliError('--from trace: a trace alone is no case; adapt it and merge it into one (--add)', EXIT.badInput);
  const answer = adaptFile(flags.from as string, file, flags);
  process.stderr.write(formatNotes(answer));
  if (answer.missingRequired.length > 0)
    throw new CliError(
      `The record leaves out ${answer.missingRequired.join(', ')}: give them with --add <file> (or --as-of)`,
      EXIT.badInput,
    );
  return answer.case;
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
    .argument('<case>', 'case JSON file (or, with --from, the platform record), or - for stdin')
    .option(
      '--from <source>',
      "judge a platform's record directly: pinduoduo, taobao (the adapter's notes go to stderr)",
    )
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
  withAdaptFlags(withJudgeFlags(cmd)).addHelpText(
    'after',
    '\nExit codes: 0 verdict printed; 2 unreadable or invalid case (issues with their paths on stderr) or a bad --rules pack.\n\nExamples:\n  aftersale-rules judge case.json --lang en\n  aftersale-rules judge --from pinduoduo record.json --as-of "2024-04-20 10:00:00"\n  cat case.json | aftersale-rules judge - --json | jq .outcome',
  );
  return cmd.action(async (file: string, flags: Flags) => {
    const judge = makeJudge(judgeOptionsFrom(flags)).with({ trace: flags.trace });
    const input =
      flags.from === undefined ? parseJsonInput(readInput(file), file === '-' ? 'stdin' : file) : adapted(file, flags);
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
