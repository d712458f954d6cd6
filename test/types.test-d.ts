import { describe, expectTypeOf, it } from 'vitest';
import { createJudge, judge, safeJudge, type Case, type Issue, type Verdict } from '../src/index.js';

describe('public types', () => {
  it('judge resolves to a Verdict', () => {
    expectTypeOf(judge).returns.resolves.toEqualTypeOf<Verdict>();
  });
  it('safeJudge resolves to a tagged result', () => {
    expectTypeOf(safeJudge).returns.resolves.toEqualTypeOf<
      { ok: true; verdict: Verdict } | { ok: false; issues: Issue[] }
    >();
  });
  it('createJudge returns both entry points', () => {
    expectTypeOf(createJudge()).toHaveProperty('safeJudge');
  });
  it('the verdict vocabulary is closed', () => {
    expectTypeOf<Verdict['outcome']['liability']>().toEqualTypeOf<
      'seller' | 'buyer' | 'carrier' | 'none' | 'undetermined'
    >();
    expectTypeOf<Case['platform']>().toEqualTypeOf<'taobao' | 'tmall' | 'pinduoduo' | 'aliexpress'>();
  });
});
