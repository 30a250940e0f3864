import { type AttainmentReport, CadreError } from '@cadre/core';
import { Decimal } from 'decimal.js';

/** One quota cell's figures as every pipeline must agree on them; percent × 10^4, half up. */
export interface CellFigures {
  actual: bigint;
  target: bigint | null;
  percentE4: bigint | null;
}

/** Figures by quota cell: `province|category|course`. */
export type FigureTable = Map<string, CellFigures>;

/**
 * The key of a quota cell.
 * @example
 * cellName('04', 'cc.y-te', 'thac-si'); // '04|cc.y-te|thac-si'
 */
export function cellName(orgUnit: string, category: string, course: string): string {
  return `${orgUnit}|${category}|${course}`;
}

/**
 * Percent × 10^4 rounded half up, from exact integers: what DuckDB's integer SQL computes.
 * @example
 * percentE4(24n, 40n); // 600000n (60.0000 %)
 */
export function percentE4(actual: bigint, target: bigint): bigint {
  return (actual * 2_000_000n + target) / (2n * target);
}

/**
 * The figures of a cadre report, one entry per quota cell.
 * @example
 * figuresOfReport(report).get('04|cc.y-te|thac-si'); // { actual: 117n, target: 41n, percentE4: 2853659n }
 */
export function figuresOfReport(report: AttainmentReport): FigureTable {
  const out: FigureTable = new Map();
  for (const row of report.rows) {
    const d = row.disaggregation;
    const percent = row.percent
      ? BigInt(
          new Decimal(row.percent)
            .times(10_000)
            .toDecimalPlaces(0, Decimal.ROUND_HALF_UP)
            .toFixed(),
        )
      : null;
    out.set(cellName(row.orgUnit, d.category ?? '', d.course ?? ''), {
      actual: BigInt(row.actual.toFixed()),
      target: row.target ? BigInt(row.target.toFixed()) : null,
      percentE4: percent,
    });
  }
  return out;
}

/**
 * Throws unless two pipelines give the same figures for every cell (actual, target and percent
 * to 4 decimals): a benchmark of a wrong answer measures nothing.
 * @example
 * assertSameFigures(duck, cadre, 'DuckDB', 'cadre'); // passes, or throws listing differences
 */
export function assertSameFigures(a: FigureTable, b: FigureTable, nameA: string, nameB: string) {
  const diffs: string[] = [];
  if (a.size !== b.size) diffs.push(`${nameA} has ${a.size} cells, ${nameB} has ${b.size}`);
  for (const [key, x] of a) {
    const y = b.get(key);
    const show = (f?: CellFigures) =>
      f ? `actual ${f.actual}, target ${f.target}, percent×10⁴ ${f.percentE4}` : 'missing';
    if (!y || x.actual !== y.actual || x.target !== y.target || x.percentE4 !== y.percentE4) {
      diffs.push(`${key}: ${nameA} ${show(x)} ≠ ${nameB} ${show(y)}`);
    }
  }
  if (diffs.length > 0) {
    throw new CadreError(
      'benchmark_mismatch',
      `${nameA} and ${nameB} disagree on ${diffs.length} cell(s): ${diffs.slice(0, 5).join('; ')}`,
    );
  }
}
