import { type Issue, type Target, TargetSchema } from '@cadre/core';
import type { CsvLocale, CsvLocaleName } from '../cells/locale.js';
import { csvIssue, siteIssue } from '../issues/csv-issues.js';
import type { CsvColumn } from '../read/column-spec.js';
import type { CsvImportMode } from '../read/import-tally.js';
import type { TableOptions } from '../read/open-table.js';
import { type CsvImport, type RowContext, readCsv } from '../read/read-csv.js';
import type { RecordSchema } from '../read/record-schema.js';
import type { CsvSource } from '../source/csv-source.js';
import { disaggregationColumns, disaggregationKey } from './disaggregation.js';
import { type OrgUnitsOption, orgUnitLookup } from './org-unit-lookup.js';
import { plainTarget } from './plain-target.js';
import { TARGET_COLUMNS } from './target-columns.js';

/** A target with its programme code: what a store keeps (the core's `StoredTarget`). */
export type TargetRecord = Target & { programme: string };

/** What targets.csv says about an indicator besides its targets; `programmesFromTargets` reads it. */
export interface IndicatorHint {
  programme: string;
  code: string;
  name?: string;
  measure: 'count' | 'reduction';
  direction: 'at_least' | 'at_most' | 'reduction';
  unit?: string;
  aggregation?: 'sum' | 'latest';
  /** First line that described the indicator. */
  line: number;
}

export interface TargetsImport extends CsvImport<TargetRecord> {
  /** One hint per programme × indicator, from valid rows. */
  indicators: IndicatorHint[];
}

/** Options of the quick-path readers. */
export interface QuickCsvOptions extends TableOptions {
  /** Org units to resolve the `org_unit` cell against; without them the cell is the code. */
  orgUnits?: OrgUnitsOption;
  locale?: CsvLocaleName | CsvLocale;
  mode?: CsvImportMode;
  /** Extra columns that break figures down: key → header aliases (e.g. { sex: ['Giới tính'] }). */
  disaggregations?: Readonly<Record<string, readonly string[]>>;
  maxIssues?: number;
}

interface Hint {
  name?: string;
  measure?: 'count' | 'reduction';
  direction?: 'at_least' | 'at_most' | 'reduction';
  unit?: string;
  aggregation?: 'sum' | 'latest';
}

type Row = { target: TargetRecord; hint: Hint; line: number };

/**
 * Reads targets.csv: `programme, indicator, org_unit, period_start, period_end, target` plus
 * optional `measure` (count | reduction), `baseline`, `direction`, `unit`, `indicator_name`,
 * `aggregation`, `note`. For reductions `target` is the percent of `baseline` to cut ("10" or
 * "10%"), and `baseline` is required. An empty `target` means no target was set. Each row meets
 * the core's `TargetSchema` rules (the schema itself on the first row of each programme ×
 * indicator and on any row a hand check is unsure of, so issues are the schema's); a key
 * (programme, indicator, org unit, period, disaggregation) seen twice is `csv.duplicate_key`.
 * @example
 * const t = await readTargetsCsv('targets.csv', { orgUnits, locale: 'vi-VN' });
 * if (t.ok) programmesFromTargets(t);
 */
export function readTargetsCsv(
  source: CsvSource,
  options: QuickCsvOptions = {},
): Promise<TargetsImport> {
  return readTargets(source, options, 'plain');
}

/**
 * `readTargetsCsv` with a choice of row check: 'plain' (the reader's: the schema once per
 * programme × indicator, then by hand) or 'schema' (`TargetSchema` on every row, the reference
 * the tests hold 'plain' to).
 * @example
 * const reference = await readTargets('targets.csv', { orgUnits }, 'schema');
 */
