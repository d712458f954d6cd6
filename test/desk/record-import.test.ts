// The desk's "paste a platform record" box reads records through the platform adapters: the same
// case draft, assumptions and unmapped fields as `fromPinduoduo` / `fromTaobao` give.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../src/desk/record-import.js';

const record = (name: string) =>
  JSON.parse(readFileSync(join(import.meta.dirname, '..', 'fixtures', 'adapters', `${name}.json`), 'utf8')) as {
    adapter: string;
    options: { asOf: string; caseId?: string };
    input: unknown;
    expect: { case: Record<string, unknown> };
  };

describe('desk record import', () => {
  it('offers the Pinduoduo and Taobao/Tmall importers', () => {
    expect(IMPORTERS.map((i) => i.id)).toEqual(['pinduoduo', 'taobao']);
  });

  for (const name of ['pdd-detail-never-shipped', 'taobao-tmall-quality-photos']) {
    it(`reads ${name} into the case the adapter's fixture expects`, () => {
      const fx = record(name);
      const importer = IMPORTERS.find((i) => i.id === fx.adapter);
      expect(importer).toBeDefined();
      const r = importer!.read(fx.input, fx.options);
      expect(r.case).toEqual(fx.expect.case);
      expect(r.assumptions.length).toBeGreaterThan(0);
    });
  }

  it('throws or reports on a record it cannot read, never returns a case with a guessed platform', () => {
    const importer = IMPORTERS[0]!;
    let result: unknown;
    try {
      result = importer.read({ nothing: true }, { asOf: '2024-04-20T10:00:00+08:00' });
    } catch (e) {
      expect(e).toBeInstanceOf(Error);
      return;
    }
    expect((result as { missingRequired: string[] }).missingRequired.length).toBeGreaterThan(0);
  });
});
