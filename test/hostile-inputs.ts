// Hostile JSON texts of a given size, as an attack on the doors used them (test/hostile-text.test.ts,
// the desk page's test).

/** About `bytes` of text: `[` nested a quarter of it deep around `{"a":1,"a":1,…}`, then the closing `]`. */
export function deepDuplicates(bytes: number): string {
  const depth = Math.floor(bytes / 4);
  const repeats = Math.max(2, Math.floor(bytes / 2 / 6));
  return `${'['.repeat(depth)}{${'"a":1,'.repeat(repeats - 1)}"a":1}${']'.repeat(depth)}`;
}

/** `{"a":1,"a":1,…}` of about `bytes`. */
export function flatDuplicates(bytes: number): string {
  return `{${'"a":1,'.repeat(Math.floor(bytes / 6))}"a":1}`;
}
