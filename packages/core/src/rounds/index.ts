export * from './apply-transition.js';
export * from './audit.js';
export * from './authority.js';
export * from './frozen-writes.js';
export { periodText, roundActionVi, roundStateVi } from './messages.js';
export * from './progress.js';
export * from './report-rounds.js';
export * from './schema.js';
