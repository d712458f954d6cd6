// A story the record contradicts: an issue at claim.type (never a verdict on the wrong story), or a
// warning on the verdict where the sources allow both readings. One test per contradiction.
import { describe, expect, it } from 'vitest';
import { formatVerdict } from '../src/cli/format-verdict.js';
import { safeJudge } from '../src/index.js';
import { CONTRADICTIONS } from '../src/schema/claim-story.js';

type Json = Record<string, unknown>;
const signed = {
  markedShippedAt: '2024-04-15T18:00:00+08:00',
  firstCarrierScanAt: '2024-04-15T20:00:00+08:00',
  status: 'delivered',
  deliveredAt: '2024-04-17T10:00:00+08:00',
};
const make = (type: string, shipment?: Json): Json => ({
  caseId: 'STORY',
  platform: 'taobao',
  asOf: '2024-04-20T10:00:00+08:00',
  order: { paidAt: '2024-04-15T10:00:00+08:00', amount: 99 },
  ...(shipment ? { shipment } : {}),
  claim: { type, openedAt: '2024-04-20T09:00:00+08:00' },
});

const ISSUES: [string, string, Json | undefined, string[]][] = [
  [
    'changed mind on a parcel the buyer signed for',
    'changed_mind',
    { ...signed, signedBy: 'buyer' },
    ['refusal_after_sign_for', 'shipment.signedBy = buyer'],
  ],
  [
    'changed mind on a parcel signed for (signer not recorded)',
    'changed_mind',
    signed,
    ['shipment.status = delivered', 'shipment.deliveredAt = 2024-04-17T10:00:00+08:00'],
  ],
  [
    'changed mind, only a sign-for time recorded',
    'changed_mind',
    { deliveredAt: signed.deliveredAt },
    ['shipment.deliveredAt'],
  ],
  [
    'refused delivery of a parcel the buyer signed for',
    'refused_delivery',
    { ...signed, signedBy: 'buyer' },
    ['refused_delivery', 'shipment.status = delivered'],
  ],
  [
    'refused delivery of a parcel a locker signed for',
    'refused_delivery',
    { ...signed, signedBy: 'locker' },
    ['shipment.signedBy = locker'],
  ],
  ['refused delivery of an order never shipped', 'refused_delivery', undefined, ['shipment absent', 'changed_mind']],
  ...(
    [
      'missing_item',
      'wrong_item',
      'quality',
      'not_as_described',
      'counterfeit',
      'no_reason_return',
      'exchange',
      'return_refused_by_seller',
      'damaged_in_transit',
    ] as const
  ).map((t): [string, string, Json | undefined, string[]] => [
    `${t} on an order never shipped`,
    t,
    undefined,
    ['shipment absent (never shipped)'],
  ]),
];

describe('a claim type the shipment rules out is an issue at claim.type', () => {
  it.each(ISSUES)('%s', async (_, type, shipment, words) => {
    const r = await safeJudge(make(type, shipment));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toHaveLength(1);
    expect(r.issues[0]).toMatchObject({ code: 'claim_contradicts_record', path: 'claim.type' });
    for (const w of words)
      expect(r.issues[0]?.message).toContain(w.replace('refusal_after_sign_for', 'can no longer be refused'));
  });

  it.each([
    ['changed mind before shipping', 'changed_mind', undefined],
    [
      'changed mind while in transit',
      'changed_mind',
      { markedShippedAt: signed.markedShippedAt, status: 'in_transit' },
    ],
    ['refused at the door', 'refused_delivery', { markedShippedAt: signed.markedShippedAt, status: 'refused' }],
    ['a 7-day return of a parcel signed for', 'no_reason_return', { ...signed, signedBy: 'buyer' }],
    ['not received, signed by a proxy', 'not_received', { ...signed, signedBy: 'proxy' }],
    [
      'damage found on inspection, parcel refused',
      'damaged_in_transit',
      { markedShippedAt: signed.markedShippedAt, status: 'refused' },
    ],
  ])('%s: judged, no warning', async (_, type, shipment) => {
    const r = await safeJudge(make(type, shipment));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.verdict.warnings).toBeUndefined();
  });
});

describe('a story the sources allow both ways is judged with a warning', () => {
  it('not received on a parcel the carrier records the buyer signing for (misdelivery is possible, 000:211)', async () => {
    const r = await safeJudge(make('not_received', { ...signed, signedBy: 'buyer' }));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.verdict.warnings).toEqual([
      expect.objectContaining({ code: 'not_received_signed_by_buyer', path: 'claim.type' }),
    ]);
    expect(r.verdict.warnings?.[0]?.message).toContain('shipment.signedBy = buyer');
    expect(formatVerdict(r.verdict, 'en')).toContain('Warning: claim.type not_received contradicts the record');
  });

  it.each(['lost', 'returned_to_sender', 'in_transit', 'out_of_area'])(
    'a quality claim while the record says the parcel is %s',
    async (status) => {
      const r = await safeJudge(make('quality', { markedShippedAt: signed.markedShippedAt, status }));
      expect(r.ok).toBe(true);
      if (!r.ok) return;
      expect(r.verdict.warnings?.map((w) => w.code)).toEqual(['goods_not_arrived']);
      expect(r.verdict.warnings?.[0]?.message).toContain(`shipment.status = ${status}`);
    },
  );

  it('every contradiction is tested here and cites a seed', () => {
    expect(CONTRADICTIONS.map((x) => x.code).sort()).toEqual([
      'goods_never_shipped',
      'goods_not_arrived',
      'not_received_signed_by_buyer',
      'refusal_after_sign_for',
      'refusal_never_shipped',
    ]);
    for (const x of CONTRADICTIONS) expect(x.source).toMatch(/^\d{3}:\d+/);
  });
});
