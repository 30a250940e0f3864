export * from './level-label.js';
export * from './lineage.js';
export * from './locality.js';
export * from './normalize-name.js';
export * from './org-unit-index.js';
export * from './schema.js';
export * from './validate-org-units.js';
