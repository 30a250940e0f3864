export * from './categorize.js';
export * from './check-predicate.js';
export * from './commune-level.js';
export { evaluatePredicate, type PredicateContext } from './evaluate-predicate.js';
export * from './schema.js';
export * from './standard-categories.js';
export * from './validate-categories.js';
