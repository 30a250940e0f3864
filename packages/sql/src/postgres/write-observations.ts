import { CompiledQuery, type Kysely, sql } from 'kysely';
import type { ObservationRow, Tables } from '../schema/tables.js';
import {
  type BulkObservationWriter,
  genericObservationWriter,
  type ObservationWriter,
} from '../store/apply-rows.js';
import type { ObservationCheck } from '../store/fast-observations.js';
import type { ChangedSpan, WriteAudit } from '../store/write-audit.js';
import { COPY_MARKER, type CopySource, registerCopy } from './copy-pool.js';
import { copyChunks, copyField } from './copy-text.js';
import { quoteIdentifier } from './create-pool.js';

// Below this many rows the upsert path (read keys, then INSERT/UPDATE) is as quick as COPY.
const COPY_FROM = 500;
const COLUMNS =
  'programme, indicator, org_unit, date, disagg_key, disaggregation, value_int, value_dec, written_by';
const ROWS_PER_CHUNK = 2000;

function isUniqueViolation(error: unknown): boolean {
  return (error as { code?: unknown } | null)?.code === '23505';
}

/** Thrown from inside a COPY's data when an item fails the quick check; aborts that COPY. */
class NotVouched extends Error {}

/** Fields of checked rows for COPY, each marked with the write's id and noted as changed. */
function* fields(rows: ObservationRow[], audit: WriteAudit) {
  for (const r of rows) {
    audit.changed(audit.span(r.programme, r.org_unit), r.date);
    yield [
      r.programme,
      r.indicator,
      r.org_unit,
      r.date,
      r.disagg_key,
      r.disaggregation,
      r.value_int as number | null,
      r.value_dec,
      audit.id,
    ];
  }
}

/**
 * COPY text of raw items, checked one by one as the server takes the previous chunk, so the
 * check runs beside the server's inserts instead of before them. Units and breakdowns are
 * encoded once per distinct value (dates and numbers the check accepted need no escaping).
 */
function* checkedChunks(
  items: readonly unknown[],
  check: ObservationCheck,
  audit: WriteAudit,
): Generator<string> {
  let text = '';
  let n = 0;
  const id = `\t${audit.id}\n`;
  // One span per triple seen: the check hands back the same refs object for a repeated one.
  const spans = new Map<object, ChangedSpan>();
  for (const item of items) {
    if (!check.accept(item)) throw new NotVouched('an observation needs the full check');
    const refs = check.refs;
    const breakdown = check.breakdown;
    let span = spans.get(refs);
    if (span === undefined) {
      span = audit.span(refs.programme, refs.orgUnit);
      spans.set(refs, span);
    }
    audit.changed(span, check.date);
    refs.encoded ??= `${copyField(refs.programme)}\t${copyField(refs.indicator)}\t${copyField(refs.orgUnit)}\t`;
    breakdown.encoded ??= `\t${copyField(breakdown.key)}\t${copyField(breakdown.json)}\t`;
    const value = check.valueInt === null ? `\\N\t${check.valueDec}` : `${check.valueInt}\t\\N`;
    text += `${refs.encoded}${check.date}${breakdown.encoded}${value}${id}`;
    if (++n === ROWS_PER_CHUNK) {
      yield text;
      text = '';
      n = 0;
    }
  }
  if (text !== '') yield text;
}

/**
 * COPYs into the table inside a savepoint. 'conflict' (rolled back) on any existing or
 * repeated key, 'rejected' (rolled back) when the data source gave up on an item.
 */
async function copyInto(
  db: Kysely<Tables>,
  statement: string,
  source: CopySource,
): Promise<'copied' | 'conflict' | 'rejected'> {
  await sql`savepoint cadre_copy`.execute(db);
  const job = registerCopy(source);
  try {
    await db.executeQuery(CompiledQuery.raw(statement, [job.id]));
    await sql`release savepoint cadre_copy`.execute(db);
    return 'copied';
  } catch (error) {
    job.cancel();
    const rejected = error instanceof NotVouched;
    if (!rejected && !isUniqueViolation(error)) throw error;
    await sql`rollback to savepoint cadre_copy`.execute(db);
    await sql`release savepoint cadre_copy`.execute(db);
    return rejected ? 'rejected' : 'conflict';
  }
}

// The session's staging table for merges: temporary (never logged, never seen by other
// sessions), emptied at every commit.
const STAGE = 'cadre_observations_stage';

type Counted = { imported: string | number; written: string | number };
const prefixed = (alias: string, columns: string) =>
  columns
    .split(', ')
    .map((c) => `${alias}.${c}`)
    .join(', ');

