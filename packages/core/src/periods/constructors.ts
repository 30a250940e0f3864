import { isoDate } from '../dates/calendar-date.js';
import type { Period } from './schema.js';

/**
 * The calendar year as a period.
 * @example
 * yearPeriod(2019); // { kind: 'year', start: '2019-01-01', end: '2019-12-31', label: '2019' }
 */
export function yearPeriod(year: number): Period {
  return {
    kind: 'year',
    start: isoDate(year, 1, 1),
    end: isoDate(year, 12, 31),
    label: String(year),
  };
}

/**
 * A quarter (quý) of a year, 1 to 4.
 * @example
 * quarterPeriod(2019, 2); // { kind: 'quarter', start: '2019-04-01', end: '2019-06-30', label: 'Q2/2019' }
 */
export function quarterPeriod(year: number, quarter: 1 | 2 | 3 | 4): Period {
  const first = (quarter - 1) * 3 + 1;
  const lastDay = [31, 30, 30, 31][quarter - 1] ?? 31;
  return {
    kind: 'quarter',
    start: isoDate(year, first, 1),
    end: isoDate(year, first + 2, lastDay),
    label: `Q${quarter}/${year}`,
  };
}

/**
 * A phase (giai đoạn) from 1 January of the first year to 31 December of the last.
 * @example
 * phasePeriod(2016, 2020); // { kind: 'phase', start: '2016-01-01', end: '2020-12-31', label: '2016–2020' }
 */
export function phasePeriod(firstYear: number, lastYear: number): Period {
  return {
    kind: 'phase',
    start: isoDate(firstYear, 1, 1),
    end: isoDate(lastYear, 12, 31),
    label: `${firstYear}–${lastYear}`,
  };
}

/**
 * A term (nhiệm kỳ), with its own start and end dates.
 * @example
 * termPeriod('2016-05-22', '2021-05-22'); // { kind: 'term', … label: '2016–2021' }
 */
export function termPeriod(start: string, end: string): Period {
  return { kind: 'term', start, end, label: `${start.slice(0, 4)}–${end.slice(0, 4)}` };
}

/**
 * Any inclusive date range.
 * @example
 * customPeriod('2016-05-09', '2020-12-31', '12-CTr/TU');
 */
export function customPeriod(start: string, end: string, label?: string): Period {
  return label === undefined
    ? { kind: 'custom', start, end }
    : { kind: 'custom', start, end, label };
}
