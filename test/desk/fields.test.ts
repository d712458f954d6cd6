// The desk form is generated from the fact catalogue: every case fact has a field with the right
// control, a label in both languages, labelled values, and says what leaving it out means.
import { describe, expect, it } from 'vitest';
import { FACTS } from '../../src/browser.js';
import { FIELD_LABELS, REQUIRED_MEANING_ZH, valueLabels } from '../../src/desk/field-labels.js';
import { deskFields, GROUPS } from '../../src/desk/fields.js';
import { absentText, fieldMeaning } from '../../src/desk/i18n.js';
import { conditionLabel, DERIVED_LABELS } from '../../src/desk/trace-labels.js';

const fields = deskFields();
const byFact = new Map(fields.map((f) => [f.fact, f]));

describe('the form’s fields', () => {
  it('cover every leaf of the case, each in one of the groups', () => {
    const leaves = [...FACTS.values()].filter((f) => f.origin === 'case' && f.type !== 'object').map((f) => f.name);
    expect(fields.filter((f) => f.kind !== 'section').map((f) => f.fact)).toEqual(leaves);
    for (const f of fields) expect(GROUPS).toContain(f.group);
    expect(new Set(fields.map((f) => f.group))).toEqual(new Set(GROUPS));
  });

  it('give the shipment a control of its own: no shipment means something', () => {
    expect(byFact.get('shipment')?.kind).toBe('section');
    expect(fields.filter((f) => f.kind === 'section').map((f) => f.fact)).toEqual(['shipment']);
  });

  it('use the control the fact needs', () => {
    expect(byFact.get('order.paidAt')?.kind).toBe('timestamp');
    expect(byFact.get('order.amount')?.kind).toBe('money');
    expect(byFact.get('returnShipment.cost')?.kind).toBe('money');
    expect(byFact.get('shopPolicy.returnWindowDays')).toMatchObject({ kind: 'whole', min: 1, max: 365 });
    expect(byFact.get('claim.escalated')?.kind).toBe('boolean');
    expect(byFact.get('claim.type')).toMatchObject({ kind: 'enum', required: true });
    expect(byFact.get('order.fulfilment')).toMatchObject({ kind: 'enum', required: false, defaultValue: 'in_stock' });
    expect(byFact.get('caseId')?.kind).toBe('text');
  });

  it('each have a label in Chinese and English, and a meaning in both', () => {
    for (const f of fields) {
      expect(FIELD_LABELS[f.fact], f.fact).toBeDefined();
      expect(fieldMeaning('en', f), f.fact).not.toBe('');
      // Chinese: the fact's question, or the required fields' own words — never the English meaning.
      expect(fieldMeaning('zh', f), f.fact).toMatch(/[\u4e00-\u9fff]/);
    }
    expect(Object.keys(FIELD_LABELS).filter((k) => !byFact.has(k))).toEqual([]);
    expect(Object.keys(REQUIRED_MEANING_ZH).filter((k) => !byFact.has(k))).toEqual([]);
  });

  it('label every value of every enum', () => {
    for (const f of fields.filter((x) => x.kind === 'enum')) {
      const table = valueLabels(f.values ?? []);
      expect(table, f.fact).toBeDefined();
      for (const v of f.values ?? []) expect(table?.[v]?.zh, `${f.fact} ${v}`).toBeTruthy();
    }
  });
});

describe('the trace’s names of the facts a rule reads', () => {
  it('name every fact of the catalogue in both languages, never by its path', () => {
    // The case's objects are read as facts only when their absence means something (`shipment`).
    const read = [...FACTS.values()].filter((f) => f.type !== 'object' || f.question !== undefined);
    expect(read.map((f) => f.name)).toContain('shipment');
    for (const f of read)
      for (const lang of ['zh', 'en'] as const) {
        const name = conditionLabel(lang, f.name);
        expect(name, f.name).not.toBe(f.name);
        expect(name, f.name).not.toMatch(/[a-z][A-Z]|\w\.\w/);
        if (lang === 'zh') expect(name, f.name).toMatch(/[\u4e00-\u9fff]/);
      }
    const derived = [...FACTS.values()].filter((f) => f.origin === 'derived').map((f) => f.name);
    expect(Object.keys(DERIVED_LABELS).sort()).toEqual(derived.sort());
    expect(conditionLabel('zh', 'hoursToShip')).toBe('付款到发货(小时)');
    expect(conditionLabel('zh', 'outcome.freight.return.payer')).toBe('退货运费 · 由谁承担(已判定)');
    expect(conditionLabel('en', 'outcome.liability')).toBe('Liability (as decided)');
  });
});

describe('what a field not given yet means', () => {
  it('is one short line of the burden of proof, never a silent "no"', () => {
    expect(absentText('zh', byFact.get('claim.escalated')!)).toBe('尚未填写:视为平台未证明(按“否”)');
    expect(absentText('en', byFact.get('claim.escalated')!)).toBe(
      'Not given yet: not shown by the platform (counts as “no”)',
    );
    expect(absentText('zh', byFact.get('item.resalable')!)).toBe('尚未填写:视为卖家未证明(按“是”)');
    expect(absentText('zh', byFact.get('shipment.delayCause')!)).toBe('尚未填写:视为卖家未证明(按“无延误”)');
    expect(absentText('zh', byFact.get('order.agreedShipBy')!)).toBe('尚未填写:视为卖家未证明');
    expect(absentText('zh', byFact.get('shipment.firstCarrierScanAt')!)).toBe('尚未填写:未知,需问卖家;相关判定暂定');
    expect(absentText('en', byFact.get('order.duringPromotion')!)).toBe(
      'Not given yet: not shown by the seller (counts as “no”)',
    );
    expect(absentText('en', byFact.get('returnShipment.insuranceSubsidy')!)).toBe(
      'Not given yet: unknown, ask the platform; what needs it stays provisional',
    );
    expect(absentText('zh', byFact.get('order.fulfilment')!)).toBe('尚未填写:按默认“现货”');
    expect(absentText('zh', byFact.get('shipment')!)).toBe('尚未填写:视为卖家未证明有发货');
  });

  it('is said for every optional field, naming who must show it or answer it', () => {
    for (const f of fields.filter((x) => !x.required)) {
      const zh = absentText('zh', f);
      expect(zh, f.fact).toMatch(/^尚未填写:(视为.+未证明|未知,需问|按默认)/);
      if (f.whenAbsent?.meaning === 'not_shown' && f.kind === 'boolean') expect(zh, f.fact).toMatch(/按“[是否]”/);
    }
  });
});
