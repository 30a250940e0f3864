import * as arbitraries from './arbitraries/index.js';

export type { AttainmentScenario } from './arbitraries/scenario.js';
export { CAO_BANG_ACTUALS, CAO_BANG_PROGRAMME, NGHE_AN_REDUCTION, ORG_UNITS } from './fixtures.js';
export { type CreatedStore, type CreateStore, withPeers, withStore } from './harness.js';
export {
  type ConformanceOptions,
  runStoreConformance,
  type SkippedSuite,
  SUITES,
  type SuiteName,
} from './run-store-conformance.js';
export { type QueryShape, queryShapes } from './suites/attainment.js';
export { type ConformanceCase, type SuiteContext, storeCase } from './suites/context.js';
export { TIME_ZONES } from './suites/dates.js';
export { arbitraries };
