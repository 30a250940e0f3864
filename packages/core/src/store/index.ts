export * from './errors.js';
export * from './keys.js';
export * from './memory/index.js';
export * from './port.js';
export * from './prepare/index.js';
export * from './report-from-cells.js';
export * from './types.js';
export * from './write-methods.js';
