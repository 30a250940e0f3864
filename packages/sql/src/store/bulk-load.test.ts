import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import {
  type AttainmentQuery,
  type CadreStore,
  createMemoryStore,
  type Observation,
  type ObservationInput,
} from '@cadre/core';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { createPool, quoteIdentifier } from '../postgres/create-pool.js';
import { createPostgresStore } from '../postgres/create-postgres-store.js';
import { createSqliteStore } from '../sqlite/create-sqlite-store.js';
import { keyOf, observations, orgUnits, prng, programme } from '../test-support/bulk-data.js';
import { tempDir } from '../test-support/temp-dir.js';

// Batches large enough for the engines' bulk paths (SQLite inserts 50 rows per statement,
// PostgreSQL COPYs from 500 rows) and tables large enough for SQLite's choice of a whole-table
// scan (from 4,096 rows), checked against the core's in-memory store as the oracle.

type Engine = { name: string; create: () => Promise<CadreStore> };
const dir = tempDir('cadre-bulk-');
const engines: Engine[] = [
  {
    name: 'sqlite',
    create: () =>
      createSqliteStore({ filename: join(dir.path, `${randomBytes(6).toString('hex')}.db`) }),
  },
];
const pgUrl = process.env.CADRE_TEST_PG_URL;
const pool = pgUrl ? await createPool({ connectionString: pgUrl, max: 2 }) : undefined;
const schemas: string[] = [];
if (pool) {
  const run = `cadre_bulk_${randomBytes(4).toString('hex')}`;
  engines.push({
    name: 'postgres',
    create: () => {
      const schema = `${run}_${schemas.length + 1}`;
      schemas.push(schema);
      return createPostgresStore({ pool, schema });
    },
  });
}
afterAll(async () => {
  if (pool) {
    for (const s of schemas)
      await pool.query(`drop schema if exists ${quoteIdentifier(s)} cascade`);
    await pool.end();
  }
  dir.remove();
});

async function both(engine: Engine, body: (stores: CadreStore[]) => Promise<void>) {
  const sqlStore = await engine.create();
  const memory = createMemoryStore();
  try {
    await body([sqlStore, memory]);
  } finally {
    await sqlStore.close();
    await memory.close();
  }
}

/** What a call returned or threw, comparable across stores. */
async function outcome(call: () => Promise<unknown>): Promise<unknown> {
  try {
    return { ok: await call() };
  } catch (error) {
    const e = error as { code?: string; details?: unknown };
    return { error: e.code, details: JSON.parse(JSON.stringify(e.details ?? null)) };
  }
}

