import type { Issue, Target } from '@cadre/core';
import type { CsvLocale, CsvLocaleName } from '../cells/locale.js';
import { csvIssue, siteIssue } from '../issues/csv-issues.js';
import type { CsvColumn } from '../read/column-spec.js';
import type { CsvImportMode } from '../read/import-tally.js';
import type { TableOptions } from '../read/open-table.js';
import { type CsvImport, type RowContext, readCsv } from '../read/read-csv.js';
import type { CsvSource } from '../source/csv-source.js';
import type { TabularSource } from '../source/tabular-source.js';
import { disaggregationColumns } from './disaggregation.js';
import { type OrgUnitsOption, orgUnitLookup } from './org-unit-lookup.js';
import { TARGET_COLUMNS } from './target-columns.js';
import {
  compactTargetKey,
  type TargetHint,
  type TargetRow,
  targetKeyText,
  targetRowSchema,
} from './target-rows.js';

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
  verb?: 'đạt' | 'bằng';
  basis?: 'KH' | 'kế hoạch' | 'chỉ tiêu';
  /** First line that described the indicator. */
  line: number;
}

export interface TargetsImport extends CsvImport<TargetRecord> {
  /** One hint per programme × indicator, from valid rows. */
  indicators: IndicatorHint[];
}

/** Options of the readers of targets and actuals. */
export interface QuickCsvOptions extends TableOptions {
  /** Org units to resolve the `org_unit` cell against; without them the cell is the code. */
  orgUnits?: OrgUnitsOption;
  locale?: CsvLocaleName | CsvLocale;
  mode?: CsvImportMode;
  /** Extra columns that break figures down: key → header aliases (e.g. { sex: ['Giới tính'] }). */
  disaggregations?: Readonly<Record<string, readonly string[]>>;
  maxIssues?: number;
}

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
export async function readTargetsCsv(
  source: CsvSource | TabularSource,
  options: QuickCsvOptions = {},
): Promise<TargetsImport> {
  const lookup = orgUnitLookup(options.orgUnits);
  const columns: CsvColumn[] = [
    ...TARGET_COLUMNS,
    ...disaggregationColumns(options.disaggregations),
  ];
  const read = await readCsv<TargetRow>(source, {
    ...options,
    columns,
    schema: targetRowSchema(),
    prepare: (input, row) => prepareTarget(input, row, lookup),
    key: compactTargetKey(),
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
  const hint = (input.hint ?? {}) as TargetHint;
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
  // A target names its unit as it stands at the period's end (Cao Bằng 2021–2025 is today's 04).
  const code = lookup(String(input.orgUnit), period);
  if (typeof code === 'string') input.orgUnit = code;
  else issues.push(siteIssue(code, row.site('org_unit'), row.cell('org_unit')));
  return issues;
}

/** The first row that described an indicator, with what later rows added. */
type Described = { hint: TargetHint; line: number };

function collectHints(
  rows: TargetRow[],
  file: string,
): { indicators: IndicatorHint[]; issues: Issue[]; conflicted: Set<number> } {
  const raw = new Map<string, Described>();
  const issues: Issue[] = [];
  const conflicted = new Set<number>();
  // Codes are the same few strings on every row: a pair's key text, and the first row of that
  // key, are looked up once per pair and then reached through the codes themselves.
  const pairs = new Map<string, Map<string, { key: string; first?: Described }>>();
  for (const { target, hint, line } of rows) {
    let byIndicator = pairs.get(target.programme);
    if (!byIndicator) {
      byIndicator = new Map();
      pairs.set(target.programme, byIndicator);
    }
    let pair = byIndicator.get(target.indicator);
    if (pair === undefined) {
      pair = { key: `${target.programme}\u0000${target.indicator}` };
      byIndicator.set(target.indicator, pair);
    }
    pair.first ??= raw.get(pair.key);
    const first = pair.first;
    if (!first) {
      pair.first = { hint: { ...hint }, line };
      raw.set(pair.key, pair.first);
      continue;
    }
    // Only what the rows say is compared; defaults fill in after.
    const said = { conflicted, issues, file, line, indicator: target.indicator, first };
    const had = first.hint;
    compareHint(said, 'name', had.name, hint.name);
    compareHint(said, 'measure', had.measure, hint.measure);
    compareHint(said, 'direction', had.direction, hint.direction);
    compareHint(said, 'unit', had.unit, hint.unit);
    compareHint(said, 'aggregation', had.aggregation, hint.aggregation);
    compareHint(said, 'verb', had.verb, hint.verb);
    compareHint(said, 'basis', had.basis, hint.basis);
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
    if (hint.verb !== undefined) out.verb = hint.verb;
    if (hint.basis !== undefined) out.basis = hint.basis;
    return out;
  });
  return { indicators, issues, conflicted };
}

const HINT_COLUMNS = {
  name: 'indicator_name',
  measure: 'measure',
  direction: 'direction',
  unit: 'unit',
  aggregation: 'aggregation',
  verb: 'verb',
  basis: 'basis',
};

/** A later row's word on one field of its indicator: a conflict, or what the first row lacked. */
function compareHint(
  said: {
    conflicted: Set<number>;
    issues: Issue[];
    file: string;
    line: number;
    indicator: string;
    first: Described;
  },
  f: keyof TargetHint,
  a: string | undefined,
  b: string | undefined,
): void {
  const { first, line } = said;
  if (a !== undefined && b !== undefined && a !== b) {
    said.conflicted.add(line);
    said.issues.push(
      csvIssue(
        'csv.indicator_conflict',
        { file: said.file, line, column: HINT_COLUMNS[f] },
        said.indicator,
        {
          other: first.line,
          expected: { en: `"${a}" as before`, vi: `"${a}" như trước` },
        },
      ),
    );
  } else if (a === undefined && b !== undefined) (first.hint as Record<string, unknown>)[f] = b;
}
