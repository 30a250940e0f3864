import type { Decimal } from 'decimal.js';
import { type IsoDate, IsoDateSchema } from '../dates/calendar-date.js';
import { elapsedShare } from '../periods/operations.js';
import type { Programme } from '../programmes/schema.js';
import { CadreError } from '../result/error.js';
import { computeAttainment } from './compute-attainment.js';
import { PreciseDecimal, toDecimal } from './decimal-text.js';
import type { AttainmentRow, CellTotal } from './types.js';

/**
 * Stage 2 of a report: turns cell totals (from `aggregateCells` or a store's SQL) into
 * attainment rows, building each Decimal once per cell. The indicator's direction and the
 * programme's status bands decide the status; the elapsed share of the cell's period at `asOf`
 * is the pro-rata expectation behind `onTrack`. Rows keep the order of `totals`.
 * A cell naming an indicator the programme lacks is a caller's bug and throws `CadreError`.
 * @example
 * attainmentRows(programme, [{ …cell, target: '40', actual: '24' }], { asOf: '2019-05-20' })[0].status;
 * // 'not_met'
 */
export function attainmentRows(
  programme: Programme,
  totals: readonly CellTotal[],
  options: { asOf: IsoDate },
): AttainmentRow[] {
  assertDate(options.asOf);
  const indicators = new Map(programme.indicators.map((i) => [i.code, i]));
  const bands = {
    exceededAbove: toDecimal(programme.statusBands.exceededAbove),
    metAtLeast: toDecimal(programme.statusBands.metAtLeast),
  };
  // Cells mostly share a handful of periods; the elapsed share is a per-period figure.
  const shares = new Map<string, Decimal>();
  const shareOf = (period: CellTotal['period']): Decimal => {
    const key = `${period.start}|${period.end}`;
    let share = shares.get(key);
    if (!share) {
      share = new PreciseDecimal(elapsedShare(period, options.asOf));
      shares.set(key, share);
    }
    return share;
  };
  return totals.map((cell, index) => {
    const indicator = indicators.get(cell.indicator);
    if (!indicator) {
      throw new CadreError(
        'invalid_argument',
        `cell ${index} names indicator "${cell.indicator}", which programme ${programme.code} does not define`,
        { path: ['totals', index, 'indicator'] },
      );
    }
    const share = shareOf(cell.period);
    const a = computeAttainment({
      actual: cell.actual,
      target: cell.target,
      baseline: cell.baseline,
      direction: indicator.direction,
      bands,
      expectedShare: share,
    });
    const row: AttainmentRow = {
      programme: cell.programme,
      indicator: cell.indicator,
      orgUnit: cell.orgUnit,
      period: { start: cell.period.start, end: cell.period.end },
      disaggregation: { ...cell.disaggregation },
      target: a.target,
      baseline: a.baseline,
      actual: a.actual,
      ratio: a.ratio,
      percent: a.percent,
      status: a.status,
      expectedShare: share,
      onTrack: a.onTrack,
    };
    if (indicator.direction === 'reduction') {
      row.progress = a.progress;
      row.progressPercent = a.progressPercent;
    }
    return row;
  });
}

/**
 * Throws `CadreError` unless `asOf` is a real `YYYY-MM-DD` date: a review date is set by code.
 * @example
 * assertDate('2019-05-20'); // passes
 */
export function assertDate(asOf: IsoDate): void {
  if (!IsoDateSchema.safeParse(asOf).success) {
    throw new CadreError('invalid_argument', `asOf must be a YYYY-MM-DD date, got "${asOf}"`, {
      path: ['asOf'],
    });
  }
}
