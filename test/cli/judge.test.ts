import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SINGLE_DECISIONS, SINGLE_KEYS } from '../../src/verdict/decisions.js';
import { VerdictSchema } from '../../src/schema/verdict.js';
import { decisionName, langFromEnv, term } from '../../src/cli/i18n.js';
import { ActionCode, EvidenceItem } from '../../src/schema/vocabulary.js';
import { CLI_TIMEOUT, cli } from './run-cli.js';

const CASE = 'test/cli/fixtures/cases/late-shipment.json';
const caseText = readFileSync(join(import.meta.dirname, 'fixtures', 'cases', 'late-shipment.json'), 'utf8');
// Transit damage with both photos: the carrier is liable and the seller claims from it (an action).
const DAMAGED = 'test/cli/fixtures/judge/damaged-photos.json';
// The same without the photos: the rule asks the buyer for them (evidence still needed).
const DAMAGED_NO_PHOTOS = 'test/cli/fixtures/judge/damaged-no-photos.json';
// A sparse case as a shop backend fills it: the seller marked the order shipped with a waybill, the
// carrier has no scan yet, the buyer says it has not arrived. Nothing says where the parcel is, so
// the decisions are provisional and the parcel's status is the first question.
const SPARSE = 'test/cli/fixtures/judge/sparse-not-received.json';

/** The lines of a human verdict from the heading `from` up to (not including) the heading `to`. */
function section(stdout: string, from: string, to: string): string {
  const start = stdout.indexOf(`\n${from}\n`);
  const end = stdout.indexOf(`\n${to}\n`, start + 1);
  return stdout.slice(start + 1, end < 0 ? undefined : end + 1);
}

