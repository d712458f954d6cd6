import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli } from './run-cli.js';
import { parseXml } from './xml.js';

const PASS = 'test/cli/fixtures/pass';
const FAIL = 'test/cli/fixtures/fail';
const tmp = mkdtempSync(join(tmpdir(), 'aftersale-cli-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe.concurrent('aftersale-rules test', { timeout: CLI_TIMEOUT }, () => {
  it('exits 0 when every fixture passes, a line per fixture and the summary', async () => {
    const r = await cli(['test', PASS]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('✓ test/cli/fixtures/pass/late-shipment.json');
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
    expect(r.stderr).toBe('');
  });

  it('exits 1 on a wrong fixture, with a diff of expected and actual', async () => {
    const r = await cli(['test', PASS, `${FAIL}/wrong-liability.json`]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('✗ test/cli/fixtures/fail/wrong-liability.json');
    expect(r.stdout).toMatch(/outcome\.liability\n\s+- expected: "buyer"\n\s+\+ actual: {3}"seller"/);
    expect(r.stdout).toMatch(/fired\n\s+- expected: "SHIP-FAKE"\n\s+\+ actual: {3}"false"/);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 1 failed');
  });

  it('fails a fixture whose expected status differs, naming the decision', async () => {
    const dir = mkdtempSync(join(tmp, 'status-'));
    const fixture = JSON.parse(readFileSync(join(PASS, 'late-shipment.json'), 'utf8'));
    fixture.$schema = undefined;
    fixture.expect.status = { liability: 'provisional', remedy: 'firm' };
    writeFileSync(join(dir, 'wrong-status.json'), JSON.stringify(fixture));
    const r = await cli(['test', dir]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/status\.liability\n\s+- expected: "provisional"\n\s+\+ actual: {3}"firm"/);
    expect(r.stdout).not.toContain('status.remedy');
  });

  it('writes a JUnit report that parses, with the failure and its diff', async () => {
    const out = join(tmp, 'report.xml');
    const r = await cli(['test', PASS, FAIL, '--reporter', 'junit', '--output', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('1 passed, 1 failed');
    const root = parseXml(readFileSync(out, 'utf8'));
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ tests: '2', failures: '1', errors: '0' });
    const cases = root.children.flatMap((s) =>
      s.children.map((c) => ({ suite: s.name === 'testsuite' ? s.attributes.name : '?', ...c })),
    );
    expect(cases.map((c) => [c.suite, c.attributes.name])).toEqual([
      ['test/cli/fixtures/pass', 'late-shipment'],
      ['test/cli/fixtures/fail', 'wrong-liability'],
    ]);
    const failure = cases[1]?.children[0];
    expect(failure?.name).toBe('failure');
    expect(failure?.text).toContain('- expected: "buyer"');
  });

  it('with --reporter junit and no --output, prints only the XML on stdout', async () => {
    const r = await cli(['test', PASS, '--reporter', 'junit']);
    expect(r.status).toBe(0);
    expect(parseXml(r.stdout).attributes).toMatchObject({ tests: '1', failures: '0' });
  });

  it('reports a malformed fixture as a failure (error in JUnit)', async () => {
    const out = join(tmp, 'malformed.xml');
    const r = await cli(['test', 'test/cli/fixtures/cases', '--reporter', 'junit', '-o', out]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Malformed fixture');
    expect(parseXml(readFileSync(out, 'utf8')).attributes).toMatchObject({ tests: '1', failures: '0', errors: '1' });
  });

  it('exits 2 when there is nothing to test or the path does not exist', async () => {
    expect((await cli(['test', 'no/such/dir'])).status).toBe(2);
    expect((await cli(['test', 'schemas-that-do-not-exist.json'])).status).toBe(2);
    const empty = mkdtempSync(join(tmp, 'empty-'));
    const r = await cli(['test', empty]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/No fixture files/);
  });

  it('runs against another pack with --rules, and exits 2 when that pack does not load', async () => {
    expect((await cli(['test', PASS, '--rules', 'rules'])).status).toBe(0);
    const r = await cli(['test', PASS, '--rules', 'test/cli/fixtures']);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/pack/i);
  });

  it('does not follow symlink loops in a fixture directory; a directory reached twice is read once', async () => {
    const dir = mkdtempSync(join(tmp, 'loops-'));
    mkdirSync(join(dir, 'sub'));
    copyFileSync(join(PASS, 'late-shipment.json'), join(dir, 'sub', 'late-shipment.json'));
    symlinkSync('..', join(dir, 'sub', 'up')); // a loop back to the top
    symlinkSync('.', join(dir, 'self'));
    symlinkSync('sub', join(dir, 'alias')); // the same directory under another name
    symlinkSync('nowhere', join(dir, 'sub', 'broken.json'));
    const r = await cli(['test', dir]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 passed, 0 failed');
  });
});

describe.concurrent('aftersale-rules test: selection, JSON, coverage', { timeout: CLI_TIMEOUT }, () => {
  it('--run selects fixtures by a part of their path, or a * pattern; nothing selected is exit 2', async () => {
    const [part, glob, none] = await Promise.all([
      cli(['test', PASS, FAIL, '--run', 'wrong-liab']),
      cli(['test', PASS, FAIL, '--run', 'pass/*']),
      cli(['test', PASS, '--run', 'no-such-fixture']),
    ]);
    expect(part.stdout).toContain('✗ test/cli/fixtures/fail/wrong-liability.json');
    expect(part.stdout.trim().split('\n').at(-1)).toBe('0 passed, 1 failed');
    expect(glob.stdout).not.toContain('wrong-liability');
    expect(glob.status).toBe(0);
    expect(none.status).toBe(2);
  });

  it('--format json prints one report; a failure names the rule that set the value', async () => {
    const r = await cli(['test', PASS, FAIL, '--format', 'json']);
    expect(r.status).toBe(1);
    const report = JSON.parse(r.stdout);
    expect(report).toMatchObject({ passed: 1, failed: 1 });
    const failed = report.fixtures.find((f: { status: string }) => f.status === 'fail');
    expect(failed.mismatches).toContainEqual({
      path: 'outcome.liability',
      expected: 'buyer',
      actual: 'seller',
      setBy: ['SHIP-LATE-72H'],
    });
  });

  it('--coverage reports the figures; a threshold above them is exit 1, with the reason on stderr', async () => {
    const [ok, below] = await Promise.all([
      cli(['test', PASS, '--coverage']),
      cli(['test', PASS, '--coverage', '--min-rules', '50']),
    ]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/rules fired {12}\d+\/\d+ \(\d+(\.\d)?%\)/);
    expect(below.status).toBe(1);
    expect(below.stderr).toMatch(/✖ coverage: rules fired [\d.]+% is under --min-rules 50/);
  });
});
