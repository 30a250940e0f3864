export * from './serve-cadre-api.js';
