import type { Programme, StoredTarget, WriteCounts } from '@cadre/core';
import type { PreparedRows } from '@cadre/core/adapter';
import type { Kysely } from 'kysely';
import type { Engine } from '../schema/engine.js';
import type { IndicatorRow, ObservationRow, Tables } from '../schema/tables.js';
import { rebuildClosure } from './closure.js';
import {
  headcountToRow,
  observationToRow,
  orgUnitToRow,
  personToRow,
  programmeToRow,
  rotationToRow,
  targetToRow,
  trainingToRow,
} from './codec.js';
import type { ObservationCheck } from './fast-observations.js';
import { type TableSpec, upsertRows } from './upsert.js';
import { saveReplaced, type WriteAudit } from './write-audit.js';

/** Upsert specs of each table: natural key, and the columns that decide "changed". */
export const SPECS = {
  orgUnits: { table: 'org_units', key: ['code'], content: ['data'] },
  programmes: { table: 'programmes', key: ['code'], content: ['data'] },
  indicators: {
    table: 'indicators',
    key: ['programme', 'code'],
    content: ['aggregation', 'direction', 'category', 'position'],
  },
  targets: {
    table: 'targets',
    key: ['programme', 'indicator', 'org_unit', 'period_start', 'period_end', 'disagg_key'],
    content: ['data'],
  },
  observations: {
    table: 'observations',
    key: ['programme', 'indicator', 'org_unit', 'date', 'disagg_key'],
    content: ['value_int', 'value_dec'],
  },
  persons: { table: 'persons', key: ['id'], content: ['data'] },
  training: { table: 'training_records', key: ['id'], content: ['data'] },
  rotations: { table: 'rotations', key: ['id'], content: ['data'] },
  headcounts: {
    table: 'headcounts',
    key: ['org_unit', 'date'],
    content: ['headcount', 'approved'],
  },
} as const satisfies Record<string, TableSpec<never>>;

/**
 * Writes checked, key-unique rows in the engine's way (SQLite and Postgres bring their own),
 * marking what it inserts or changes with the audit's id, copying what it replaces, and noting
 * where the changes fall.
 */
export type ObservationWriter = (
  db: Kysely<Tables>,
  rows: ObservationRow[],
  audit: WriteAudit,
) => Promise<WriteCounts>;

/**
 * The bulk path: checks raw items with `check` as it writes them (keys may repeat inside the
 * call). Returns 'fallback', having undone its writes, when it cannot finish alone (an item the
 * check rejects, a repeated key, or an engine case it leaves to the full check).
 */
export type BulkObservationWriter = (
  db: Kysely<Tables>,
  items: readonly unknown[],
  check: ObservationCheck,
  audit: WriteAudit,
) => Promise<WriteCounts | 'fallback'>;

/** How an engine writes: its SQL dialect, its observation writer, its statistics refresh. */
export interface ApplyContext {
  engine: Engine;
  writeObservations: ObservationWriter;
  /**
   * Refreshes planner statistics of tables after large writes (Postgres plans a fresh bulk
   * load as if the tables were empty, and picks nested loops over a million rows).
   */
  analyze?: (db: Kysely<Tables>, tables: (keyof Tables)[]) => Promise<void>;
  /**
   * Inside a caller's transaction: the tables to refresh once, before it commits, instead of
   * after each write (an import of a million rows in 50 calls analyzed the table 50 times).
   */
  stale?: Set<keyof Tables>;
}

// Writes at least this large refresh the planner's statistics of the table.
const ANALYZE_FROM = 1000;

/**
 * Refreshes the statistics of tables now, or marks them for the commit inside a transaction.
 * @example
 * await refreshStats(trx, ctx, ['org_units']);
 */
export async function refreshStats(
  db: Kysely<Tables>,
  ctx: Pick<ApplyContext, 'analyze' | 'stale'>,
  tables: (keyof Tables)[],
): Promise<void> {
  if (!ctx.analyze) return;
  if (ctx.stale) for (const t of tables) ctx.stale.add(t);
  else await ctx.analyze(db, tables);
}

/**
 * Refreshes statistics of a table when a write changed at least `ANALYZE_FROM` rows.
 * @example
 * await analyzeAfter(trx, ctx, 'observations', counts);
 */
export async function analyzeAfter(
  db: Kysely<Tables>,
  ctx: Pick<ApplyContext, 'analyze' | 'stale'>,
  table: keyof Tables,
  counts: WriteCounts,
): Promise<void> {
  if (counts.imported + counts.updated >= ANALYZE_FROM) await refreshStats(db, ctx, [table]);
}

function add(into: WriteCounts, c: WriteCounts): void {
  into.imported += c.imported;
  into.updated += c.updated;
  into.ignored += c.ignored;
}

