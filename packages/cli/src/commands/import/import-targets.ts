import { statSync } from 'node:fs';
import { basename } from 'node:path';
import type { ImportSummary } from '@cadre/core';
import { programmesFromTargets, readTargetsCsv } from '@cadre/csv';
import { inFile } from '../../issues/file-issue.js';
import type { Text } from '../../run/text.js';
import { countingSource } from './counting-source.js';
import { type FileOutcome, outcome, storeIssue } from './file-outcome.js';
import type { ImportContext } from './import-context.js';

/** Thrown inside the transaction to roll back an all-or-nothing import that met issues. */
const ROLLBACK = Symbol('rollback');

/**
 * Imports targets.csv: programmes the store does not hold yet are created from the file
 * (indicators as the rows describe them), then every target row is upserted, all in one
 * transaction. Programmes already stored keep their definitions; only their targets change.
 * @example
 * const done = await importTargets('/data/targets.csv', context);
 * done.notes; // [{ vi: 'tạo 1 chương trình mới: 12-CTr/TU', en: … }]
 */
export async function importTargets(path: string, context: ImportContext): Promise<FileOutcome> {
  const { store, mode, locale } = context;
  const file = basename(path);
  const tracker = context.track(file, statSync(path).size);
  const source = countingSource(path, (n) => {
    tracker.progress.bytes += n;
    tracker.tick();
  });
  // Good rows are kept even when the file fails, so the store can check them too (and the
  // transaction below is rolled back).
  const read = await readTargetsCsv(source, {
    ...(context.index && { orgUnits: context.index }),
    locale,
    mode: 'skip_bad_rows',
    fileName: file,
  });
  tracker.progress.rows = read.records.length;
  tracker.finish();
  const issues = inFile(read.summary.issues, file);
  if (read.records.length === 0) return outcome(file, 'targets', read.summary.read, null, issues);
  const readFailed = issues.length > 0 && mode === 'all_or_nothing';
  const codes = [...new Set(read.records.map((t) => t.programme))];
  const stored = await Promise.all(codes.map((c) => store.getProgramme(c)));
  const fresh = new Set(codes.filter((_, k) => stored[k] === null));
  const built = programmesFromTargets({
    records: read.records.filter((t) => fresh.has(t.programme)),
    indicators: read.indicators.filter((h) => fresh.has(h.programme)),
  });
  if (!built.ok) {
    return outcome(file, 'targets', read.summary.read, null, [
      ...issues,
      ...inFile(built.issues, file),
    ]);
  }
  let summary: ImportSummary | undefined;
  try {
    await store.transaction(async (tx) => {
      const definitions = built.value.map((p) => ({ ...p, targets: [] }));
      const created = await tx.importBatch({ programmes: definitions }, { mode });
      summary = await tx.importBatch({ targets: read.records }, { mode });
      const failed = readFailed || created.issues.length > 0 || summary.issues.length > 0;
      if (failed && mode === 'all_or_nothing') {
        summary = { ...summary, issues: [...created.issues, ...summary.issues] };
        throw ROLLBACK;
      }
    });
  } catch (error) {
    if (error !== ROLLBACK) throw error;
    const storeIssues = (summary?.issues ?? []).map((i) => storeIssue(i, file, read.lines));
    return outcome(file, 'targets', read.summary.read, null, [...issues, ...storeIssues]);
  }
  const storeIssues = (summary?.issues ?? []).map((i) => storeIssue(i, file, read.lines));
  const notes: Text[] =
    fresh.size === 0
      ? []
      : [
          {
            vi: `tạo ${fresh.size} chương trình mới: ${[...fresh].join(', ')}`,
            en: `created ${fresh.size} new programme(s): ${[...fresh].join(', ')}`,
          },
        ];
  return outcome(
    file,
    'targets',
    read.summary.read,
    summary ?? null,
    [...issues, ...storeIssues],
    notes,
  );
}
