// Judges examples/late-shipment.json (or the case file given as the first argument) and prints
// the verdict: the outcome, how sure each decision is and what to ask next, then the full JSON.
import { readFileSync } from 'node:fs';
import { formatIssues, safeJudge } from '../src/index.js';

const file = process.argv[2] ?? new URL('./late-shipment.json', import.meta.url);
const result = await safeJudge(JSON.parse(readFileSync(file, 'utf8')));
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(2);
}
const { outcome, status, openQuestions, findings } = result.verdict;
console.log('outcome  ', JSON.stringify(outcome));
console.log('status   ', JSON.stringify(status));
console.log('findings ', findings.map((f) => `${f.ruleId}: ${f.message.en}`).join('\n          '));
console.log(
  'ask next ',
  openQuestions
    .slice(0, 3)
    .map((q) => `${q.question.en} (${q.kind}${q.party ? `, ${q.party}` : ''})`)
    .join('\n          ') || 'nothing',
);
console.log(JSON.stringify(result.verdict, null, 2));
