export * from './keys.js';
export * from './port.js';
export * from './types.js';
