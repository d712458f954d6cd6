// The case facts the rules of one platform and claim type read: what a form for that complaint
// needs to ask. A derived fact stands for the case facts it is computed from; outcome facts are the
// judge's own and need nothing from the case.
import { FACTS } from '../facts/catalog.js';
import { compiledPack } from './build-pack.js';
import type { Pack } from './types.js';

/**
 * Every case fact the rules in the `platform:claimType` bucket read (all versions, both stages),
 * derived facts replaced by their inputs, in the catalogue's order; empty for a bucket the pack
 * does not have.
 *
 * @example
 * caseFactsFor(shippedPack(), 'taobao', 'late_shipment'); // ['order.paidAt', …, 'shipment.firstCarrierScanAt', …]
 */
export function caseFactsFor(pack: Pack, platform: string, claimType: string): string[] {
  const bucket = compiledPack(pack).buckets.get(`${platform}:${claimType}`);
  if (bucket === undefined) return [];
  const read = new Set<string>();
  const add = (fact: string) => {
    const def = FACTS.get(fact);
    if (def === undefined) return;
    if (def.origin === 'case') read.add(fact);
    else if (def.origin === 'derived') for (const input of def.inputs ?? []) add(input);
  };
  for (const rule of [...bucket.stage1, ...bucket.stage2]) for (const fact of rule.reads) add(fact);
  return [...FACTS.values()].filter((f) => read.has(f.name)).map((f) => f.name);
}