function indicatorRows(p: Programme): IndicatorRow[] {
  return p.indicators.map((i, position) => ({
    programme: p.code,
    code: i.code,
    aggregation: i.aggregation,
    direction: i.direction,
    category: i.category ?? null,
    position,
  }));
}

/** One outcome per programme row, as the port counts it: its definition or any target changed. */
async function writeProgramme(
  db: Kysely<Tables>,
  ctx: ApplyContext,
  p: Programme,
  counts: WriteCounts,
) {
  const engine = ctx.engine;
  const def = await upsertRows(db, SPECS.programmes, [programmeToRow(p)]);
  await upsertRows(db, SPECS.indicators, indicatorRows(p));
  const stored: StoredTarget[] = p.targets.map((t) => ({ ...t, programme: p.code }));
  const t = await upsertRows(
    db,
    SPECS.targets,
    stored.map((x) => targetToRow(engine, x)),
  );
  await analyzeAfter(db, ctx, 'targets', t);
  if (def.imported > 0) counts.imported++;
  else if (def.updated > 0 || t.imported > 0 || t.updated > 0) counts.updated++;
  else counts.ignored++;
}

async function writeSuccessors(db: Kysely<Tables>, rows: PreparedRows['orgUnits']) {
  const codes = rows.map((r) => r.value.code);
  for (let i = 0; i < codes.length; i += 5000) {
    await db
      .deleteFrom('org_unit_successors')
      .where('code', 'in', codes.slice(i, i + 5000))
      .execute();
  }
  const links = rows.flatMap((r) =>
    r.value.successors.map((s, position) => ({
      code: r.value.code,
      successor: s.code,
      date: s.date ?? null,
      position,
    })),
  );
  for (let i = 0; i < links.length; i += 2000) {
    await db
      .insertInto('org_unit_successors')
      .values(links.slice(i, i + 2000))
      .onConflict((oc) => oc.doNothing())
      .execute();
  }
}

/**
 * Writes checked rows section by section, in the port's order, and counts what changed.
 * Call inside a transaction: a failure part-way must leave nothing behind.
 * @example
 * await applyRows(trx, { engine: 'sqlite', writeObservations }, prepared.rows, () => beginWrite(trx));
 */
export async function applyRows(
  db: Kysely<Tables>,
  ctx: ApplyContext,
  rows: PreparedRows,
  audit: () => Promise<WriteAudit>,
): Promise<WriteCounts> {
  const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
  const engine = ctx.engine;
  if (rows.orgUnits.length > 0) {
    const c = await upsertRows(
      db,
      SPECS.orgUnits,
      rows.orgUnits.map((r) => orgUnitToRow(r.value)),
    );
    add(counts, c);
    if (c.imported + c.updated > 0) {
      await writeSuccessors(db, rows.orgUnits);
      await rebuildClosure(db);
      await refreshStats(db, ctx, ['org_units', 'org_unit_closure']);
    }
  }
  for (const r of rows.programmes) await writeProgramme(db, ctx, r.value, counts);
  const targets = await upsertRows(
    db,
    SPECS.targets,
    rows.targets.map((r) => targetToRow(engine, r.value)),
  );
  await analyzeAfter(db, ctx, 'targets', targets);
  add(counts, targets);
  if (rows.observations.length > 0) {
    const written = await ctx.writeObservations(
      db,
      rows.observations.map((r) => observationToRow(r.value)),
      await audit(),
    );
    await analyzeAfter(db, ctx, 'observations', written);
    add(counts, written);
  }
  add(
    counts,
    await upsertRows(
      db,
      SPECS.persons,
      rows.persons.map((r) => personToRow(r.value)),
    ),
  );
  add(
    counts,
    await upsertRows(
      db,
      SPECS.training,
      rows.training.map((r) => trainingToRow(r.value)),
    ),
  );
  add(
    counts,
    await upsertRows(
      db,
      SPECS.rotations,
      rows.rotations.map((r) => rotationToRow(r.value)),
    ),
  );
  add(
    counts,
    await upsertRows(
      db,
      SPECS.headcounts,
      rows.headcounts.map((r) => headcountToRow(r.value)),
    ),
  );
  return counts;
}

/**
 * The portable observation writer: chunked multi-row INSERT after reading which keys exist.
 * @example
 * await genericObservationWriter(trx, rows, audit);
 */
export const genericObservationWriter: ObservationWriter = async (db, rows, audit) => {
  const replaced: ObservationRow[] = [];
  const counts = await upsertRows(
    db,
    SPECS.observations,
    rows.map((r) => ({ ...r, written_by: audit.id })),
    {
      columns: ['disaggregation', 'written_by'],
      changed: (row, before) => {
        const r = row as unknown as ObservationRow;
        audit.changed(audit.span(r.programme, r.org_unit), r.date);
        if (before) replaced.push(before as unknown as ObservationRow);
      },
    },
  );
  await saveReplaced(db, audit, replaced);
  return counts;
};
