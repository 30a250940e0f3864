// Part of the seam (see sheet-to-csv.ts): CSV line numbers back to sheet cells.
import type { Issue } from '@cadre/core';
import type { SheetHeader } from '../read/find-header.js';
import { cellSite } from '../read/sheet-cell.js';

interface Sites {
  file: string;
  sheet: string;
  header: SheetHeader;
  /** Sheet row of each CSV line (index 0 is line 1, the header). */
  lineRows: { at(index: number): number | undefined };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Moves CSV readers' issues from CSV lines to sheet cells: the path's line becomes the sheet
 * row, and the message's "file, line 7, column "Kế hoạch"" becomes "file, Sheet1!D12 (column
 * "Kế hoạch")". Issues of other files pass unchanged.
 * @example
 * siteIssues(targets.summary.issues, { file: 'targets.xlsx', sheet: 'Sheet1', header, lineRows });
 */
export function siteIssues(issues: readonly Issue[], sites: Sites): Issue[] {
  const { file, sheet, header, lineRows } = sites;
  const prefix = new RegExp(
    `^${escapeRegExp(file)}, (line|dòng) (\\d+)(?:, (column|cột) "((?:[^"\\\\]|\\\\.)*)")?`,
  );
  const columnOf = (name: unknown, shown: string | undefined): number | undefined => {
    const byName = typeof name === 'string' ? header.match.index.get(name) : undefined;
    if (byName !== undefined) return byName;
    const at = shown === undefined ? -1 : header.texts.indexOf(shown);
    return at < 0 ? undefined : at;
  };
  const move = (text: string | undefined, column: number | undefined): string | undefined => {
    if (text === undefined) return undefined;
    return text.replace(
      prefix,
      (_all, _lineWord: string, line: string, colWord?: string, shown?: string) => {
        const row = lineRows.at(Number(line) - 1);
        if (row === undefined) return _all;
        const col = column ?? columnOf(undefined, shown);
        const site =
          col === undefined
            ? cellSite(sheet, row, 1).replace(/![A-Z]+(\d+)$/, '!$1:$1')
            : cellSite(sheet, row, col + 1);
        return shown === undefined
          ? `${file}, ${site}`
          : `${file}, ${site} (${colWord} "${shown}")`;
      },
    );
  };
  return issues.map((issue) => {
    const [line, name] = issue.path;
    if (typeof line !== 'number' || !issue.message.startsWith(`${file}, `)) return issue;
    const row = line > 0 ? lineRows.at(line - 1) : undefined;
    const column = columnOf(name, undefined);
    const out: Issue = {
      ...issue,
      path: row === undefined ? issue.path : [row, ...issue.path.slice(1)],
      message: move(issue.message, column)!,
    };
    const vi = move(issue.messageVi, column);
    if (vi !== undefined) out.messageVi = vi;
    return out;
  });
}