/**
 * Writes checked, key-unique rows as one upsert: COPY into the staging table, copy the stored
 * rows it will change to the audit (locked, so what is copied is what gets replaced), then one
 * `INSERT … SELECT … ON CONFLICT DO UPDATE`. A key another writer holds makes this statement wait
 * for that writer's commit and then overwrite its value, so overlapping imports both land and
 * the one that commits last wins. Rows go in key order, so two merges lock shared keys in the
 * same order and do not deadlock each other.
 */
async function mergeRows(
  db: Kysely<Tables>,
  table: string,
  replaced: string,
  rows: ObservationRow[],
  audit: WriteAudit,
): Promise<{ imported: number; updated: number; ignored: number }> {
  await sql
    .raw(`create temp table if not exists ${STAGE} (like ${table}) on commit delete rows`)
    .execute(db);
  await sql.raw(`truncate ${STAGE}`).execute(db);
  const job = registerCopy(() => copyChunks(fields(rows, audit)));
  try {
    await db.executeQuery(
      CompiledQuery.raw(`${COPY_MARKER}copy ${STAGE} (${COLUMNS}) from stdin`, [job.id]),
    );
  } finally {
    job.cancel();
  }
  audit.reset();
  const key = 'programme, indicator, org_unit, date, disagg_key';
  const stored = 'disaggregation, value_int, value_dec';
  const changed = `(o.value_int, o.value_dec) is distinct from (s.value_int, s.value_dec)`;
  await sql
    .raw(
      `insert into ${replaced} (write_id, written_by, ${key}, ${stored})
       select ${audit.id}, o.written_by, ${prefixed('o', key)}, ${prefixed('o', stored)}
       from ${table} o join ${STAGE} s using (${key}) where ${changed}
       order by ${prefixed('o', key)} for update of o`,
    )
    .execute(db);
  const result = await sql
    .raw<{ programme: string; org_unit: string; start: string; end: string } & Counted>(
      `with merged as (
         insert into ${table} as o (${COLUMNS})
         select ${COLUMNS} from ${STAGE} order by ${key}
         on conflict (${key}) do update
           set value_int = excluded.value_int, value_dec = excluded.value_dec,
               written_by = excluded.written_by
           where (o.value_int, o.value_dec) is distinct from (excluded.value_int, excluded.value_dec)
         returning programme, org_unit, date, (xmax = 0) as inserted
       )
       select programme, org_unit, min(date)::text as start, max(date)::text as end,
              count(*) filter (where inserted) as imported, count(*) as written
       from merged group by programme, org_unit`,
    )
    .execute(db);
  let imported = 0;
  let written = 0;
  for (const r of result.rows) {
    const span = audit.span(r.programme, r.org_unit);
    audit.changed(span, r.start);
    audit.changed(span, r.end);
    imported += Number(r.imported);
    written += Number(r.written);
  }
  return { imported, updated: written - imported, ignored: rows.length - written };
}

/**
 * PostgreSQL's observation writers. Large writes first COPY straight into the table inside a
 * savepoint: when every key is new (the bulk-load case) that is the whole cost, and `bulk`
 * checks each item while the server inserts the previous chunk. A key that exists (or
 * repeats) fails that COPY with a unique violation, and an item the check rejects aborts it;
 * either way the savepoint is rolled back. `write` then merges the rows through the staging
 * table (see `mergeRows`), while `bulk` hands over to the full check, which calls `write`.
 * Small writes use the portable upsert, whose inserts also resolve a conflict by updating.
 * @example
 * const { write, bulk } = postgresObservationWriters('cadre');
 */
export function postgresObservationWriters(schema: string): {
  write: ObservationWriter;
  bulk: BulkObservationWriter;
} {
  const table = `${quoteIdentifier(schema)}.observations`;
  const replaced = `${quoteIdentifier(schema)}.audit_replaced`;
  const statement = `${COPY_MARKER}copy ${table} (${COLUMNS}) from stdin`;
  const imported = (n: number) => ({ imported: n, updated: 0, ignored: 0 });
  return {
    write: async (db, rows, audit) => {
      if (rows.length < COPY_FROM) return genericObservationWriter(db, rows, audit);
      const outcome = await copyInto(db, statement, () => copyChunks(fields(rows, audit)));
      if (outcome === 'copied') return imported(rows.length);
      return mergeRows(db, table, replaced, rows, audit);
    },
    bulk: async (db, items, check, audit) => {
      if (items.length < COPY_FROM) return 'fallback';
      const outcome = await copyInto(db, statement, () => checkedChunks(items, check, audit));
      if (outcome === 'copied') return imported(items.length);
      audit.reset();
      return 'fallback';
    },
  };
}
