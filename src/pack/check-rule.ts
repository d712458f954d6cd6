import { FACTS, type FactDef } from '../facts/catalog.js';
import { OPERATORS } from '../evaluate/operators.js';
import type { Condition, Decision, LeafCondition, MoneyExpr, RuleSpec } from '../schema/rule.js';

/** A problem found in a rule that parsed: the path inside the rule and a message. */
export interface RuleProblem {
  readonly code: string;
  readonly path: (string | number)[];
  readonly message: string;
}

const isLeaf = (c: Condition): c is LeafCondition => 'fact' in c;

/** Every leaf of a condition tree with its path. */
export function leaves(
  c: Condition,
  path: (string | number)[] = ['conditions'],
): { leaf: LeafCondition; path: (string | number)[] }[] {
  if (isLeaf(c)) return [{ leaf: c, path }];
  const [key, list] = 'all' in c ? (['all', c.all] as const) : (['any', c.any] as const);
  return list.flatMap((child, i) => leaves(child, [...path, key, i]));
}

function valueFits(fact: FactDef, v: unknown): boolean {
  switch (fact.type) {
    case 'number':
      return typeof v === 'number';
    case 'boolean':
      return typeof v === 'boolean';
    case 'enum':
      return typeof v === 'string' && (fact.values ?? []).includes(v);
    case 'string':
      return typeof v === 'string';
    default:
      return false;
  }
}

function describeValues(fact: FactDef): string {
  return fact.type === 'enum' ? `one of ${(fact.values ?? []).join(', ')}` : `a ${fact.type}`;
}

function checkLeaf(leaf: LeafCondition, path: (string | number)[]): RuleProblem[] {
  const fact = FACTS.get(leaf.fact);
  if (!fact)
    return [
      {
        code: 'unknown_fact',
        path: [...path, 'fact'],
        message: `Unknown fact "${leaf.fact}": no case field or derived fact has this name`,
      },
    ];
  const op = OPERATORS.get(leaf.operator);
  if (!op)
    return [
      {
        code: 'unknown_operator',
        path: [...path, 'operator'],
        message: `Unknown operator "${leaf.operator}"; known: ${[...OPERATORS.keys()].join(', ')}`,
      },
    ];
  if (!op.factTypes.includes(fact.type)) {
    return [
      {
        code: 'operator_fact_type',
        path: [...path, 'operator'],
        message: `Operator "${op.name}" cannot compare ${fact.type} fact "${fact.name}"`,
      },
    ];
  }
  if (op.answersAbsent && fact.absent !== 'not_shown') {
    return [
      {
        code: 'absent_is_unknown',
        path: [...path, 'operator'],
        message: `"${fact.name}" being absent means unknown, not "not shown", so "${op.name}" cannot test it`,
      },
    ];
  }
  if (op.answersAbsent && fact.notShownValue !== undefined) {
    return [
      {
        code: 'absent_has_value',
        path: [...path, 'operator'],
        message: `"${fact.name}" not shown holds ${JSON.stringify(fact.notShownValue)}, so "${op.name}" cannot tell; compare with that value instead`,
      },
    ];
  }
  const v = leaf.value;
  const at = [...path, 'value'];
  if (op.value === 'boolean') {
    return typeof v === 'boolean'
      ? []
      : [{ code: 'invalid_value', path: at, message: `Operator "${op.name}" takes true or false` }];
  }
  if (typeof v === 'object' && v !== null && !Array.isArray(v)) {
    const other = FACTS.get(v.fact);
    if (!other) return [{ code: 'unknown_fact', path: [...at, 'fact'], message: `Unknown fact "${v.fact}"` }];
    if (op.value !== 'scalar' || other.type !== fact.type) {
      return [
        {
          code: 'invalid_value',
          path: at,
          message: `"${fact.name}" (${fact.type}) cannot be compared with "${other.name}" (${other.type}) by "${op.name}"`,
        },
      ];
    }
    return [];
  }
  if (op.value === 'list') {
    if (!Array.isArray(v))
      return [{ code: 'invalid_value', path: at, message: `Operator "${op.name}" takes a list of values` }];
    return v.flatMap((x, i) =>
      valueFits(fact, x)
        ? []
        : [
            {
              code: 'invalid_value',
              path: [...at, i],
              message: `Expected ${describeValues(fact)} for "${fact.name}", got ${JSON.stringify(x)}`,
            },
          ],
    );
  }
  if (Array.isArray(v) || !valueFits(fact, v)) {
    return [
      {
        code: 'invalid_value',
        path: at,
        message: `Expected ${describeValues(fact)} for "${fact.name}", got ${JSON.stringify(v)}`,
      },
    ];
  }
  return [];
}

