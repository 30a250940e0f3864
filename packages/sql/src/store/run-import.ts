import {
  CadreError,
  type ImportBatch,
  type ImportOptions,
  type ImportSummary,
  type WriteCounts,
} from '@cadre/core';
import { IMPORT_SECTIONS, prepareImportBatch } from '@cadre/core/adapter';
import type { Kysely } from 'kysely';
import type { Tables } from '../schema/tables.js';
import {
  type ApplyContext,
  analyzeAfter,
  applyRows,
  type BulkObservationWriter,
} from './apply-rows.js';
import { ObservationCheck } from './fast-observations.js';
import { loadImportContext } from './load-context.js';
import { frozenWriteCheck } from './rounds.js';
import { audited, type WriteAudit } from './write-audit.js';

type Db = Kysely<Tables>;

function countRows(batch: unknown): number {
  let n = 0;
  for (const s of IMPORT_SECTIONS) {
    const rows = (batch as Record<string, unknown> | null)?.[s];
    if (Array.isArray(rows)) n += rows.length;
  }
  return n;
}

/**
 * The bulk path for observations: the engine's fastest insert, checking each item as it goes.
 * Anything it cannot vouch for comes back as 'fallback' with nothing written, for the full check
 * to word.
 * @example
 * const counts = await tryBulk(trx, writer, bulk, rows, open); // 'fallback' → prepareImportBatch
 */
export async function tryBulk(
  tx: Db,
  writer: ApplyContext,
  bulk: BulkObservationWriter | undefined,
  observations: unknown,
  audit: () => Promise<WriteAudit>,
): Promise<WriteCounts | 'fallback'> {
  if (bulk === undefined || !Array.isArray(observations)) return 'fallback';
  const check = new ObservationCheck(await loadImportContext(tx, {}));
  const counts = await bulk(tx, observations, check, await audit());
  if (counts !== 'fallback') await analyzeAfter(tx, writer, 'observations', counts);
  return counts;
}

function onlyObservations(batch: unknown): batch is { observations: unknown[] } {
  if (batch === null || typeof batch !== 'object') return false;
  const b = batch as Record<string, unknown>;
  if (!Array.isArray(b.observations)) return false;
  return IMPORT_SECTIONS.every((s) => {
    const rows = b[s];
    return s === 'observations' || rows === undefined || (Array.isArray(rows) && rows.length === 0);
  });
}

async function rememberKey(tx: Db, key: string | undefined, counts: object): Promise<void> {
  if (key === undefined) return;
  await tx
    .insertInto('import_keys')
    .values({ key, summary: JSON.stringify(counts) })
    .execute();
}

/**
 * `importBatch` inside the store's transaction: an applied idempotency key makes it a no-op;
 * a batch of observations only tries the bulk path; everything else is checked whole by the
 * core's `prepareImportBatch` and written (all or nothing, or the good rows).
 * @example
 * await runImport(trx, { observations }, { idempotencyKey: 'file-sha' }, writer, bulk);
 */
export async function runImport(
  tx: Db,
  batch: ImportBatch,
  options: ImportOptions = {},
  writer: ApplyContext,
  bulk?: BulkObservationWriter,
): Promise<ImportSummary> {
  const mode = options.mode ?? 'all_or_nothing';
  if (mode !== 'all_or_nothing' && mode !== 'skip_bad_rows') {
    throw new CadreError('invalid_argument', `mode: expected 'all_or_nothing' or 'skip_bad_rows'`);
  }
  const key = options.idempotencyKey;
  if (key !== undefined) {
    const seen = await tx
      .selectFrom('import_keys')
      .select('key')
      .where('key', '=', key)
      .executeTakeFirst();
    if (seen) {
      const read = countRows(batch);
      return { read, imported: 0, updated: 0, ignored: read, issues: [] };
    }
  }
  // Checked inside this transaction, so a lock committed before it is seen; a frozen period
  // refuses the whole write, whatever the mode.
  const frozen = await frozenWriteCheck(tx, (batch as ImportBatch | null)?.observations, [
    'observations',
  ]);
  const who = {
    ...(options.by !== undefined && { by: options.by }),
    ...(options.at !== undefined && { at: options.at }),
    ...(key !== undefined && { importId: key }),
  };
  return audited(tx, who, async (audit) => {
    // A batch of observations only (a CSV of actuals) tries the bulk path; a clean batch there
    // counts exactly as the full path would, and anything else falls through to it.
    if (frozen.length === 0 && onlyObservations(batch)) {
      const counts = await tryBulk(tx, writer, bulk, batch.observations, audit);
      if (counts !== 'fallback') {
        const read = countRows(batch);
        await rememberKey(tx, key, { read, ...counts });
        return { read, ...counts, issues: [] };
      }
    }
    const prepared = prepareImportBatch(batch, await loadImportContext(tx, batch));
    const { read, rejected } = prepared;
    const issues = [...prepared.issues, ...frozen];
    if ((mode === 'all_or_nothing' && issues.length > 0) || frozen.length > 0) {
      return { read, imported: 0, updated: 0, ignored: read, issues };
    }
    const counts: WriteCounts = await applyRows(tx, writer, prepared.rows, audit);
    const summary = { read, ...counts, ignored: counts.ignored + rejected, issues };
    const { issues: _i, ...kept } = summary;
    await rememberKey(tx, key, kept);
    return summary;
  });
}
