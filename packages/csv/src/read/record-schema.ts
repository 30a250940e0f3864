import type { Issue } from '@cadre/core';
import { describeSite, type IssueSite } from '../issues/csv-issues.js';

/** One problem a schema reports: zod's issue shape. */
export interface SchemaIssue {
  code: string;
  path: readonly PropertyKey[];
  message: string;
}

/**
 * What a reader needs of a schema: zod's `safeParse`. The core's schemas (`TargetSchema`,
 * `ObservationSchema`, `PersonSchema`…) fit, and so does any zod schema a caller writes.
 */
export interface RecordSchema<T> {
  /** Checks one mapped row; zod's own `safeParse` result shape. */
  safeParse(
    input: unknown,
  ): { success: true; data: T } | { success: false; error: { issues: readonly SchemaIssue[] } };
}

/**
 * Turns a schema issue into a cell issue: the field path is traced back to the column it came
 * from, the code becomes `zod.<code>` (as the core's `issuesFromZod` does).
 * @example
 * schemaIssue(zodIssue, (path) => 'period_start', 'targets.csv', 4);
 */
export function schemaIssue(
  source: SchemaIssue,
  columnOf: (field: string) => { column: string; header?: string; input?: string },
  file: string,
  line: number,
): Issue {
  const field = source.path.map(String).join('.');
  const { column, header, input } = columnOf(field);
  const site: IssueSite = { file, line, column, header };
  const out: Issue = {
    code: `zod.${source.code}`,
    path: [line, column],
    message: `${describeSite(site, 'en')}: ${source.message}`,
    messageVi: `${describeSite(site, 'vi')}: giá trị không hợp lệ (${source.message})`,
  };
  if (input !== undefined) out.input = input;
  return out;
}