export async function readTargets(
  source: CsvSource,
  options: QuickCsvOptions,
  check: 'plain' | 'schema',
): Promise<TargetsImport> {
  const lookup = orgUnitLookup(options.orgUnits);
  const columns: CsvColumn[] = [
    ...TARGET_COLUMNS,
    ...disaggregationColumns(options.disaggregations),
  ];
  const read = await readCsv<Row>(source, {
    ...options,
    columns,
    schema: targetRowSchema(check),
    prepare: (input, row) => prepareTarget(input, row, lookup),
    // The reference check keys rows by their text, as issues quote it.
    key: check === 'plain' ? compactTargetKey() : targetKeyText,
    keyText: targetKeyText,
    keyColumns: ['programme', 'indicator', 'org_unit', 'period_start', 'period_end'],
  });
  const { indicators, issues, conflicted } = collectHints(read.records, read.file);
  const failed = issues.length > 0 && (options.mode ?? 'all_or_nothing') === 'all_or_nothing';
  const kept = failed ? [] : read.records.filter((r) => !conflicted.has(r.line));
  const summary = {
    ...read.summary,
    imported: kept.length,
    ignored: read.summary.read - kept.length,
    issues: [...read.summary.issues, ...issues],
  };
  return {
    ...read,
    ok: read.ok && issues.length === 0,
    records: kept.map((r) => r.target),
    lines: kept.map((r) => r.line),
    summary,
    indicators: failed ? [] : indicators,
  };
}

/**
 * Rows meet `TargetSchema` itself until one row of each (programme, indicator) has passed it;
 * after that `plainTarget` checks them by hand with the schema's rules (a property test holds it
 * to the schema), and anything it is unsure of still goes to the schema, so issues are zod's.
 */
function targetRowSchema(check: 'plain' | 'schema'): RecordSchema<Row> {
  const passed = new Map<string, Set<unknown>>();
  return {
    safeParse(input) {
      const row = input as { programme: string; indicator: unknown; hint?: Hint; line: number };
      const seen = check === 'plain' && passed.get(row.programme)?.has(row.indicator);
      const plain = seen ? plainTarget(input) : undefined;
      if (plain !== undefined) {
        const target = plain as TargetRecord;
        target.programme = row.programme;
        return { success: true, data: { target, hint: row.hint ?? {}, line: row.line } };
      }
      const { hint, line, ...rest } = row;
      const r = TargetSchema.safeParse(rest);
      if (!r.success) return r;
      const indicators = passed.get(row.programme);
      if (indicators) indicators.add(row.indicator);
      else passed.set(row.programme, new Set([row.indicator]));
      return {
        success: true,
        data: { target: { ...r.data, programme: rest.programme }, hint: hint ?? {}, line },
      };
    },
  };
}

/** A target's duplicate key as issues quote it: its cells, NUL-separated. */
function targetKeyText({ target: t }: Row): string {
  return `${t.programme}\u0000${t.indicator}\u0000${t.orgUnit}\u0000${t.period.start}\u0000${t.period.end}\u0000${disaggregationKey(t.disaggregation)}`;
}

/**
 * A short stand-in for `targetKeyText`, equal for two rows exactly when their key texts are.
 * Each distinct text is numbered once; a key lists the numbers of the five cells and of the
 * breakdown's key text (worked out once per distinct set of breakdown cells). Without a NUL in
 * any cell the key text splits back into those six parts, so numbers and texts agree; a row with
 * a NUL keys by its text, which then holds more NULs than any other row's and no stand-in has one.
 */
function compactTargetKey(): (row: Row) => string {
  const ids = new Map<string, number>();
  const id = (text: string): number => {
    let n = ids.get(text);
    if (n === undefined) {
      n = text.includes('\u0000') ? -1 : ids.size;
      ids.set(text, n);
    }
    return n;
  };
  const breakdowns = new Map<string, number>();
  return (row) => {
    const t = row.target;
    const d = t.disaggregation;
    let cells = '';
    for (const k in d) cells += `;${id(k)}=${id(d[k]!)}`;
    let breakdown = breakdowns.get(cells);
    if (breakdown === undefined) {
      breakdown = id(disaggregationKey(d));
      breakdowns.set(cells, breakdown);
    }
    const key = `${id(t.programme)},${id(t.indicator)},${id(t.orgUnit)},${id(t.period.start)},${id(t.period.end)},${breakdown}`;
    return key.includes('-') ? targetKeyText(row) : key;
  };
}

