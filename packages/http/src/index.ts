export * from './api/create-cadre-api.js';
export type * from './api/env.js';
export type * from './api/logger.js';
export * from './auth/api-keys.js';
export * from './auth/check-write-scope.js';
export * from './auth/jwt-bearer.js';
export * from './auth/principal.js';
export * from './client/create-cadre-client.js';
export * from './docs/bundled-assets.js';
export {
  checkJsonLimits,
  MAX_JSON_DEPTH,
  MAX_JSON_NUMBER_DIGITS,
} from './middleware/json-limits.js';
export * from './problem/problem.js';
