import type { CadreStore } from '@cadre/core';
import type { CsvLocaleName } from '@cadre/csv';
import { orgUnits } from '@cadre/vn-admin';
import { storedUnits } from '../../db/stored-units.js';
import type { Geography } from '../../org-units/load-org-units.js';
import { indexOf } from '../../org-units/load-org-units.js';
import type { Lang } from '../../run/text.js';
import { detectKind, IMPORT_KINDS, type ImportKind } from './detect-kind.js';
import { type FileOutcome, outcome, storeIssue } from './file-outcome.js';
import type { ImportContext, Tracker } from './import-context.js';
import { importFile } from './import-file.js';

/** A file to import and what it holds. */
export interface KindedFile {
  path: string;
  kind: ImportKind;
}

/**
 * Tells each file's kind (or takes `forced`) and orders the files as an import applies them:
 * units, programmes, targets, actuals, then records.
 * @example
 * await kindedFiles(['/data/actuals.csv', '/data/targets.csv']); // targets first
 */
export async function kindedFiles(
  paths: readonly string[],
  forced: ImportKind | undefined,
): Promise<KindedFile[]> {
  const files: KindedFile[] = [];
  for (const path of paths) files.push({ path, kind: forced ?? (await detectKind(path)) });
  const rank = (k: ImportKind) => IMPORT_KINDS.indexOf(k);
  return files.sort((a, b) => rank(a.kind) - rank(b.kind));
}

/** How files are read and checked, whichever store they go to. */
export interface ImportFilesOptions {
  locale: CsvLocaleName;
  mode: 'all_or_nothing' | 'skip_bad_rows';
  /** Who imports and when, recorded in the audit log. */
  attribution?: { by?: string; at?: string };
  geography: Geography;
  lang: Lang;
  track: (file: string, size: number) => Tracker;
  signal?: AbortSignal;
}

/** The geography seeded first (null with `--geography none`), then one outcome per file. */
export interface ImportedFiles {
  seeded: FileOutcome | null;
  outcomes: FileOutcome[];
}

/**
 * The one import path: seeds the store with the administrative geography, then imports the
 * files in order, each in one transaction, with every check the store and the readers make.
 * `cadre import` runs it on the user's database and `cadre validate` on a throwaway memory
 * store, so the two report the same issues.
 * @example
 * const { outcomes } = await importFiles(store, await kindedFiles(paths, undefined), options);
 */
export async function importFiles(
  store: CadreStore,
  files: readonly KindedFile[],
  options: ImportFilesOptions,
): Promise<ImportedFiles> {
  const { geography, locale, mode, lang } = options;
  let seeded: FileOutcome | null = null;
  const geo =
    geography === 'none' ? [] : orgUnits(geography === 'province' ? { levels: ['province'] } : {});
  if (geo.length > 0) {
    const s = await store.importBatch({ orgUnits: geo }, { mode: 'skip_bad_rows' });
    const issues = s.issues.map((i) => storeIssue(i, 'vn-admin', undefined));
    seeded = outcome('vn-admin', 'org-units', geo.length, s, issues);
  }
  const outcomes: FileOutcome[] = [];
  let units = await storedUnits(store);
  for (const { path, kind } of files) {
    if (options.signal?.aborted) break;
    const context: ImportContext = {
      store,
      index: indexOf(units),
      units,
      locale,
      mode,
      attribution: options.attribution ?? {},
      lang,
      track: options.track,
      ...(options.signal && { signal: options.signal }),
    };
    const done = await importFile(path, kind, context);
    outcomes.push(done);
    if (kind === 'org-units' && done.imported + done.updated > 0) units = await storedUnits(store);
  }
  return { seeded, outcomes };
}
