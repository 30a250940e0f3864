import type { Issue } from '@cadre/core';
import { csvIssue } from '../issues/csv-issues.js';

/** A column a format knows: its canonical English name and the Vietnamese headers that mean it. */
export interface ColumnName {
  name: string;
  aliases?: readonly string[];
  /** The header must be present. */
  required?: boolean;
}

/** How a header line maps onto a format's columns. */
export interface HeaderMatch {
  /** Canonical column name → field index in each row. */
  index: Map<string, number>;
  /** Header text as written, per field index. */
  headers: string[];
  /** Field indexes whose header is blank: ignored while their cells stay empty. */
  blank: number[];
  /** Headers that matched no column (reported as issues unless declared ignorable). */
  unknown: string[];
  /** Problems that make every row unreadable (missing or duplicated columns). */
  fatal: boolean;
  issues: Issue[];
}

/**
 * The matching key for a header: NFC, lower case, `_` and `-` read as spaces, runs of spaces
 * collapsed, and a trailing required-field mark "(*)" or "*" dropped.
 * @example
 * headerKey('  HỌ VÀ   TÊN (*)') === headerKey('họ và tên'); // true
 */
export function headerKey(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/\(\s*\*\s*\)\s*$|\*\s*$/u, '')
    .replace(/[_-]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What header matching needs: the file and line for messages, the columns and their aliases. */
export interface MatchHeadersOptions {
  file: string;
  /** Line of the header (1 unless the file starts with blank lines). */
  line: number;
  /** More header spellings: alias → canonical column name. */
  aliases?: Readonly<Record<string, string>>;
  /** 'error' (default) reports unknown headers as issues; 'ignore' only lists them. */
  extraColumns?: 'error' | 'ignore';
}

/**
 * Matches a header row against a format's columns by canonical name or alias, insensitive to
 * NFC/NFD, case and spacing. Unknown headers are reported (`csv.unknown_column`), never used;
 * two headers meaning one column are `csv.duplicate_column`; a required column that is absent is
 * `csv.missing_column`.
 * @example
 * matchHeaders(['Đơn vị', 'Kế hoạch'], TARGET_COLUMNS, { file: 'a.csv', line: 1 }).index.get('org_unit'); // 0
 */
export function matchHeaders(
  row: readonly string[],
  columns: readonly ColumnName[],
  options: MatchHeadersOptions,
): HeaderMatch {
  const byKey = new Map<string, string>();
  for (const c of columns) {
    byKey.set(headerKey(c.name), c.name);
    for (const a of c.aliases ?? []) byKey.set(headerKey(a), c.name);
  }
  for (const [alias, name] of Object.entries(options.aliases ?? {}))
    byKey.set(headerKey(alias), name);

  const out: HeaderMatch = {
    index: new Map(),
    headers: [],
    blank: [],
    unknown: [],
    fatal: false,
    issues: [],
  };
  const site = (column: string, header?: string) => ({
    file: options.file,
    line: options.line,
    column,
    header,
  });
  row.forEach((raw, i) => {
    const header = raw.normalize('NFC').trim();
    out.headers.push(header);
    if (header === '') {
      out.blank.push(i);
      return;
    }
    const name = byKey.get(headerKey(header));
    if (name === undefined) {
      out.unknown.push(header);
      if (options.extraColumns !== 'ignore')
        out.issues.push(csvIssue('csv.unknown_column', site(header), header));
      return;
    }
    const first = out.index.get(name);
    if (first !== undefined) {
      out.fatal = true;
      out.issues.push(
        csvIssue('csv.duplicate_column', site(name, header), header, { other: first + 1 }),
      );
      return;
    }
    out.index.set(name, i);
  });
  for (const c of columns) {
    if (c.required && !out.index.has(c.name)) {
      out.fatal = true;
      out.issues.push(csvIssue('csv.missing_column', site(c.name)));
    }
  }
  return out;
}
