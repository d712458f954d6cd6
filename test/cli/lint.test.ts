import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { lintPack } from '../../src/lint/lint-pack.js';
import { MANIFEST } from '../helpers/pack.js';
import { CLI_TIMEOUT, cli } from './run-cli.js';

const tmp = mkdtempSync(join(tmpdir(), 'aftersale-cli-lint-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, unknown>;

const rule = (id: string, conditions: Json[], decisions: Json[], extra: Json = {}): Json => ({
  id,
  catalogue: ['SHIP-LATE-72H'],
  platforms: ['taobao', 'tmall'],
  source: { rule: 'test' },
  message: { zh: '测试', en: 'test' },
  priority: 'standard',
  conditions: { all: conditions },
  decisions,
  ...extra,
});

let n = 0;
/** A pack directory with one rule file, a catalogue and optionally fixtures. */
function pack(rules: Json[], options: { catalogue?: string[]; fixtures?: Json[] } = {}): string {
  const dir = join(tmp, `pack-${++n}`);
  mkdirSync(join(dir, 'rules', 'ship'), { recursive: true });
  writeFileSync(join(dir, 'rules', 'pack.json'), JSON.stringify({ ...MANIFEST, id: 't', version: '1' }));
  writeFileSync(join(dir, 'rules', 'ship', 'rules.json'), JSON.stringify({ rules }));
  writeFileSync(
    join(dir, 'rules', 'catalogue.json'),
    JSON.stringify({ entries: (options.catalogue ?? ['SHIP-LATE-72H']).map((id) => ({ id })) }),
  );
  mkdirSync(join(dir, 'fixtures'));
  (options.fixtures ?? []).forEach((f, i) => writeFileSync(join(dir, 'fixtures', `f${i}.json`), JSON.stringify(f)));
  return dir;
}

/** The static analysis runs in-process; the tests at the end run the command itself. */
const lint = async (dir: string, withFixtures = false) => {
  const findings = lintPack({
    rulesDir: join(dir, 'rules'),
    ...(withFixtures ? { fixturesDir: join(dir, 'fixtures') } : {}),
  });
  return { status: findings.some((f) => f.severity === 'error') ? 1 : 0, findings };
};

const lateClaim = { fact: 'claim.type', operator: 'equal', value: 'late_shipment' };
const seller = { kind: 'liability', value: 'seller' };
const none = { kind: 'liability', value: 'none' };

describe.concurrent('lintPack (aftersale-rules lint)', { timeout: CLI_TIMEOUT }, () => {
  it('reports what the loader rejects, unknown facts included, and exits 1', async () => {
    const dir = pack([rule('A', [lateClaim, { fact: 'order.paidAtt', operator: 'equal', value: 1 }], [seller])]);
    const r = await lint(dir);
    expect(r.status).toBe(1);
    expect(r.findings).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'unknown_fact', ruleId: 'A' }),
    );
  });

  it.each([
    [
      'one fact equal to two values',
      [lateClaim, { fact: 'claim.type', operator: 'equal', value: 'quality' }],
      /claim\.type equal "late_shipment" and claim\.type equal "quality"/,
    ],
    [
      'ranges that cannot meet',
      [
        { fact: 'hoursToShip', operator: 'greaterThan', value: 72 },
        { fact: 'hoursToShip', operator: 'lessThanInclusive', value: 48 },
      ],
      /hoursToShip/,
    ],
    ['a platform the rule is not for', [{ fact: 'platform', operator: 'equal', value: 'pinduoduo' }], /platform/],
    [
      'in and notIn leaving nothing',
      [
        { fact: 'order.fulfilment', operator: 'in', value: ['presale'] },
        { fact: 'order.fulfilment', operator: 'notIn', value: ['presale', 'custom'] },
      ],
      /order\.fulfilment/,
    ],
    [
      'a fact both absent and compared',
      [
        { fact: 'order.agreedShipBy', operator: 'present', value: false },
        { fact: 'hoursLateVsAgreedShipBy', operator: 'greaterThan', value: 0 },
      ],
      /order\.agreedShipBy/,
    ],
    ['money below zero', [{ fact: 'order.amount', operator: 'lessThan', value: 0 }], /order\.amount/],
  ])('reports a rule that can never fire: %s', async (_, conditions, why) => {
    const dir = pack([rule('DEAD', conditions as Json[], [seller])]);
    const r = await lint(dir);
    expect(r.status).toBe(1);
    const f = r.findings.find((x) => x.code === 'never_fires');
    expect(f).toMatchObject({ severity: 'error', ruleId: 'DEAD' });
    expect(f?.message).toMatch(why);
  });

  it('reports a second-stage rule reading an outcome no first-stage rule decides', async () => {
    const dir = pack([
      rule('FIRST', [lateClaim], [seller]),
      rule(
        'SECOND',
        [{ fact: 'outcome.liability', operator: 'equal', value: 'buyer' }],
        [{ kind: 'disputeRate', value: false }],
      ),
    ]);
    expect((await lint(dir)).findings).toContainEqual(
      expect.objectContaining({ code: 'never_fires', ruleId: 'SECOND' }),
    );
  });

  it('warns about two rules deciding differently at one priority on overlapping conditions, naming a case', async () => {
    const dir = pack([
      rule('LATE', [lateClaim, { fact: 'hoursToShip', operator: 'greaterThan', value: 72 }], [seller]),
      rule('EXCUSED', [lateClaim, { fact: 'shipment.delayCause', operator: 'equal', value: 'weather' }], [none]),
    ]);
    const r = await lint(dir);
    expect(r.status).toBe(0); // a warning
    const f = r.findings.find((x) => x.code === 'same_priority_conflict');
    expect(f).toMatchObject({ severity: 'warning' });
    expect(f?.message).toMatch(/"LATE".*"EXCUSED"|"EXCUSED".*"LATE"/);
    expect(f?.message).toContain('shipment.delayCause equal "weather"');
  });

  it('names the dispute rate by its verdict key, countsTowardDisputeRate, in a same-priority warning', async () => {
    const dir = pack([
      rule(
        'COUNTS',
        [lateClaim, { fact: 'hoursToShip', operator: 'greaterThan', value: 72 }],
        [{ kind: 'disputeRate', value: true }],
      ),
      rule(
        'EXEMPT',
        [lateClaim, { fact: 'shipment.delayCause', operator: 'equal', value: 'weather' }],
        [{ kind: 'disputeRate', value: false }],
      ),
    ]);
    const f = (await lint(dir)).findings.find((x) => x.code === 'same_priority_conflict');
    expect(f?.message).toMatch(
      /decide countsTowardDisputeRate differently at priority 50 \((true vs false|false vs true)\)/,
    );
  });

  it.each([
    [
      'disjoint values of one fact',
      [lateClaim, { fact: 'order.fulfilment', operator: 'equal', value: 'presale' }],
      [lateClaim, { fact: 'order.fulfilment', operator: 'in', value: ['in_stock', 'custom'] }],
      {},
    ],
    [
      'ranges that do not meet',
      [lateClaim, { fact: 'hoursToShip', operator: 'greaterThan', value: 72 }],
      [lateClaim, { fact: 'hoursToShip', operator: 'lessThanInclusive', value: 72 }],
      {},
    ],
    ['different platforms', [lateClaim], [lateClaim], { platforms: ['pinduoduo'] }],
    ['effective dates that do not overlap', [lateClaim], [lateClaim], { effectiveFrom: '2030-01-01' }],
    [
      'not shipped (no carrier scan) against a first scan',
      [lateClaim, { fact: 'shipped', operator: 'equal', value: false }],
      [lateClaim, { fact: 'shipment.firstCarrierScanAt', operator: 'present', value: true }],
      {},
    ],
    [
      "not shipped, not yet due (≤ 72 h since payment) against Taobao's ship time over 72 h",
      [
        lateClaim,
        { fact: 'shipped', operator: 'equal', value: false },
        { fact: 'hoursSincePaid', operator: 'lessThanInclusive', value: 72 },
      ],
      [lateClaim, { fact: 'hoursToShipPlatform', operator: 'greaterThan', value: 72 }],
      {},
    ],
    [
      'a fact compared both ways with another',
      [lateClaim, { fact: 'returnShipment.cost', operator: 'lessThanInclusive', value: { fact: 'order.amount' } }],
      [lateClaim, { fact: 'returnShipment.cost', operator: 'greaterThan', value: { fact: 'order.amount' } }],
      {},
    ],
  ])('does not warn when the conditions are provably disjoint: %s', async (_, a, b, extra) => {
    const first = rule('A', a as Json[], [seller], { effectiveTo: '2029-12-31' });
    const dir = pack([first, rule('B', b as Json[], [none], extra as Json)]);
    const r = await lint(dir);
    expect(r.findings.filter((f) => f.code === 'same_priority_conflict')).toEqual([]);
  });

  it('does not warn about a tie a rule declares intended, on the cases it names', async () => {
    const late = rule('LATE', [lateClaim, { fact: 'shipped', operator: 'equal', value: false }], [seller]);
    const lost = (tie: Json) =>
      rule('LOST', [lateClaim, { fact: 'shipment.status', operator: 'equal', value: 'lost' }], [none], {
        intendedTies: [{ reason: 'the record contradicts itself', ...tie }],
      });
    const codes = async (tie: Json) => (await lint(pack([late, lost(tie)]))).findings.map((f) => f.code);
    expect(await codes({ with: ['LATE'] })).toEqual([]);
    expect(await codes({ when: [{ fact: 'shipped', operator: 'equal', value: false }] })).toEqual([]);
    // Not when the cases it names do not cover every case where both fire, or it names another rule.
    expect(await codes({ when: [{ fact: 'order.fulfilment', operator: 'equal', value: 'presale' }] })).toEqual([
      'same_priority_conflict',
    ]);
    expect(await codes({ with: ['LATE.refund'] })).toEqual(['same_priority_conflict', 'unknown_tie_rule']);
  });

  it('rejects an intended tie without a reason, or naming neither rules nor cases', async () => {
    const tied = (tie: Json) => rule('A', [lateClaim], [seller], { intendedTies: [tie] });
    for (const tie of [{ with: ['B'] }, { reason: 'why' }]) {
      const r = await lint(pack([tied(tie)]));
      expect(r.status).toBe(1);
      expect(r.findings.map((f) => f.path)).toContainEqual(expect.stringMatching(/^rules\[0\]\.intendedTies\[0\]/));
    }
  });

  it('does not warn when a higher-priority rule surely decides on every case where both fire', async () => {
    const conflicting = [
      rule('LATE', [lateClaim, { fact: 'hoursToShip', operator: 'greaterThan', value: 72 }], [seller]),
      rule('EXCUSED', [lateClaim, { fact: 'shipment.delayCause', operator: 'equal', value: 'weather' }], [none]),
    ];
    const over = rule(
      'OVER',
      [{ fact: 'hoursToShip', operator: 'greaterThan', value: 48 }],
      [{ kind: 'liability', value: 'carrier' }],
      { priority: 'exception' },
    );
    expect((await lint(pack([...conflicting, over]))).findings).toEqual([]);
    // Not when the higher rule may not fire on such a case, or is gated on an option.
    const partial = rule(
      'OVER',
      [{ fact: 'hoursToShip', operator: 'greaterThan', value: 96 }],
      [{ kind: 'liability', value: 'carrier' }],
      { priority: 'exception' },
    );
    expect((await lint(pack([...conflicting, partial]))).findings.map((f) => f.code)).toEqual([
      'same_priority_conflict',
    ]);
  });

  it('does not warn when the priorities differ', async () => {
    const dir = pack([rule('A', [lateClaim], [seller]), rule('B', [lateClaim], [{ ...none, priority: 'exception' }])]);
    expect((await lint(dir)).findings).toEqual([]);
  });

  it('with --fixtures, reports catalogue IDs without fixtures, and fixtures naming unknown IDs or rules', async () => {
    const fixture = {
      description: 'x',
      source: { rule: 'test' },
      catalogue: ['SHIP-FAKE'],
      case: {},
      expect: {},
      fired: ['NO-SUCH-RULE'],
    };
    const dir = pack([rule('A', [lateClaim], [seller])], {
      catalogue: ['SHIP-LATE-72H', 'SHIP-OTHER'],
      fixtures: [fixture],
    });
    const r = await lint(dir, true);
    expect(r.status).toBe(1);
    const codes = r.findings.map((f) => `${f.severity} ${f.code}`);
    expect(codes).toContain('error catalogue_without_fixture');
    expect(codes).toContain('warning catalogue_not_implemented');
    expect(codes).toContain('error unknown_catalogue_id');
    expect(codes).toContain('error unknown_rule');
  });
  it("holds fixtures only to what they name: cited entries, named rules, and the pack's own rules", async () => {
    // SHIP-LATE-72H is a rule id of the shipped pack; SHOP-RETURN-30D is the shop's own.
    const shipped = rule('SHIP-LATE-72H', [lateClaim], [seller]);
    const own = rule('SHOP-RETURN-30D', [lateClaim], [{ ...seller, priority: 'exception' }], {
      catalogue: ['SHOP-RETURN'],
    });
    const catalogue = ['SHIP-LATE-72H', 'SHOP-RETURN'];
    const shopFixture = { description: 'x', case: {}, expect: {} };
    const withoutCitations = await lint(pack([shipped, own], { catalogue, fixtures: [shopFixture] }), true);
    expect(withoutCitations.findings.filter((f) => f.code === 'catalogue_without_fixture')).toEqual([
      expect.objectContaining({ message: expect.stringContaining('"SHOP-RETURN" has rules (SHOP-RETURN-30D)') }),
    ]);
    // Naming the shop's rule in `fired` covers its entry; the shipped entry is still not asked for.
    const naming = await lint(
      pack([shipped, own], { catalogue, fixtures: [{ ...shopFixture, fired: ['SHOP-RETURN-30D'] }] }),
      true,
    );
    expect(naming.findings.filter((f) => f.code === 'catalogue_without_fixture')).toEqual([]);
  });
});

