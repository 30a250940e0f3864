import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { defineProgramme, type ImportBatch, type Issue } from '@cadre/core';
import {
  type CsvImport,
  readHeadcountsCsv,
  readPersonsCsv,
  readRotationsCsv,
  readTrainingCsv,
} from '@cadre/csv';
import { jsonErrorOffset } from '../../files/json-error-offset.js';
import { inFile } from '../../issues/file-issue.js';
import { readOrgUnitsFile } from '../../org-units/read-org-units-file.js';
import { countingSource } from './counting-source.js';
import type { ImportKind } from './detect-kind.js';
import { type FileOutcome, outcome, storeIssue } from './file-outcome.js';
import { importActuals } from './import-actuals.js';
import type { ImportContext } from './import-context.js';
import { importTargets } from './import-targets.js';
import { storeCheck } from './store-check.js';

type RecordKind = 'persons' | 'training' | 'rotations' | 'headcounts';

const READERS = {
  persons: readPersonsCsv,
  training: readTrainingCsv,
  rotations: readRotationsCsv,
  headcounts: readHeadcountsCsv,
} as const;

/**
 * Imports one file into the store as its kind, in one transaction (all-or-nothing by default):
 * org units, a programme definition (JSON), targets, actuals (streamed in batches), persons,
 * training, rotations or headcounts.
 * @example
 * const done = await importFile('/data/actuals.csv', 'actuals', context);
 * done.imported; // rows new to the store
 */
export async function importFile(
  path: string,
  kind: ImportKind,
  context: ImportContext,
): Promise<FileOutcome> {
  if (kind === 'actuals') return importActuals(path, context);
  if (kind === 'targets') return importTargets(path, context);
  if (kind === 'programme') return importProgramme(path, context);
  if (kind === 'org-units') return importOrgUnits(path, context);
  return importRecords(path, kind, context);
}

async function importRecords(
  path: string,
  kind: RecordKind,
  context: ImportContext,
): Promise<FileOutcome> {
  const { locale, mode, store } = context;
  const file = basename(path);
  const tracker = context.track(file, statSync(path).size);
  const source = countingSource(path, (n) => {
    tracker.progress.bytes += n;
    tracker.tick();
  });
  // Good rows are kept even when the file fails, so the store can check them too.
  const options = {
    ...(context.index && { orgUnits: context.index }),
    locale,
    mode: 'skip_bad_rows' as const,
    fileName: file,
  };
  const read = (await READERS[kind](source, options)) as CsvImport<unknown>;
  tracker.progress.rows = read.records.length;
  tracker.finish();
  const issues = inFile(read.summary.issues, file);
  if (read.records.length === 0) return outcome(file, kind, read.summary.read, null, issues);
  const batch = { [kind]: read.records } as ImportBatch;
  if (issues.length > 0 && mode === 'all_or_nothing') {
    const checked = (await storeCheck(store, batch)).map((i) => storeIssue(i, file, read.lines));
    return outcome(file, kind, read.summary.read, null, [...issues, ...checked]);
  }
  const stored = await store.importBatch(batch, { mode });
  const storeIssues = stored.issues.map((i) => storeIssue(i, file, read.lines));
  return outcome(file, kind, read.summary.read, stored, [...issues, ...storeIssues]);
}

async function importOrgUnits(path: string, context: ImportContext): Promise<FileOutcome> {
  const file = basename(path);
  const { mode, locale } = context;
  const read = await readOrgUnitsFile(path, context.units, { mode, locale });
  if (read.units.length === 0 || (read.issues.length > 0 && mode === 'all_or_nothing')) {
    return outcome(file, 'org-units', read.read, null, read.issues);
  }
  const stored = await context.store.importBatch({ orgUnits: read.units }, { mode });
  const storeIssues = stored.issues.map((i) => storeIssue(i, file, undefined));
  return outcome(file, 'org-units', read.read, stored, [...read.issues, ...storeIssues]);
}

async function importProgramme(path: string, context: ImportContext): Promise<FileOutcome> {
  const file = basename(path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    const at = jsonErrorOffset(text) ?? 0;
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const bad: Issue = {
      code: 'json.invalid',
      path: [line, '*'],
      message: `${file}, line ${line}, column ${at - before.lastIndexOf('\n')}: not valid JSON; expected a programme definition object`,
      messageVi: `${file}, dòng ${line}, cột ${at - before.lastIndexOf('\n')}: không phải JSON hợp lệ; cần một đối tượng định nghĩa chương trình`,
    };
    return outcome(file, 'programme', 1, null, inFile([bad], file));
  }
  // The core's full check first: it reads legal bases written as text and checks the
  // definition as a whole (periods, duplicate cells, categories); the store then checks its
  // references (units) as for any batch.
  const defined = defineProgramme(json);
  if (!defined.ok) return outcome(file, 'programme', 1, null, inFile(defined.issues, file));
  const p = defined.value;
  const stored = await context.store.importBatch({ programmes: [p] }, { mode: context.mode });
  const issues = stored.issues.map((i) => storeIssue(i, file, undefined));
  const note = {
    vi: `${p.code}, ${p.indicators.length} chỉ số, ${p.targets.length} chỉ tiêu`,
    en: `${p.code}, ${p.indicators.length} indicator(s), ${p.targets.length} target(s)`,
  };
  return outcome(file, 'programme', 1, stored, issues, [note]);
}
