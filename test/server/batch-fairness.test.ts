// A big batch streaming does not starve the other requests: /healthz keeps a tail latency within a
// ratio of the same server's idle figure (a ratio, measured in this process, not a duration).
import { describe, expect, it } from 'vitest';
import { lateShipment, post, startServer } from './helpers.js';

/** Latencies (ms) of `GET /healthz`, one after the other, until `until()` says stop (or `n` are taken). */
async function healthLatencies(url: string, until: () => boolean, n = Infinity): Promise<number[]> {
  const out: number[] = [];
  while (out.length < n && !until()) {
    const t = performance.now();
    const res = await fetch(`${url}/healthz`);
    await res.text();
    out.push(performance.now() - t);
  }
  return out;
}

const quantile = (xs: readonly number[], q: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number;
};

describe('POST /v1/judge/batch and the other requests', { timeout: 180_000 }, () => {
  it('/healthz answers within a small multiple of its idle latency while a 2,000-line batch streams', async () => {
    const s = await startServer({ judge: { trace: 'none' } });
    try {
      const line = JSON.stringify(lateShipment());
      // Warm: the judge and the route, then the idle figure.
      await post(`${s.url}/v1/judge/batch`, `${line}\n`.repeat(20), 'application/x-ndjson');
      const idle = await healthLatencies(s.url, () => false, 40);
      let done = false;
      const batch = post(`${s.url}/v1/judge/batch`, `${line}\n`.repeat(2000), 'application/x-ndjson').finally(
        () => (done = true),
      );
      const busy = await healthLatencies(s.url, () => done);
      const answer = await batch;
      expect(answer.status).toBe(200);
      expect(answer.text.trimEnd().split('\n')).toHaveLength(2000);
      const idleFigure = quantile(idle, 0.9);
      // Answered many times during the batch, each soon: the batch lets the event loop run. (Without
      // that, a few answers came, each after seconds: the p90 was about 100× the idle p90 here.)
      expect(busy.length).toBeGreaterThanOrEqual(10);
      expect(quantile(busy, 0.9) / idleFigure).toBeLessThan(50);
    } finally {
      await s.close();
    }
  });
});
