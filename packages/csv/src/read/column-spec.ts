import type { ColumnName } from '../headers/match-headers.js';

/** How a cell's text becomes a value. */
export type CellType =
  | 'text'
  | 'integer'
  | 'decimal'
  | 'percent'
  | 'date'
  | 'boolean'
  | 'enum'
  | 'list';

/**
 * One column of a format: header names, how its cells read, and where the value goes in the
 * record handed to the schema. `required` means the header must be present and no cell empty.
 */
export interface CsvColumn extends ColumnName {
  /** Defaults to 'text'. */
  type?: CellType;
  /** Dotted path of the value in the record (`period.start`); defaults to `name`. */
  field?: string;
  /** For 'enum': accepted spellings (matched like headers) → the value stored. */
  values?: Readonly<Record<string, string>>;
  /** For 'enum': other spellings pass through as written instead of being an issue. */
  open?: boolean;
  /** What a cell holds, for messages and docs. */
  expected?: { en: string; vi: string };
}

/** Separator of list cells (`aliases`, `planned_posts`): never a CSV delimiter candidate's rival. */
export const LIST_SEPARATOR = '|';
