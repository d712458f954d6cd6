/** A Taobao order first scanned 95 h after payment, the buyer asking for a refund: the agent tests' late shipment. */
export const LATE = {
  caseId: 'L95',
  platform: 'taobao',
  asOf: '2015-04-20T09:00:00+08:00',
  order: { paidAt: '2015-04-15T10:00:00+08:00', amount: 199 },
  shipment: { markedShippedAt: '2015-04-15T12:00:00+08:00', firstCarrierScanAt: '2015-04-19T09:00:00+08:00' },
  claim: {
    type: 'late_shipment',
    requestedRemedy: 'refund_only',
    openedAt: '2015-04-19T10:00:00+08:00',
    escalated: true,
  },
};
