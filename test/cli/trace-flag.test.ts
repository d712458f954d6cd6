import { describe, expect, it } from 'vitest';
import { CLI_TIMEOUT, cli } from './run-cli.js';

describe.concurrent('judge --trace', { timeout: CLI_TIMEOUT }, () => {
  it('keeps every rule (full), the fired ones (fired) or none, with the same decisions', async () => {
    const runs = await Promise.all(
      ['full', 'fired', 'none'].map((mode) => cli(['judge', 'examples/late-shipment.json', '--json', '--trace', mode])),
    );
    const [full, fired, none] = runs.map(
      (r) => JSON.parse(r.stdout) as { outcome: unknown; status: unknown; trace: { fired: boolean }[] },
    );
    expect(runs.map((r) => r.status)).toEqual([0, 0, 0]);
    expect(full?.trace.some((t) => !t.fired)).toBe(true);
    expect(fired?.trace.length).toBeGreaterThan(0);
    expect(fired?.trace.every((t) => t.fired)).toBe(true);
    expect(fired?.trace.length).toBe(full?.trace.filter((t) => t.fired).length);
    expect(none?.trace).toEqual([]);
    expect([fired?.outcome, none?.outcome]).toEqual([full?.outcome, full?.outcome]);
    expect([fired?.status, none?.status]).toEqual([full?.status, full?.status]);
  });

  it('rejects a mode it does not know', async () => {
    const run = await cli(['judge', 'examples/late-shipment.json', '--trace', 'some']);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--trace/);
  });
});
