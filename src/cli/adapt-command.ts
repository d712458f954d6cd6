import { Command, Option } from 'commander';
import { ADAPT_SOURCES, adaptRequest, type AdaptAnswer, type AdaptSource } from '../adapters/adapt-request.js';
import { TRACE_FORMATS } from '../adapters/trace.js';
import { CliError, EXIT } from './cli-error.js';
import { parseJsonInput, readInput } from './judge-options.js';

/** The flags `adapt` and `judge --from` share. */
export interface AdaptFlags {
  readonly asOf?: string;
  readonly caseId?: string;
  readonly format?: string;
  readonly reasons?: string;
  readonly add?: string;
}

/**
 * Adds `--as-of`, `--case-id`, `--format`, `--reasons` and `--add` to a command.
 *
 * @example
 * withAdaptFlags(new Command('adapt'));
 */
export function withAdaptFlags(cmd: Command): Command {
  return cmd
    .option('--as-of <time>', 'the time of judgement (the record file may give asOf instead): the library has no clock')
    .option('--case-id <id>', 'the case id (default PDD-<refund id> / TB-<refund_id>)')
    .addOption(new Option('--format <format>', 'trace only: which trace API').choices([...TRACE_FORMATS]))
    .option('--reasons <file>', 'a reason → claim-type table (JSON { rows, fallback }) replacing the shipped one')
    .option('--add <file>', "the shop's own facts (JSON, part of a case), merged over the record's: they win");
}

/** The adapter's answer for a record file and the flags; a malformed request is exit 2. */
export function adaptFile(source: string, file: string, flags: AdaptFlags): AdaptAnswer {
  if (!(ADAPT_SOURCES as readonly string[]).includes(source))
    throw new CliError(`Unknown record source ${source}: expected ${ADAPT_SOURCES.join(', ')}`, EXIT.badInput);
  const name = file === '-' ? 'stdin' : file;
  // Platform records nest deeper than a case (TOP wraps lists in objects): a wider, still bounded, depth.
  const record = parseJsonInput(readInput(file), name, { maxDepth: 16 });
  const body =
    source === 'trace'
      ? { trace: record, format: flags.format }
      : {
          ...(record as Record<string, unknown>),
          ...(flags.asOf !== undefined ? { asOf: flags.asOf } : {}),
          ...(flags.caseId !== undefined ? { caseId: flags.caseId } : {}),
          ...(flags.reasons !== undefined ? { reasons: parseJsonInput(readInput(flags.reasons), flags.reasons) } : {}),
          ...(flags.add !== undefined
            ? { add: parseJsonInput(readInput(flags.add), flags.add, { maxDepth: 16 }) }
            : {}),
        };
  try {
    return adaptRequest(source as AdaptSource, body);
  } catch (e) {
    if (e instanceof TypeError) throw new CliError(`Cannot adapt ${name}: ${e.message}`, EXIT.badInput);
    throw e;
  }
}

/** The adapter's notes in words: what it assumed, left out, and what the caller must still give. */
export function formatNotes(a: AdaptAnswer): string {
  const out: string[] = [];
  if (a.assumptions.length > 0) {
    out.push('Assumed:');
    for (const x of a.assumptions) out.push(`  [${x.confidence}] ${x.fact} ← ${x.from}: ${x.note}`);
  }
  if (a.unmapped.length > 0) {
    out.push('Left out:');
    for (const u of a.unmapped)
      out.push(`  ${u.field}${u.value !== undefined ? ` = ${JSON.stringify(u.value)}` : ''}: ${u.why}`);
  }
  for (const c of a.conflicts ?? [])
    out.push(
      `Conflict: ${c.path} ${c.values.map((v) => JSON.stringify(v)).join(' vs ')}; kept ${JSON.stringify(c.kept)}`,
    );
  out.push(
    a.missingRequired.length > 0
      ? `Still to give before judging: ${a.missingRequired.join(', ')}`
      : 'Nothing required is missing: the case can be judged.',
  );
  return `${out.join('\n')}\n`;
}

/**
 * `adapt <pinduoduo|taobao|trace> <record.json|->`: the case a platform's records establish, and
 * the notes (assumed units and formats, fields left out, required fields still missing).
 *
 * @example
 * program.addCommand(adaptCommand());
 */
export function adaptCommand(): Command {
  const cmd = new Command('adapt')
    .description("draft a case from a platform's records (Pinduoduo, Taobao / Tmall, a courier trace)")
    .argument('<source>', `record source: ${ADAPT_SOURCES.join(', ')}`)
    .argument('<record>', 'record JSON file ({ refund, order?, trace?, asOf? } …, or the trace itself), or - for stdin')
    .option('--json', 'print { case, unmapped, assumptions, missingRequired } as JSON');
  withAdaptFlags(cmd).addHelpText(
    'after',
    '\nExit codes: 0 case printed (even with fields still missing); 2 unreadable or malformed record.\n\nExamples:\n  aftersale-rules adapt pinduoduo record.json --as-of "2024-04-20 10:00:00"\n  aftersale-rules adapt trace kuaidi100.json --format kuaidi100 --json',
  );
  return cmd.action((source: string, file: string, flags: AdaptFlags & { json?: boolean }) => {
    const answer = adaptFile(source, file, flags);
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(answer, null, 2)}\n`);
      return;
    }
    process.stdout.write(`${JSON.stringify(answer.case, null, 2)}\n\n${formatNotes(answer)}`);
  });
}
