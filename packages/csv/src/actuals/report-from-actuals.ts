import {
  type AttainmentReport,
  addDecimalText,
  type ImportSummary,
  type IsoDate,
  type Observation,
  type OrgUnitIndex,
  type Programme,
  type Rollup,
} from '@cadre/core';
import { aggregateCells, type RowGroup, reportFromCellTotals } from '@cadre/core/adapter';
import { isoOf } from '../keys/day-number.js';
import { type CsvImportMode, ImportTally } from '../read/import-tally.js';
import { type CsvSource, sourceName } from '../source/csv-source.js';
import type { TabularSource } from '../source/tabular-source.js';
import {
  type ActualRowSink,
  type ActualsOptions,
  type ActualsTable,
  readActualRows,
} from './actual-rows.js';
import { CellFold } from './cell-fold.js';

/** Options of `reportFromActualsCsv`: the programme and review date, plus what actuals need. */
export interface ActualsReportOptions extends Omit<ActualsOptions, 'orgUnits'> {
  programme: Programme;
  asOf: IsoDate;
  orgUnits?: OrgUnitIndex;
  /** Roll figures up to parent units or to today's units (default 'none'); needs `orgUnits`. */
  rollup?: Rollup;
  /** The date whose units `rollup: 'current'` rolls up to (default `asOf`). */
  rollupAsOf?: IsoDate;
  /**
   * 'all_or_nothing' (default): a file with any bad row gives no report, only its issues.
   * 'skip_bad_rows': bad rows are reported and left out of the report.
   */
  mode?: CsvImportMode;
}

/** A report with the import summary of the rows it was made from. */
export interface ActualsReport {
  /** null when the file had bad rows in 'all_or_nothing' mode: see `summary.issues`. */
  report: AttainmentReport | null;
  summary: ImportSummary;
  /**
   * Rows naming a programme other than the report's, by code: checked like every row, but they
   * count for nothing here. A caller expecting one programme per file can report them.
   */
  otherProgrammes: Record<string, number>;
}

const UNKNOWN = -1;
const STOCK = -2;
const UNKNOWN_INDICATOR = 4;

/**
 * The report end of the reader: each good row is folded into integer cell sums (`CellFold`),
 * with no object per row, and into groups of rows alike in indicator, unit and where they went,
 * for the report's row accounting. Rows the fold does not sum (a stock indicator's levels, a
 * decimal value) are kept whole for the core's `aggregateCells`.
 */
class ReportSink implements ActualRowSink {
  private readonly isReport: boolean[] = [];
  private readonly indicatorOf: number[] = [];
  readonly whole: Observation[] = [];
  private readonly groups = new Map<number, number>();
  // Per group: indicator, unit, a breakdown and a day of one of its rows, rows and value sum.
  private readonly gIndicator: number[] = [];
  private readonly gUnit: number[] = [];
  private readonly gCombo: number[] = [];
  private readonly gDay: number[] = [];
  private readonly gRows: number[] = [];
  private readonly gSum: number[] = [];
  private readonly gBig = new Map<number, bigint>();
  /** Rows of other programmes, by programme id, with one row to stand for them. */
  private readonly others = new Map<number, { rows: number; first: Observation }>();

  constructor(
    private readonly table: ActualsTable,
    private readonly fold: CellFold,
  ) {}

  row(
    p: number,
    i: number,
    unit: number,
    combo: number,
    day: number,
    value: number | string,
  ): void {
    const { isReport, indicatorOf } = this;
    while (isReport.length <= p) {
      isReport.push(this.table.programmes[isReport.length] === this.fold.programme.code);
    }
    if (!isReport[p]) {
      const other = this.others.get(p);
      if (other) other.rows++;
      else this.others.set(p, { rows: 1, first: this.observation(p, i, unit, combo, day, value) });
      return;
    }
    while (indicatorOf.length <= i) {
      const code = this.fold.indicatorId(this.table.indicators[indicatorOf.length]!);
      indicatorOf.push(code >= 0 && this.fold.stockIndicators.has(code) ? STOCK : code);
    }
    const ind = indicatorOf[i]!;
    if (ind === STOCK || typeof value !== 'number') {
      this.whole.push(this.observation(p, i, unit, combo, day, value));
      return;
    }
    const outcome =
      ind === UNKNOWN
        ? UNKNOWN_INDICATOR
        : this.fold.add(this.fold.slotsOf(ind, unit, combo), day, value);
    this.group(i, unit, combo, day, value, outcome);
  }

