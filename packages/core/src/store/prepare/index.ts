export type { SectionValues } from './parse-rows.js';
export * from './prepare-batch.js';
export * from './row-key.js';
