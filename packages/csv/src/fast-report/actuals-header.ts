import { ACTUAL_COLUMNS } from '../formats/actual-columns.js';
import { type ColumnName, matchHeaders } from '../headers/match-headers.js';
import { detectDelimiter } from '../parse/detect-dialect.js';

/** Field roles in a row of actuals.csv; breakdown b has role `BREAKDOWN + b`. */
export const ROLE = {
  ignored: 0,
  programme: 1,
  indicator: 2,
  orgUnit: 3,
  date: 4,
  value: 5,
  breakdown: 6,
} as const;

/** What the fast path needs from a header line it can take: a role per field. */
export interface ActualsLayout {
  roles: Int32Array;
  breakdownKeys: string[];
}

/** The options of the quick path that shape the header. */
export interface HeaderOptions {
  file: string;
  disaggregations?: Readonly<Record<string, readonly string[]>>;
  aliases?: Readonly<Record<string, string>>;
  extraColumns?: 'error' | 'ignore';
  delimiter?: string;
}

/**
 * Reads the header line of actuals.csv the way the general reader does (same delimiter guess,
 * same header matching), and returns the layout, or null when the line is anything the general
 * reader would have to report or treat specially: then the caller takes the general path.
 * @example
 * takeHeader('programme,indicator,org_unit,date,value', { file: 'a.csv' })?.roles; // Int32Array [1, 2, 3, 4, 5]
 */
export function takeHeader(line: string, options: HeaderOptions): ActualsLayout | null {
  const text = line.normalize('NFC');
  if (text.includes('"') || text.includes('\uFFFD')) return null;
  if ((options.delimiter ?? ',') !== ',' || detectDelimiter(text) !== ',') return null;
  const breakdownKeys = Object.keys(options.disaggregations ?? {});
  const columns: ColumnName[] = [
    ...ACTUAL_COLUMNS,
    ...breakdownKeys.map((key) => ({ name: key, aliases: options.disaggregations![key]! })),
  ];
  const header = matchHeaders(text.split(','), columns, {
    file: options.file,
    line: 1,
    ...(options.aliases && { aliases: options.aliases }),
    ...(options.extraColumns && { extraColumns: options.extraColumns }),
  });
  if (header.fatal || header.issues.length > 0 || header.blank.length > 0) return null;
  const roles = new Int32Array(header.headers.length);
  const named: [string, number][] = [
    ['programme', ROLE.programme],
    ['indicator', ROLE.indicator],
    ['org_unit', ROLE.orgUnit],
    ['date', ROLE.date],
    ['value', ROLE.value],
    ...breakdownKeys.map((k, b) => [k, ROLE.breakdown + b] as [string, number]),
  ];
  for (const [name, role] of named) {
    const at = header.index.get(name);
    if (at !== undefined) roles[at] = role;
  }
  return { roles, breakdownKeys };
}
