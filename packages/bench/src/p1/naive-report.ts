import { createReadStream } from 'node:fs';
import { ObservationSchema } from '@cadre/core';
import { parse } from 'csv-parse';
import { Decimal } from 'decimal.js';
import { PERIOD } from '../data/national-catalogue.js';
import type { ReportFiles } from './duckdb-report.js';
import { cellName, type FigureTable } from './figures.js';

type Row = Record<string, string>;

async function* rowsOf(path: string): AsyncGenerator<Row> {
  yield* createReadStream(path).pipe(parse({ columns: true }));
}

/**
 * The pipeline a developer writes first: csv-parse with `columns: true` (an object per row),
 * zod's `ObservationSchema` on every row, a Decimal per row, sums in a Map by province ×
 * category × course kind, then percent per cell. Same files, same figures, no tuning.
 * @example
 * const figures = await naiveReport(files, '2028-06-30');
 */
export async function naiveReport(files: ReportFiles, asOf: string): Promise<FigureTable> {
  const province = new Map<string, string>();
  for await (const u of rowsOf(files.units)) province.set(u.code!, u.province!);
  const sums = new Map<string, Decimal>();
  for await (const r of rowsOf(files.actuals)) {
    const parsed = ObservationSchema.safeParse({
      programme: r.programme,
      indicator: r.indicator,
      orgUnit: r.org_unit,
      date: r.date,
      value: Number(r.value),
      disaggregation: { category: r.category, course: r.course },
    });
    if (!parsed.success) throw new Error(`bad row ${JSON.stringify(r)}`);
    const o = parsed.data;
    const value = new Decimal(o.value);
    if (o.date < PERIOD.start || o.date > asOf) continue;
    const key = cellName(province.get(o.orgUnit) ?? '', r.category!, r.course!);
    sums.set(key, (sums.get(key) ?? new Decimal(0)).plus(value));
  }
  const out: FigureTable = new Map();
  for await (const t of rowsOf(files.targets)) {
    const key = cellName(t.org_unit!, t.category!, t.course!);
    const actual = sums.get(key) ?? new Decimal(0);
    const target = t.target === '' ? null : new Decimal(t.target!);
    const percent =
      target === null || target.isZero()
        ? null
        : actual.div(target).times(100).times(10_000).toDecimalPlaces(0, Decimal.ROUND_HALF_UP);
    out.set(key, {
      actual: BigInt(actual.toFixed()),
      target: target === null ? null : BigInt(target.toFixed()),
      percentE4: percent === null ? null : BigInt(percent.toFixed()),
    });
  }
  return out;
}
