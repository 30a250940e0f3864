export * from './describe-zod-issues.js';
export * from './error.js';
export * from './issue.js';
