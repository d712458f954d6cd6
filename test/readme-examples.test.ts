// Every fenced example in the README is marked (`<!-- example:NAME -->`, or the first-screen,
// worked-example and walkthrough markers other files check) and checked here: the commands it
// shows exist with the flags it gives, the names it imports are exported, and the code and answers
// it shows are what the library, the command and the HTTP API give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { matchPartial } from '../src/judge/check-fixture.js';
import { formatIssues, safeJudge, whatIf, type CaseInput } from '../src/index.js';
import { IntendedTie } from '../src/schema/rule.js';
import { createApp } from '../src/server/index.js';
import { CLI_TIMEOUT, cli } from './cli/run-cli.js';
import { fencedBlocks, repoText, root } from './helpers/readme.js';

const readme = repoText('README.md');
const blocks = fencedBlocks(readme);
const example = (name: string): string => {
  const found = blocks.filter((b) => b.marker === `example:${name}`);
  if (found.length !== 1) throw new Error(`expected one README block marked example:${name}, found ${found.length}`);
  return found[0]!.text;
};
const lateShipment = (): CaseInput =>
  JSON.parse(readFileSync(join(root, 'examples', 'late-shipment.json'), 'utf8')) as CaseInput;
const packageScripts = (JSON.parse(repoText('package.json')) as { scripts: Record<string, string> }).scripts;

/** Marked blocks checked by other files. */
const CHECKED_ELSEWHERE: Record<string, string> = {
  'first-screen:case': 'test/readme-example.test.ts',
  'first-screen:verdict': 'test/readme-example.test.ts',
  'first-screen:code': 'test/readme-example.test.ts',
  'worked-example:case': 'test/readme-example.test.ts',
  'worked-example:verdict': 'test/readme-example.test.ts',
  'walkthrough:rule': 'test/walkthrough.test.ts',
  'walkthrough:option': 'test/walkthrough.test.ts',
  'walkthrough:catalogue': 'test/walkthrough.test.ts',
  'walkthrough:fixture': 'test/walkthrough.test.ts',
  'records:code': 'test/adapters/records.test.ts',
  'records:pdd-draft': 'test/adapters/records.test.ts',
};

/** Blocks whose commands (`npx aftersale-rules …`, `npm run …`) are all there is to check. */
const COMMAND_BLOCKS = [
  'start:commands',
  'cli:commands',
  'records:commands',
  'ci:workflow',
  'ci:rules-workflow',
  'http:serve',
  'desk:serve',
  'dev:commands',
];
/** Blocks checked by a test of their own below. */
const OWN_TESTS = [
  'api:safe-judge',
  'http:curl',
  'http:issues',
  'http:java',
  'http:php',
  'http:create-app',
  'browser:import',
  'agent:mcp-config',
  'agent:loop',
  'agent:openai',
  'desk:import',
  'packs:rule',
  'packs:intended-ties',
  'fixtures:fixture',
];

it('marks every fenced block of the README, and each mark names a check', () => {
  const known = new Set([
    ...Object.keys(CHECKED_ELSEWHERE),
    ...[...COMMAND_BLOCKS, ...OWN_TESTS].map((n) => `example:${n}`),
  ]);
  const unmarked = blocks.filter((b) => b.marker === undefined).map((b) => `line ${b.line}`);
  expect(unmarked, 'README blocks without an example marker').toEqual([]);
  expect(blocks.map((b) => b.marker).filter((m) => !known.has(m!))).toEqual([]);
  expect([...known].filter((m) => !blocks.some((b) => b.marker === m))).toEqual([]);
});

// ---- commands -------------------------------------------------------------------------------

