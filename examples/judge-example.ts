// Judges examples/late-shipment.json (or the case file given as an argument) and prints a summary:
// the outcome, how sure each decision is, the findings and what to ask next. With --json it prints
// the whole verdict as JSON instead (the trace included).
import { readFileSync } from 'node:fs';
import { formatIssues, safeJudge } from '../src/index.js';

const args = process.argv.slice(2);
const json = args.includes('--json');
const file = args.find((a) => a !== '--json') ?? new URL('./late-shipment.json', import.meta.url);
const result = await safeJudge(JSON.parse(readFileSync(file, 'utf8')));
if (!result.ok) {
  console.error(formatIssues(result.issues));
  process.exit(2);
}
if (json) {
  console.log(JSON.stringify(result.verdict, null, 2));
} else {
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
  console.log('(npm run example -- --json prints the whole verdict)');
}
