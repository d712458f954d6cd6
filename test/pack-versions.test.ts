import type { CaseInput } from '../src/schema/case.js';
import { describe, expect, it } from 'vitest';
import { PackLoadError, VerdictSchema, buildPack, createJudge, defaultPack } from '../src/index.js';
import { deriveFacts } from '../src/facts/derive-facts.js';
import { compiledPack, eraAt } from '../src/pack/load-pack.js';
import { CaseSchema } from '../src/schema/case.js';
import { MANIFEST, lateCase, packOf, rule } from './helpers/pack.js';

function loadIssues(load: () => unknown) {
  try {
    load();
  } catch (e) {
    expect(e).toBeInstanceOf(PackLoadError);
    return (e as PackLoadError).issues.map(({ file, ruleId, path, code, message }) => ({
      file,
      ruleId,
      path,
      code,
      message,
    }));
  }
  throw new Error('expected the pack to fail to load');
}

const penalty = (percent: number) => [
  { kind: 'penalty', penalty: 'late_shipment', compensationToBuyer: { percentOf: 'order.amount', percent } },
];
const version = (id: string, dates: Record<string, string>, percent = 5, extra: Record<string, unknown> = {}) =>
  rule({ id, catalogue: ['TEST-RULE'], series: 'TEST-SERIES', ...dates, decisions: penalty(percent), ...extra });

