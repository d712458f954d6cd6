import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VerdictSchema } from '../../src/schema/verdict.js';
import { decisionName, langFromEnv, term } from '../../src/cli/i18n.js';
import { ActionCode, EvidenceItem } from '../../src/schema/vocabulary.js';
import { cli } from './run-cli.js';

const CASE = 'test/cli/fixtures/cases/late-shipment.json';
const caseText = readFileSync(join(import.meta.dirname, 'fixtures', 'cases', 'late-shipment.json'), 'utf8');
// Transit damage with both photos: the carrier is liable, the seller claims from it (an action), and
// the photos are listed as the evidence the rule requires.
const damagedCase = JSON.stringify(JSON.parse(readFileSync(join(import.meta.dirname, '..', '..', 'fixtures', 'logi', 'damaged-photos-present.json'), 'utf8')).case);

describe.concurrent('aftersale-rules judge', { timeout: 30_000 }, () => {
  it('prints the verdict for a person, in English with --lang en', async () => {
    const r = await cli(['judge', CASE, '--lang', 'en']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Case TB-2015-0415-001');
    expect(r.stdout).toMatch(/Liability: seller/);
    expect(r.stdout).toMatch(/late shipment: 3 points, 9\.95 yuan to the buyer {2}\[SHIP-LATE-72H\]/);
    expect(r.stdout).toMatch(/Decided by\n {2}SHIP-LATE-72H {2}Late shipment/);
  });

  it('prints Chinese with --lang zh', async () => {
    const r = await cli(['judge', CASE, '--lang', 'zh']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('责任方:卖家');
    expect(r.stdout).toContain('依据规则');
    expect(r.stdout).toMatch(/延迟发货:扣 3 分,赔付买家 9\.95 元  \[SHIP-LATE-72H\]/);
  });

  it('prints actions and evidence items as words, not codes, in Chinese', async () => {
    const r = await cli(['judge', '-', '--lang', 'zh'], { input: damagedCase });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('仍需提供的证据\n  买家:外包装及面单照片  [LOGI-DAMAGED-TRANSIT]\n  买家:内物破损照片  [LOGI-DAMAGED-TRANSIT]\n');
    expect(r.stdout).toContain('建议操作\n  向快递公司索赔  [LOGI-DAMAGED-TRANSIT.proven]\n');
    expect(r.stdout).not.toMatch(/claim_compensation_from_carrier|outer_packaging_photo_with_label|inner_damage_photo/);
  });

  it('prints actions and evidence items as words, not codes, in English', async () => {
    const r = await cli(['judge', '-', '--lang', 'en'], { input: damagedCase });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Evidence still needed\n  buyer: photo of the outer packaging with the label  [LOGI-DAMAGED-TRANSIT]\n  buyer: photo of the damage inside  [LOGI-DAMAGED-TRANSIT]\n');
    expect(r.stdout).toContain('Next steps\n  claim compensation from the carrier  [LOGI-DAMAGED-TRANSIT.proven]\n');
    expect(r.stdout).not.toMatch(/claim_compensation_from_carrier|outer_packaging_photo_with_label|inner_damage_photo/);
  });

  it.each(['zh', 'en'] as const)('has a %s label, not the code, for every action and evidence item', (lang) => {
    for (const code of ActionCode.options) expect(term.action(lang, code), code).not.toMatch(/^$|_/);
    for (const item of EvidenceItem.options) expect(term.evidence(lang, item), item).not.toMatch(/^$|_/);
  });

  it.each([
    ['zh', 'freight.returnExcess', '运费 · 退货运费(超出运费险部分)'],
    ['en', 'action.reship', 'Next steps · reship'],
    ['en', 'liability', 'Liability'],
    ['en', 'no.such.decision', 'no.such.decision'],
  ] as const)('names the conflict decision (%s) %s as %s', (lang, key, name) => {
    expect(decisionName(lang, key)).toBe(name);
  });

  it.each([
    [{ LANG: 'en_US.UTF-8' }, 'Outcome'],
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'Outcome'],
    [{}, '判定结果'],
  ])('takes the language from the locale %j', async (env, heading) => {
    const r = await cli(['judge', CASE], { env });
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(heading);
  });

  it.each([
    [{ LANG: 'en_US.UTF-8' }, 'en'],
    [{ LANG: 'zh_CN.UTF-8' }, 'zh'],
    [{ LANG: 'zh_TW.UTF-8' }, 'zh'],
    [{ LC_ALL: 'en_GB.UTF-8', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: 'zh_CN.UTF-8', LANG: 'en_US.UTF-8' }, 'zh'],
    [{ LC_MESSAGES: 'en_US', LANG: 'zh_CN.UTF-8' }, 'en'],
    [{ LC_ALL: '', LANG: 'en' }, 'en'],
    [{ LANG: 'C' }, 'zh'],
    [{ LANG: 'fr_FR.UTF-8' }, 'zh'],
    [{ LANG: 'eng' }, 'zh'],
    [{}, 'zh'],
  ])('langFromEnv(%j) is %s', (env, lang) => {
    expect(langFromEnv(env)).toBe(lang);
  });

  it('--json prints a verdict VerdictSchema accepts, and only that, on stdout', async () => {
    const r = await cli(['judge', CASE, '--json']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const verdict = VerdictSchema.parse(JSON.parse(r.stdout));
    expect(verdict.caseId).toBe('TB-2015-0415-001');
    expect(verdict.outcome.liability).toBe('seller');
  });

  it('reads the case from stdin with -', async () => {
    const r = await cli(['judge', '-', '--json'], { input: caseText });
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).caseId).toBe('TB-2015-0415-001');
  });

  it('--rules-at pins the rules day', async () => {
    const r = await cli(['judge', CASE, '--json', '--rules-at', '2024-01-01']);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).ruleset).toMatchObject({ rulesAt: '2024-01-01', rulesAtFrom: 'pinned' });
  });

  it('exits 2 with every issue and its path on stderr for an invalid case, nothing on stdout', async () => {
    const bad = JSON.parse(caseText);
    bad.order.paidAt = '2015-04-15 10:00:00';
    bad.order.amount = 12.345;
    bad.order.paidat = 'typo';
    const r = await cli(['judge', '-'], { input: JSON.stringify(bad) });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('→ at order.paidAt');
    expect(r.stderr).toContain('→ at order.amount');
    expect(r.stderr).toContain('Unknown field "paidat" → at order.paidat');
  });

  it('exits 2 on malformed JSON and on a missing file', async () => {
    const malformed = await cli(['judge', '-'], { input: '{"caseId":' });
    expect(malformed.status).toBe(2);
    expect(malformed.stderr).toMatch(/Malformed JSON/);
    const missing = await cli(['judge', 'no-such-case.json']);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/Cannot read no-such-case\.json/);
    expect(missing.stdout).toBe('');
  });

  it('exits 2 naming the option when --option is not declared by the pack', async () => {
    const r = await cli(['judge', CASE, '--option', 'NO-SUCH-OPTION']);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('NO-SUCH-OPTION');
  });
});
