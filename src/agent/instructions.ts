// What an MCP server (or an agent's system prompt) tells the model about the tools as a whole.

/**
 * What the tools are for and the loop that settles a case: judge, ask the top question, add the
 * answer, judge again, stop when the decisions you need are firm.
 */
export const AGENT_INSTRUCTIONS = [
  'aftersale-rules pre-judges Chinese e-commerce after-sale disputes (Taobao, Tmall, Pinduoduo, AliExpress) by the platform rules and consumer law: liability, remedy, who pays each freight leg, penalties, evidence still needed, and how sure each decision is (firm, provisional, undetermined). Every tool only reads.',
  'Give a case as facts: [{"fact": "order.amount", "value": 199}, …] with at least caseId, platform, asOf, order.paidAt, order.amount, claim.type, claim.openedAt, plus whatever else you know. Leave out what you do not know; never guess a value. describe_fact explains a fact.',
  'The loop: 1. judge_case with the facts you have. 2. If a decision you need is not firm, ask the buyer, seller or carrier the top open question (openQuestions[0]: its party, zh/en text). 3. Add the answer as {"fact": question.fact, "value": answer}; if they cannot answer or show it, leave it out and take the next question. 4. judge_case again. Stop when the decisions you need are firm, or no question is left.',
  'what_if compares the case with a change (a JSON merge patch); explain_rule says why a rule decided as it did, with its source.',
].join('\n');