describe('effective-dated versions', () => {
  it('rejects two versions of a series in force on the same day, naming file, rule, path and both rules', () => {
    const issues = loadIssues(() =>
      packOf({
        'a/old.json': [version('TEST-OLD', { effectiveTo: '2015-10-29' })],
        'b/new.json': [version('TEST-NEW', { effectiveFrom: '2015-10-29' }, 10)],
      }),
    );
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({
      file: 'b/new.json',
      ruleId: 'TEST-NEW',
      path: 'rules[0].effectiveFrom',
      code: 'version_overlap',
    });
    expect(issues[0]?.message).toContain('TEST-OLD');
    expect(issues[0]?.message).toContain('TEST-SERIES');
    expect(issues[0]?.message).toContain('a/old.json');
  });

  it('treats rules of a series with the same dates as one version, and versions on different platforms as independent', () => {
    expect(() =>
      packOf({
        'a/x.json': [
          version('TEST-A', { effectiveTo: '2015-10-28' }),
          version('TEST-A.points', { effectiveTo: '2015-10-28' }),
          version('TEST-B', { effectiveFrom: '2015-01-01' }, 10, { platforms: ['pinduoduo'] }),
        ],
      }),
    ).not.toThrow();
  });

  it('reports a gap between versions as a warning and still loads', () => {
    const pack = packOf({
      'a/x.json': [
        version('TEST-OLD', { effectiveTo: '2015-10-27' }),
        version('TEST-NEW', { effectiveFrom: '2015-10-29' }, 10),
      ],
    });
    expect(pack.warnings.map(({ file, ruleId, path, code }) => ({ file, ruleId, path, code }))).toEqual([
      { file: 'a/x.json', ruleId: 'TEST-NEW', path: 'rules[1].effectiveFrom', code: 'version_gap' },
    ]);
    expect(pack.warnings[0]?.message).toContain('2015-10-28');
  });

  it('the shipped pack has no overlaps and no gaps', () => {
    expect(defaultPack().warnings).toEqual([]);
  });

  it('judges with the version in force on the day of paidAt in the platform time zone', async () => {
    const pack = packOf({
      'a/x.json': [
        version('TEST-OLD', { effectiveTo: '2015-10-28' }),
        version('TEST-NEW', { effectiveFrom: '2015-10-29' }, 10),
      ],
    });
    const { judge } = createJudge({ pack });
    const at = async (paidAt: string) => {
      const v = await judge(
        lateCase({
          asOf: '2015-11-05T09:00:00+08:00',
          order: { paidAt, amount: 100 },
          claim: { type: 'late_shipment', openedAt: '2015-11-04T10:00:00+08:00' },
        }),
      );
      return [
        v.ruleset.rulesAt,
        v.outcome.penalties[0]?.compensationToBuyer,
        v.ruleset.versions.map((x) => x.rules.join()),
      ];
    };
    expect(await at('2015-10-28T23:59:59+08:00')).toEqual(['2015-10-28', 5, ['TEST-OLD']]);
    expect(await at('2015-10-29T00:00:00+08:00')).toEqual(['2015-10-29', 10, ['TEST-NEW']]);
    // 16:00Z on the 28th is midnight of the 29th in Asia/Shanghai.
    expect(await at('2015-10-28T16:00:00Z')).toEqual(['2015-10-29', 10, ['TEST-NEW']]);
    expect(await at('2015-10-28T15:59:00Z')).toEqual(['2015-10-28', 5, ['TEST-OLD']]);
  });

  it('indexes versions in eras found by binary search', () => {
    const pack = packOf({
      'a/x.json': [
        version('TEST-OLD', { effectiveTo: '2015-10-28' }),
        version('TEST-NEW', { effectiveFrom: '2015-10-29' }, 10),
      ],
    });
    const bucket = compiledPack(pack).buckets.get('taobao:late_shipment');
    if (!bucket) throw new Error('no bucket');
    expect(bucket.eras.map((e) => [e.from, e.stage1.map((r) => r.spec.id)])).toEqual([
      ['', ['TEST-OLD']],
      ['2015-10-29', ['TEST-NEW']],
    ]);
    expect(eraAt(bucket, '1999-01-01').from).toBe('');
    expect(eraAt(bucket, '2015-10-28').from).toBe('');
    expect(eraAt(bucket, '2015-10-29').from).toBe('2015-10-29');
    expect(eraAt(bucket, '2030-01-01').from).toBe('2015-10-29');
  });

  it("a pinned date changes the verdict: today's rules on an old order", async () => {
    const old = lateCase({
      order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 800, sellerDeclaredOutOfStock: false },
      shipment: { firstCarrierScanAt: '2015-04-19T10:00:00+08:00', trackingValid: true, trackingMatchesAddress: true },
      claim: { type: 'late_shipment', openedAt: '2015-04-19T10:00:00+08:00', sellerPaidBeforeRuling: false },
    });
    const then = await createJudge().judge(old);
    const now = await createJudge({ rulesAt: '2024-01-01' }).judge(old);
    expect(then.ruleset).toMatchObject({ rulesAt: '2015-04-15', rulesAtFrom: 'paidAt' });
    expect(then.outcome.penalties).toEqual([
      { kind: 'late_shipment', points: 3, compensationToBuyer: 30, ruleId: 'SHIP-LATE-72H' },
    ]);
    expect(now.ruleset).toMatchObject({ rulesAt: '2024-01-01', rulesAtFrom: 'pinned' });
    expect(now.outcome.penalties).toEqual([
      {
        kind: 'late_shipment',
        compensationToBuyer: 80,
        paymentToPlatform: 80,
        ruleId: 'TB-LATE-2019.platform-payment',
      },
    ]);
  });

  it('rejects a pinned date that is not a calendar date', () => {
    expect(() => createJudge({ rulesAt: '2024-13-01' })).toThrow(TypeError);
    expect(() => createJudge({ rulesAt: '2024-01-01T00:00:00Z' })).toThrow(/YYYY-MM-DD/);
  });

  it('the verdict names the pack and the rule versions it used', async () => {
    const v = await createJudge().judge(
      lateCase({
        asOf: '2019-08-30T12:00:00+08:00',
        order: { paidAt: '2019-08-26T00:00:00+08:00', amount: 600 },
        claim: { type: 'late_shipment', openedAt: '2019-08-30T10:00:00+08:00' },
      }),
    );
    expect(VerdictSchema.parse(v)).toBeTruthy();
    expect(v.ruleset.id).toBe('aftersale-rules');
    expect(v.ruleset.versions).toContainEqual({
      series: 'TB-LATE-SHIPMENT',
      effectiveFrom: '2019-08-26',
      rules: ['TB-LATE-2019', 'TB-LATE-2019.platform-payment'],
    });
    expect(v.ruleset.versions.flatMap((x) => x.rules)).not.toContain('SHIP-LATE-72H');
    expect(v.trace.map((t) => t.ruleId)).not.toContain('SHIP-LATE-72H');
  });
});

describe('pack options', () => {
  const manifest = { ...MANIFEST, options: { 'TEST-OPT': { default: false, description: 'a test option' } } };
  const build = (rules: unknown[]) =>
    buildPack({ name: 'pack.json', text: JSON.stringify(manifest) }, [
      { name: 'a/x.json', text: JSON.stringify({ rules }) },
    ]);
  const gated = rule({ id: 'TEST-GATED', option: 'TEST-OPT', decisions: penalty(10) });

  it('a rule gated on an option runs only when a judge turns the option on', async () => {
    const pack = build([gated]);
    const off = await createJudge({ pack }).judge(lateCase());
    const on = await createJudge({ pack, options: { 'TEST-OPT': true } }).judge(lateCase());
    expect(off.trace.map((t) => t.ruleId)).toEqual([]);
    expect(off.ruleset.options).toEqual([]);
    expect(on.trace.map((t) => t.ruleId)).toEqual(['TEST-GATED']);
    expect(on.ruleset.options).toEqual(['TEST-OPT']);
  });

  it('rejects an option the pack does not declare, in a rule and in createJudge', () => {
    expect(loadIssues(() => packOf({ 'a/x.json': [gated] })).map((i) => [i.ruleId, i.path, i.code])).toEqual([
      ['TEST-GATED', 'rules[0].option', 'unknown_option'],
    ]);
    expect(() => createJudge({ pack: build([gated]), options: { 'NO-SUCH': true } })).toThrow(/NO-SUCH/);
  });
});

