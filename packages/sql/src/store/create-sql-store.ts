import {
  CadreError,
  type CadreStore,
  createOrgUnitIndex,
  type ObservationInput,
  type OrgUnit,
  type Programme,
  type StoredTarget,
} from '@cadre/core';
import {
  errorFromIssues,
  frozenPeriodError,
  type ImportSection,
  prepareImportBatch,
} from '@cadre/core/adapter';
import type { Kysely } from 'kysely';
import { guard } from '../errors/translate-error.js';
import type { Engine } from '../schema/engine.js';
import type { Tables } from '../schema/tables.js';
import {
  type ApplyContext,
  applyRows,
  type BulkObservationWriter,
  genericObservationWriter,
  type ObservationWriter,
} from './apply-rows.js';
import { bumpDataVersion, readDataVersion } from './data-version.js';
import { loadImportContext } from './load-context.js';
import { type QuerySources, queryAttainment, queryCellTotals } from './query-attainment.js';
import * as read from './read-rows.js';
import * as rounds from './rounds.js';
import { runImport, tryBulk } from './run-import.js';
import { createVersionMemo, type VersionMemo } from './version-reads.js';
import { audited } from './write-audit.js';

/** What an engine hands the shared store: its Kysely handle and its own fast paths. */
export interface SqlStoreParts {
  engine: Engine;
  /** Postgres schema of the tables; undefined for SQLite. */
  schema: string | undefined;
  db: Kysely<Tables>;
  /** The engine's fastest safe way to upsert observations (prepared rows, one transaction). */
  writeObservations?: ObservationWriter;
  /** The engine's bulk path for `saveObservations`, tried before the full check. */
  bulkObservations?: BulkObservationWriter;
  /** The engine's fastest way to read the data version outside a transaction (SQLite). */
  readDataVersion?: () => Promise<string>;
  /**
   * False when the database has no data-version table (a read-only store over a file not yet
   * migrated): the store then leaves out `dataVersion()`, and callers cache nothing.
   */
  hasDataVersion?: boolean;
  /** Refreshes planner statistics after large writes (Postgres engines). */
  analyze?: ApplyContext['analyze'];
  /** Releases the engine's resources (pool, file, instance). */
  close(): Promise<void>;
}

type Db = Kysely<Tables>;
type Definition = Omit<Programme, 'targets'>;
/** What a store and the stores bound to its transactions share. */
interface StoreState {
  closed: boolean;
  /** Programmes and the org-unit index of the latest data version, for queries. */
  reads: VersionMemo;
}

/**
 * Builds a `CadreStore` over any Kysely handle with the cadre tables. Every write checks its
 * rows with the core's `prepareImportBatch` and applies them in one transaction; attainment is
 * pushed down to SQL. The engine factories (`createSqliteStore`, …) call this.
 * @example
 * const store = createSqlStore({ engine: 'sqlite', schema: undefined, db, close: () => db.destroy() });
 */
export function createSqlStore(parts: SqlStoreParts): CadreStore {
  const state: StoreState = { closed: false, reads: createVersionMemo() };
  const writer: ApplyContext = {
    engine: parts.engine,
    writeObservations: parts.writeObservations ?? genericObservationWriter,
    ...(parts.analyze && { analyze: parts.analyze }),
  };
  return bind(parts, parts.db, false, writer, state);
}