  // Rows alike in indicator, unit and where they went are one group to the core's tally, which
  // needs no more of them: unknown units and indicators are counted, not-counted rows summed.
  private group(
    i: number,
    unit: number,
    combo: number,
    day: number,
    value: number,
    outcome: number,
  ) {
    // Exact as a double while indicator ids stay under 2^24 (a file names a few dozen).
    const key = (unit * 2 ** 24 + i) * 8 + outcome;
    let g = this.groups.get(key);
    if (g === undefined) {
      g = this.gRows.length;
      this.groups.set(key, g);
      this.gIndicator.push(i);
      this.gUnit.push(unit);
      this.gCombo.push(combo);
      this.gDay.push(day);
      this.gRows.push(0);
      this.gSum.push(0);
    }
    this.gRows[g]!++;
    const next = this.gSum[g]! + value;
    if (next > Number.MAX_SAFE_INTEGER) {
      this.gBig.set(g, (this.gBig.get(g) ?? 0n) + BigInt(this.gSum[g]!));
      this.gSum[g] = value;
    } else this.gSum[g] = next;
  }

  private observation(
    p: number,
    i: number,
    unit: number,
    combo: number,
    day: number,
    value: number | string,
  ): Observation {
    const { keys, programmes, indicators } = this.table;
    return {
      programme: programmes[p]!,
      indicator: indicators[i]!,
      orgUnit: keys.unitCodes[unit]!,
      date: isoOf(day),
      value,
      disaggregation: keys.disaggregation(combo),
    };
  }

  /** The rows as the core's tally takes them. */
  *rowGroups(): Generator<RowGroup> {
    const p = this.isReport.indexOf(true);
    for (let g = 0; g < this.gRows.length; g++) {
      const big = this.gBig.get(g);
      const sum = big === undefined ? this.gSum[g]! : (big + BigInt(this.gSum[g]!)).toString();
      const observation = this.observation(
        p,
        this.gIndicator[g]!,
        this.gUnit[g]!,
        this.gCombo[g]!,
        this.gDay[g]!,
        sum,
      );
      yield { observation, rows: this.gRows[g]! };
    }
    for (const observation of this.whole) yield { observation, rows: 1 };
    for (const { first, rows } of this.others.values()) yield { observation: first, rows };
  }

  otherProgrammes(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [p, { rows }] of this.others) out[this.table.programmes[p]!] = rows;
    return out;
  }
}

/**
 * actuals.csv (or a spreadsheet sheet given as a `TabularSource`) → attainment report, in one
 * pass and flat memory. The rows are read and checked by the one reader of actuals, as
 * `iterateObservations` reads them for an import, so the issues are the same; good rows are
 * folded into cell sums and handed to the core's `reportFromCellTotals`, the core's door for
 * cell sums (observations go through `computeReport`). The figures equal `computeReport` over
 * the same rows.
 * @example
 * const r = await reportFromActualsCsv('actuals.csv', { programme, asOf: '2028-06-30',
 *   orgUnits: index, disaggregations: { category: ['Đối tượng'] } });
 * if (r.report) r.report.rows[0].percent?.toFixed(1); // '78.4'
 * else r.summary.issues; // every bad row, with line and column
 */
export async function reportFromActualsCsv(
  source: CsvSource | TabularSource,
  options: ActualsReportOptions,
): Promise<ActualsReport> {
  const { programme, asOf, orgUnits, rollup, rollupAsOf } = options;
  const cellOptions = {
    asOf,
    ...(orgUnits && { orgUnits }),
    ...(rollup && { rollup }),
    ...(rollupAsOf && { rollupAsOf }),
  };
  // Options no report can use throw here, before any row is read.
  reportFromCellTotals(programme, [], cellOptions);
  const tally = new ImportTally(sourceName(source, options.fileName), options.maxIssues);
  let sink: ReportSink | undefined;
  let fold: CellFold | undefined;
  const sinkFor = (table: ActualsTable) => {
    fold = new CellFold(programme, cellOptions, table.keys);
    sink = new ReportSink(table, fold);
    return sink;
  };
  for await (const _ of readActualRows(source, options, tally, sinkFor)) {
    // The rows are folded as they are read; nothing to hand on between batches.
  }
  const summary = tally.summary('skip_bad_rows');
  const otherProgrammes = sink?.otherProgrammes() ?? {};
  const mode = options.mode ?? 'all_or_nothing';
  if (mode === 'all_or_nothing' && summary.issues.length > 0) {
    return {
      report: null,
      summary: { ...summary, imported: 0, ignored: summary.read },
      otherProgrammes,
    };
  }
  let totals = fold?.totals() ?? aggregateCells(programme, [], cellOptions);
  if (sink && sink.whole.length > 0) {
    const extra = aggregateCells(programme, sink.whole, cellOptions);
    totals = totals.map((cell, k) => ({
      ...cell,
      actual: addDecimalText(cell.actual, extra[k]!.actual),
      count: cell.count + extra[k]!.count,
    }));
  }
  const report = reportFromCellTotals(programme, totals, {
    ...cellOptions,
    rows: sink?.rowGroups() ?? [],
  });
  // Bad rows skipped in 'skip_bad_rows' mode are part of the accounting too, last in its order.
  if (summary.ignored > 0 && report.accounting) {
    const { accounting } = report;
    accounting.read += summary.ignored;
    accounting.notCounted.push({
      reason: 'invalid',
      indicator: null,
      orgUnit: null,
      rows: summary.ignored,
      value: null,
    });
  }
  return { report, summary, otherProgrammes };
}