describe('shop policy overlay', () => {
  const forbidding = rule({
    id: 'TEST-LAW',
    priority: 'law',
    mandatory: true,
    conditions: {
      all: [
        { fact: 'claim.type', operator: 'equal', value: 'no_reason_return' },
        { fact: 'order.freeShipping', operator: 'equal', value: true },
      ],
    },
    decisions: [{ kind: 'forbid', decision: 'refundAdjustment', value: 'deduct_outbound_freight' }],
  });
  const policy = rule({
    id: 'TEST-SHOP',
    priority: 'default',
    conditions: {
      all: [
        { fact: 'claim.type', operator: 'equal', value: 'no_reason_return' },
        { fact: 'shopPolicy.deductOutboundFreight', operator: 'equal', value: true },
      ],
    },
    decisions: [
      { kind: 'refundAdjustment', adjustment: 'deduct_outbound_freight', amount: { fact: 'order.outboundFreight' } },
    ],
  });
  const returnCase = (freeShipping: boolean, shopPolicy?: Record<string, unknown>) =>
    ({
      caseId: 'R-1',
      platform: 'taobao',
      asOf: '2020-06-15T10:00:00+08:00',
      order: { paidAt: '2020-06-05T10:00:00+08:00', amount: 199, outboundFreight: 8, freeShipping },
      claim: { type: 'no_reason_return', openedAt: '2020-06-14T10:00:00+08:00' },
      ...(shopPolicy ? { shopPolicy } : {}),
    }) as CaseInput;
  const pack = packOf({ 'a/x.json': [forbidding, policy] });

  it('a mandatory rule overrides a conflicting shop policy and the verdict lists it with both rule ids', async () => {
    const v = await createJudge({ pack }).judge(returnCase(true, { deductOutboundFreight: true }));
    expect(v.outcome.refundAdjustments).toEqual([]);
    expect(v.conflicts).toEqual([
      {
        decision: 'refundAdjustment.deduct_outbound_freight',
        reason: 'policy_overridden',
        priority: 100,
        candidates: [
          { ruleId: 'TEST-LAW', value: false, fired: true },
          { ruleId: 'TEST-SHOP', value: true, fired: true },
        ],
        policy: ['shopPolicy.deductOutboundFreight'],
      },
    ]);
  });

  it('the shop policy applies where no mandatory rule forbids it', async () => {
    const v = await createJudge({ pack }).judge(returnCase(false, { deductOutboundFreight: true }));
    expect(v.outcome.refundAdjustments).toEqual([{ kind: 'deduct_outbound_freight', amount: 8, ruleId: 'TEST-SHOP' }]);
    expect(v.conflicts).toEqual([]);
  });

  it("takes defaults set once with createJudge({ shopPolicy }); the case's own fields win", async () => {
    const shop = createJudge({ pack, shopPolicy: { deductOutboundFreight: true } });
    expect((await shop.judge(returnCase(false))).outcome.refundAdjustments).toHaveLength(1);
    expect((await shop.judge(returnCase(false, { deductOutboundFreight: false }))).outcome.refundAdjustments).toEqual(
      [],
    );
    expect((await shop.judge(returnCase(true))).conflicts.map((c) => c.reason)).toEqual(['policy_overridden']);
    expect(() => createJudge({ shopPolicy: { returnWindowDays: -1 } as never })).toThrow(
      /shopPolicy\.returnWindowDays/,
    );
  });

  it("a shop window shorter than the law's 7 days is overridden and reported (shipped pack)", async () => {
    const v = await createJudge({ shopPolicy: { returnWindowDays: 3 } }).judge({
      caseId: 'R-2',
      platform: 'taobao',
      asOf: '2020-06-15T10:00:00+08:00',
      order: { paidAt: '2020-06-07T10:00:00+08:00', amount: 199, nonReturnableConfirmed: false, freeShipping: true },
      shipment: {
        firstCarrierScanAt: '2020-06-08T10:00:00+08:00',
        deliveredAt: '2020-06-10T23:30:00+08:00',
        status: 'delivered',
      },
      claim: { type: 'no_reason_return', openedAt: '2020-06-15T10:00:00+08:00', priorAgreement: 'none' },
      item: { used: false, washed: false, tagsIntact: true, packagingIntact: true, resalable: true },
    });
    const overridden = v.conflicts.filter((c) => c.reason === 'policy_overridden');
    expect(overridden).toHaveLength(1);
    expect(overridden[0]).toMatchObject({ decision: 'remedy', policy: ['shopPolicy.returnWindowDays'] });
    expect(overridden[0]?.candidates.map((c) => c.ruleId)).toEqual(['LAW-7DAY-WINDOW', 'LAW-7DAY-WINDOW.shop-window']);
    expect(v.outcome.remedy).not.toBe('reject_claim');
  });

  it('only a mandatory rule may forbid, and only values the decision can take', () => {
    const notMandatory = { ...forbidding, mandatory: undefined };
    expect(loadIssues(() => packOf({ 'a/x.json': [notMandatory] })).map((i) => [i.path, i.code])).toEqual([
      ['rules[0].decisions[0]', 'forbid_not_mandatory'],
    ]);
    const badValue = {
      ...forbidding,
      decisions: [{ kind: 'forbid', decision: 'remedy', value: 'deduct_outbound_freight' }],
    };
    expect(loadIssues(() => packOf({ 'a/x.json': [badValue] })).map((i) => [i.path, i.code])).toEqual([
      ['rules[0].decisions[0].value', 'invalid_value'],
    ]);
  });
});