function prepareTarget(
  input: Record<string, unknown>,
  row: RowContext,
  lookup: ReturnType<typeof orgUnitLookup>,
): Issue[] {
  const issues: Issue[] = [];
  input.line = row.line;
  input.value ??= null;
  const period = input.period as { start: string; end: string };
  if (period.end < period.start)
    issues.push(csvIssue('csv.period_inverted', row.site('period_end'), period.end));
  const hint = (input.hint ?? {}) as Hint;
  input.hint = hint;
  if (hint.direction === 'reduction') hint.measure = 'reduction';
  if (hint.measure === 'reduction') {
    if (hint.direction !== undefined && hint.direction !== 'reduction') {
      issues.push(
        csvIssue('csv.invalid_value', row.site('direction'), row.cell('direction'), {
          expected: {
            en: 'reduction (or empty) for a reduction',
            vi: 'giảm (hoặc để trống) với chỉ tiêu giảm',
          },
        }),
      );
    }
    hint.direction = 'reduction';
    if (input.baseline === undefined) {
      issues.push(
        csvIssue('csv.required', row.site('baseline'), '', {
          expected: {
            en: 'the baseline a reduction is measured against',
            vi: 'số gốc để tính tỷ lệ giảm',
          },
        }),
      );
    }
  } else if (row.cell('target')?.endsWith('%')) {
    issues.push(
      csvIssue('csv.invalid_number', row.site('target'), row.cell('target'), {
        expected: { en: 'a count without %', vi: 'số lượng, không có %' },
      }),
    );
  }
  const code = lookup(String(input.orgUnit), period.start);
  if (typeof code === 'string') input.orgUnit = code;
  else issues.push(siteIssue(code, row.site('org_unit'), row.cell('org_unit')));
  return issues;
}

function collectHints(
  rows: Row[],
  file: string,
): { indicators: IndicatorHint[]; issues: Issue[]; conflicted: Set<number> } {
  const raw = new Map<string, { hint: Hint; line: number }>();
  const issues: Issue[] = [];
  const conflicted = new Set<number>();
  const fields = ['name', 'measure', 'direction', 'unit', 'aggregation'] as const;
  const columnOf = {
    name: 'indicator_name',
    measure: 'measure',
    direction: 'direction',
    unit: 'unit',
    aggregation: 'aggregation',
  };
  // Codes are the same few strings on every row: their key is joined once per pair.
  const keys = new Map<string, Map<string, string>>();
  for (const { target, hint, line } of rows) {
    let byIndicator = keys.get(target.programme);
    if (!byIndicator) {
      byIndicator = new Map();
      keys.set(target.programme, byIndicator);
    }
    let key = byIndicator.get(target.indicator);
    if (key === undefined) {
      key = `${target.programme}\u0000${target.indicator}`;
      byIndicator.set(target.indicator, key);
    }
    const first = raw.get(key);
    if (!first) {
      raw.set(key, { hint: { ...hint }, line });
      continue;
    }
    // Only what the rows say is compared; defaults fill in after.
    for (const f of fields) {
      const a = first.hint[f];
      const b = hint[f];
      if (a !== undefined && b !== undefined && a !== b) {
        conflicted.add(line);
        issues.push(
          csvIssue(
            'csv.indicator_conflict',
            { file, line, column: columnOf[f] },
            target.indicator,
            {
              other: first.line,
              expected: { en: `"${a}" as before`, vi: `"${a}" như trước` },
            },
          ),
        );
      } else if (a === undefined && b !== undefined) (first.hint as Record<string, unknown>)[f] = b;
    }
  }
  const indicators = [...raw.entries()].map(([key, { hint, line }]) => {
    const [programme, code] = key.split('\u0000') as [string, string];
    const measure = hint.measure ?? 'count';
    const out: IndicatorHint = {
      programme,
      code,
      measure,
      direction: hint.direction ?? (measure === 'reduction' ? 'reduction' : 'at_least'),
      line,
    };
    if (hint.name !== undefined) out.name = hint.name;
    if (hint.unit !== undefined) out.unit = hint.unit;
    if (hint.aggregation !== undefined) out.aggregation = hint.aggregation;
    return out;
  });
  return { indicators, issues, conflicted };
}
