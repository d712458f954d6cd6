import type { Issue } from '../shared/errors.js';
import type { ParsedCase } from './case-types.generated.js';

/** A warning on a verdict: the record makes the buyer's story doubtful, without ruling it out. */
export interface StoryWarning {
  readonly code: string;
  readonly path: string;
  readonly message: string;
}

type ClaimType = ParsedCase['claim']['type'];
type Shipment = NonNullable<ParsedCase['shipment']>;

/** Claims about goods the buyer holds: they presume the order was shipped. */
const GOODS_IN_HAND: readonly ClaimType[] = [
  'missing_item',
  'wrong_item',
  'quality',
  'not_as_described',
  'counterfeit',
  'no_reason_return',
  'exchange',
  'return_refused_by_seller',
  'damaged_in_transit',
];

/** Statuses under which the parcel has not reached the buyer (refused is left out: 拒收 follows an inspection at the door). */
const NOT_ARRIVED: readonly Shipment['status'][] = ['in_transit', 'lost', 'out_of_area', 'returned_to_sender'];

/** The record shows a sign-for: status delivered, or a sign-for time with no status saying the parcel went back. */
function signedFor(s: Shipment | undefined): string[] {
  if (s === undefined) return [];
  const facts: string[] = [];
  if (s.status === 'delivered') facts.push('shipment.status = delivered');
  if (s.deliveredAt !== undefined && s.status !== 'refused' && s.status !== 'returned_to_sender')
    facts.push(`shipment.deliveredAt = ${s.deliveredAt}`);
  if (facts.length > 0 && s.signedBy !== undefined) facts.push(`shipment.signedBy = ${s.signedBy}`);
  return facts;
}

/**
 * One story the record contradicts. `issue`: it cannot be true of the given shipment, so the case is
 * rejected at `claim.type` (a verdict would judge the wrong story); `warning`: the sources allow both
 * readings, so the case is judged and the verdict carries the warning.
 */
export interface Contradiction {
  readonly code: string;
  readonly severity: 'issue' | 'warning';
  readonly claimTypes: readonly ClaimType[];
  /** The contradicting facts as `path = value`; empty when the story holds. */
  readonly facts: (c: ParsedCase) => string[];
  readonly why: string;
  /** Where the seeds say what the claim type means. */
  readonly source: string;
}

/** Every contradiction between `claim.type` and the shipment the library checks (README: "Stories the record contradicts"). */
export const CONTRADICTIONS: readonly Contradiction[] = [
  {
    code: 'refusal_after_sign_for',
    severity: 'issue',
    claimTypes: ['changed_mind', 'refused_delivery'],
    facts: (c) => signedFor(c.shipment),
    why: 'a parcel already signed for can no longer be refused, so "changed mind before receipt" and "refused delivery" (refund once the refused parcel is back) cannot be its story; a buyer who has the goods and no longer wants them is no_reason_return, one who says nothing arrived is not_received',
    source: '002:785-791, 002:639-649, 000:216',
  },
  {
    code: 'refusal_never_shipped',
    severity: 'issue',
    claimTypes: ['refused_delivery'],
    facts: (c) => (c.shipment === undefined ? ['shipment absent (never shipped)'] : []),
    why: 'a parcel never shipped cannot be refused; a buyer who no longer wants an unshipped order is changed_mind',
    source: '002:639-649, 002:785-791',
  },
  {
    code: 'goods_never_shipped',
    severity: 'issue',
    claimTypes: GOODS_IN_HAND,
    facts: (c) => (c.shipment === undefined ? ['shipment absent (never shipped)'] : []),
    why: 'the claim is about goods the buyer received, yet the order was never shipped; before shipment the stories are changed_mind, late_shipment, out_of_stock or shipping_chase',
    source: '002:785-791, 000:216',
  },
  {
    code: 'not_received_signed_by_buyer',
    severity: 'warning',
    claimTypes: ['not_received'],
    facts: (c) =>
      c.shipment?.signedBy !== 'buyer'
        ? []
        : signedFor(c.shipment).length > 0
          ? signedFor(c.shipment)
          : ['shipment.signedBy = buyer'],
    why: 'the carrier records the buyer signing in person, yet the buyer says nothing arrived; a courier may record a sign-for wrongly (误签, 000:211), so the claim is judged, but check the signer with the courier first',
    source: '000:209-214',
  },
  {
    code: 'goods_not_arrived',
    severity: 'warning',
    claimTypes: GOODS_IN_HAND.filter((t) => t !== 'damaged_in_transit'),
    facts: (c) =>
      c.shipment?.status !== undefined &&
      NOT_ARRIVED.includes(c.shipment.status) &&
      c.shipment.deliveredAt === undefined
        ? [`shipment.status = ${c.shipment.status}`]
        : [],
    why: 'the claim is about goods the buyer holds, yet the record says the parcel has not arrived (the status may be stale); confirm the buyer has the goods',
    source: '000:216',
  },
];

const describe = (x: Contradiction, c: ParsedCase, facts: string[]) =>
  `claim.type ${c.claim.type} contradicts the record (${facts.join(', ')}): ${x.why} (${x.source})`;

function found(c: ParsedCase, severity: Contradiction['severity']) {
  return CONTRADICTIONS.filter((x) => x.severity === severity && x.claimTypes.includes(c.claim.type))
    .map((x) => ({ x, facts: x.facts(c) }))
    .filter(({ facts }) => facts.length > 0);
}

/**
 * The issues of a story the record rules out, at `claim.type` (code `claim_contradicts_record`).
 *
 * @example
 * storyIssues(parsed); // [] unless e.g. changed_mind is claimed for a parcel already signed for
 */
export function storyIssues(c: ParsedCase): Issue[] {
  return found(c, 'issue').map(({ x, facts }) => ({
    code: 'claim_contradicts_record',
    path: 'claim.type',
    message: describe(x, c, facts),
  }));
}

/**
 * The warnings of a story the record makes doubtful, for the verdict's `warnings`.
 *
 * @example
 * storyWarnings(parsed); // [{ code: 'not_received_signed_by_buyer', path: 'claim.type', … }]
 */
export function storyWarnings(c: ParsedCase): StoryWarning[] {
  return found(c, 'warning').map(({ x, facts }) => ({
    code: x.code,
    path: 'claim.type',
    message: describe(x, c, facts),
  }));
}