describe('facts the public rules read', () => {
  const derive = (patch: Record<string, unknown>) =>
    deriveFacts(
      CaseSchema.parse({
        caseId: 'D',
        platform: 'taobao',
        asOf: '2021-05-15T10:00:00+08:00',
        order: { paidAt: '2021-05-10T10:00:00+08:00', amount: 1 },
        claim: { type: 'late_shipment', openedAt: '2021-05-14T10:00:00+08:00' },
        ...patch,
      }),
      { timeZone: 'Asia/Shanghai', returnWindowDays: 7 },
    );

  it.each([
    [
      'the carrier scan when there is one',
      { firstCarrierScanAt: '2021-05-12T10:00:00+08:00', waybillAt: '2021-05-13T10:00:00+08:00' },
      48,
    ],
    [
      'the later of waybill and click for a carrier with no tracking system',
      {
        carrierScanned: false,
        carrierHasNoTrackingSystem: true,
        waybillAt: '2021-05-11T10:00:00+08:00',
        markedShippedAt: '2021-05-12T10:00:00+08:00',
      },
      48,
    ],
    [
      'the waybill when it is the later',
      {
        carrierScanned: false,
        carrierHasNoTrackingSystem: true,
        waybillAt: '2021-05-13T10:00:00+08:00',
        markedShippedAt: '2021-05-10T12:00:00+08:00',
      },
      72,
    ],
    [
      'asOf, not the waybill, for a carrier whose tracking system shows no scan (art. 25(二) is for carriers with none)',
      { carrierScanned: false, waybillAt: '2021-05-11T10:00:00+08:00', markedShippedAt: '2021-05-12T10:00:00+08:00' },
      120,
    ],
    [
      'asOf when there is neither scan nor waybill',
      { carrierScanned: false, markedShippedAt: '2021-05-10T12:00:00+08:00' },
      120,
    ],
  ])('hoursToShipPlatform is %s', (_, shipment, hours) => {
    expect(derive({ shipment }).hoursToShipPlatform).toBe(hours);
  });

  it('hoursToShipPlatform is asOf when the seller shows no scan (the carrier record is the seller to produce)', () => {
    expect(derive({ shipment: { markedShippedAt: '2021-05-10T12:00:00+08:00' } }).hoursToShipPlatform).toBe(120);
  });

  it('hoursToShipPlatform is unknown when a carrier event shows a scan whose time is not given', () => {
    expect(
      derive({ shipment: { markedShippedAt: '2021-05-10T12:00:00+08:00', status: 'in_transit' } }).hoursToShipPlatform,
    ).toBeUndefined();
  });

  it.each([
    [undefined, '2021-05-14T10:00:00+08:00', false],
    [3, '2021-05-13T23:59:00+08:00', false],
    [3, '2021-05-14T00:00:00+08:00', true],
    [10, '2021-05-18T10:00:00+08:00', false],
  ])('shopWindowLapsed with a %s-day shop window, claim opened %s: %s', (days, openedAt, lapsed) => {
    const f = derive({
      shipment: { firstCarrierScanAt: '2021-05-10T12:00:00+08:00', deliveredAt: '2021-05-10T23:30:00+08:00' },
      claim: { type: 'no_reason_return', openedAt },
      ...(days === undefined ? {} : { shopPolicy: { returnWindowDays: days } }),
    });
    expect(f.shopWindowLapsed).toBe(lapsed);
  });

  it('shopWindowLapsed is unknown when a shop window is set but the sign-for time is not', () => {
    expect(derive({ shopPolicy: { returnWindowDays: 3 } }).shopWindowLapsed).toBeUndefined();
  });
});
