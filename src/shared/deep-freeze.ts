/**
 * Freezes an object and everything reachable from it, and returns it: for data shared by every
 * verdict (a rule's spec, the fact catalogue), which a caller holding one verdict must not be
 * able to change under another.
 */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return value;
  Object.freeze(value);
  for (const v of Object.values(value as object)) deepFreeze(v);
  return value;
}
