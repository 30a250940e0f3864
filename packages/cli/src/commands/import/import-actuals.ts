import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Observation } from '@cadre/core';
import { iterateObservations, MAX_ISSUES } from '@cadre/csv';
import { type FileIssue, inFile } from '../../issues/file-issue.js';
import type { Text } from '../../run/text.js';
import { countingSource } from './counting-source.js';
import { type FileOutcome, outcome, storeIssue } from './file-outcome.js';
import type { ImportContext } from './import-context.js';

/**
 * Rows handed to the store per call: the reader's batches are gathered up to this, so a store's
 * bulk path (PostgreSQL's COPY, from 500 rows) applies whatever size the reader yields, and the
 * per-call cost (loading units and programmes to check against) is paid once per 20,000 rows.
 */
export const ACTUALS_BATCH_ROWS = 20_000;

/** Thrown inside the transaction to undo an import that must not half-happen. */
const ROLLBACK = Symbol('rollback');

/**
 * Streams actuals.csv into the store in batches inside one transaction, so a national-scale
 * file never sits in memory. All-or-nothing (the default) rolls everything back when any row has
 * an issue; with skip-bad-rows the good rows stay. Ctrl-C stops after the current batch and
 * rolls back.
 * @example
 * const done = await importActuals('/data/actuals.csv', context);
 */
export async function importActuals(path: string, context: ImportContext): Promise<FileOutcome> {
  const { store, mode, locale, signal } = context;
  const file = basename(path);
  const tracker = context.track(file, statSync(path).size);
  const source = countingSource(path, (n) => {
    tracker.progress.bytes += n;
  });
  const stream = iterateObservations(source, {
    ...(context.index && { orgUnits: context.index }),
    locale,
    mode,
    fileName: file,
  });
  const counts = { imported: 0, updated: 0 };
  const storeIssues: FileIssue[] = [];
  let dropped = 0;
  let interrupted = false;
  try {
    await store.transaction(async (tx) => {
      let pending: Observation[] = [];
      let pendingLines: number[] = [];
      const failed = () => stream.summary.issues.length > 0 || storeIssues.length > 0;
      const flush = async () => {
        const batch = pending;
        const lines = pendingLines;
        pending = [];
        pendingLines = [];
        if (batch.length === 0) return;
        // Once all-or-nothing has failed nothing is kept, but every batch is still checked (and
        // rolled back) so the whole file's issues are reported, up to the cap.
        const full = stream.summary.issues.length + storeIssues.length >= MAX_ISSUES;
        if (full && mode === 'all_or_nothing') return;
        const s = await tx.importBatch({ observations: batch }, { mode, ...context.attribution });
        counts.imported += s.imported;
        counts.updated += s.updated;
        for (const i of s.issues) {
          if (storeIssues.length < MAX_ISSUES) storeIssues.push(storeIssue(i, file, lines));
          else dropped++;
        }
      };
      for await (const batch of stream) {
        if (signal?.aborted) {
          interrupted = true;
          throw ROLLBACK;
        }
        tracker.progress.rows += batch.length;
        tracker.tick();
        const lines = stream.linesOf(batch) ?? [];
        for (let k = 0; k < batch.length; k++) {
          pending.push(batch[k]!);
          pendingLines.push(lines[k]!);
        }
        if (pending.length >= ACTUALS_BATCH_ROWS) await flush();
      }
      await flush();
      if (failed() && mode === 'all_or_nothing') throw ROLLBACK;
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
    counts.imported = 0;
    counts.updated = 0;
  } finally {
    tracker.finish();
  }
  const summary = stream.summary;
  const issues = [...inFile(summary.issues, file), ...storeIssues];
  const notes: Text[] = interrupted
    ? [
        {
          vi: 'đã dừng theo yêu cầu (Ctrl-C); không ghi gì',
          en: 'stopped on request (Ctrl-C); nothing written',
        },
      ]
    : [];
  return outcome(file, 'actuals', summary.read, counts, issues, notes, dropped);
}