/** Money facts a money expression reads. */
export function moneyFacts(m: MoneyExpr | undefined): string[] {
  if (m === undefined || typeof m === 'number') return [];
  return ['fact' in m ? m.fact : m.percentOf];
}

/** Money facts a decision reads: they must be known for the decision to be made. */
export function decisionFacts(d: Decision): string[] {
  switch (d.kind) {
    case 'freightTerms':
      return moneyFacts(d.cap);
    case 'penalty':
      return [...moneyFacts(d.compensationToBuyer), ...moneyFacts(d.paymentToPlatform)];
    case 'refundAdjustment':
      return moneyFacts(d.amount);
    default:
      return [];
  }
}

const OUTCOME_DECISIONS = new Set(['liability', 'remedy', 'freight']);

/** Checks a parsed rule against the fact catalogue and the operator registry. */
export function checkRule(rule: RuleSpec): RuleProblem[] {
  const found = leaves(rule.conditions);
  const problems = found.flatMap(({ leaf, path }) => checkLeaf(leaf, path));
  const readsOutcome = found.some(({ leaf }) => FACTS.get(leaf.fact)?.origin === 'outcome');
  rule.decisions.forEach((d, i) => {
    const at = ['decisions', i];
    for (const name of decisionFacts(d)) {
      const fact = FACTS.get(name);
      if (!fact?.money) problems.push({ code: 'not_money', path: at, message: `"${name}" is not an amount of money` });
    }
    if (readsOutcome && OUTCOME_DECISIONS.has(d.kind)) {
      problems.push({
        code: 'outcome_cycle',
        path: at,
        message: `A rule that reads outcome.* facts cannot decide ${d.kind}: it would change what it reads`,
      });
    }
  });
  // The cases an intended tie is meant for are written like conditions: the same facts and operators.
  (rule.intendedTies ?? []).forEach((t, i) =>
    (t.when ?? []).forEach((c, k) => {
      const at = ['intendedTies', i, 'when', k];
      if ('fact' in c) problems.push(...checkLeaf(c, at));
      else
        problems.push({
          code: 'invalid_tie',
          path: at,
          message: "An intended tie's `when` lists comparisons, not all / any groups",
        });
    }),
  );
  if (rule.effectiveFrom && rule.effectiveTo && rule.effectiveTo < rule.effectiveFrom) {
    problems.push({ code: 'invalid_dates', path: ['effectiveTo'], message: 'effectiveTo is before effectiveFrom' });
  }
  return problems;
}

const UNSUPPORTED: Record<string, string> = {
  not: '`not` is not supported: negating an unknown fact would be a guess. State the positive condition instead (`equal false`, `notIn [...]`)',
  condition: 'Shared condition references are not supported: write the conditions in the rule',
  path: 'A `path` into a fact is not supported: name the flat fact (`order.amount`)',
  params: 'Fact `params` are not supported: facts are plain values of the case',
  priority: 'Condition priorities are not supported: every condition is evaluated so the trace is complete',
};

/**
 * json-rules-engine syntax the rule language leaves out on purpose, found before schema
 * validation so the message says why rather than "invalid input".
 */
export function unsupportedSyntax(conditions: unknown, path: (string | number)[] = ['conditions']): RuleProblem[] {
  if (Array.isArray(conditions)) return conditions.flatMap((c, i) => unsupportedSyntax(c, [...path, i]));
  if (conditions === null || typeof conditions !== 'object') return [];
  const problems: RuleProblem[] = [];
  for (const [key, value] of Object.entries(conditions)) {
    // An own-key lookup: `constructor` or `__proto__` in a rule file must not find Object's.
    const message = Object.hasOwn(UNSUPPORTED, key) ? UNSUPPORTED[key] : undefined;
    if (message) problems.push({ code: `unsupported_${key}`, path: [...path, key], message });
    else if (key === 'all' || key === 'any') problems.push(...unsupportedSyntax(value, [...path, key]));
  }
  return problems;
}
