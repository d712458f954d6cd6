import { buildPack, type Pack } from '../../src/load-pack.js';

/** The manifest of the shipped pack, reused by in-memory test packs. */
export const MANIFEST = {
  id: 'test-pack',
  version: '0.0.0',
  timeZones: { taobao: 'Asia/Shanghai', tmall: 'Asia/Shanghai', pinduoduo: 'Asia/Shanghai', aliexpress: 'Asia/Shanghai' },
  defaults: { returnWindowDays: 7 },
};

/** A minimal valid rule; override any part. */
export function rule(overrides: Record<string, unknown>): Record<string, unknown> {
  return {
    id: 'TEST-RULE',
    catalogue: ['TEST-RULE'],
    platforms: ['taobao'],
    source: { rule: 'test' },
    message: { zh: '测试', en: 'test' },
    priority: 50,
    conditions: { all: [{ fact: 'claim.type', operator: 'equal', value: 'late_shipment' }] },
    event: { type: 'test', params: { decisions: [] } },
    ...overrides,
  };
}

/** Builds a pack from rules given as objects, one file per entry of `files`. */
export function packOf(files: Record<string, unknown[]>): Pack {
  return buildPack(
    { name: 'pack.json', text: JSON.stringify(MANIFEST) },
    Object.entries(files).map(([name, rules]) => ({ name, text: JSON.stringify({ rules }) })),
  );
}

/** A valid late-shipment case on Taobao; override any top-level part. */
export function lateCase(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    caseId: 'T-1',
    platform: 'taobao',
    asOf: '2015-04-20T09:00:00+08:00',
    order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199 },
    claim: { type: 'late_shipment', openedAt: '2015-04-19T10:00:00+08:00' },
    ...overrides,
  };
}
