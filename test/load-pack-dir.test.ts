// loadPack reading a pack directory it must not trust: symlinks, special files, huge files,
// missing parts, and a manifest whose time zones the runtime does not know.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { PackLoadError, buildPack, loadPack } from '../src/index.js';
import { MANIFEST, rule } from './helpers/pack.js';

const tmp = mkdtempSync(join(tmpdir(), 'aftersale-pack-dir-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Bytes that must never appear in an error: the content of a file outside the pack. */
const SECRET = 'TOP-SECRET-9f3a';
const outside = join(tmp, 'outside');
mkdirSync(join(outside, 'family'), { recursive: true });
writeFileSync(join(outside, 'secret.json'), `${SECRET} root:x:0:0`);
writeFileSync(join(outside, 'family', 'rules.json'), `${SECRET} {`);

let packs = 0;
/** A fresh pack directory: a valid manifest (unless `manifest: null`) and the given files. */
function packDir(files: Record<string, unknown> = {}, manifest: unknown = MANIFEST): string {
  const dir = join(tmp, `pack-${++packs}`);
  mkdirSync(dir);
  if (manifest !== null) writeFileSync(join(dir, 'pack.json'), JSON.stringify(manifest));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify({ rules: content }));
  }
  return dir;
}

function loadError(dir: string): PackLoadError {
  try {
    loadPack(dir);
  } catch (e) {
    expect(e).toBeInstanceOf(PackLoadError);
    expect((e as Error).message).not.toContain(SECRET);
    return e as PackLoadError;
  }
  throw new Error('expected the pack to fail to load');
}
const codes = (e: PackLoadError) => e.issues.map((i) => `${i.file} ${i.code}${i.path ? ` ${i.path}` : ''}`);

describe('loadPack reads a pack directory safely', () => {
  it('loads a plain pack, and a symlink that stays inside the pack', () => {
    const dir = packDir({
      'a/x.json': [rule({})],
      'store/shared.txt': JSON.stringify({ rules: [rule({ id: 'TEST-TWO' })] }),
    });
    symlinkSync(join('..', 'store', 'shared.txt'), join(dir, 'a', 'y.json'));
    expect(
      loadPack(dir)
        .rules.map((r) => r.spec.id)
        .sort(),
    ).toEqual(['TEST-RULE', 'TEST-TWO']);
  });

  it('a missing directory, or a file given as the directory, is a PackLoadError', () => {
    const missing = join(tmp, 'no-such-pack');
    expect(codes(loadError(missing))).toEqual([`${missing} pack_not_found`]);
    const file = join(packDir(), 'pack.json');
    expect(codes(loadError(file))).toEqual([`${file} not_a_directory`]);
  });

  it('a symlink leaving the pack is refused, file or family, with no byte of its target echoed', () => {
    const dir = packDir({ 'a/x.json': [rule({})] });
    symlinkSync(join(outside, 'secret.json'), join(dir, 'a', 'leak.json'));
    symlinkSync(join(outside, 'family'), join(dir, 'b'));
    symlinkSync('/etc', join(dir, 'c'));
    const e = loadError(dir);
    expect(codes(e)).toEqual(['a/leak.json outside_pack', 'b outside_pack', 'c outside_pack']);
    expect(e.message).not.toContain(outside);
  });

  it('a FIFO, a directory or a device where a rule file is expected is refused without being opened for reading', () => {
    const dir = packDir({ 'a/x.json': [rule({})] });
    execFileSync('mkfifo', [join(dir, 'a', 'fifo.json')]);
    mkdirSync(join(dir, 'a', 'folder.json'));
    symlinkSync('/dev/zero', join(dir, 'a', 'zero.json'));
    expect(codes(loadError(dir))).toEqual([
      'a/fifo.json not_a_file',
      'a/folder.json not_a_file',
      'a/zero.json outside_pack',
    ]);
  });

  it('a FIFO as pack.json is refused too', () => {
    const dir = packDir({ 'a/x.json': [rule({})] }, null);
    execFileSync('mkfifo', [join(dir, 'pack.json')]);
    expect(codes(loadError(dir))).toEqual(['pack.json not_a_file']);
  });

  it('a file over the size cap is refused before it is read (a 10 GiB sparse file)', () => {
    const dir = packDir({ 'a/x.json': [rule({})], 'a/huge.json': '' });
    truncateSync(join(dir, 'a', 'huge.json'), 10 * 1024 ** 3);
    expect(codes(loadError(dir))).toEqual(['a/huge.json file_too_large']);
  });

  it('symlink loops are reported, not followed', () => {
    const dir = packDir({ 'a/x.json': [rule({})] });
    symlinkSync('loop.json', join(dir, 'a', 'loop.json'));
    symlinkSync('spin', join(dir, 'spin'));
    symlinkSync('.', join(dir, 'a', 'again'));
    expect(codes(loadError(dir))).toEqual(['a/loop.json broken_link']);
  });

  it('reports every problem at once: unreadable files, a missing pack.json and invalid rules in readable files', () => {
    const dir = packDir(
      { 'a/x.json': [rule({ conditions: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] } })] },
      null,
    );
    execFileSync('mkfifo', [join(dir, 'a', 'fifo.json')]);
    symlinkSync(join(outside, 'secret.json'), join(dir, 'a', 'leak.json'));
    expect(codes(loadError(dir))).toEqual([
      'pack.json missing_manifest',
      'a/fifo.json not_a_file',
      'a/leak.json outside_pack',
      'a/x.json unknown_fact rules[0].conditions.all[0].fact',
    ]);
  });
});

