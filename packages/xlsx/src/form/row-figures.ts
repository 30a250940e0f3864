import type { AttainmentRow, Indicator } from '@cadre/core';
import { statusLabel } from '@cadre/core';
import { excelDate, excelNumber } from '../write/excel-values.js';
import type { RowField } from './form-mapping.js';

/** What a figure needs beyond the row: names and the phrase, in the report's language. */
export interface FigureContext {
  lang: 'vi' | 'en';
  unitName?: ((code: string) => string | undefined) | undefined;
  phrase?: ((row: AttainmentRow, indicator: Indicator | undefined) => string) | undefined;
}

/**
 * One figure of a report row as a cell value: numbers as doubles, dates as date cells, words in
 * the report's language; `no` is the row's place in the form (1, 2, …).
 * @example
 * rowFigure('actual', row, indicator, 3, { lang: 'vi' }); // 114
 */
export function rowFigure(
  field: RowField,
  row: AttainmentRow,
  indicator: Indicator | undefined,
  no: number,
  context: FigureContext,
): string | number | Date | null {
  switch (field) {
    case 'no':
      return no;
    case 'programme':
      return row.programme;
    case 'indicator':
      return row.indicator;
    case 'indicator_name':
      return indicator === undefined
        ? row.indicator
        : (indicator.name[context.lang] ?? indicator.name.vi);
    case 'org_unit':
      return row.orgUnit;
    case 'org_unit_name':
      return context.unitName?.(row.orgUnit) ?? row.orgUnit;
    case 'period_start':
      return excelDate(row.period.start);
    case 'period_end':
      return excelDate(row.period.end);
    case 'target':
      return excelNumber(row.target);
    case 'actual':
      return excelNumber(row.actual);
    case 'ratio':
      return excelNumber(row.ratio);
    case 'percent':
      return excelNumber(row.percent);
    case 'status':
      return statusLabel(row.status, context.lang);
    case 'phrase':
      return context.phrase?.(row, indicator) ?? null;
  }
}
