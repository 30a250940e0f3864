import { sql } from 'kysely';
import { formatScaled } from '../sqlite/decimal-sum.js';
import { type CountedPeriod, flowSums } from './flow-sums.js';
import { chooseObservationRead } from './scan-choice.js';
import { stockSums } from './stock-sums.js';
import {
  type CellSumRequest,
  type SqlPlace,
  type SumRow,
  table,
  targetFilter,
} from './sum-parts.js';

export type { CellSumRequest, SqlPlace } from './sum-parts.js';

/** A cell's summed actual (canonical decimal text) and how many observations fed it. */
export interface CellSum {
  actual: string;
  count: number;
}

/**
 * The key that `sumCells` results are filed under, from a target's stored columns.
 * @example
 * cellSumKey('master', '04', '2016-05-09', '2020-12-31', '[]');
 */
export function cellSumKey(
  indicator: string,
  orgUnit: string,
  start: string,
  end: string,
  disaggKey: string,
): string {
  return JSON.stringify([indicator, orgUnit, start, end, disaggKey]);
}

/**
 * Pushes stage 1 of attainment into SQL: for every target of the programme, sums the
 * observations of its indicator at its unit or below (closure join), dated from the target's
 * start to the earlier of its end and `asOf`, carrying every breakdown entry the target names.
 * Stocks take each (unit, breakdown)'s latest date first. Sums come back as integer and
 * decimal text, joined here without floats. One flow query per distinct set of breakdown names
 * (see `flowSums`), and one stock query when the programme has stock indicators.
 * @example
 * const sums = await sumCells(place, { programme: 'P', asOf: '2019-05-20', stockIndicators: new Set() });
 */
export async function sumCells(
  place: SqlPlace,
  req: CellSumRequest,
): Promise<Map<string, CellSum>> {
  const out = new Map<string, CellSum>();
  const file = (rows: SumRow[]) => {
    for (const r of rows) {
      const key = cellSumKey(r.indicator, r.org_unit, r.period_start, r.period_end, r.disagg_key);
      out.set(key, { actual: joinSums(r.int_sum, r.dec_sum), count: Number(r.n) });
    }
  };
  const shapes = await targetShapes(place, req);
  const read = shapes.size > 0 ? await chooseObservationRead(place, req) : 'key';
  for (const [dimsText, periods] of shapes) {
    const dims = JSON.parse(dimsText) as string[];
    file(await flowSums(place, req, { dims, periods, read }));
    if (req.stockIndicators.size > 0) file(await stockSums(place, req, dims));
  }
  return out;
}

/** The selected targets' breakdown name sets, each with the periods its targets count over. */
async function targetShapes(
  place: SqlPlace,
  req: CellSumRequest,
): Promise<Map<string, CountedPeriod[]>> {
  const { rows } = await sql<{ disagg_dims: string; period_start: string; period_end: string }>`
    select distinct t.disagg_dims, t.period_start, t.period_end
    from ${table(place, 'targets')} t where ${targetFilter(place, req)}`.execute(place.db);
  const shapes = new Map<string, CountedPeriod[]>();
  for (const r of rows) {
    let periods = shapes.get(r.disagg_dims);
    if (periods === undefined) {
      periods = [];
      shapes.set(r.disagg_dims, periods);
    }
    // ISO dates compare as text: the earlier of the period's end and the review date.
    const lastDay = [r.period_end, req.asOf].sort()[0] as string;
    // A period that starts after the review date counts nothing yet.
    if (r.period_start <= lastDay)
      periods.push({ start: r.period_start, end: r.period_end, lastDay });
  }
  return shapes;
}

/**
 * Integer sum plus decimal sum, as canonical text; exact through BigInt.
 * @example
 * joinSums(12n, "0.5"); // "12.5"
 */
export function joinSums(intSum: SumRow['int_sum'], decSum: string | null): string {
  const whole = intSum === null ? 0n : BigInt(intSum);
  if (decSum === null || decSum === '0') return whole.toString();
  const dot = decSum.indexOf('.');
  const scale = dot < 0 ? 0 : decSum.length - dot - 1;
  const units = BigInt(dot < 0 ? decSum : decSum.slice(0, dot) + decSum.slice(dot + 1));
  return formatScaled(whole * 10n ** BigInt(scale) + units, scale);
}
