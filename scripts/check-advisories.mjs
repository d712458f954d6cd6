// Offline stand-in for `npm audit --omit=dev` where the registry does not serve the audit
// endpoint: checks the production dependency tree against the advisories known to affect it.
// Exit 1 when an installed version is below the first fixed release.
import { execFileSync } from 'node:child_process';

/** Package → first release without a high/critical advisory. */
const FIXED = {
  'json-rules-engine': '7.3.1', // pulls a jsonpath-plus with remote code execution before 7.3.1
  'jsonpath-plus': '10.3.0', // CVE-2025-1302 / CVE-2024-21534: remote code execution
  jsep: '1.3.8',
};

const tree = JSON.parse(execFileSync('npm', ['ls', '--omit=dev', '--all', '--json'], { encoding: 'utf8' }));
const below = (v, min) => {
  const a = v.split('.').map(Number);
  const b = min.split('.').map(Number);
  for (let i = 0; i < 3; i++) if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) < (b[i] ?? 0);
  return false;
};
const found = [];
(function walk(deps = {}) {
  for (const [name, node] of Object.entries(deps)) {
    if (FIXED[name] && below(node.version, FIXED[name]))
      found.push(`${name}@${node.version} (fixed in ${FIXED[name]})`);
    walk(node.dependencies);
  }
})(tree.dependencies);
if (found.length > 0) {
  console.error(`vulnerable production dependencies: ${found.join(', ')}`);
  process.exit(1);
}
console.log(`known advisories: none affect the production tree (${Object.keys(FIXED).join(', ')} checked)`);
