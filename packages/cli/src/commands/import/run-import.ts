import { orgUnits } from '@cadre/vn-admin';
import { csvOptions } from '../../args/common-options.js';
import { choiceOption, requiredOption } from '../../args/option-values.js';
import { openDatabase } from '../../db/open-database.js';
import { storedUnits } from '../../db/stored-units.js';
import { inputFile } from '../../files/input-file.js';
import { indexOf } from '../../org-units/load-org-units.js';
import { writeLines } from '../../run/io.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import { detectKind, IMPORT_KINDS, type ImportKind } from './detect-kind.js';
import { type FileOutcome, outcome, storeIssue } from './file-outcome.js';
import type { ImportContext, Tracker } from './import-context.js';
import { importFile } from './import-file.js';
import { ProgressBar } from './progress-bar.js';
import { importJson, renderImportSummary, renderIssues } from './render-summary.js';

const EXAMPLE = 'cadre import --db cadre.db targets.csv actuals.csv';

/**
 * Runs `cadre import`: tells each file's kind, seeds the database with the administrative
 * geography, imports the files in dependency order (units, programmes, targets, actuals,
 * records), each in one transaction, and prints the summary. Exit 1 when any file has issues.
 * @example
 * await runImport({ io, lang: 'vi', debug: false, values: { db: 'cadre.db' }, positionals: ['targets.csv'] });
 */
export async function runImport(ctx: CommandContext): Promise<number> {
  const { io, lang, values, positionals } = ctx;
  const { locale, mode, geography } = csvOptions(values);
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const url = requiredOption(values, 'db', EXAMPLE);
  const forced =
    values.kind === undefined ? undefined : choiceOption(values, 'kind', IMPORT_KINDS, 'actuals');
  if (positionals.length === 0) {
    throw usageError({
      vi: `cần ít nhất một tệp để nhập; ví dụ: ${EXAMPLE}`,
      en: `expected at least one file to import; e.g. ${EXAMPLE}`,
    });
  }
  const paths = positionals.map((name) => inputFile(name, io.cwd, 'FILE'));
  const files: { path: string; kind: ImportKind }[] = [];
  for (const path of paths) files.push({ path, kind: forced ?? (await detectKind(path)) });
  const rank = (k: ImportKind) => IMPORT_KINDS.indexOf(k);
  files.sort((a, b) => rank(a.kind) - rank(b.kind));

  const store = await openDatabase(url, io.cwd);
  let seeded: FileOutcome | null = null;
  const outcomes: FileOutcome[] = [];
  try {
    const geo =
      geography === 'none'
        ? []
        : orgUnits(geography === 'province' ? { levels: ['province'] } : {});
    if (geo.length > 0) {
      const s = await store.importBatch({ orgUnits: geo }, { mode: 'skip_bad_rows' });
      const issues = s.issues.map((i) => storeIssue(i, 'vn-admin', undefined));
      seeded = outcome('vn-admin', 'org-units', geo.length, s, issues);
    }
    let units = await storedUnits(store);
    for (const { path, kind } of files) {
      if (io.signal?.aborted) break;
      const context: ImportContext = {
        store,
        index: indexOf(units),
        units,
        locale,
        mode,
        lang,
        track: (file, size) => tracker(ctx, file, size),
        ...(io.signal && { signal: io.signal }),
      };
      const done = await importFile(path, kind, context);
      outcomes.push(done);
      if (kind === 'org-units' && done.imported + done.updated > 0)
        units = await storedUnits(store);
    }
  } finally {
    await store.close();
  }
  const all = seeded ? [seeded, ...outcomes] : outcomes;
  const anyIssues = all.some((o) => o.issues.length > 0);
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify(importJson(seeded, outcomes, lang), null, 2)}\n`);
  } else {
    writeLines(io.stdout, renderImportSummary(seeded, outcomes, lang));
    writeLines(
      io.stderr,
      renderIssues(
        all.flatMap((o) => o.issues),
        lang,
      ),
    );
  }
  return anyIssues ? EXIT.dataIssues : EXIT.ok;
}

function tracker(ctx: CommandContext, file: string, size: number): Tracker {
  const bar = new ProgressBar(ctx.io.stderr, file, size, ctx.lang, () => performance.now());
  const progress = { bytes: 0, rows: 0 };
  return { progress, tick: () => bar.update(progress), finish: () => bar.finish() };
}