describe('pack.json time zones', () => {
  const manifest = (zone: string) => ({
    name: 'pack.json',
    text: JSON.stringify({ ...MANIFEST, timeZones: { ...MANIFEST.timeZones, tmall: zone } }),
  });
  const ruleFile = (r: unknown) => [{ name: 'a/x.json', text: JSON.stringify({ rules: [r] }) }];

  it.each(['Asia/Shanghia', '+08:00', ' Asia/Shanghai', ''])(
    'an unknown zone (%j) is a PackLoadError at load, naming pack.json and the platform',
    (zone) => {
      let error: unknown;
      try {
        buildPack(manifest(zone), ruleFile(rule({})));
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(PackLoadError);
      expect((error as PackLoadError).issues.map((i) => [i.file, i.path])).toContainEqual([
        'pack.json',
        'timeZones.tmall',
      ]);
    },
  );

  it('is reported with the problems of the rules, at once', () => {
    let error: unknown;
    try {
      buildPack(
        manifest('Mars/Olympus_Mons'),
        ruleFile(rule({ conditions: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] } })),
      );
    } catch (e) {
      error = e;
    }
    expect((error as PackLoadError).issues.map((i) => `${i.file} ${i.code}`)).toEqual([
      'pack.json unknown_time_zone',
      'a/x.json unknown_fact',
    ]);
  });

  it('accepts every zone name Intl knows, in any case', () => {
    expect(() => buildPack(manifest('asia/shanghai'), ruleFile(rule({})))).not.toThrow();
    expect(() => buildPack(manifest('UTC'), ruleFile(rule({})))).not.toThrow();
  });
});

describe('nesting depth', () => {
  const deep = (n: number, inner: string) => '['.repeat(n) + inner + ']'.repeat(n);
  const deepAll = (n: number) =>
    '{"all":['.repeat(n) + '{"fact":"claim.type","operator":"equal","value":"late_shipment"}' + ']}'.repeat(n);
  const base = JSON.stringify(rule({}));
  it.each([
    ['conditions', base.replace(/"conditions":\{.*?\]\}/, `"conditions":${deepAll(50_000)}`)],
    ['a condition value', base.replace('"value":"late_shipment"', `"value":${deep(100_000, '"late_shipment"')}`)],
    ['a decision', base.replace('"decisions":[]', `"decisions":[${deep(100_000, '1')}]`)],
    ['an unknown field', base.replace('"priority"', `"junk":${deep(100_000, '1')},"priority"`)],
  ])('nesting 100,000 deep in %s is a PackLoadError, not a stack overflow', (_, text) => {
    const dir = packDir({ 'a/x.json': `{"rules":[${text}]}` });
    expect(loadError(dir).issues.length).toBeGreaterThan(0);
  });

  it('in pack.json too', () => {
    const dir = packDir({ 'a/x.json': [rule({})] }, null);
    writeFileSync(
      join(dir, 'pack.json'),
      JSON.stringify({ ...MANIFEST, options: 'X' }).replace('"X"', deep(100_000, '{}')),
    );
    expect(codes(loadError(dir))).toEqual(['pack.json invalid_type options']);
  });
});

describe('one load reports every problem', () => {
  const manifest = {
    name: 'pack.json',
    text: JSON.stringify({ ...MANIFEST, options: { 'TB-X': { default: false, description: 'x' } } }),
  };
  const issuesOf = (files: { name: string; text: string }[]) => {
    try {
      buildPack(manifest, files);
    } catch (e) {
      return (e as PackLoadError).issues.map((i) => `${i.file} ${i.ruleId ?? '-'} ${i.code} ${i.path}`);
    }
    throw new Error('expected the pack to fail to load');
  };

  it('a rule with an unknown fact, an undeclared option and an unknown priority tier: all three, not one per pass', () => {
    const bad = rule({
      option: 'TB-NOPE',
      priority: 'urgent',
      conditions: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] },
    });
    expect(issuesOf([{ name: 'a/x.json', text: JSON.stringify({ rules: [bad] }) }])).toEqual([
      'a/x.json TEST-RULE unknown_fact rules[0].conditions.all[0].fact',
      'a/x.json TEST-RULE unknown_option rules[0].option',
      'a/x.json TEST-RULE unknown_priority_tier rules[0].priority',
    ]);
  });

  it('an unknown key at the top of a rule file does not hide the problems of its rules', () => {
    const bad = rule({ conditions: { all: [{ fact: 'nope', operator: 'equal', value: 1 }] } });
    expect(issuesOf([{ name: 'a/x.json', text: JSON.stringify({ rules: [bad], note: 'x' }) }])).toEqual([
      'a/x.json - unknown_key note',
      'a/x.json TEST-RULE unknown_fact rules[0].conditions.all[0].fact',
    ]);
  });
});
