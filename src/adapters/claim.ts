import type { Draft } from './draft.js';
import { evidenceFromPhotos, PHOTO_GAPS } from './photos.js';
import { claimTypeOf, type ReasonTable, type RecordState } from './reasons.js';

/** Sets claim.type from the reason table, or names why the caller must. */
export function setClaimType(
  d: Draft,
  reason: string,
  state: RecordState | undefined,
  table: ReasonTable,
  from: string,
): void {
  if (reason === '') {
    d.skip(from, undefined, 'no reason in the record: choose claim.type');
    return;
  }
  const m = claimTypeOf(reason, state, table);
  if (m.type === undefined) {
    d.skip(from, reason, `claim.type left to the caller: ${m.why}`);
    return;
  }
  d.set('claim.type', m.type, from);
  d.assume(
    'claim.type',
    from,
    m.byFallback
      ? `"${reason}" matches no row of the reason table: the table's fallback ${m.type}`
      : `"${reason}" contains "${m.row?.contains.find((w) => reason.includes(w))}"${state ? ` and the goods are ${state.replace('_', ' ')}` : ''}: ${m.type}`,
    'L',
  );
}

/** Sets the evidence an upload flag shows for the claim type (`evidenceFromPhotos`), noting what it cannot. */
export function setPhotos(d: Draft, uploaded: boolean, from: string): void {
  if (!uploaded) return;
  const type = d.get('claim.type') as Parameters<typeof evidenceFromPhotos>[0] | undefined;
  if (type === undefined) {
    d.skip(
      from,
      true,
      'photos uploaded, but which evidence they are depends on claim.type: evidenceFromPhotos(type, true)',
    );
    return;
  }
  for (const fact of Object.keys(evidenceFromPhotos(type, true))) d.set(`evidence.${fact}`, true, from);
  const gap = PHOTO_GAPS[type];
  if (gap !== undefined) d.assume('evidence', from, gap, 'L');
}
