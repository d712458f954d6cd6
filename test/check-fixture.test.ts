// Fixtures a shop writes for itself (issue 14, item 8): no seed citation or catalogue IDs needed;
// a rule named in fired / notFired / waiting that the pack does not have is an error.
import { describe, expect, it } from 'vitest';
import { checkFixture } from '../src/judge/check-fixture.js';
import { createJudge } from '../src/index.js';
import { lateCase } from './helpers/pack.js';

const judge = createJudge();
const late = lateCase({
  shipment: { firstCarrierScanAt: '2015-04-18T18:00:00+08:00', trackingValid: true, trackingMatchesAddress: true },
});

describe("a shop's own fixtures", () => {
  it('need only a description, a case and an expectation', async () => {
    const result = await checkFixture(judge, {
      description: 'Shipped after 80 hours',
      case: late,
      expect: { outcome: { liability: 'seller' } },
    });
    expect(result.status).toBe('pass');
  });

  it.each(['fired', 'notFired', 'waiting'] as const)(
    'naming a rule the pack does not have in %s is an error, not a failure',
    async (key) => {
      const result = await checkFixture(judge, {
        description: 'A typo',
        case: late,
        expect: {},
        [key]: ['SHIP-LATE-72H', 'SHIP-LATE-27H'],
      });
      expect(result.status).toBe('error');
      expect(result.status === 'error' && result.message).toContain(`${key}[1]: no rule "SHIP-LATE-27H" in the pack`);
    },
  );

  it('naming an existing rule that did not fire is still a failure', async () => {
    const result = await checkFixture(judge, {
      description: 'Wrong',
      case: late,
      expect: {},
      notFired: ['SHIP-LATE-72H'],
    });
    expect(result.status).toBe('fail');
  });
});

describe("the pack's own fixtures", () => {
  it('each cite their source and the catalogue entries they exercise (optional only for a shop)', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const root = join(import.meta.dirname, '..', 'fixtures');
    const files = (readdirSync(root, { recursive: true, encoding: 'utf8' }) as string[]).filter((f) =>
      f.endsWith('.json'),
    );
    expect(files.length).toBeGreaterThan(100);
    const missing = files.filter((f) => {
      const json = JSON.parse(readFileSync(join(root, f), 'utf8')) as { source?: unknown; catalogue?: unknown[] };
      return json.source === undefined || !Array.isArray(json.catalogue) || json.catalogue.length === 0;
    });
    expect(missing).toEqual([]);
  });
});