function bind(
  parts: SqlStoreParts,
  db: Db,
  inTransaction: boolean,
  writer: ApplyContext,
  state: StoreState,
  // Set by writes inside `transaction(fn)`, so a transaction that wrote replaces the data version.
  wrote?: { value: boolean },
): CadreStore {
  const open = () => {
    if (state.closed) throw new CadreError('store_failure', 'the store is closed');
  };
  const run = async <T>(doing: string, work: (db: Db) => Promise<T>): Promise<T> => {
    open();
    return guard(doing, () => work(db));
  };
  const write = async <T>(doing: string, work: (tx: Db) => Promise<T>): Promise<T> => {
    open();
    if (inTransaction) {
      if (wrote) wrote.value = true;
      return guard(doing, () => work(db));
    }
    return guard(doing, () =>
      db.transaction().execute(async (trx) => {
        const result = await work(trx);
        await bumpDataVersion(trx);
        return result;
      }),
    );
  };
  const save = (section: ImportSection, items: unknown) =>
    write(`saving ${section}`, async (tx) => {
      const batch = { [section]: items };
      const prepared = prepareImportBatch(batch, await loadImportContext(tx, batch));
      if (prepared.issues.length > 0) throw errorFromIssues(prepared.issues);
      await refuseFrozen(tx, section === 'observations' ? items : undefined);
      return audited(tx, {}, (audit) => applyRows(tx, writer, prepared.rows, audit));
    });
  // Direct writes of figures throw `conflict` when a round freezes any of them.
  const refuseFrozen = async (tx: Db, items: unknown) => {
    const issues = await rounds.frozenWriteCheck(tx, items, []);
    if (issues.length > 0) throw frozenPeriodError(issues);
  };
  const loadDefinition = async (tx: Db, code: string): Promise<Definition | null> => {
    const row = await tx
      .selectFrom('programmes')
      .select('data')
      .where('code', '=', code)
      .executeTakeFirst();
    return row ? (JSON.parse(row.data) as Definition) : null;
  };
  const assemble = async (tx: Db, def: Definition): Promise<Programme> => {
    // One ordered read: a national programme holds thousands of quota cells.
    const rows = await tx
      .selectFrom('targets')
      .select('data')
      .where('programme', '=', def.code)
      .orderBy('indicator')
      .orderBy('org_unit')
      .orderBy('period_start')
      .orderBy('period_end')
      .orderBy('disagg_key')
      .execute();
    const targets = rows.map((r) => {
      const { programme: _p, ...t } = JSON.parse(r.data) as StoredTarget;
      return t;
    });
    return { ...def, targets } as Programme;
  };
  const loadProgramme = async (tx: Db, code: string) => {
    const def = await loadDefinition(tx, code);
    return def ? assemble(tx, def) : null;
  };
  const requireProgramme = async (tx: Db, code: string) => {
    if (!(await loadDefinition(tx, code))) {
      throw new CadreError('not_found', `programme "${code}" does not exist`, {
        details: { key: code },
      });
    }
  };
  const exists = async (tx: Db, table: 'org_units' | 'programmes' | 'persons', key: string) => {
    const column = table === 'persons' ? 'id' : 'code';
    const row = await tx
      .selectFrom(table)
      .select(column as never)
      .where(column as never, '=', key as never)
      .executeTakeFirst();
    return row !== undefined;
  };
  const keyOf = (item: unknown, field: 'code' | 'id'): string => {
    const v = (item as Record<string, unknown> | null)?.[field];
    if (typeof v !== 'string') {
      throw new CadreError('invalid_argument', `${field}: expected a non-empty string`, {
        path: [field],
      });
    }
    return v.normalize('NFC');
  };
  const duplicate = (what: string, key: string) =>
    new CadreError('duplicate_key', `${what} "${key}" already exists`, { details: { key } });
  const loadOrgUnitIndex = async (tx: Db) => {
    const rows = await tx.selectFrom('org_units').select('data').execute();
    return createOrgUnitIndex(rows.map((r) => JSON.parse(r.data) as OrgUnit));
  };
  const versionNow = (tx: Db) =>
    !inTransaction && parts.readDataVersion ? parts.readDataVersion() : readDataVersion(tx);
  // Outside a transaction, queries reuse the programme and the org-unit index of the current
  // data version (see createVersionMemo); inside one, they read what the transaction sees.
  const sources = async (tx: Db): Promise<QuerySources> => {
    const place = { db: tx, engine: parts.engine, schema: parts.schema };
    if (inTransaction || parts.hasDataVersion === false) {
      return {
        place,
        loadProgramme: (code) => loadProgramme(tx, code),
        loadOrgUnitIndex: () => loadOrgUnitIndex(tx),
      };
    }
    const reads = state.reads.at(await versionNow(tx));
    return {
      place,
      loadProgramme: (code) => reads.programme(code, () => loadProgramme(tx, code)),
      loadOrgUnitIndex: () => reads.orgUnitIndex(() => loadOrgUnitIndex(tx)),
    };
  };

  const store: CadreStore = {
    createOrgUnit: (unit) =>
      write('creating an org unit', async (tx) => {
        const code = keyOf(unit, 'code');
        if (await exists(tx, 'org_units', code)) throw duplicate('org unit', code);
        const self = bind(parts, tx, true, writer, state);
        await self.saveOrgUnits([unit]);
        return (await self.getOrgUnit(code)) as OrgUnit;
      }),
    saveOrgUnits: (units) => save('orgUnits', units),
    getOrgUnit: (code) =>
      run('reading an org unit', async (tx) => {
        const row = await tx
          .selectFrom('org_units')
          .select('data')
          .where('code', '=', code)
          .executeTakeFirst();
        return row ? (JSON.parse(row.data) as OrgUnit) : null;
      }),
    listOrgUnits: (page) => run('listing org units', (tx) => read.listOrgUnitRows(tx, page)),

    createProgramme: (programme) =>
      write('creating a programme', async (tx) => {
        const code = keyOf(programme, 'code');
        if (await exists(tx, 'programmes', code)) throw duplicate('programme', code);
        await bind(parts, tx, true, writer, state).saveProgramme(programme);
        return (await loadProgramme(tx, code)) as Programme;
      }),
    saveProgramme: (programme) => save('programmes', [programme]),
    getProgramme: (code) => run('reading a programme', (tx) => loadProgramme(tx, code)),
    listProgrammes: (page) =>
      run('listing programmes', (tx) => read.listProgrammeRows(tx, page, (d) => assemble(tx, d))),
    saveTargets: (targets) => save('targets', targets),
    listTargets: (filter) =>
      run('listing targets', async (tx) => {
        await requireProgramme(tx, filter.programme);
        return read.listTargetRows(tx, filter);
      }),

    saveObservations: (observations) => {
      if (parts.bulkObservations === undefined) return save('observations', observations);
      return write('saving observations', async (tx) => {
        await refuseFrozen(tx, observations);
        return audited(tx, {}, async (audit) => {
          const counts = await tryBulk(tx, writer, parts.bulkObservations, observations, audit);
          if (counts !== 'fallback') return counts;
          const batch = { observations };
          const prepared = prepareImportBatch(batch, await loadImportContext(tx, batch));
          if (prepared.issues.length > 0) throw errorFromIssues(prepared.issues);
          return applyRows(tx, writer, prepared.rows, audit);
        });
      });
    },
    listObservations: (filter) =>
      run('listing observations', async (tx) => {
        await requireProgramme(tx, filter.programme);
        return read.listObservationRows(tx, filter);
      }),

    createPerson: (person) =>
      write('creating a person', async (tx) => {
        const id = keyOf(person, 'id');
        if (await exists(tx, 'persons', id)) throw duplicate('person', id);
        const self = bind(parts, tx, true, writer, state);
        await self.savePersons([person]);
        return (await self.getPerson(id)) as NonNullable<
          Awaited<ReturnType<CadreStore['getPerson']>>
        >;
      }),
    savePersons: (persons) => save('persons', persons),
    getPerson: (id) =>
      run('reading a person', async (tx) => {
        const row = await tx
          .selectFrom('persons')
          .select('data')
          .where('id', '=', id)
          .executeTakeFirst();
        return row ? JSON.parse(row.data) : null;
      }),
    listPersons: (filter) => run('listing persons', (tx) => read.listPersonRows(tx, filter)),
    saveTrainingRecords: (records) => save('training', records),
    listTrainingRecords: (filter) =>
      run('listing training records', (tx) => read.listTrainingRows(tx, filter)),
    saveRotations: (records) => save('rotations', records),
    listRotations: (filter) => run('listing rotations', (tx) => read.listRotationRows(tx, filter)),
    saveHeadcounts: (snapshots) => save('headcounts', snapshots),
    listHeadcounts: (filter) =>
      run('listing headcounts', (tx) => read.listHeadcountRows(tx, filter)),

    importBatch: (batch, options) =>
      write('importing a batch', (tx) =>
        runImport(tx, batch, options, writer, parts.bulkObservations),
      ),
    listRounds: (filter) => run('listing rounds', (tx) => rounds.listRounds(tx, filter)),
    applyRoundTransition: (t) =>
      write('applying a round transition', async (tx) => {
        const programme = (t as { programme?: unknown } | null)?.programme;
        if (typeof programme === 'string') await requireProgramme(tx, programme);
        return rounds.transition(tx, t, await loadOrgUnitIndex(tx));
      }),
    listAudit: (filter) => run('listing the audit log', (tx) => rounds.listAudit(tx, filter)),
    queryCellTotals: (query) =>
      run('computing cell totals', async (tx) => queryCellTotals(await sources(tx), query)),
    queryAttainment: (query) =>
      run('computing attainment', async (tx) => queryAttainment(await sources(tx), query)),
    ...(parts.hasDataVersion !== false && {
      dataVersion: () => run('reading the data version', versionNow),
    }),

    transaction: async (fn) => {
      open();
      if (inTransaction) return fn(store);
      // The callback's own error is rethrown unchanged; only the driver's errors are translated.
      let thrown: { error: unknown } | null = null;
      try {
        return await db.transaction().execute(async (trx) => {
          const wroteHere = { value: false };
          let result: Awaited<ReturnType<typeof fn>>;
          const inside: ApplyContext = { ...writer, stale: new Set() };
          try {
            result = await fn(bind(parts, trx, true, inside, state, wroteHere));
          } catch (error) {
            thrown = { error };
            throw error;
          }
          if (inside.stale?.size) await writer.analyze?.(trx, [...inside.stale]);
          if (wroteHere.value) await bumpDataVersion(trx);
          return result;
        });
      } catch (error) {
        if (thrown !== null) throw (thrown as { error: unknown }).error;
        return guard('committing a transaction', () => Promise.reject(error));
      }
    },
    close: async () => {
      if (inTransaction)
        throw new CadreError('invalid_argument', 'close the store, not the transaction');
      if (state.closed) return;
      state.closed = true;
      await guard('closing the store', () => parts.close());
    },
  };
  return store;
}
