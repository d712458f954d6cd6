// How many generated cases the generated-case suites judge. `npm test` runs each at a size that
// keeps its purpose and the suite quick; `npm run test:full` (scripts/test-full.mjs, which CI also
// runs) sets AFTERSALE_TEST_FULL=1 for the full sizes. A suite's own variable (COHERENCE_RUNS,
// PROPS_RUNS, EVALUATOR_RUNS) sets its size either way.

/** Whether the full sizes were asked for. */
export const FULL_SIZE = process.env.AFTERSALE_TEST_FULL === '1';

/** The size a suite runs at: its variable when set, else `full` under test:full, else `quick`. */
export function sizeOf(variable: string, sizes: { readonly quick: number; readonly full: number }): number {
  const given = process.env[variable];
  if (given !== undefined && given !== '') {
    const n = Number(given);
    if (!Number.isInteger(n) || n < 1) throw new Error(`${variable}=${given}: a whole number of cases, at least 1`);
    return n;
  }
  return FULL_SIZE ? sizes.full : sizes.quick;
}