describe.concurrent('aftersale-rules lint', { timeout: CLI_TIMEOUT }, () => {
  const late = [rule('LATE', [lateClaim, { fact: 'hoursToShip', operator: 'greaterThan', value: 72 }], [seller])];
  const conflicting = [
    ...late,
    rule('EXCUSED', [lateClaim, { fact: 'shipment.delayCause', operator: 'equal', value: 'weather' }], [none]),
  ];

  it('exits 0 on a clean pack and prints "0 errors, 0 warnings"', async () => {
    const r = await cli(['lint', join(pack(late), 'rules')]);
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toBe('0 errors, 0 warnings');
    expect(r.stderr).toBe('');
  });

  it('exits 1 on errors, one line per finding with file, rule and path', async () => {
    const dir = pack([
      rule('DEAD', [lateClaim, { fact: 'claim.type', operator: 'equal', value: 'quality' }], [seller]),
    ]);
    const r = await cli(['lint', join(dir, 'rules')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(
      /^✖ error never_fires: Rule "DEAD" can never fire: .* → at ship\/rules\.json › rule DEAD › rules\[0\]\.conditions$/m,
    );
    expect(r.stdout.trim().split('\n').at(-1)).toBe('1 errors, 0 warnings');
  });

  it('exits 0 on warnings, and 1 past --max-warnings', async () => {
    const dir = pack(conflicting);
    const [plain, strict] = await Promise.all([
      cli(['lint', join(dir, 'rules')]),
      cli(['lint', join(dir, 'rules'), '--max-warnings', '0']),
    ]);
    expect(plain.status).toBe(0);
    expect(plain.stdout).toMatch(/^⚠ warning same_priority_conflict: /m);
    expect(strict.status).toBe(1);
  });

  it('--json prints the findings as JSON, --fixtures adds the coverage checks', async () => {
    const dir = pack(late, { catalogue: ['SHIP-LATE-72H'] });
    const r = await cli(['lint', join(dir, 'rules'), '--json', '--fixtures', join(dir, 'fixtures')]);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual([
      expect.objectContaining({ severity: 'error', code: 'catalogue_without_fixture' }),
    ]);
  });

  it('exits 2 on a directory that is not a pack', async () => {
    const r = await cli(['lint', tmp]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/pack\.json/);
  });
});
