import type { Observation } from '../records/schema.js';
import { type Issue, issue } from '../result/issue.js';
import { assertReportOptions, buildReport } from './build-report.js';
import { CellCollector, type UnplacedObservations } from './cell-collector.js';
import { cellKey } from './cell-key.js';
import type { ReportInput } from './compute-report.js';
import { compareIssues } from './merge-cells.js';
import type { AttainmentReport, CellTotal } from './types.js';

/**
 * What a report accumulator needs: everything `computeReport` takes but the observations.
 * @example
 * const input: ReportAccumulatorInput = { programme, orgUnits: index, asOf: '2028-06-30', rollup: 'parent' };
 */
export type ReportAccumulatorInput = Omit<ReportInput, 'observations'>;

/**
 * A report fed observations as they arrive: `add` one, `addMany` a batch, and `report()` when
 * done. It keeps running sums per target and small lookups per distinct unit and breakdown,
 * never the observations, so a file of any length is reported in flat memory.
 * @example
 * const acc: ReportAccumulator = createReportAccumulator({ programme, asOf: '2019-05-20' });
 * acc.addMany(observations);
 * acc.report().rows.length; // one row per target
 */
export interface ReportAccumulator {
  /** Counts one observation (observations of other programmes are ignored, as in `computeReport`). */
  add(observation: Observation): void;
  /**
   * Notes rows the reader read but refused (bad rows skipped in 'skip_bad_rows' mode), so the
   * report's accounting covers every row read.
   */
  refused(rows: number): void;
  /** Counts every observation of a batch or any iterable, in one pass. */
  addMany(observations: Iterable<Observation>): void;
  /**
   * The report of every observation added so far: what `computeReport` gives for them. It may be
   * called again after more observations are added.
   */
  report(): AttainmentReport;
}

/**
 * Starts a report that observations are streamed into, for readers that yield rows or batches
 * (a CSV import, a database cursor) without holding the whole file. Options are checked here,
 * before any row is read: a bad `asOf`, or a roll-up without `orgUnits`, throws `CadreError`.
 * The report equals `computeReport` over the same observations, issues included.
 * @example
 * // Stream a CSV file through @cadre/csv's reader, batch by batch:
 * const acc = createReportAccumulator({ programme, orgUnits: index, asOf: '2028-06-30' });
 * const stream = iterateObservations('actuals.csv', { orgUnits: index });
 * for await (const batch of stream) acc.addMany(batch);
 * const report = acc.report(); // and stream.summary holds the rows the reader refused
 * @example
 * // One at a time:
 * const acc = createReportAccumulator({ programme, asOf: '2019-05-20' });
 * acc.add({ programme: 'P', indicator: 'sent', orgUnit: '04', date: '2017-03-01', value: 2, disaggregation: {} });
 * acc.report().rows[0]?.actual.toString(); // '2'
 */
export function createReportAccumulator(input: ReportAccumulatorInput): ReportAccumulator {
  assertReportOptions(input);
  const collector = collectorFor(input);
  return {
    add: (observation) => collector.add(observation),
    refused: (rows) => collector.refused(rows),
    addMany(observations) {
      for (const o of observations) collector.add(o);
    },
    report: () => finishReport(input, collector, collector.totals()),
  };
}

/** Rows a store read grouped: one observation standing for `rows` rows, its value their sum. */
export interface RowGroup {
  observation: Observation;
  rows: number;
}

/**
 * Stage 2 for a store that summed the cells itself and, when asked, grouped its rows: the
 * report `computeReport` gives over the same rows. The groups (rows alike in indicator, unit,
 * breakdown and in which target periods hold their dates) are tallied exactly as single rows
 * would be, so the accounting and the issues about rows are the core's own.
 * @example
 * reportWithRowGroups({ programme, asOf: '2019-05-20', orgUnits }, totals, groups);
 */
export function reportWithRowGroups(
  input: ReportAccumulatorInput,
  totals: readonly CellTotal[],
  groups: Iterable<RowGroup>,
): AttainmentReport {
  assertReportOptions(input);
  const collector = collectorFor(input);
  for (const g of groups) collector.add(g.observation, g.rows);
  return finishReport(input, collector, totals);
}

function collectorFor(input: ReportAccumulatorInput): CellCollector {
  const { programme, asOf, orgUnits } = input;
  return new CellCollector(programme, {
    asOf,
    ...(orgUnits && { orgUnits }),
    ...(input.filter && { filter: input.filter }),
    ...(input.rollup && { rollup: input.rollup }),
    ...(input.rollupAsOf && { rollupAsOf: input.rollupAsOf }),
  });
}

// One ending for every report that read its rows: the cells' report, the rows' accounting and
// the issues only rows can show.
function finishReport(
  input: ReportAccumulatorInput,
  collector: CellCollector,
  totals: readonly CellTotal[],
): AttainmentReport {
  const report = buildReport(input.programme, totals, {
    ...input,
    accounting: collector.accounting(),
  });
  const issues = [
    ...duplicateTargets(totals),
    ...unplacedIssues(collector.unplaced()),
    ...report.issues,
  ];
  return { ...report, issues: issues.sort(compareIssues) };
}

function duplicateTargets(totals: readonly CellTotal[]): Issue[] {
  const seen = new Map<string, number>();
  for (const c of totals) {
    const key = cellKey(c);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  return [...seen]
    .filter(([, n]) => n > 1)
    .map(([id, n]) =>
      issue(
        'target.duplicate',
        ['targets', id],
        `${n} targets share indicator, org unit, period and breakdown ${id}; each is reported separately, so the plan may be counted ${n} times`,
        `${n} chỉ tiêu trùng chỉ số, đơn vị, thời kỳ và phân tổ ${id}; mỗi chỉ tiêu được báo cáo riêng nên kế hoạch có thể bị tính ${n} lần`,
      ),
    );
}

function unplacedIssues(unplaced: UnplacedObservations): Issue[] {
  const out: Issue[] = [];
  for (const [code, n] of unplaced.indicators) {
    out.push(
      issue(
        'observation.unknown_indicator',
        ['observations', 'indicator', code],
        `${n} observation(s) name indicator "${code}", which the programme does not define; they are not counted`,
        `${n} số liệu ghi chỉ số "${code}" không có trong chương trình; không được tính`,
        code,
      ),
    );
  }
  for (const [code, n] of unplaced.orgUnits) {
    out.push(
      issue(
        'observation.unknown_org_unit',
        ['observations', 'orgUnit', code],
        `${n} observation(s) name org unit "${code}", which the org unit index does not hold; they only count for targets at that exact code`,
        `${n} số liệu ghi đơn vị "${code}" không có trong danh mục đơn vị; chỉ được tính cho chỉ tiêu của đúng mã đó`,
        code,
      ),
    );
  }
  return out;
}
