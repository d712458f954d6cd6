// CI: what `npm pack` would publish. dist (library, types, CLI), rules, schemas, package.json and
// the README must be there; sources, tests, fixtures, scripts and examples must not.
import { execFileSync } from 'node:child_process';

const [report] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const files = report.files.map((f) => f.path);
const required = [
  'package.json',
  'README.md',
  'dist/index.js',
  'dist/index.cjs',
  'dist/index.d.ts',
  'dist/index.d.cts',
  'dist/agent.js',
  'dist/agent.cjs',
  'dist/agent.d.ts',
  'dist/agent.d.cts',
  'dist/cli.js',
  'rules/pack.json',
  'rules/catalogue.json',
  ...['case', 'verdict', 'rules', 'fixture', 'pack'].map((n) => `schemas/${n}.schema.json`),
];
const missing = required.filter((f) => !files.includes(f));
const forbidden = files.filter(
  (f) =>
    /^(src|test|fixtures|scripts|examples|bench|\.ci)\//.test(f) || /^(tsconfig|tsup\.config|vitest\.config)/.test(f),
);
const rules = files.filter((f) => f.startsWith('rules/') && f.endsWith('.json')).length;
if (missing.length > 0 || forbidden.length > 0 || rules < 3) {
  console.error(
    `npm pack: missing ${JSON.stringify(missing)}, should not ship ${JSON.stringify(forbidden)}, ${rules} rule files`,
  );
  process.exit(1);
}
console.log(
  `npm pack: ${files.length} files, ${(report.unpackedSize / 1024).toFixed(0)} kB unpacked: dist, rules (${rules} files), schemas, package.json, README.md`,
);
