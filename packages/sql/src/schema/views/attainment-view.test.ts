import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import { arbitraries } from '@cadre/adapter-testkit';
import {
  type AttainmentRow,
  type CadreStore,
  computeReport,
  createOrgUnitIndex,
  ObservationSchema,
  ProgrammeSchema,
  toDecimal,
} from '@cadre/core';
import { PGlite } from '@electric-sql/pglite';
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { type Kysely, sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPgliteStore } from '../../pglite/create-pglite-store.js';
import { openPglite } from '../../pglite/open-pglite.js';
import { createPool, quoteIdentifier } from '../../postgres/create-pool.js';
import { createPostgresStore } from '../../postgres/create-postgres-store.js';
import { openPostgres } from '../../postgres/open-postgres.js';
import { createSqliteStore } from '../../sqlite/create-sqlite-store.js';
import { tempDir } from '../../test-support/temp-dir.js';
import type { Tables } from '../tables.js';

const pglite = new PGlite();
beforeAll(() => pglite.waitReady, 180_000);
const dir = tempDir('cadre-views-');
const url = process.env.CADRE_TEST_PG_URL;
const pool = url ? await createPool({ connectionString: url, max: 2 }) : undefined;
const run = `cadre_views_${randomBytes(4).toString('hex')}`;
const made: string[] = [];
afterAll(async () => {
  await pglite.close();
  dir.remove();
  if (pool) {
    for (const s of made) await pool.query(`drop schema if exists ${quoteIdentifier(s)} cascade`);
    await pool.end();
  }
});

/** A view row as text, whatever the engine returned. */
interface ViewRow {
  indicator: string;
  unit: string;
  period_start: string;
  period_end: string;
  breakdown: string;
  target: string | number | null;
  actual: string | number | bigint | null;
  percent: string | number | null;
  status: string | null;
  decimal_observations?: number | bigint;
}

const key = (indicator: string, unit: string, start: string, end: string, breakdown: object) =>
  JSON.stringify([indicator, unit, start, end, Object.entries(breakdown).sort()]);

function rowKey(r: ViewRow): string {
  return key(r.indicator, r.unit, r.period_start, r.period_end, JSON.parse(r.breakdown));
}
function coreKey(r: AttainmentRow): string {
  return key(r.indicator, r.orgUnit, r.period.start, r.period.end, r.disaggregation);
}

/** Percent agrees to 1e-9 (PostgreSQL divides to 16 or more places, SQLite in floating point). */
function samePercent(view: ViewRow['percent'], core: AttainmentRow['percent']): boolean {
  if (view === null || core === null) return view === core;
  const v = toDecimal(String(view));
  return v.minus(core).abs().lte(core.abs().times('1e-9').plus('1e-9'));
}

function compare(view: ViewRow[], core: AttainmentRow[]) {
  expect(view.map(rowKey).sort()).toEqual(core.map(coreKey).sort());
  const byKey = new Map(core.map((r) => [coreKey(r), r]));
  for (const v of view) {
    const c = byKey.get(rowKey(v))!;
    const where = rowKey(v);
    expect(v.target === null ? null : toDecimal(String(v.target)).toString(), where).toBe(
      c.target?.toString() ?? null,
    );
    if ((v.decimal_observations ?? 0) > 0) {
      // Plain SQLite has no exact decimal sum: the view leaves the cell to cadre.
      expect([v.actual, v.percent, v.status], where).toEqual([null, null, null]);
      continue;
    }
    expect(toDecimal(String(v.actual)).toString(), where).toBe(c.actual.toString());
    expect(v.status, where).toBe(c.status);
    expect(samePercent(v.percent, c.percent), `${where}: ${v.percent} ≠ ${c.percent}`).toBe(true);
  }
}

function coreRows(s: arbitraries.AttainmentScenario, asOf: string): AttainmentRow[] {
  return computeReport({
    programme: ProgrammeSchema.parse(s.programme),
    observations: s.observations.map((o) => ObservationSchema.parse(o)),
    orgUnits: createOrgUnitIndex(s.orgUnits),
    asOf,
  }).rows;
}

async function load(store: CadreStore, s: arbitraries.AttainmentScenario) {
  const done = await store.importBatch({
    orgUnits: s.orgUnits,
    programmes: [s.programme],
    observations: s.observations,
  });
  expect(done.issues).toEqual([]);
}

interface Opened {
  store: CadreStore;
  db: Kysely<Tables>;
}
const postgresLike: { name: string; open: (schema: string) => Promise<Opened> }[] = [
  {
    name: 'pglite',
    open: async (schema) => ({
      store: await createPgliteStore({ db: pglite, schema }),
      db: openPglite({ db: pglite, schema }).db,
    }),
  },
];
if (pool) {
  postgresLike.push({
    name: 'postgres',
    open: async (schema) => {
      made.push(schema);
      return {
        store: await createPostgresStore({ pool, schema }),
        // Never destroyed: that would end the shared pool.
        db: openPostgres({ pool, schema }).db,
      };
    },
  });
}

let n = 0;
for (const engine of postgresLike) {
  describe(`attainment_as_of on ${engine.name}`, () => {
    it('gives the core report’s target, actual, percent and status for any programme', async () => {
      await fc.assert(
        fc.asyncProperty(arbitraries.scenarioArb, async (s) => {
          const schema = `${run}_${++n}`;
          const { store, db } = await engine.open(schema);
          await load(store, s);
          const { rows } = await sql<ViewRow>`
            select * from ${sql.id(schema, 'attainment_as_of')}(${s.asOf})`.execute(db);
          compare(rows, coreRows(s, s.asOf));
          await store.close();
        }),
        { numRuns: 20 },
      );
    }, 180_000);
  });
}

describe('attainment view on SQLite', () => {
  it('gives the core report at today’s date, in plain SQL, for integer actuals', async () => {
    // The view counts up to date('now') (UTC); every generated date lies years before it.
    const today = new Date().toISOString().slice(0, 10);
    await fc.assert(
      fc.asyncProperty(arbitraries.scenarioArb, async (s) => {
        const filename = join(dir.path, `views-${++n}.db`);
        const store = await createSqliteStore({ filename });
        await load(store, s);
        await store.close();
        // A plain connection: no cadre_dec_sum or any other function of the application.
        const plain = new Database(filename, { readonly: true });
        // Integers as BigInt: a sum past 2^53 is exact in SQLite, not in a JavaScript number.
        const rows = plain
          .prepare('select * from attainment')
          .safeIntegers(true)
          .all() as ViewRow[];
        plain.close();
        compare(rows, coreRows(s, today));
      }),
      { numRuns: 30 },
    );
  }, 180_000);
});
