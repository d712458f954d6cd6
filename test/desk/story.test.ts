// The desk's complaint-first layout and its ticket note, without a browser: which facts a
// complaint's rules read (factsFor), where each field goes, and the Chinese note for the ticket.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { factsFor, judge, shippedPack } from '../../src/browser.js';
import { FACTS } from '../../src/browser.js';
import { deskFields } from '../../src/desk/fields.js';
import { COMPLAINT, layoutFor } from '../../src/desk/story.js';
import { ticketText } from '../../src/desk/ticket.js';

const fields = deskFields();
const root = join(import.meta.dirname, '..', '..');

describe('the facts a complaint needs', () => {
  it('are the case facts its rules read, derived facts by their inputs', () => {
    const late = factsFor('taobao', 'late_shipment');
    // hoursToShip is computed from the first carrier scan: the form asks for the scan.
    expect(late).toContain('shipment.firstCarrierScanAt');
    expect(late).toContain('claim.requestedRemedy');
    expect(late).not.toContain('item.defect');
    expect(late.every((f) => FACTS.get(f)?.origin === 'case')).toBe(true);
    const quality = factsFor('taobao', 'quality');
    expect(quality).toEqual(expect.arrayContaining(['item.defect', 'item.defectCause', 'evidence.defectPhotoOrVideo']));
    // Every case fact a quality rule reads directly is there (GOODS-AFTER-USE: 002:755, 775-783).
    const rule = shippedPack().rules.find((r) => r.spec.id === 'GOODS-AFTER-USE');
    const read = (rule?.reads ?? []).filter((f) => FACTS.get(f)?.origin === 'case' && f !== 'claim.type');
    expect(read.length).toBeGreaterThan(0);
    for (const f of read) expect(quality).toContain(f);
    expect(factsFor('taobao', 'no_such_type')).toEqual([]);
  });
});

describe('the form’s layout', () => {
  it('puts the complaint first, the story next, every other fact under "more facts", each once', () => {
    const layout = layoutFor(fields, new Set(factsFor('taobao', 'late_shipment')));
    expect(layout.complaint.map((f) => f.fact)).toEqual(COMPLAINT);
    const story = layout.story.flatMap((g) => g.fields.map((f) => f.fact));
    expect(layout.story.map((g) => g.group)).toEqual(['order', 'shipment', 'claim']);
    expect(story).toEqual(expect.arrayContaining(['order.paidAt', 'order.amount', 'claim.openedAt']));
    expect(story).toContain('shipment.firstCarrierScanAt');
    expect(story).not.toContain('item.defect');
    // The shipment section's own control is never in the story: a shipment field makes the section.
    expect(story).not.toContain('shipment');
    const more = layout.more.flatMap((g) => g.fields.map((f) => f.fact));
    expect([...layout.complaint.map((f) => f.fact), ...story, ...more].sort()).toEqual(
      fields.map((f) => f.fact).sort(),
    );
  });

  it('before the complaint is chosen, asks only for the required facts', () => {
    const layout = layoutFor(fields, undefined);
    expect(layout.story.flatMap((g) => g.fields.map((f) => f.fact))).toEqual([
      'order.paidAt',
      'order.amount',
      'claim.openedAt',
    ]);
  });
});

describe('the ticket note', () => {
  it('says each decision with its status, the penalty in yuan, the reasons with their sources', async () => {
    const c = JSON.parse(readFileSync(join(root, 'examples', 'late-shipment.json'), 'utf8'));
    const v = await judge(c);
    const text = ticketText(v, { platform: '淘宝', claimType: '延迟发货' });
    expect(text.split('\n').slice(0, 3)).toEqual([
      `【售后预判】案件 ${c.caseId} · 淘宝 · 延迟发货`,
      `判定时间 ${c.asOf}`,
      '判定:',
    ]);
    expect(text).toContain('- 责任方:卖家(确定)');
    expect(text).toContain('- 处理方式:仅退款(确定)');
    expect(text).toContain('处罚:\n- 延迟发货:扣 3 分,赔付买家 9.95 元');
    expect(text).toContain('(出处:000_aaa0857776ee9994.txt 第 192-194 行)');
    for (const name of FACTS.keys()) if (name.includes('.')) expect(text).not.toContain(name);
  });

  it('says "not decided yet", never the status word twice, and what is still needed from whom', async () => {
    const v = await judge({
      caseId: 'T',
      platform: 'taobao',
      asOf: '2024-06-25T12:00:00+08:00',
      order: { paidAt: '2024-06-08T09:00:00+08:00', amount: 129 },
      claim: { type: 'quality', openedAt: '2024-06-22T10:00:00+08:00' },
    });
    const text = ticketText(v, {});
    expect(text).toContain('- 责任方:还不能判定(待定)');
    expect(text).not.toContain('待定(待定)');
    expect(text).toMatch(/仍需:\n(- .+\n)*- 问买家:/);
  });
});
