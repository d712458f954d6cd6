import type { CaseInput } from '../schema/case.js';

type ClaimType = CaseInput['claim']['type'];

/**
 * Where the goods are, as the record says: not shipped, shipped but not signed for, signed for or
 * received by the buyer; undefined when the record does not say.
 */
export type RecordState = 'not_shipped' | 'in_transit' | 'received';

/** One row: a reason containing any of `contains` becomes `type` when the record is in one of the states `when` names. */
export interface ReasonRow {
  readonly contains: readonly string[];
  readonly when?: readonly RecordState[];
  readonly type: ClaimType;
}

/**
 * The reason → claim-type table. `fallback` is required: `'ask'` leaves `claim.type` to the caller
 * (named in `missingRequired`); a claim type is used for every reason no row matches, and noted.
 */
export interface ReasonTable {
  readonly rows: readonly ReasonRow[];
  readonly fallback: 'ask' | ClaimType;
}

const BEFORE_RECEIPT: readonly RecordState[] = ['not_shipped', 'in_transit'];
const RECEIVED: readonly RecordState[] = ['received'];

/**
 * The shipped table: the reasons of the Taobao and Pinduoduo menus quoted in the public examples,
 * each with the record state it needs (platform-records.md §8; every row is L: verify against your
 * category's menu). First matching row wins. Replace or extend it through the `reasons` option.
 */
export const DEFAULT_REASONS: ReasonTable = {
  rows: [
    { contains: ['虚假发货'], type: 'fake_shipment' },
    {
      contains: ['未按约定时间发货', '延迟发货', '一直不发货', '迟迟不发货', '未发货'],
      when: ['not_shipped'],
      type: 'late_shipment',
    },
    { contains: ['缺货', '没货', '无货'], when: ['not_shipped'], type: 'out_of_stock' },
    {
      contains: ['不想要了', '不想要', '多拍', '拍错', '拍多', '买错', '不喜欢'],
      when: BEFORE_RECEIPT,
      type: 'changed_mind',
    },
    {
      contains: [
        '七天无理由',
        '7天无理由',
        '不想要了',
        '不想要',
        '多拍',
        '拍错',
        '拍多',
        '买错',
        '不喜欢',
        '尺码',
        '大小不合适',
      ],
      when: RECEIVED,
      type: 'no_reason_return',
    },
    { contains: ['拒收', '拒签'], when: ['in_transit'], type: 'refused_delivery' },
    {
      contains: ['物流停滞', '物流不更新', '物流信息不更新', '物流一直没更新'],
      when: ['in_transit'],
      type: 'tracking_stalled',
    },
    {
      contains: ['未收到货', '没收到', '没有收到', '一直未送到', '快递一直未送到', '未送达', '丢件', '丢失'],
      when: ['in_transit', 'received'],
      type: 'not_received',
    },
    { contains: ['空包', '少件', '漏发', '少发', '缺件', '数量不符'], when: RECEIVED, type: 'missing_item' },
    { contains: ['发错货', '错发', '发错', '卖家发错', '商家发错'], when: RECEIVED, type: 'wrong_item' },
    { contains: ['假冒', '假货', '非正品', '不是正品', '品牌侵权'], when: RECEIVED, type: 'counterfeit' },
    {
      contains: ['描述不符', '与描述不符', '与商品描述不符', '与页面描述不符', '图文不符'],
      when: RECEIVED,
      type: 'not_as_described',
    },
    { contains: ['破损', '损坏', '压坏', '摔坏', '包装破'], when: RECEIVED, type: 'damaged_in_transit' },
    { contains: ['质量问题', '质量', '做工', '瑕疵', '故障', '坏了'], when: RECEIVED, type: 'quality' },
  ],
  fallback: 'ask',
};

/** What the table gives for a reason: a claim type, or why the caller must choose. */
export type ReasonMatch =
  | { readonly type: ClaimType; readonly row?: ReasonRow; readonly byFallback: boolean }
  | { readonly type?: undefined; readonly why: string };

/**
 * The claim type a reason maps to in this record state, by the first row whose words the reason
 * contains and whose states include `state`.
 *
 * @example
 * claimTypeOf('不想要了', 'received', DEFAULT_REASONS); // { type: 'no_reason_return', … }
 */
export function claimTypeOf(reason: string, state: RecordState | undefined, table: ReasonTable): ReasonMatch {
  if (table === null || typeof table !== 'object' || !Array.isArray(table.rows) || table.fallback === undefined)
    throw new TypeError('reasons: a table needs rows and a fallback (a claim type, or "ask")');
  const hits = table.rows.filter((r) => r.contains.some((w: string) => w !== '' && reason.includes(w)));
  const row = hits.find((r) => r.when === undefined || (state !== undefined && r.when.includes(state)));
  if (row) return { type: row.type, row, byFallback: false };
  if (hits.length > 0) {
    const options = [...new Set(hits.map((r) => `${r.type} (${(r.when ?? []).join('/') || 'any state'})`))].join(', ');
    return {
      why:
        state === undefined
          ? `the reason maps to ${options} depending on where the goods are, and the record does not say`
          : `the reason maps to ${options}, none of which fits the record (${state})`,
    };
  }
  if (table.fallback === 'ask') return { why: 'no row of the reason table matches this reason' };
  return { type: table.fallback, byFallback: true };
}
