import { csvOptions } from '../../args/common-options.js';
import { choiceOption, requiredOption } from '../../args/option-values.js';
import { openDatabase } from '../../db/open-database.js';
import { inputFile } from '../../files/input-file.js';
import { refuseWorkbook } from '../../files/workbook-input.js';
import { clearLine, NOTHING_WRITTEN } from '../../run/interrupt.js';
import { writeLines } from '../../run/io.js';
import { say, type Text } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import { IMPORT_KINDS } from './detect-kind.js';
import type { FileOutcome } from './file-outcome.js';
import type { Tracker } from './import-context.js';
import { type ImportedFiles, importFiles, kindedFiles } from './import-files.js';
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
  for (const path of paths) refuseWorkbook(path, 'FILE');
  const files = await kindedFiles(paths, forced);
  const store = await openDatabase(url, io.cwd);
  // Listening tells the bin to let the current batch finish and roll back rather than exit at
  // once; the bar goes at the keypress, not a batch later.
  const onInterrupt = () => clearLine(io.stderr);
  io.signal?.addEventListener('abort', onInterrupt, { once: true });
  let imported: ImportedFiles;
  try {
    imported = await importFiles(store, files, {
      locale,
      mode,
      attribution: {
        ...(values.as !== undefined && { by: String(values.as) }),
        at: io.now().toISOString(),
      },
      geography,
      lang,
      track: (file, size) => tracker(ctx, file, size),
      ...(io.signal && { signal: io.signal }),
    });
  } finally {
    io.signal?.removeEventListener('abort', onInterrupt);
    await store.close();
  }
  const { seeded, outcomes } = imported;
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
  if (io.signal?.aborted) {
    writeLines(io.stderr, [say(interruptedLine(all), lang)]);
    return EXIT.interrupted;
  }
  return anyIssues ? EXIT.dataIssues : EXIT.ok;
}

/** What Ctrl-C left: nothing, or the files committed before the one it stopped. */
function interruptedLine(all: readonly FileOutcome[]): Text {
  const kept = all.filter((o) => o.imported + o.updated > 0).map((o) => o.file);
  if (kept.length === 0) return NOTHING_WRITTEN;
  const list = kept.join(', ');
  return {
    vi: `Đã dừng theo yêu cầu (Ctrl-C): không ghi gì từ tệp đang nhập trở đi; đã ghi trước đó: ${list}.`,
    en: `Stopped on request (Ctrl-C): nothing was written from the file being imported on; written before it: ${list}.`,
  };
}

function tracker(ctx: CommandContext, file: string, size: number): Tracker {
  const bar = new ProgressBar(ctx.io.stderr, file, size, ctx.lang, () => performance.now());
  const progress = { bytes: 0, rows: 0 };
  return { progress, tick: () => bar.update(progress), finish: () => bar.finish() };
}
