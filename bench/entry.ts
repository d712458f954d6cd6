// What the benchmark bundles: the public API, plus the two internals the naive baseline needs
// to run json-rules-engine over exactly the facts and operators the library uses.
export * from '../src/index.js';
export { deriveFacts } from '../src/facts/derive-facts.js';
export { engineOperators, naiveEngine } from '../src/evaluate/reference-evaluator.js';
export { compiledPack } from '../src/pack/load-pack.js';
// Phases, for profiling a judgement step by step.
export { parseCase } from '../src/schema/parse-case.js';
export { evaluateCompiled } from '../src/evaluate/evaluate.js';
export { foldVerdict } from '../src/verdict/fold-verdict.js';
export { outcomeFacts } from '../src/judge/stage-two.js';
