export * from './constructors.js';
export * from './operations.js';
export * from './parse-period-text.js';
export * from './schema.js';
