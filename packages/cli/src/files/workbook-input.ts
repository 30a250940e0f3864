import { extname } from 'node:path';
import type { Issue } from '@cadre/core';
import type { CsvColumn, CsvLocaleName } from '@cadre/csv';
import { type BridgedSheet, bridgeSheetToCsv } from '@cadre/xlsx';
import { usageError } from '../run/usage-error.js';

/** Extensions read as workbooks; everything else is read as CSV. */
const WORKBOOK = new Set(['.xlsx', '.xlsm']);
/** Spreadsheet formats cadre names but does not read yet. */
const OTHER_SHEETS = new Set(['.xls', '.ods', '.xlsb', '.numbers']);

/**
 * Refuses a spreadsheet for a command that does not read workbooks yet (import, validate), with
 * the way out, instead of reading its zip bytes as CSV.
 * @example
 * refuseWorkbook('/data/ket-qua.xlsx', 'FILE'); // throws a usage error
 */
export function refuseWorkbook(path: string, option: string): void {
  const ext = extname(path).toLowerCase();
  if (!WORKBOOK.has(ext) && !OTHER_SHEETS.has(ext)) return;
  throw usageError(
    {
      vi: `${option}: lệnh này chưa đọc tệp ${ext}; hãy lưu dạng CSV UTF-8 (cadre report đã đọc được .xlsx)`,
      en: `${option}: this command does not read ${ext} files yet; save it as CSV UTF-8 (cadre report reads .xlsx)`,
    },
    [option],
  );
}

/** A file named on the command line, ready for the CSV readers, and the way back to its cells. */
export interface TabularInput {
  /** The path the CSV readers read: the file itself, or the CSV made from a workbook's sheet. */
  path: string;
  /** Issues the workbook itself raised (formulas without values, totals that differ, …). */
  issues: Issue[];
  /** Moves the readers' issues about this file from CSV lines to sheet cells. */
  resite(issues: readonly Issue[]): Issue[];
  dispose(): Promise<void>;
}

/**
 * A file chosen by extension: CSV as it is, an .xlsx workbook through `@cadre/xlsx`'s bridge
 * (the seam the one tabular reader will replace), an .xls or .ods file refused with the way out.
 * A workbook that cannot be read gives its issues and no path.
 * @example
 * const input = await tabularInput(path, { columns: [TARGET_COLUMNS], locale: 'plain', option: '--targets' });
 */
export async function tabularInput(
  path: string,
  options: {
    columns: readonly (readonly CsvColumn[])[];
    locale: CsvLocaleName;
    sheet?: string;
    option: string;
  },
): Promise<TabularInput | { path: undefined; issues: Issue[] }> {
  const ext = extname(path).toLowerCase();
  if (OTHER_SHEETS.has(ext)) {
    throw usageError(
      {
        vi: `${options.option}: chưa đọc được tệp ${ext}; hãy mở bằng Excel hoặc LibreOffice và lưu dạng .xlsx (hoặc CSV UTF-8)`,
        en: `${options.option}: ${ext} files are not read yet; open it in Excel or LibreOffice and save it as .xlsx (or CSV UTF-8)`,
      },
      [options.option],
    );
  }
  if (!WORKBOOK.has(ext)) {
    return { path, issues: [], resite: (i) => [...i], dispose: async () => {} };
  }
  const bridged = await bridgeSheetToCsv(path, {
    columns: options.columns,
    locale: options.locale,
    ...(options.sheet !== undefined && { sheet: options.sheet }),
  });
  if (!bridged.ok) return { path: undefined, issues: bridged.issues };
  const sheet: BridgedSheet = bridged.value;
  return { path: sheet.path, issues: sheet.issues, resite: sheet.resite, dispose: sheet.dispose };
}
