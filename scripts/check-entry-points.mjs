// CI, after the build: the package's own name resolves through its `exports` map both ways.
// `import` and `require` must each give `judge`, `safeJudge` and `createJudge`, and the two
// builds must judge the example case to the same JSON.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const esm = await import('aftersale-rules');
const cjs = require('aftersale-rules');
const names = ['judge', 'safeJudge', 'createJudge', 'loadPack', 'formatIssues', 'CaseValidationError'];
const missing = names.flatMap((n) => [
  ...(typeof esm[n] === 'function' ? [] : [`import: ${n}`]),
  ...(typeof cjs[n] === 'function' ? [] : [`require: ${n}`]),
]);
if (missing.length > 0) {
  console.error(`entry points: missing ${missing.join(', ')}`);
  process.exit(1);
}
const example = JSON.parse(readFileSync(new URL('../examples/late-shipment.json', import.meta.url), 'utf8'));
const [a, b] = [JSON.stringify(await esm.judge(example)), JSON.stringify(await cjs.judge(example))];
if (a !== b) {
  console.error('entry points: import and require judged the example case differently');
  process.exit(1);
}
console.log(`entry points: import and require both give ${names.join(', ')}; same verdict on the example case`);

// `aftersale-rules/agent`: tools and callTool both ways, and the same judge_case result.
const agentEsm = await import('aftersale-rules/agent');
const agentCjs = require('aftersale-rules/agent');
const agentMissing = ['callTool', 'createAgentTools'].flatMap((n) => [
  ...(typeof agentEsm[n] === 'function' ? [] : [`import: ${n}`]),
  ...(typeof agentCjs[n] === 'function' ? [] : [`require: ${n}`]),
]);
if (
  agentMissing.length > 0 ||
  agentEsm.tools.length !== 5 ||
  agentCjs.tools.length !== 5 ||
  agentCjs.strictTools.length !== 5 ||
  agentEsm.anthropicTools.length !== 5 ||
  agentCjs.openaiTools.length !== 5
) {
  console.error(`entry points: aftersale-rules/agent is missing ${agentMissing.join(', ') || 'tools'}`);
  process.exit(1);
}
const [ta, tb] = [
  await agentEsm.callTool('judge_case', { case: example }),
  await agentCjs.callTool('judge_case', { case: example }),
];
if (ta.isError || ta.content[0].text !== tb.content[0].text) {
  console.error('entry points: aftersale-rules/agent: import and require answered judge_case differently');
  process.exit(1);
}
console.log(
  'entry points: aftersale-rules/agent gives tools, strictTools, anthropicTools, openaiTools and callTool both ways; same judge_case result',
);

// `aftersale-rules/browser`: the inlined pack judges the example case to the same JSON as Node's
// `rules/`, and the standalone minified bundle does too.
const browserEsm = await import('aftersale-rules/browser');
const browserCjs = require('aftersale-rules/browser');
const standalone = await import(new URL('../dist/browser/aftersale-rules.min.js', import.meta.url).href);
const viaBrowser = await Promise.all(
  [browserEsm, browserCjs, standalone].map(async (m) => JSON.stringify(await m.judge(example))),
);
if (viaBrowser.some((v) => v !== a)) {
  console.error('entry points: aftersale-rules/browser judged the example case differently from aftersale-rules');
  process.exit(1);
}
console.log('entry points: aftersale-rules/browser (import, require, standalone bundle) gives the same verdict');

// `aftersale-rules/server`: the HTTP API both ways, answering in process with the verdict judge() gives.
const lean = JSON.stringify(await esm.createJudge({ trace: 'none' }).judge(example));
for (const [how, server] of [
  ['import', await import('aftersale-rules/server')],
  ['require', require('aftersale-rules/server')],
]) {
  const res = await server.createApp({ log: false }).request('/v1/judge?trace=none', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(example),
  });
  if (res.status !== 200 || (await res.text()) !== lean) {
    console.error(`entry points: aftersale-rules/server (${how}) did not answer POST /v1/judge with the verdict`);
    process.exit(1);
  }
}
console.log('entry points: aftersale-rules/server gives createApp both ways; POST /v1/judge answers with the verdict');

// `aftersale-rules/adapters`: the same draft both ways from a Pinduoduo record, and it judges.
const record = {
  refund: {
    id: 1,
    after_sales_reason: '不想要了',
    after_sales_type: 1,
    shipping_status: 0,
    after_sales_status: 2,
    created_time: '2024-04-15 12:00:00',
    order_amount: 1990,
  },
  order: { pay_time: '2024-04-15 10:00:00', pay_amount: 19.9, postage: 0 },
};
const adaptersEsm = await import('aftersale-rules/adapters');
const adaptersCjs = require('aftersale-rules/adapters');
const drafts = [adaptersEsm, adaptersCjs].map((m) =>
  JSON.stringify(m.fromPinduoduo(record, { asOf: '2024-04-15T18:00:00+08:00' })),
);
const drafted = JSON.parse(drafts[0]);
if (drafts[0] !== drafts[1] || drafted.missingRequired.length > 0 || !(await esm.safeJudge(drafted.case)).ok) {
  console.error(
    'entry points: aftersale-rules/adapters: import and require drafted differently, or the draft does not judge',
  );
  process.exit(1);
}
console.log('entry points: aftersale-rules/adapters gives fromPinduoduo both ways; the draft judges');
