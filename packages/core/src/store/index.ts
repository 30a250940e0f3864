export * from './keys.js';
export * from './port.js';
export * from './prepare/index.js';
export * from './types.js';
