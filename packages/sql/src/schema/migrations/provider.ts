import type { Migration, MigrationProvider } from 'kysely';
import type { Engine } from '../engine.js';
import { programmeData } from './0001-programme-data.js';
import { personRecords } from './0002-person-records.js';
import { dataVersion } from './0003-data-version.js';
import { nativeTypes } from './0004-native-types.js';
import { lineageClosure } from './0005-lineage-closure.js';
import { roundsAudit } from './0006-rounds-audit.js';
import { auditByReference } from './0007-audit-by-reference.js';

/**
 * The store's migrations by name, in order. Static, so bundlers and tests see exactly this
 * list; a folder scan would depend on the files present at run time.
 * @example
 * Object.keys(cadreMigrations('sqlite')); // ['0001-programme-data', …, '0004-native-types']
 */
export function cadreMigrations(engine: Engine, schema?: string): Record<string, Migration> {
  return {
    '0001-programme-data': programmeData(engine),
    '0002-person-records': personRecords(engine),
    '0003-data-version': dataVersion(engine),
    '0004-native-types': nativeTypes(engine, schema),
    '0005-lineage-closure': lineageClosure(),
    '0006-rounds-audit': roundsAudit(engine),
    '0007-audit-by-reference': auditByReference(engine),
  };
}

/**
 * A Kysely `MigrationProvider` over `cadreMigrations`; `schema` is where Postgres views look
 * for their tables (views name them when created, whatever the search path).
 * @example
 * new Migrator({ db, provider: cadreMigrationProvider('postgres') });
 */
export function cadreMigrationProvider(engine: Engine, schema?: string): MigrationProvider {
  return { getMigrations: async () => cadreMigrations(engine, schema) };
}
