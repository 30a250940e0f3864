export * from './define-programme.js';
export * from './legal-ref.js';
export * from './programme-categories.js';
export * from './schema.js';