async function allObservations(store: CadreStore, code: string): Promise<Observation[]> {
  const out: Observation[] = [];
  let cursor: string | null = null;
  do {
    const page = await store.listObservations({ programme: code, limit: 1000, cursor });
    out.push(...page.items);
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

/** The audit log without positions, each image in key order: what every store must agree on. */
async function auditOf(store: CadreStore): Promise<unknown[]> {
  const out: unknown[] = [];
  const inOrder = (images: Observation[]) =>
    [...images].sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  let cursor: string | null = null;
  do {
    const page = await store.listAudit({ limit: 1000, cursor });
    for (const { seq: _seq, ...e } of page.items) {
      out.push({ ...e, before: inOrder(e.before), after: inOrder(e.after) });
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return out;
}

const QUERIES: Omit<AttainmentQuery, 'programme'>[] = [
  { asOf: '2019-05-20' },
  { asOf: '2018-07-01', indicator: 'sent' },
  { asOf: '2021-03-01', orgUnit: 'P2' },
  // A district holds a ninth of the rows: SQLite reads it from its units.
  { asOf: '2020-12-31', orgUnit: 'P1D2' },
  { asOf: '2019-05-20', orgUnit: 'P3D1', indicator: 'sent' },
  { asOf: '2020-12-31', rollup: 'parent' },
  { asOf: '2015-12-01' },
];

const plain = (value: unknown) => JSON.parse(JSON.stringify(value));

for (const engine of engines) {
  describe(`bulk load and pushdown at scale (${engine.name})`, () => {
    it('writes, counts and sums a large batch as the core does, on every SQLite plan', async () => {
      await fc.assert(
        fc.asyncProperty(fc.integer(), async (seed) => {
          const rand = prng(seed);
          // BIG holds most rows (SQLite scans the whole table), SMALL few (it reads the key).
          const big = observations('BIG', 5000 + Math.floor(rand() * 200), rand);
          const small = observations('SMALL', 700 + Math.floor(rand() * 60), rand);
          await both(engine, async (stores) => {
            for (const store of stores) {
              await store.saveOrgUnits(orgUnits());
              await store.saveProgramme(programme('BIG', prng(seed)));
              await store.saveProgramme(programme('SMALL', prng(seed + 1)));
            }
            // A first load, then a second that changes some values and adds new rows.
            const head = big.slice(0, 1500);
            const taken = new Set(head.map(keyOf));
            const changed = [
              ...head.map((o, i) => (i % 7 === 0 ? { ...o, value: 99 } : o)),
              ...observations('BIG', 600, prng(seed + 2)).filter((o) => !taken.has(keyOf(o))),
            ];
            for (const batch of [big.slice(0, 3000), small, big.slice(3000), changed]) {
              const [got, want] = await Promise.all(
                stores.map((s) => outcome(() => s.saveObservations(batch))),
              );
              expect(got, `${batch.length} rows`).toEqual(want);
            }
            const [sqlStore, memory] = stores as [CadreStore, CadreStore];
            expect(await allObservations(sqlStore, 'BIG')).toEqual(
              await allObservations(memory, 'BIG'),
            );
            // Rows the loads replaced have their before-images; every row its after-image.
            const audit = await auditOf(sqlStore);
            expect(audit.length).toBeGreaterThan(0);
            expect(audit).toEqual(await auditOf(memory));
            for (const code of ['BIG', 'SMALL']) {
              for (const q of QUERIES) {
                const query = { ...q, programme: code };
                expect(
                  plain(await sqlStore.queryCellTotals(query)),
                  `${code} ${JSON.stringify(q)}`,
                ).toEqual(plain(await memory.queryCellTotals(query)));
              }
              const query = { programme: code, asOf: '2019-05-20', rollup: 'parent' as const };
              expect(plain(await sqlStore.queryAttainment(query))).toEqual(
                plain(await memory.queryAttainment(query)),
              );
            }
          });
        }),
        { numRuns: 2 },
      );
    }, 240_000);

    it('writes nothing, or only the good rows, as the full check does, wherever the bad row sits', async () => {
      const rand = prng(7);
      const rows = observations('BIG', 1900, rand);
      const bad: [string, (o: ObservationInput[]) => ObservationInput[]][] = [
        [
          'an impossible date',
          (o) => o.map((x, i) => (i === 1777 ? { ...x, date: '2019-02-30' } : x)),
        ],
        [
          'an unknown unit',
          (o) => o.map((x, i) => (i === 1234 ? { ...x, orgUnit: 'NOWHERE' } : x)),
        ],
        [
          'a key repeated in the batch',
          (o) => [...o, { ...(o[60] as ObservationInput), value: 3 }],
        ],
        [
          'a key repeated in one statement',
          (o) => [...o.slice(0, 20), { ...(o[5] as ObservationInput) }, ...o.slice(20)],
        ],
        ['a negative value', (o) => o.map((x, i) => (i === 1799 ? { ...x, value: -1 } : x))],
        [
          'a bad row after updates of stored rows',
          (o) => [
            ...rows.slice(0, 30).map((x) => ({ ...x, value: 77 })),
            ...o.map((x, i) => (i === 1500 ? { ...x, date: '2019-13-01' } : x)),
          ],
        ],
      ];
      await both(engine, async (stores) => {
        for (const store of stores) {
          await store.saveOrgUnits(orgUnits());
          await store.saveProgramme(programme('BIG', prng(1)));
          await store.saveObservations(rows.slice(0, 100));
        }
        // The batch holds no stored key, so only the spoiled row can stop the bulk path.
        for (const [what, spoil] of bad) {
          const batch = spoil(rows.slice(100));
          const [got, want] = await Promise.all(
            stores.map((s) => outcome(() => s.saveObservations(batch))),
          );
          expect(got, what).toEqual(want);
          expect((got as { error?: string }).error, what).toBeDefined();
        }
        const [sqlStore, memory] = stores as [CadreStore, CadreStore];
        expect(await allObservations(sqlStore, 'BIG')).toEqual(
          await allObservations(memory, 'BIG'),
        );
        expect((await allObservations(sqlStore, 'BIG')).length).toBe(100);
        // The full check keeps the good rows here, so the bulk path's undo must have left the
        // table as it was: the new rows count as imported, the changed ones as updated.
        const batch = [
          ...rows.slice(0, 30).map((x) => ({ ...x, value: 77 })),
          ...rows.slice(100).map((x, i) => (i === 1500 ? { ...x, date: '2019-13-01' } : x)),
        ];
        const [got, want] = await Promise.all(
          stores.map((s) =>
            outcome(() => s.importBatch({ observations: batch }, { mode: 'skip_bad_rows' })),
          ),
        );
        expect(got).toEqual(want);
        expect((got as { ok: { updated: number } }).ok.updated).toBe(30);
        expect(await allObservations(sqlStore, 'BIG')).toEqual(
          await allObservations(memory, 'BIG'),
        );
        expect(await auditOf(sqlStore)).toEqual(await auditOf(memory));
      });
    }, 120_000);
  });
}