/** Each `npx aftersale-rules …` in a text: the command and the flags given to it. */
function commandsIn(text: string): { command: string; flags: string[] }[] {
  return [...text.matchAll(/npx aftersale-rules ([^\n|<>#&]*)/g)].map((m) => {
    const words = m[1]!.trim().split(/\s+/);
    return { command: words[0]!, flags: words.filter((w) => w.startsWith('--')).map((w) => w.replace(/=.*$/, '')) };
  });
}

describe.concurrent('the commands the README shows', { timeout: CLI_TIMEOUT }, () => {
  const helps = new Map<string, Promise<string>>();
  /** `aftersale-rules <command> --help`, run once per command. */
  const help = (command: string): Promise<string> => {
    if (!helps.has(command))
      helps.set(
        command,
        cli([command, '--help']).then((run) => {
          expect(run.status, `aftersale-rules ${command} --help: ${run.stderr}`).toBe(0);
          return run.stdout;
        }),
      );
    return helps.get(command)!;
  };

  it.each(COMMAND_BLOCKS)('example:%s runs commands that exist, with flags they take', async (name) => {
    const text = example(name);
    const commands = commandsIn(text);
    const scripts = [...text.matchAll(/\bnpm (?:run ([\w:-]+)|(test)\b)/g)].map((m) => m[1] ?? m[2]!);
    const files = [...text.matchAll(/\b(?:bash|sh) ((?:\.ci|scripts)\/[\w./-]+)/g)].map((m) => m[1]!);
    expect(commands.length + scripts.length + files.length, `${name} shows no command`).toBeGreaterThan(0);
    const texts = await Promise.all(commands.map((c) => help(c.command)));
    commands.forEach(({ command, flags }, i) => {
      for (const flag of flags) expect(texts[i], `aftersale-rules ${command} ${flag}`).toContain(flag);
    });
    for (const script of scripts) expect(packageScripts, `npm run ${script}`).toHaveProperty([script]);
    for (const file of files) expect(() => repoText(file), file).not.toThrow();
  });

  it('example:agent:mcp-config starts a command that exists', async () => {
    const config = JSON.parse(example('agent:mcp-config')) as {
      mcpServers: Record<string, { command: string; args: string[] }>;
    };
    const server = config.mcpServers['aftersale-rules']!;
    expect([server.command, server.args[0]]).toEqual(['npx', 'aftersale-rules']);
    const run = await cli([server.args[1]!, '--help']);
    expect(run.status, run.stderr).toBe(0);
  });
});

// ---- imports --------------------------------------------------------------------------------

const ENTRIES: Record<string, () => Promise<Record<string, unknown>>> = {
  'aftersale-rules': () => import('../src/index.js'),
  'aftersale-rules/browser': () => import('../src/browser.js'),
  'aftersale-rules/agent': () => import('../src/agent/index.js'),
  'aftersale-rules/server': () => import('../src/server/index.js'),
  'aftersale-rules/adapters': () => import('../src/adapters/index.js'),
};

it('imports in every TypeScript example only what the entry points export', async () => {
  const ts = blocks.filter((b) => b.lang === 'ts');
  expect(ts.length).toBeGreaterThan(5);
  for (const block of ts)
    for (const [, names, from] of block.text.matchAll(/import \{([^}]+)\} from '(aftersale-rules[^']*)'/g)) {
      const load = ENTRIES[from!];
      expect(load, `README line ${block.line}: ${from} is no entry point`).toBeDefined();
      const entry = await load!();
      for (const name of names!.split(',').map((n) => n.replace(/^\s*type\s+/, '').trim()))
        if (name) expect(entry, `README line ${block.line}: ${name} from ${from}`).toHaveProperty([name]);
    }
});

// ---- code and answers -----------------------------------------------------------------------

/** Runs a JavaScript-compatible snippet (its imports dropped) with the given names in scope. */
async function runSnippet(code: string, scope: Record<string, unknown>, result: string): Promise<unknown> {
  const body = code.replace(/^import .*$/gm, '');
  const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor as new (
    ...args: string[]
  ) => (...values: unknown[]) => Promise<unknown>;
  return new AsyncFunction(...Object.keys(scope), `${body}\nreturn ${result};`)(...Object.values(scope));
}

