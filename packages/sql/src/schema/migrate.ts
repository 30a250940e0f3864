import { CadreError } from '@cadre/core';
import { type Kysely, type MigrationResultSet, Migrator, NO_MIGRATIONS } from 'kysely';
import type { Engine } from './engine.js';
import { cadreMigrationProvider } from './migrations/provider.js';
import type { Tables } from './tables.js';

/** Where a store keeps its tables: the engine and, for Postgres, the schema name. */
export interface MigrationTarget {
  db: Kysely<Tables>;
  engine: Engine;
  schema?: string;
}

/** The migrations a run applied or reverted, by name and direction. */
export interface MigrationStep {
  name: string;
  direction: 'Up' | 'Down';
}

function migrator({ db, engine, schema }: MigrationTarget): Migrator {
  return new Migrator({
    db,
    provider: cadreMigrationProvider(engine, schema),
    migrationTableName: 'cadre_migrations',
    migrationLockTableName: 'cadre_migrations_lock',
    ...(schema === undefined ? {} : { migrationTableSchema: schema }),
  });
}

function unwrap(set: MigrationResultSet, what: string): MigrationStep[] {
  if (set.error !== undefined) {
    const failed = set.results?.find((r) => r.status === 'Error')?.migrationName;
    // No migration named: the run failed before any step (its lock or bookkeeping tables), so
    // the cause is the only clue and goes into the message.
    const reason = set.error instanceof Error ? set.error.message : String(set.error);
    const message =
      failed === undefined
        ? `migrations could not start while ${what}: ${reason}`
        : `migration ${failed} failed while ${what}`;
    throw new CadreError('store_failure', message, {
      details: { migration: failed ?? null },
      cause: set.error,
    });
  }
  return (set.results ?? []).map((r) => ({ name: r.migrationName, direction: r.direction }));
}

/**
 * Applies every pending migration. Safe to call on each start: applied ones are skipped.
 * @example
 * await migrateToLatest({ db, engine: 'sqlite' }); // [{ name: '0001-programme-data', direction: 'Up' }, …]
 */
export async function migrateToLatest(target: MigrationTarget): Promise<MigrationStep[]> {
  return unwrap(await migrator(target).migrateToLatest(), 'migrating up');
}

/**
 * Reverts the latest applied migration (one step down).
 * @example
 * await migrateDown({ db, engine: 'postgres', schema: 'cadre' });
 */
export async function migrateDown(target: MigrationTarget): Promise<MigrationStep[]> {
  return unwrap(await migrator(target).migrateDown(), 'migrating down');
}

/**
 * Reverts every migration, leaving only Kysely's bookkeeping tables.
 * @example
 * await migrateToEmpty({ db, engine: 'sqlite' });
 */
export async function migrateToEmpty(target: MigrationTarget): Promise<MigrationStep[]> {
  return unwrap(await migrator(target).migrateTo(NO_MIGRATIONS), 'reverting all migrations');
}

/**
 * Migrates up or down to the named migration (it stays applied), e.g. to rebuild a store as an
 * older release left it.
 * @example
 * await migrateTo({ db, engine: 'postgres', schema: 'cadre' }, '0003-data-version');
 */
export async function migrateTo(target: MigrationTarget, name: string): Promise<MigrationStep[]> {
  return unwrap(await migrator(target).migrateTo(name), `migrating to ${name}`);
}
