import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { formatIssues, PackLoadError } from '../shared/errors.js';
import { textFault, type JsonTextLimits } from '../shared/json-text.js';
import { parseCaseText } from '../schema/case-text.js';
import { createJudge, type Judge, type JudgeOptions, type ShopPolicy } from '../judge/judge.js';
import { defaultPack } from '../default-pack.js';
import { loadPack, type Pack } from '../pack/load-pack.js';
import { CliError, EXIT } from './cli-error.js';

/** The options of commands that judge: which pack, which day's rules, which pack options, which shop policy. */
export interface JudgeFlags {
  readonly rules?: string;
  readonly rulesAt?: string;
  readonly option?: readonly string[];
  readonly shopPolicy?: string;
}

const collect = (value: string, previous: string[] = []) => [...previous, value];

/**
 * Adds `--rules`, `--rules-at`, `--option` and `--shop-policy` to a command.
 *
 * @example
 * withJudgeFlags(new Command('judge')).action((flags: JudgeFlags) => makeJudge(judgeOptionsFrom(flags)));
 */
export function withJudgeFlags(cmd: Command): Command {
  return cmd
    .option(
      '--rules <dir>',
      'rule pack directory (pack.json + <family>/*.json); default: the pack shipped with the package',
    )
    .option(
      '--rules-at <date>',
      'judge with the rules in force on this day (YYYY-MM-DD) instead of the day of order.paidAt',
    )
    .option('--option <name[=on|off]>', 'turn a pack option on (or off with =off); repeatable', collect)
    .option(
      '--shop-policy <file>',
      "the shop's after-sale policy (JSON, the fields of a case's shopPolicy) for every case; a case's own shopPolicy fields win",
    );
}

/**
 * Plain judge options from the flags: what a worker thread needs to build the same judge.
 *
 * @example
 * judgeOptionsFrom({ rulesAt: '2024-01-01', option: ['TB-SHIP-48H'] }); // { rulesAt: '2024-01-01', options: { 'TB-SHIP-48H': true } }
 */
export function judgeOptionsFrom(flags: JudgeFlags): {
  rulesDir?: string;
  rulesAt?: string;
  options?: Record<string, boolean>;
  shopPolicy?: ShopPolicy;
} {
  const options: Record<string, boolean> = {};
  for (const o of flags.option ?? []) {
    const [name, state = 'on'] = o.split('=', 2) as [string, string?];
    if (!['on', 'off', 'true', 'false'].includes(state))
      throw new CliError(`--option ${o}: expected NAME, NAME=on or NAME=off`, EXIT.badInput);
    options[name] = state === 'on' || state === 'true';
  }
  return {
    ...(flags.rules !== undefined ? { rulesDir: resolve(flags.rules) } : {}),
    ...(flags.rulesAt !== undefined ? { rulesAt: flags.rulesAt } : {}),
    ...(Object.keys(options).length > 0 ? { options } : {}),
    ...(flags.shopPolicy !== undefined
      ? {
          shopPolicy: parseJsonInput(readInput(flags.shopPolicy), `--shop-policy ${flags.shopPolicy}`, {
            rootLevel: 1,
          }) as ShopPolicy,
        }
      : {}),
  };
}

/**
 * The pack the flags name: `--rules`, else the shipped pack. A pack that fails to load is bad
 * input (exit 2) with every issue listed.
 *
 * @example
 * const pack = packFrom({ rulesDir: '/abs/path/to/rules' });
 */
export function packFrom(plain: ReturnType<typeof judgeOptionsFrom>): Pack {
  try {
    return plain.rulesDir !== undefined ? loadPack(plain.rulesDir) : defaultPack();
  } catch (e) {
    if (e instanceof PackLoadError)
      throw new CliError(`Rule pack ${plain.rulesDir} failed to load:\n${formatIssues(e.issues)}`, EXIT.badInput);
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new CliError(`Cannot read rule pack: ${(e as Error).message}`, EXIT.badInput);
    throw e;
  }
}

/**
 * Builds the judge the flags describe (on `pack` when given, else the pack they name). A pack that
 * fails to load, or options the pack does not declare, are bad input (exit 2) with every issue listed.
 *
 * @example
 * const judge = makeJudge({ rulesDir: '/abs/path/to/rules' });
 */
export function makeJudge(plain: ReturnType<typeof judgeOptionsFrom>, pack?: Pack): Judge {
  engineDebugToStderr();
  const loaded = pack ?? (plain.rulesDir !== undefined ? packFrom(plain) : undefined);
  try {
    const opts: JudgeOptions = {
      ...(loaded !== undefined ? { pack: loaded } : {}),
      ...(plain.rulesAt !== undefined ? { rulesAt: plain.rulesAt } : {}),
      ...(plain.options !== undefined ? { options: plain.options } : {}),
      ...(plain.shopPolicy !== undefined ? { shopPolicy: plain.shopPolicy } : {}),
    };
    return createJudge(opts);
  } catch (e) {
    if (e instanceof TypeError) throw new CliError(e.message, EXIT.badInput);
    throw e;
  }
}

/**
 * Reads a file, or stdin for `-`. Unreadable input is exit 2.
 *
 * @example
 * const text = readInput('-'); // all of stdin
 */
export function readInput(path: string): string {
  try {
    return readFileSync(path === '-' ? 0 : path, 'utf8');
  } catch (e) {
    throw new CliError(`Cannot read ${path === '-' ? 'stdin' : path}: ${(e as Error).message}`, EXIT.badInput);
  }
}

/**
 * Parses JSON text as every door does (`parseJsonText`): a leading BOM dropped; malformed JSON, a
 * key given twice in one object (`JSON.parse` would keep the last value silently) or nesting past
 * the case budget is exit 2, with the path of each issue (at most `MAX_ISSUES`, the rest counted).
 * `limits.rootLevel`: 1 for a part of a case (a shop policy).
 *
 * @example
 * const input = parseJsonInput(readInput(file), file);
 */
export function parseJsonInput(text: string, name: string, limits: JsonTextLimits = {}): unknown {
  const read = parseCaseText(text, limits);
  if (read.ok) return read.value;
  if ('malformed' in read) throw new CliError(`✖ Malformed JSON in ${name}: ${read.malformed}`, EXIT.badInput);
  throw new CliError(`${textFault(read.issues)} in ${name}:\n${formatIssues(read.issues)}`, EXIT.badInput);
}

/**
 * json-rules-engine prints its debug lines (`DEBUG=json-rules-engine`) with `console.debug`, bound
 * when it loads, so onto stdout, where they would corrupt `judge --json` and `batch` output. In
 * the command, the global console's stdout is stderr: the lines stay available for debugging and
 * stdout holds only what the command writes itself (with `process.stdout.write`). Idempotent;
 * for batch workers too (each has its own console, forwarded to the parent's stderr).
 */
export function engineDebugToStderr(): void {
  if (!/json-rules-engine/.test(process.env.DEBUG ?? '')) return;
  // The global console resolves its stream through `_stdout` on every write (Node's Console).
  (console as unknown as { _stdout: NodeJS.WritableStream })._stdout = process.stderr;
}
