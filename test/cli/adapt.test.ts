// `aftersale-rules adapt <source> <record>` and `judge --from <source>`: the public example records
// (test/fixtures/adapters/) through the built command, as a shop backend's script would run it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli, ROOT } from './run-cli.js';

const fixture = (name: string) =>
  JSON.parse(readFileSync(join(ROOT, 'test', 'fixtures', 'adapters', `${name}.json`), 'utf8')) as {
    input: Record<string, unknown>;
    options: Record<string, unknown>;
    expect: { case: unknown };
  };
const recordText = (name: string, withAsOf = true) => {
  const f = fixture(name);
  return JSON.stringify(withAsOf ? { ...f.input, ...f.options } : f.input);
};

describe('adapt', () => {
  it('prints the case the record establishes, then the notes', async () => {
    const r = await cli(['adapt', 'pinduoduo', '-'], { input: recordText('pdd-list-signed-no-longer-wanted') });
    expect(r.status).toBe(0);
    const [caseText, notes] = r.stdout.split('\n\n');
    expect(JSON.parse(caseText as string)).toEqual(fixture('pdd-list-signed-no-longer-wanted').expect.case);
    expect(notes).toContain('Assumed:');
    expect(notes).toContain('[L] claim.type ← refund.after_sale_reason');
    expect(r.stdout).toContain(
      '[M] order.receiptConfirmed ← order.receive_time: receive_time (确认收货) at or before the claim',
    );
    expect(r.stdout).toContain('Nothing required is missing');
  });

  it('--json gives { case, unmapped, assumptions, missingRequired }; a trace takes --format', async () => {
    const f = fixture('kuaidi100-locker-signed');
    const r = await cli(['adapt', 'trace', '-', '--format', 'kuaidi100', '--json'], { input: JSON.stringify(f.input) });
    expect(r.status).toBe(0);
    const answer = JSON.parse(r.stdout) as Record<string, unknown>;
    expect(Object.keys(answer)).toEqual(['case', 'unmapped', 'assumptions', 'missingRequired']);
    expect(answer.case).toEqual(f.expect.case);
  });

  it('--as-of gives the time of judgement; without it the record is refused (exit 2)', async () => {
    const bad = await cli(['adapt', 'taobao', '-'], {
      input: recordText('taobao-not-shipped-no-longer-wanted', false),
    });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('asOf: expected the time of judgement');
    const ok = await cli(['adapt', 'taobao', '-', '--as-of', '2024-04-15 18:00:00', '--json'], {
      input: recordText('taobao-not-shipped-no-longer-wanted', false),
    });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).case.claim.type).toBe('changed_mind');
  });
});

describe('judge --from', () => {
  it('judges the record directly, the notes on stderr', async () => {
    const r = await cli(['judge', '--from', 'pinduoduo', '-', '--json'], {
      input: recordText('pdd-detail-never-shipped'),
    });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).outcome).toMatchObject({ liability: 'seller', remedy: 'refund_only' });
    expect(r.stderr).toContain('shipping_status 0');
  });

  it('a record that leaves required facts out is exit 2, naming them; --add supplies them', async () => {
    const record = JSON.stringify({
      refund: { id: 7, after_sales_reason: '其他', shipping_status: 0, created_time: '2024-04-15 12:00:00' },
      asOf: '2024-04-16 10:00:00',
    });
    const bad = await cli(['judge', '--from', 'pinduoduo', '-'], { input: record });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('The record leaves out order.paidAt, order.amount, claim.type');
    const dir = mkdtempSync(join(tmpdir(), 'adapt-'));
    const add = join(dir, 'shop.json');
    writeFileSync(
      add,
      JSON.stringify({ order: { paidAt: '2024-04-15 10:00:00', amount: 30 }, claim: { type: 'changed_mind' } }),
    );
    const ok = await cli(['judge', '--from', 'pinduoduo', '-', '--add', add, '--json'], { input: record });
    expect(ok.status).toBe(0);
    expect(JSON.parse(ok.stdout).outcome).toMatchObject({ remedy: 'refund_only' });
  });
});