describe('the code the README shows', () => {
  it('example:api:safe-judge prints the issues it says', async () => {
    const code = example('api:safe-judge');
    const printed: string[] = [];
    await runSnippet(
      code,
      { safeJudge, formatIssues, console: { error: (text: string) => printed.push(text) } },
      'undefined',
    );
    const said = [...code.matchAll(/^\/\/ (✖ .*)$/gm)].map((m) => m[1]);
    expect(said.length).toBe(2);
    expect(printed.join('\n').split('\n')).toEqual(said);
  });

  it('example:http:create-app answers a case with its verdict', async () => {
    const res = (await runSnippet(
      example('http:create-app'),
      { createApp, myCase: lateShipment() },
      'res',
    )) as Response;
    expect(res.status).toBe(200);
    expect(((await res.json()) as { caseId: string }).caseId).toBe(lateShipment().caseId);
  });

  it('example:http:curl calls routes that answer, and what-if changes what it says', async () => {
    const text = example('http:curl');
    const app = createApp({ log: false });
    const paths = [...text.matchAll(/localhost:8080(\/[\w/-]+)/g)].map((m) => m[1]);
    expect(paths).toEqual(['/v1/judge', '/v1/judge/batch', '/v1/what-if']);
    const post = (path: string, body: string, type = 'application/json') =>
      app.request(path, { method: 'POST', headers: { 'Content-Type': type }, body });
    expect((await post('/v1/judge?trace=none', JSON.stringify(lateShipment()))).status).toBe(200);
    const batch = await post('/v1/judge/batch', `${JSON.stringify(lateShipment())}\n`, 'application/x-ndjson');
    expect([batch.status, (await batch.text()).trim().split('\n').length]).toEqual([200, 1]);

    const patch = JSON.parse(/"patch": (\{.*\}\})\}/.exec(text.replace(/\\"/g, '"'))![1]!) as Record<string, unknown>;
    // The answer, after `| jq .changes`: the comment lines at the end, `…` for the members left out.
    const comment = text.slice(text.lastIndexOf('\n# [') + 1).replace(/^#\s*/gm, '');
    const said = JSON.parse(comment.replace(/,…\}/g, '}')) as unknown;
    const res = await post('/v1/what-if', JSON.stringify({ case: lateShipment(), patch }));
    expect(res.status).toBe(200);
    const { changes } = (await res.json()) as { changes: unknown };
    expect(matchPartial(changes, said)).toEqual([]);
    expect(matchPartial((await whatIf(lateShipment(), patch)).changes, said)).toEqual([]);
  });

  it('example:http:issues is what an invalid case gets', async () => {
    const shown = JSON.parse(example('http:issues')) as { issues: { path: string }[] };
    const bad = { ...lateShipment(), platform: 'jd' };
    const res = await createApp({ log: false }).request('/v1/judge', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(bad),
    });
    expect(res.status).toBe(400);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    expect(matchPartial(await res.json(), shown)).toEqual([]);
  });

  it.each(['http:java', 'http:php'])('example:%s sends a request the API answers with a verdict', async (name) => {
    const text = example(name);
    const url = new URL(
      /'(http:\/\/127\.0\.0\.1:8080[^']*)'|"(http:\/\/127\.0\.0\.1:8080[^"]*)"/.exec(text)!.slice(1).find(Boolean)!,
    );
    expect(text).toMatch(/Content-Type: ?application\/json|"Content-Type", "application\/json"/);
    const res = await createApp({ log: false }).request(`${url.pathname}${url.search}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(lateShipment()),
    });
    expect(res.status).toBe(200);
    const verdict = (await res.json()) as { outcome: { liability: string } };
    expect(verdict.outcome.liability).toBe('seller');
  });

  it('example:agent:openai uses tools an OpenAI strict function can take', async () => {
    const { openaiTools } = await import('../src/agent/index.js');
    expect(example('agent:openai')).toMatch(/tools: \[\.\.\.openaiTools\]/);
    for (const t of openaiTools) {
      expect(t).toMatchObject({ type: 'function', strict: true });
      expect(t.name).toMatch(/^[a-z_]+$/);
      expect(t.parameters).toMatchObject({ type: 'object', additionalProperties: false });
    }
  });

  it('example:agent:loop asks the question it shows, and the answer it shows settles every decision', async () => {
    const { callTool } = await import('../src/agent/index.js');
    const text = example('agent:loop');
    // A value: text, a number, or an object literal (an object fact's answer, e.g. `shipment`).
    const entry = /\{ fact: '([^']+)', value: ('[^']*'|[\d.]+|\{[^{}]*\}) \}/g;
    const [start, answer] = text.split('facts.push(');
    const json = (v: string) => JSON.parse(v.replace(/'/g, '"').replace(/([{,]\s*)(\w+):/g, '$1"$2":'));
    const read = (s: string) => [...s.matchAll(entry)].map(([, fact, value]) => ({ fact: fact!, value: json(value!) }));
    const facts = read(start!);
    const [given] = read(answer!);
    expect(facts).toHaveLength(7);
    const first = (await callTool('judge_case', { facts })).structuredContent as {
      status: Record<string, string>;
      outcome: Record<string, unknown>;
      openQuestions: { fact: string; party: string }[];
    };
    expect(text).toContain(`liability "${String(first.outcome.liability)}" ${first.status.liability}`);
    expect(text).toContain(`remedy ${first.status.remedy}`);
    expect(text).toContain(
      `openQuestions[0]: { fact: '${first.openQuestions[0]?.fact}', party: '${first.openQuestions[0]?.party}'`,
    );
    expect(given?.fact).toBe(first.openQuestions[0]?.fact);
    const second = (await callTool('judge_case', { facts: [...facts, given] })).structuredContent as {
      status: Record<string, string>;
      outcome: Record<string, unknown>;
    };
    expect(text).toContain(
      `liability "${String(second.outcome.liability)}", remedy "${String(second.outcome.remedy)}", every decision firm`,
    );
    expect(Object.values(second.status).every((s) => s === 'firm')).toBe(true);
  });

  it.each(['browser:import', 'desk:import'])('example:%s judges with the browser entry', async (name) => {
    expect(example(name)).toMatch(/from 'aftersale-rules\/browser'/);
    const browser = await import('../src/browser.js');
    expect((await browser.judge(lateShipment())).outcome.liability).toBe('seller');
  });

  it('example:packs:rule is the shipped SHIP-LATE-72H, its message and note shortened', () => {
    const shown = JSON.parse(example('packs:rule')) as Record<string, unknown> & {
      message: { zh: string; en: string };
      note: string;
    };
    const file = JSON.parse(repoText('rules/late-shipment/taobao.json')) as { rules: Record<string, unknown>[] };
    const shipped = file.rules.find((r) => r.id === shown.id) as typeof shown;
    const cut = (s: string) => s.replace(/\s*…+$/, '');
    for (const [short, full] of [
      [shown.message.zh, shipped.message.zh],
      [shown.message.en, shipped.message.en],
      [shown.note, shipped.note],
    ] as const)
      expect(full.startsWith(cut(short)), short).toBe(true);
    expect({ ...shown, message: shipped.message, note: shipped.note }).toEqual(shipped);
  });

  it('example:packs:intended-ties is a valid declaration, the one the shipped LOGI-LOST makes', () => {
    const shown = (JSON.parse(`{${example('packs:intended-ties')}}`) as { intendedTies: unknown[] }).intendedTies;
    const ties = shown.map((t) => IntendedTie.parse(t));
    const file = JSON.parse(repoText('rules/not-received-lost/lost.json')) as {
      rules: { id: string; intendedTies?: { when?: unknown }[] }[];
    };
    const lost = file.rules.find((r) => r.id === 'LOGI-LOST');
    expect(lost?.intendedTies?.map((t) => t.when)).toEqual(ties.map((t) => t.when));
  });

  it('example:fixtures:fixture is the fixture file it names', () => {
    const name = /`(fixtures\/[\w/.-]+\.json)`:\s*\n\s*\n<!-- example:fixtures:fixture -->/.exec(readme)![1]!;
    expect(JSON.parse(example('fixtures:fixture'))).toEqual(JSON.parse(repoText(name)));
  });
});
