// Judges examples/late-shipment.json (or the case file given as the first argument) and prints
// the verdict: the outcome first, then the full JSON with its trace.
import { readFileSync } from 'node:fs';
import { formatIssues, safeJudge } from '../src/index.js';

const file = process.argv[2] ?? new URL('./late-shipment.json', import.meta.url);
const result = await safeJudge(JSON.parse(readFileSync(file, 'utf8')));
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(2);
}
const { outcome, findings, missingFacts } = result.verdict;
console.log('outcome  ', JSON.stringify(outcome));
console.log('findings ', findings.map((f) => `${f.ruleId}: ${f.message.en}`).join('\n          '));
console.log('missing  ', JSON.stringify(missingFacts));
console.log(JSON.stringify(result.verdict, null, 2));
