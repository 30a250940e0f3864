export * from './observations-from-records.js';
export * from './read-records.js';
export * from './schema.js';
export * from './source-schema.js';
