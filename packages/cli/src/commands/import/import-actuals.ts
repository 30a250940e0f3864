import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { Issue, Observation } from '@cadre/core';
import { iterateObservations } from '@cadre/csv';
import { inFile } from '../../issues/file-issue.js';
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
  const storeIssues: Issue[] = [];
  let interrupted = false;
  try {
    await store.transaction(async (tx) => {
      let pending: Observation[] = [];
      const failed = () => stream.summary.issues.length > 0 || storeIssues.length > 0;
      const flush = async () => {
        const batch = pending;
        pending = [];
        // Once all-or-nothing has failed, keep reading only to report every issue.
        if (batch.length === 0 || (mode === 'all_or_nothing' && failed())) return;
        const s = await tx.importBatch({ observations: batch }, { mode, ...context.attribution });
        counts.imported += s.imported;
        counts.updated += s.updated;
        storeIssues.push(...s.issues);
      };
      for await (const batch of stream) {
        if (signal?.aborted) {
          interrupted = true;
          throw ROLLBACK;
        }
        tracker.progress.rows += batch.length;
        tracker.tick();
        for (const o of batch) pending.push(o);
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
  // Observation rows carry no line once streamed, so store issues name the file only.
  const issues = [
    ...inFile(summary.issues, file),
    ...storeIssues.map((i) => storeIssue(i, file, undefined)),
  ];
  const notes: Text[] = interrupted
    ? [
        {
          vi: 'đã dừng theo yêu cầu (Ctrl-C); không ghi gì',
          en: 'stopped on request (Ctrl-C); nothing written',
        },
      ]
    : [];
  return outcome(file, 'actuals', summary.read, counts, issues, notes);
}
