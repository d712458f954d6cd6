import { describe, expect, it } from 'vitest';
import { formatVerdict } from '../../src/cli/format-verdict.js';
import type { OpenQuestion, Verdict } from '../../src/schema/verdict.js';

// The human output of a verdict built by hand, so its wording is pinned whatever the rules decide:
// statuses next to each decision, the first three open questions (who answers, unknown or not
// shown, what each could change), the count of the rest, missing facts with what they hold open.

const question = (
  fact: string,
  kind: OpenQuestion['kind'],
  party: OpenQuestion['party'],
  zh: string,
  en: string,
  couldChange: OpenQuestion['couldChange'],
): OpenQuestion => ({
  fact,
  kind,
  ...(party === undefined ? {} : { party }),
  question: { zh, en },
  schema: { type: 'boolean' },
  couldChange,
});

const verdict: Verdict = {
  caseId: 'HAND-1',
  asOf: '2024-04-20T10:00:00+08:00',
  ruleset: {
    id: 'pack',
    version: '1',
    rules: 4,
    rulesAt: '2024-04-15',
    rulesAtFrom: 'paidAt',
    versions: [],
    options: [],
  },
  outcome: {
    liability: 'carrier',
    remedy: 'reship',
    freight: { reship: { payer: 'seller', cap: 12, ruleId: 'R-RESHIP' }, return: { payer: 'undetermined' } },
    refundAdjustments: [],
    penalties: [],
    countsTowardDisputeRate: false,
  },
  evidenceRequired: [],
  actions: [],
  findings: [],
  status: {
    liability: 'provisional',
    remedy: 'firm',
    countsTowardDisputeRate: 'firm',
    'freight.reship': 'provisional',
    'freight.return': 'undetermined',
  },
  openQuestions: [
    question('shipment.status', 'unknown', 'carrier', '包裹现在在哪里?', 'Where is the parcel now?', [
      { decision: 'remedy', to: 'negotiate', ruleId: 'R-LOST' },
      { decision: 'liability', to: 'seller', ruleId: 'R-LOST' },
      { decision: 'liability', to: 'undetermined', ruleId: 'R-PROXY' },
      { decision: 'freight.reship', to: 'carrier', ruleId: 'R-LOST' },
      { decision: 'liability', to: 'seller', ruleId: 'R-OTHER' },
    ]),
    question('claim.escalated', 'unknown', 'platform', '平台是否已介入?', 'Has the platform stepped in?', [
      { decision: 'countsTowardDisputeRate', to: true, ruleId: 'R-RATE' },
    ]),
    question(
      'promises.freeReship',
      'not_shown',
      'buyer',
      '卖家是否承诺过免费补发?',
      'Did the seller promise a free reship?',
      [{ decision: 'freight.reship', to: 'seller', ruleId: 'R-PROMISE' }],
    ),
    question('item.defect', 'not_shown', undefined, '商品有无瑕疵?', 'Is the item defective?', []),
    question('item.used', 'not_shown', 'seller', '商品是否已使用?', 'Was the item used?', []),
  ],
  missingFacts: [
    { fact: 'shipment.status', neededBy: ['R-LOST', 'R-PROXY'], blocks: ['freight.reship', 'remedy', 'liability'] },
    { fact: 'claim.escalated', neededBy: ['R-RATE'], blocks: [] },
  ],
  conflicts: [
    {
      decision: 'countsTowardDisputeRate',
      reason: 'same_priority',
      priority: 40,
      candidates: [
        { ruleId: 'R-A', value: true, fired: true },
        { ruleId: 'R-B', value: false, fired: true },
      ],
    },
  ],
  trace: [],
};

describe('formatVerdict', () => {
  it('prints statuses, the top three questions and the missing facts in Chinese', () => {
    expect(formatVerdict(verdict, 'zh')).toMatchInlineSnapshot(`
      "案件 HAND-1 · 判定时间 2024-04-20T10:00:00+08:00
      规则:pack 1, 适用 2024-04-15 (4 条规则参与判定)

      判定结果
        责任方:快递公司(暂定)
        处理方式:补发(确定)
        计入纠纷率:否(确定)
      运费
        退货运费:待定
        补发运费:卖家(暂定,上限 12 元)  [R-RESHIP]
      待回答的问题
        1. 包裹现在在哪里?  [shipment.status]
           未知,问快递公司
           可能改变:责任方 → 卖家或待定;处理方式 → 协商;补发运费 → 快递公司
        2. 平台是否已介入?  [claim.escalated]
           未知,问平台
           可能改变:计入纠纷率 → 是
        3. 卖家是否承诺过免费补发?  [promises.freeReship]
           未举证,待买家举证
           可能改变:补发运费 → 卖家
        另有 2 个问题(--json 列出全部)
      缺少的事实
        shipment.status (所需规则 R-LOST, R-PROXY;悬而未决:责任方、处理方式、补发运费)
        claim.escalated (所需规则 R-RATE)
      冲突
        计入纠纷率:同优先级结论不同 (40): R-A → 是; R-B → 否
      依据规则
        无
      "
    `);
  });

  it('prints statuses, the top three questions and the missing facts in English', () => {
    expect(formatVerdict(verdict, 'en')).toMatchInlineSnapshot(`
      "Case HAND-1 · as of 2024-04-20T10:00:00+08:00
      Rules: pack 1, in force on 2024-04-15 (4 rules evaluated)

      Outcome
        Liability: carrier (provisional)
        Remedy: reship (firm)
        Counts toward dispute rate: no (firm)
      Freight
        return freight: undetermined
        reship freight: seller (provisional, cap 12 yuan)  [R-RESHIP]
      Open questions
        1. Where is the parcel now?  [shipment.status]
           unknown: ask the carrier
           could change: Liability → seller or undetermined; Remedy → to be negotiated; reship freight → carrier
        2. Has the platform stepped in?  [claim.escalated]
           unknown: ask the platform
           could change: Counts toward dispute rate → yes
        3. Did the seller promise a free reship?  [promises.freeReship]
           not shown: for the buyer to show
           could change: reship freight → seller
        and 2 more (--json lists them all)
      Missing facts
        shipment.status (needed by R-LOST, R-PROXY; holds open: Liability, Remedy, reship freight)
        claim.escalated (needed by R-RATE)
      Conflicts
        Counts toward dispute rate: same priority, different answers (40): R-A → yes; R-B → no
      Decided by
        none
      "
    `);
  });

  it('says nothing of more questions when there are three or fewer, and has no section without any', () => {
    const three = formatVerdict({ ...verdict, openQuestions: verdict.openQuestions.slice(0, 3) }, 'en');
    expect(three).toContain('  3. Did the seller promise a free reship?  [promises.freeReship]\n');
    expect(three).not.toMatch(/more \(--json/);
    expect(formatVerdict({ ...verdict, openQuestions: [] }, 'en')).not.toContain('Open questions');
  });

  it('prints a decision without a status (an older verdict) as its value alone', () => {
    const out = formatVerdict({ ...verdict, status: { liability: 'firm', remedy: 'firm' } }, 'en');
    expect(out).toContain('  Counts toward dispute rate: no\n');
    expect(out).toContain('  reship freight: seller (cap 12 yuan)  [R-RESHIP]\n');
  });
});
