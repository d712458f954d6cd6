import { buildPack, type Pack } from '../../src/pack/load-pack.js';
import type { CaseInput } from '../../src/schema/case.js';

/** The manifest of the shipped pack, reused by in-memory test packs. */
export const MANIFEST = {
  id: 'test-pack',
  version: '0.0.0',
  timeZones: {
    taobao: 'Asia/Shanghai',
    tmall: 'Asia/Shanghai',
    pinduoduo: 'Asia/Shanghai',
    aliexpress: 'Asia/Shanghai',
  },
  defaults: { returnWindowDays: 7 },
  priorities: [
    { tier: 'fallback', level: 10, use: 'catch-all' },
    { tier: 'default', level: 30, use: 'defaults' },
    { tier: 'presumption', level: 40, use: 'presumptions' },
    { tier: 'standard', level: 50, use: 'the rule of an entry' },
    { tier: 'exception', level: 60, use: 'exceptions' },
    { tier: 'special', level: 70, use: 'narrower cases' },
    { tier: 'promise', level: 80, use: 'promises' },
    { tier: 'law', level: 100, use: 'the law' },
  ],
};

/**
 * A priority written as a number in a test, as the tier (and offset) of MANIFEST that resolves to
 * that number: 50 → "standard", 55 → { tier: "standard", offset: 5, note }.
 */
export function tierOf(p: unknown): unknown {
  if (typeof p !== 'number') return p;
  const tier = [...MANIFEST.priorities].reverse().find((t) => t.level <= p) ?? { tier: 'fallback', level: 10 };
  return p === tier.level ? tier.tier : { tier: tier.tier, offset: p - tier.level, note: 'test' };
}

const withTiers = (d: unknown) =>
  typeof d === 'object' && d !== null && 'priority' in d
    ? { ...d, priority: tierOf((d as { priority: unknown }).priority) }
    : d;

/** A minimal valid rule; override any part. */
export function rule(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'TEST-RULE',
    catalogue: ['TEST-RULE'],
    platforms: ['taobao'],
    source: { rule: 'test' },
    message: { zh: '测试', en: 'test' },
    priority: 'standard',
    conditions: { all: [{ fact: 'claim.type', operator: 'equal', value: 'late_shipment' }] },
    decisions: [],
    ...overrides,
  };
}

/**
 * A rule as tests write it with numbers: `priority` and decision priorities as numbers (see
 * `tierOf`), decisions flat or, for brevity, as `decisions` of `rule`.
 */
export function rankedRule(
  id: string,
  priority: number,
  decisions: unknown[],
  extra: Record<string, unknown> = {},
): Record<string, unknown> {
  return rule({ id, priority: tierOf(priority), decisions: decisions.map(withTiers), ...extra });
}

/** Builds a pack from rules given as objects, one file per entry of `files`. */
export function packOf(files: Record<string, unknown[]>): Pack {
  return buildPack(
    { name: 'pack.json', text: JSON.stringify(MANIFEST) },
    Object.entries(files).map(([name, rules]) => ({ name, text: JSON.stringify({ rules }) })),
  );
}

/** A valid late-shipment case on Taobao; override any top-level part. */
export function lateCase(overrides: Record<string, unknown> = {}): CaseInput & Record<string, unknown> {
  return <CaseInput & Record<string, unknown>>{
    caseId: 'T-1',
    platform: 'taobao',
    asOf: '2015-04-20T09:00:00+08:00',
    order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199 },
    claim: { type: 'late_shipment', openedAt: '2015-04-19T10:00:00+08:00' },
    ...overrides,
  };
}
