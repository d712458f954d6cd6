// What the benchmark bundles: the public API, plus the two internals the naive baseline needs
// to run json-rules-engine over exactly the facts and operators the library uses.
export * from '../src/index.js';
export { deriveFacts } from '../src/facts/derive-facts.js';
export { engineOperators } from '../src/operators.js';
