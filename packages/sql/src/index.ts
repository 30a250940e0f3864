export { translateDriverError } from './errors/translate-error.js';
export { openStore } from './open-store.js';
export { createPgliteStore } from './pglite/create-pglite-store.js';
export type { PgliteOptions } from './pglite/open-pglite.js';
export { PgliteDialect } from './pglite/pglite-dialect.js';
export { PgliteDriver } from './pglite/pglite-driver.js';
export { createPostgresStore } from './postgres/create-postgres-store.js';
export type { PostgresOptions } from './postgres/open-postgres.js';
export type { Engine } from './schema/engine.js';
export {
  type MigrationStep,
  type MigrationTarget,
  migrateDown,
  migrateToEmpty,
  migrateToLatest,
} from './schema/migrate.js';
export { cadreMigrationProvider, cadreMigrations } from './schema/migrations/provider.js';
export type { Tables } from './schema/tables.js';
export { createSqliteStore } from './sqlite/create-sqlite-store.js';
export {
  ImmediateSqliteDialect,
  SQLITE_BUSY_SLICE_MS,
  SQLITE_WRITE_WAIT_MS,
} from './sqlite/immediate-dialect.js';
export type { SqliteOptions } from './sqlite/open-sqlite.js';
export { createSqlStore, type SqlStoreParts } from './store/create-sql-store.js';
