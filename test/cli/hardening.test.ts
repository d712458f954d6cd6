// Output hygiene and shop policies on the command line (issue 14, items 5 and 8): engine debug
// lines stay off stdout, a case's control characters are escaped in human output, a key given
// twice is an issue, and --shop-policy sets the shop's policy for judge, batch and test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatVerdict } from '../../src/cli/format-verdict.js';
import { createJudge, safeJudge, type CaseInput } from '../../src/index.js';
import { duplicateKeyIssues } from '../../src/shared/json-text.js';
import { CLI_TIMEOUT, cli } from './run-cli.js';

const dir = mkdtempSync(join(tmpdir(), 'aftersale-hardening-'));
const file = (name: string, value: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof value === 'string' ? value : JSON.stringify(value));
  return path;
};

/** A no-reason return opened 10 days after sign-for: outside the law's 7 days, inside a shop's 15. */
const RETURN: CaseInput = {
  caseId: 'SHOP-1',
  platform: 'taobao',
  asOf: '2024-04-30T12:00:00+08:00',
  order: { paidAt: '2024-04-15T10:00:00+08:00', amount: 100, outboundFreight: 8 },
  shipment: {
    firstCarrierScanAt: '2024-04-15T18:00:00+08:00',
    deliveredAt: '2024-04-17T10:00:00+08:00',
    status: 'delivered',
    signedBy: 'buyer',
  },
  claim: { type: 'no_reason_return', openedAt: '2024-04-27T10:00:00+08:00', requestedRemedy: 'return_and_refund' },
  item: { resalable: true, used: false, tagsIntact: true, packagingIntact: true },
};
const POLICY = { returnWindowDays: 15 };
const json = (v: unknown) => JSON.parse(JSON.stringify(v)) as unknown;

describe.concurrent('DEBUG=json-rules-engine', { timeout: CLI_TIMEOUT }, () => {
  it('keeps engine debug lines off `judge --json` stdout (they go to stderr)', async () => {
    const r = await cli(['judge', file('debug.json', RETURN), '--json'], { env: { DEBUG: 'json-rules-engine' } });
    expect(r.status).toBe(0);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
    // The compiled evaluator (the default) builds no json-rules-engine Engine, so there may be no
    // debug lines at all; whatever json-rules-engine prints goes to stderr, never stdout.
  });

  it('keeps them off `batch` stdout, on the main thread and on workers', async () => {
    const input = `${JSON.stringify(RETURN)}\n${JSON.stringify({ ...RETURN, caseId: 'SHOP-2' })}\n`;
    for (const workers of ['1', '2']) {
      const r = await cli(['batch', '--workers', workers], { input, env: { DEBUG: 'json-rules-engine' } });
      expect(r.status).toBe(0);
      const lines = r.stdout.trimEnd().split('\n');
      expect(lines.map((l) => (JSON.parse(l) as { caseId: string }).caseId)).toEqual(['SHOP-1', 'SHOP-2']);
    }
  });
});

describe('control characters in human output', () => {
  it('are escaped, so a caseId cannot clear the screen, recolour or reorder the text', async () => {
    const r = await safeJudge({ ...RETURN, caseId: 'A\u001b[2J\u001b[31mB\rC\u202eD\nE' });
    if (!r.ok) throw new Error('valid case');
    const text = formatVerdict(r.verdict, 'en');
    expect(text).toContain('A\\x1b[2J\\x1b[31mB\\x0dC\\u202eD\\x0aE');
    expect(text).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
  });
});

describe('duplicate keys in a case text', () => {
  it('are found with the path of each repeat, at any depth and in arrays', () => {
    expect(
      duplicateKeyIssues('{"a":1,"order":{"amount":1,"x":[{"k":1,"k":2}],"amount":100},"a":2}').map(
        (i) => `${i.path} ${i.code}`,
      ),
    ).toEqual(['order.x[0].k duplicate_key', 'order.amount duplicate_key', 'a duplicate_key']);
    expect(duplicateKeyIssues('{"a\\"b":1,"a\\u0022b":2, "s": "{\\"a\\":1,\\"a\\":2}"}').map((i) => i.path)).toEqual([
      'a"b',
    ]);
    // Nesting past the case budget is one too_deep issue, its contents unread (test/hostile-text.test.ts).
    expect(duplicateKeyIssues(`${'['.repeat(100_000)}${']'.repeat(100_000)}`).map((i) => i.code)).toEqual(['too_deep']);
  });

  it('make `judge` exit 2 with the path rather than judge the last value silently', async () => {
    const text = JSON.stringify(RETURN).replace('"amount":100', '"amount":1,"amount":100');
    const r = await cli(['judge', file('dup.json', text), '--json']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('→ at order.amount');
  });
});

describe.concurrent('--shop-policy <file>', { timeout: CLI_TIMEOUT }, () => {
  const policy = file('policy.json', POLICY);
  const caseFile = file('return.json', RETURN);

  it('judge: the verdict is that of createJudge({ shopPolicy })', async () => {
    const [withPolicy, without] = await Promise.all([
      cli(['judge', caseFile, '--json', '--shop-policy', policy]),
      cli(['judge', caseFile, '--json']),
    ]);
    expect(withPolicy.status).toBe(0);
    expect(JSON.parse(withPolicy.stdout)).toEqual(json(await createJudge({ shopPolicy: POLICY }).judge(RETURN)));
    expect(JSON.parse(withPolicy.stdout)).not.toEqual(JSON.parse(without.stdout));
  });

  it('batch: every line, on workers too', async () => {
    const expected = json(await createJudge({ shopPolicy: POLICY }).judge(RETURN));
    const r = await cli(['batch', '--workers', '2', '--shop-policy', policy], {
      input: `${JSON.stringify(RETURN)}\n${JSON.stringify(RETURN)}\n`,
    });
    expect(r.status).toBe(0);
    expect(
      r.stdout
        .trimEnd()
        .split('\n')
        .map((l) => JSON.parse(l) as unknown),
    ).toEqual([expected, expected]);
  });

  it("test: a shop's own fixture (no source, no catalogue) passes under the policy and fails without it", async () => {
    const fixture = file('shop-fixture.json', {
      description: 'Our 15-day window',
      case: RETURN,
      expect: { outcome: { remedy: 'return_and_refund' } },
    });
    const [pass, fail] = await Promise.all([cli(['test', fixture, '--shop-policy', policy]), cli(['test', fixture])]);
    expect(pass.stdout).toContain('1 passed, 0 failed');
    expect(pass.status).toBe(0);
    expect(fail.status).toBe(1);
  });

  it('an invalid policy is exit 2 with the field named', async () => {
    const r = await cli([
      'judge',
      caseFile,
      '--shop-policy',
      file('bad-policy.json', { returnWindowDays: 0, refundsEverything: true }),
    ]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('shopPolicy.returnWindowDays');
    expect(r.stderr).toContain('shopPolicy.refundsEverything');
  });
});
