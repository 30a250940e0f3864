import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { createSqliteStore } from '../../../sql/src/index.js';
import {
  type BenchObservation,
  handSql,
  INDICATOR,
  orgUnits,
  PROGRAMME,
  programme,
} from '../data/sql-observations.js';
import { emit, median } from '../lib/measure.js';
import {
  AS_OF,
  Database,
  dir,
  emitPushdown,
  type HandRow,
  handTotals,
  loadAverage,
  log,
  N,
  pushTotals,
  RUNS,
  rowsPerSecond,
  SCENARIO,
  sameTotals,
  type Totals,
  time,
} from './shared.js';

/**
 * SQLite rows of SQL1: cadre's load next to raw prepared inserts, then the pushdown next to the
 * hand-written query as SQLite plans it and with a table scan forced.
 * @example
 * await sqlite(observations(N));
 */
export async function sqlite(rows: BenchObservation[]) {
  const units = orgUnits();
  const def = programme();
  const remove = (file: string) => {
    for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  };
  const fresh = async (name: string) => {
    const file = join(dir, `sql-${name}.db`);
    remove(file);
    const store = await createSqliteStore({ filename: file });
    await store.saveOrgUnits(units);
    await store.saveProgramme(def);
    return { file, store };
  };
  const cadre: number[] = [];
  const raw: number[] = [];
  let last = '';
  for (let r = 0; r < RUNS; r++) {
    const c = await fresh('cadre');
    cadre.push(await time(() => c.store.saveObservations(rows)));
    await c.store.close();
    last = c.file;
    const b = await fresh('raw');
    await b.store.close();
    const db = new Database(b.file);
    for (const p of ['journal_mode = WAL', 'synchronous = NORMAL', 'foreign_keys = ON'])
      db.pragma(p);
    raw.push(
      await time(() => {
        const insert = db.prepare(
          `insert into observations (programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec)
           values (?, ?, ?, ?, ?, ?, ?, null)`,
        );
        db.transaction(() => {
          for (const o of rows) {
            const d = o.disaggregation;
            insert.run(
              o.programme,
              o.indicator,
              o.orgUnit,
              o.date,
              JSON.stringify(Object.entries(d).sort()),
              JSON.stringify(d),
              o.value,
            );
          }
        })();
      }),
    );
    db.close();
    log(`sqlite run ${r + 1}: cadre ${cadre[r]?.toFixed(0)} ms, raw ${raw[r]?.toFixed(0)} ms`);
  }
  const rawRate = rowsPerSecond(median(raw));
  const cadreRate = rowsPerSecond(median(cadre));
  const rawName = `raw better-sqlite3 prepared inserts (${N.toLocaleString('en')} rows)`;
  emit({ scenario: SCENARIO, name: rawName, metric: 'rows/s', value: rawRate });
  emit({
    scenario: SCENARIO,
    name: 'cadre SQLite saveObservations',
    metric: 'rows/s',
    value: cadreRate,
    baseline: rawName,
    ratio: cadreRate / rawRate,
    goal: '≥90% of raw',
    met: cadreRate / rawRate >= 0.9,
  });

  // Pushdown on the last cadre file versus the hand-written query on the same data, as SQLite
  // plans it (through the primary key) and forced to scan the table, as cadre chooses to here.
  log(`sqlite pushdown; load average ${loadAverage()}`);
  const db = new Database(last, { readonly: true });
  const hand = (scan: string) =>
    db.prepare(
      handSql(
        (t) => t,
        () => '?',
        (c, p) => `json_extract(${c}, '$.${p.join('.')}')`,
        scan,
      ),
    );
  const anchors = { planned: hand(''), scan: hand('not indexed') };
  const times = { planned: [] as number[], scan: [] as number[], push: [] as number[] };
  const totals: Record<keyof typeof times, Totals> = {
    planned: new Map(),
    scan: new Map(),
    push: new Map(),
  };
  for (let r = 0; r < RUNS; r++) {
    for (const k of ['planned', 'scan'] as const) {
      times[k].push(
        await time(() => {
          const out = anchors[k].all(PROGRAMME, INDICATOR, AS_OF, PROGRAMME) as HandRow[];
          totals[k] = handTotals(out);
        }),
      );
    }
    // A store opened for each round: its first query, as after a write (a store keeps the
    // programme it read until the data version moves).
    const store = await createSqliteStore({ filename: last });
    times.push.push(
      await time(async () => {
        totals.push = pushTotals(
          await store.queryCellTotals({ programme: PROGRAMME, asOf: AS_OF }),
        );
      }),
    );
    await store.close();
  }
  db.close();
  // 300 MB each, and never read again.
  for (const name of ['cadre', 'raw']) remove(join(dir, `sql-${name}.db`));
  if (!sameTotals(totals.planned, totals.push) || !sameTotals(totals.scan, totals.push))
    throw new Error('SQLite pushdown and hand-written SQL disagree');
  emitPushdown('SQLite', median(times.planned), median(times.push));
  emitPushdown('SQLite', median(times.scan), median(times.push), ', table scan forced');
}
