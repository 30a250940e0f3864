export * from './error.js';
export * from './issue.js';
