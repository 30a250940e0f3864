import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { extractFigures, reconcileFigures } from '@cadre/core';
import { choiceOption, nearBandOption } from '../../args/option-values.js';
import { inputFile } from '../../files/input-file.js';
import { issueMessage } from '../../issues/file-issue.js';
import { renderTextTable } from '../../output/text-table.js';
import { writeLines } from '../../run/io.js';
import { say } from '../../run/text.js';
import { usageError } from '../../run/usage-error.js';
import { type CommandContext, EXIT } from '../command.js';
import { figureCells } from './figure-cells.js';

/**
 * Runs `cadre extract`: reads every figure the text states (`extractFigures`), reconciles the
 * percentages with their amounts (`reconcileFigures`), and prints them with the line they sit on,
 * then the flags. Exit 1 when anything is flagged (a percentage no target fits, two periods for
 * one programme).
 * @example
 * await runExtract({ io, lang: 'vi', debug: false, values: {}, positionals: ['bao-cao.txt'] });
 */
export async function runExtract({
  io,
  lang,
  values,
  positionals,
}: CommandContext): Promise<number> {
  const format = choiceOption(values, 'format', ['table', 'json'] as const, 'table');
  const [name, ...extra] = positionals;
  if (name === undefined || extra.length > 0) {
    throw usageError({
      vi: 'cần đúng một tệp văn bản; ví dụ: cadre extract bao-cao.txt',
      en: 'expected exactly one text file; e.g. cadre extract bao-cao.txt',
    });
  }
  const nearBand = nearBandOption(values);
  const path = inputFile(name, io.cwd, 'FILE');
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const figures = extractFigures(text);
  const reconciliation = reconcileFigures(figures, nearBand === undefined ? {} : { nearBand });
  const code = reconciliation.flags.length > 0 ? EXIT.dataIssues : EXIT.ok;
  if (format === 'json') {
    io.stdout.write(`${JSON.stringify({ figures, reconciliation }, null, 2)}\n`);
    return code;
  }
  const file = basename(path);
  const byIndex = new Map(reconciliation.figures.map((r) => [r.index, r]));
  const rows = figures.map((f, k) => figureCells(f, byIndex.get(k), text, lang));
  const headers = say(
    { vi: 'Dòng|Loại|Văn bản|Đọc được', en: 'Line|Kind|Text|Read as' },
    lang,
  ).split('|');
  writeLines(io.stdout, [
    say(
      { vi: `${file}: ${figures.length} số liệu`, en: `${file}: ${figures.length} figure(s)` },
      lang,
    ),
    '',
    ...renderTextTable(headers, rows, ['right', 'left', 'left', 'left']),
  ]);
  if (reconciliation.flags.length > 0) {
    writeLines(io.stdout, [
      '',
      say({ vi: 'Cần xem lại:', en: 'To check:' }, lang),
      ...reconciliation.flags.map((f) => `  - ${issueMessage(f, lang)} [${f.code}]`),
    ]);
  }
  return code;
}
