import type { IsoDate } from '../../dates/calendar-date.js';
import { type Issue, type IssuePath, issue } from '../../result/issue.js';
import type { NaturalKey } from '../keys.js';
import { IMPORT_SECTIONS, type ImportSection } from '../types.js';
import { checkOrgUnits } from './check-org-units.js';
import { checkReferences } from './check-references.js';
import { duplicateIssue } from './messages.js';
import { parseRow, type SectionValues } from './parse-rows.js';
import { rowKey } from './row-key.js';

/**
 * What a store already holds, as far as an import needs to know. Stores with a database load
 * the few keys the batch names first (`referencedKeys`), then answer synchronously.
 */
export interface ImportContext {
  /** The stored unit with this code (only its parent is read), or undefined. */
  orgUnit(code: string): { parentCode: string | null } | undefined;
  /** The stored programme with this code, or undefined. */
  programme(
    code: string,
  ):
    | { indicators: readonly { code: string }[]; period: { start: IsoDate; end: IsoDate } }
    | undefined;
  /** Whether a person with this id is stored. */
  hasPerson(id: string): boolean;
}

/** A row that passed every check: where it was, its natural key and its canonical value. */
export interface PreparedRow<T> {
  index: number;
  key: NaturalKey;
  value: T;
}

/** The rows of a batch fit to write, parsed and keyed, per section. */
export type PreparedRows = { [S in ImportSection]: PreparedRow<SectionValues[S]>[] };

/** The outcome of checking a batch: the rows fit to write, every issue, and the counts. */
export interface PreparedImport {
  rows: PreparedRows;
  issues: Issue[];
  /** Rows given. */
  read: number;
  /** Rows with at least one issue (never written). */
  rejected: number;
}

function emptyRows(): PreparedRows {
  return {
    orgUnits: [],
    programmes: [],
    targets: [],
    observations: [],
    persons: [],
    training: [],
    rotations: [],
    headcounts: [],
  };
}

function shapeIssue(path: IssuePath, en: string, vi: string, input: unknown): Issue {
  return issue('import.invalid_batch', path, en, vi, input);
}

/**
 * Checks a whole import batch without writing anything: schema of every row, NFC text,
 * canonical decimals, duplicate keys inside the batch (the first row wins), references to org
 * units, programmes, indicators and persons (stored or in the batch), and org-unit cycles.
 * Every issue is collected. Stores call it, then write `rows` in one transaction.
 * @example
 * const prepared = prepareImportBatch({ observations: [row] }, context);
 * if (mode === 'all_or_nothing' && prepared.issues.length > 0) return nothingWritten(prepared);
 */
export function prepareImportBatch(batch: unknown, context: ImportContext): PreparedImport {
  const rows = emptyRows();
  const issues: Issue[] = [];
  if (batch === null || typeof batch !== 'object' || Array.isArray(batch)) {
    const en = 'batch: expected an object with sections such as orgUnits, targets, observations';
    const vi = 'lô dữ liệu: cần một đối tượng gồm các phần orgUnits, targets, observations…';
    return { rows, issues: [shapeIssue([], en, vi, batch)], read: 0, rejected: 0 };
  }
  let read = 0;
  for (const section of IMPORT_SECTIONS) {
    const raw = (batch as Record<string, unknown>)[section];
    if (raw === undefined) continue;
    if (!Array.isArray(raw)) {
      const en = `${section}: expected an array of rows`;
      const vi = `${section}: cần một danh sách các dòng`;
      issues.push(shapeIssue([section], en, vi, raw));
      continue;
    }
    read += raw.length;
    parseSection(section, raw, rows, issues);
  }
  rows.orgUnits = checkOrgUnits(rows.orgUnits, (c) => context.orgUnit(c), issues);
  checkReferences(rows, context, issues);
  let accepted = 0;
  for (const section of IMPORT_SECTIONS) accepted += rows[section].length;
  return { rows, issues, read, rejected: read - accepted };
}

function parseSection<S extends ImportSection>(
  section: S,
  raw: unknown[],
  rows: PreparedRows,
  issues: Issue[],
): void {
  const seen = new Map<string, number>();
  raw.forEach((row, index) => {
    const parsed = parseRow(section, index, row);
    if (!parsed.ok) {
      issues.push(...parsed.issues);
      return;
    }
    const key = rowKey(section, parsed.value);
    const text = JSON.stringify(key);
    const first = seen.get(text);
    if (first !== undefined) {
      issues.push(duplicateIssue(section, index, first, key));
      return;
    }
    seen.set(text, index);
    (rows[section] as PreparedRow<SectionValues[S]>[]).push({ index, key, value: parsed.value });
  });
}