describe.concurrent('aftersale-rules judge', { timeout: CLI_TIMEOUT }, () => {
  it('prints the verdict for a person, in English with --lang en', async () => {
    const r = await cli(['judge', CASE, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Case TB-2015-0415-001');
    expect(r.stdout).toMatch(/Liability: seller \(firm\)\n {2}Remedy: refund only \(firm\)\n/);
    expect(r.stdout).toMatch(/late shipment: 3 points, 9\.95 yuan to the buyer {2}\[SHIP-LATE-72H\]/);
    expect(r.stdout).toMatch(/Decided by\n(?: {2}.*\n)* {2}SHIP-LATE-72H {2}Late shipment/);
  });

  it('prints Chinese with --lang zh', async () => {
    const r = await cli(['judge', CASE, '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('责任方:卖家(确定)\n  处理方式:仅退款(确定)\n');
    expect(r.stdout).toContain('依据规则');
    expect(r.stdout).toMatch(/延迟发货:扣 3 分,赔付买家 9\.95 元  \[SHIP-LATE-72H\]/);
  });

  it('prints actions and evidence items as words, not codes, in Chinese', async () => {
    const [missing, shown] = await Promise.all([
      cli(['judge', DAMAGED_NO_PHOTOS, '--lang', 'zh']),
      cli(['judge', DAMAGED, '--lang', 'zh']),
    ]);
    expect(missing.status).toBe(0);
    expect(missing.stdout).toContain(
      '仍需提供的证据\n  买家:外包装及面单照片  [LOGI-DAMAGED-TRANSIT]\n  买家:内物破损照片  [LOGI-DAMAGED-TRANSIT]\n',
    );
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain('建议操作\n  向快递公司索赔  [LOGI-DAMAGED-TRANSIT.proven]\n');
    expect(shown.stdout).not.toContain('仍需提供的证据'); // the photos are in the case: not asked for again
    for (const r of [missing, shown])
      expect(r.stdout).not.toMatch(
        /claim_compensation_from_carrier|outer_packaging_photo_with_label|inner_damage_photo/,
      );
  });

  it('prints actions and evidence items as words, not codes, in English', async () => {
    const [missing, shown] = await Promise.all([
      cli(['judge', DAMAGED_NO_PHOTOS, '--lang', 'en']),
      cli(['judge', DAMAGED, '--lang', 'en']),
    ]);
    expect(missing.status).toBe(0);
    expect(missing.stdout).toContain(
      'Evidence still needed\n  buyer: photo of the outer packaging with the label  [LOGI-DAMAGED-TRANSIT]\n  buyer: photo of the damage inside  [LOGI-DAMAGED-TRANSIT]\n',
    );
    expect(shown.status).toBe(0);
    expect(shown.stdout).toContain(
      'Next steps\n  claim compensation from the carrier  [LOGI-DAMAGED-TRANSIT.proven]\n',
    );
    expect(shown.stdout).not.toContain('Evidence still needed');
    for (const r of [missing, shown])
      expect(r.stdout).not.toMatch(
        /claim_compensation_from_carrier|outer_packaging_photo_with_label|inner_damage_photo/,
      );
  });

  it('prints a sparse case in Chinese: each decision with its status, the top 3 open questions, how many more', async () => {
    const r = await cli(['judge', SPARSE, '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(section(r.stdout, '判定结果', '仍需提供的证据')).toMatchInlineSnapshot(`
      "判定结果
        责任方:无责(确定)
        处理方式:驳回申请(确定)
        计入纠纷率:否(确定)
      待回答的问题
        1. 卖家是否在买家付款后告知过缺货(买家须举证,如聊天记录)?  [order.sellerDeclaredOutOfStock]
           未举证,待买家举证
           可能改变:责任方 → 卖家;处理方式 → 协商;处罚 · 延迟发货 → 是
        2. 请一并回答:卖家能否出示承运商对在途延误原因的说明(爆仓、天气、承运商事故)? 物流记录显示包裹现在处于什么状态(在途、已签收、丢失、超区、退回、拒收;卖家须出示物流记录)?  [shipment.delayCause]
           未举证,待卖家举证
           可能改变:责任方 → 快递公司;处理方式 → 补发;补发运费 → 卖家
        3. 买家是否明确同意过某个发货日期,是哪天(卖家须举证)?  [order.agreedShipBy]
           未举证,待卖家举证
           可能改变:责任方 → 卖家;处理方式 → 待定
        另有 7 个问题(--json 列出全部)
      "
    `);
    // The parcel's state is the seller's to show: no unknown fact holds a decision open.
    expect(r.stdout).not.toContain('缺少的事实');
  });

  it('prints a sparse case in English: each decision with its status, the top 3 open questions, how many more', async () => {
    const r = await cli(['judge', SPARSE, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(section(r.stdout, 'Outcome', 'Evidence still needed')).toMatchInlineSnapshot(`
      "Outcome
        Liability: no one (firm)
        Remedy: reject the claim (firm)
        Counts toward dispute rate: no (firm)
      Open questions
        1. Did the seller tell the buyer after payment that it had no stock (the buyer must show it, e.g. the chat)?  [order.sellerDeclaredOutOfStock]
           not shown: for the buyer to show
           could change: Liability → seller; Remedy → to be negotiated; Penalties · late shipment → yes
        2. Answer together: Can the seller show the carrier's notice of the cause of the delay in transit (backlog, weather, an accident of its own)? Where is the parcel now by the carrier's record (in transit, delivered, lost, out of area, returned, refused; the seller must show the tracking record)?  [shipment.delayCause]
           not shown: for the seller to show
           could change: Liability → carrier; Remedy → reship; reship freight → seller
        3. Did the buyer explicitly agree to a ship-by date, and which (the seller must show it)?  [order.agreedShipBy]
           not shown: for the seller to show
           could change: Liability → seller; Remedy → undetermined
        and 7 more (--json lists them all)
      "
    `);
    // The parcel's state is the seller's to show: no unknown fact holds a decision open.
    expect(r.stdout).not.toContain('Missing facts');
  });

  it.each(['zh', 'en'] as const)(
    "prints the first three of --json's open questions in %s, in its order, and counts the rest",
    async (lang) => {
      const [human, json] = await Promise.all([
        cli(['judge', SPARSE, '--lang', lang]),
        cli(['judge', SPARSE, '--json']),
      ]);
      const questions = VerdictSchema.parse(JSON.parse(json.stdout)).openQuestions;
      expect(questions.length).toBeGreaterThan(3);
      const printed = [...human.stdout.matchAll(/^ {2}\d\. (.*) {2}\[(.*)\]$/gm)].map((m) => [m[1], m[2]]);
      expect(printed).toEqual(questions.slice(0, 3).map((q) => [q.question[lang], q.fact]));
      expect(human.stdout).toContain(
        lang === 'zh' ? `另有 ${questions.length - 3} 个问题` : `and ${questions.length - 3} more`,
      );
    },
  );

  it("--json gives each decision's status and the ranked open questions", async () => {
    const [sparse, late] = await Promise.all([cli(['judge', SPARSE, '--json']), cli(['judge', CASE, '--json'])]);
    expect(sparse.status).toBe(0);
    const v = VerdictSchema.parse(JSON.parse(sparse.stdout));
    // Marked shipped a day after payment, not scanned yet, not received the next day: nothing is late
    // yet (SHIP-NOT-YET-DUE), firm, since only what the seller has not shown could change it.
    expect(v.status).toEqual({ liability: 'firm', remedy: 'firm', countsTowardDisputeRate: 'firm' });
    // The parcel's state is the seller's to show (the carrier's record, 000:188-191): asked of the seller.
    const status = v.openQuestions.find((q) => q.fact === 'shipment.status');
    expect(status).toMatchObject({
      kind: 'not_shown',
      party: 'seller',
      question: { zh: expect.any(String), en: expect.any(String) },
    });
    expect(status?.couldChange).toContainEqual({ decision: 'remedy', to: 'undetermined', ruleId: 'LOGI-LOST' });
    // Ranked by what an answer can settle: the first question can move liability or remedy.
    expect(v.openQuestions[0]?.couldChange.some((c) => c.decision === 'liability' || c.decision === 'remedy')).toBe(
      true,
    );
    expect(v.missingFacts).toEqual([]);

    const firm = VerdictSchema.parse(JSON.parse(late.stdout));
    expect(firm.status).toMatchObject({ liability: 'firm', remedy: 'firm' });
    expect(firm.openQuestions.every((q) => q.kind === 'not_shown')).toBe(true); // a firm decision has no unknown question
  });

  it.each(['zh', 'en'] as const)('has a %s label, not the code, for every action and evidence item', (lang) => {
    for (const code of ActionCode.options) expect(term.action(lang, code), code).not.toMatch(/^$|_/);
    for (const item of EvidenceItem.options) expect(term.evidence(lang, item), item).not.toMatch(/^$|_/);
  });

  it.each([
    ['zh', 'freight.returnExcess', '超出运费险的退货运费'],
    ['en', 'countsTowardDisputeRate', 'Counts toward dispute rate'],
    ['en', 'action.reship', 'Next steps · reship'],
    ['zh', 'penalty.late_shipment', '处罚 · 延迟发货'],
    ['en', 'liability', 'Liability'],
    ['en', 'disputeRate', 'disputeRate'],
    ['en', 'no.such.decision', 'no.such.decision'],
  ] as const)('names the decision (%s) %s as %s', (lang, key, name) => {
    expect(decisionName(lang, key)).toBe(name);
  });

  it.each(['zh', 'en'] as const)(
    'names every single-valued decision in %s by its label in the decision registry',
    (lang) => {
      for (const key of SINGLE_KEYS) expect(decisionName(lang, key), key).toBe(SINGLE_DECISIONS.get(key)?.label[lang]);
    },
  );

  it.each([
    [{ LANG: 'en_US.UTF-8' }, 'Outcome'],
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'Outcome'],
    [{}, '判定结果'],
  ])('takes the language from the locale %j', async (env, heading) => {
    const r = await cli(['judge', CASE], { env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(heading);
  });

  it.each([
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'en_US', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'en' }, 'en'],
    [{ LANG: 'C' }, 'zh'],
    [{ LANG: 'fr_FR.UTF-8' }, 'zh'],
    [{ LANG: 'eng' }, 'zh'],
    [{}, 'zh'],
  ])('langFromEnv(%j) is %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('--json prints a verdict VerdictSchema accepts, and only that, on stdout', async () => {
    const r = await cli(['judge', CASE, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const verdict = VerdictSchema.parse(JSON.parse(r.stdout));
    expect(verdict.caseId).toBe('TB-2015-0415-001');
    expect(verdict.outcome.liability).toBe('seller');
  });

  it('reads the case from stdin with -', async () => {
    const r = await cli(['judge', '-', '--json'], { input: caseText });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).caseId).toBe('TB-2015-0415-001');
  });

  it('--rules-at pins the rules day', async () => {
    const r = await cli(['judge', CASE, '--json', '--rules-at', '2024-01-01']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ruleset).toMatchObject({ rulesAt: '2024-01-01', rulesAtFrom: 'pinned' });
  });

  it('exits 2 with every issue and its path on stderr for an invalid case, nothing on stdout', async () => {
    const bad = JSON.parse(caseText);
    bad.order.paidAt = '2015-04-15T10:00:00'; // a T form needs an offset
    bad.order.amount = 12.345;
    bad.order.paidat = 'typo';
    const r = await cli(['judge', '-'], { input: JSON.stringify(bad) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('→ at order.paidAt');
    expect(r.stderr).toContain('→ at order.amount');
    expect(r.stderr).toContain('Unknown field "paidat" → at order.paidat');
  });

  it('exits 2 on malformed JSON and on a missing file', async () => {
    const malformed = await cli(['judge', '-'], { input: '{"caseId":' });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/Malformed JSON/);
    const missing = await cli(['judge', 'no-such-case.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read no-such-case\.json/);
    expect(missing.stdout).toBe('');
  });

  it('exits 2 naming the option when --option is not declared by the pack', async () => {
    const r = await cli(['judge', CASE, '--option', 'NO-SUCH-OPTION']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('NO-SUCH-OPTION');
  });
});
