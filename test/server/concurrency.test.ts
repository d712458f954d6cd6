// 200 POST /v1/judge at once, over the fixtures' cases: every answer is the verdict the library
// gives in process, byte for byte.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { judge } from '../../src/judge/judge.js';
import { fixtureCases, post, startServer } from './helpers.js';

type Server = Awaited<ReturnType<typeof startServer>>;

describe('200 concurrent POST /v1/judge', { timeout: 120_000 }, () => {
  let s: Server;
  beforeAll(async () => {
    s = await startServer();
  });
  afterAll(() => s.close());

  it('answers each with exactly JSON.stringify(await judge(case))', async () => {
    const cases = fixtureCases().slice(0, 200);
    expect(cases).toHaveLength(200);
    const expected = await Promise.all(cases.map(async (f) => JSON.stringify(await judge(f.case as never))));
    expect(new Set(expected.map((e) => JSON.parse(e).caseId)).size).toBeGreaterThan(100);
    const answers = await Promise.all(cases.map((f) => post(`${s.url}/v1/judge`, JSON.stringify(f.case))));
    const wrong = answers.flatMap((a, i) =>
      a.status === 200 && a.text === expected[i] ? [] : [`${cases[i]?.name}: ${a.status} ${a.text.slice(0, 120)}`],
    );
    expect(wrong).toEqual([]);
    expect(s.log.filter((l) => /^POST \/v1\/judge 200 \d+ms$/.test(l))).toHaveLength(200);
  });
});
