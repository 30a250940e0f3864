import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { cellName, type FigureTable } from './figures.js';

/** The files of one P1 run. */
export interface ReportFiles {
  actuals: string;
  targets: string;
  units: string;
}

/**
 * An in-memory DuckDB on `threads` threads (default 2, the cores of the reference machine).
 * @example
 * const db = await openDuckDb(); // later: db.closeSync()
 */
export async function openDuckDb(threads = 2): Promise<DuckDBConnection> {
  const instance = await DuckDBInstance.create(':memory:', { threads: String(threads) });
  return instance.connect();
}

const quote = (path: string) => `'${path.replaceAll("'", "''")}'`;

/**
 * The anchor: DuckDB reads both CSV files, sums actuals per province × category × course kind
 * over the programme period up to `asOf`, joins the 6,800 targets and computes the percent with
 * exact integer arithmetic (× 10^4, half up), so its figures compare cell by cell with cadre's.
 * Grouping before the join is DuckDB's fast plan; it is exact here because every target shares
 * the programme period.
 * @example
 * const figures = await duckDbReport(db, files, { start: '2026-01-01', asOf: '2028-06-30' });
 */
export async function duckDbReport(
  db: DuckDBConnection,
  files: ReportFiles,
  period: { start: string; asOf: string },
): Promise<FigureTable> {
  const sql = `
    WITH a AS (
      SELECT * FROM read_csv(${quote(files.actuals)}, header = true, columns = {
        'programme': 'VARCHAR', 'indicator': 'VARCHAR', 'org_unit': 'VARCHAR', 'date': 'DATE',
        'value': 'BIGINT', 'category': 'VARCHAR', 'course': 'VARCHAR'})
    ), u AS (
      SELECT * FROM read_csv(${quote(files.units)}, header = true,
        columns = {'code': 'VARCHAR', 'province': 'VARCHAR'})
    ), t AS (
      SELECT * FROM read_csv(${quote(files.targets)}, header = true, columns = {
        'programme': 'VARCHAR', 'indicator': 'VARCHAR', 'indicator_name': 'VARCHAR',
        'org_unit': 'VARCHAR', 'period_start': 'DATE', 'period_end': 'DATE', 'target': 'BIGINT',
        'category': 'VARCHAR', 'course': 'VARCHAR'})
    ), g AS (
      SELECT u.province, a.programme, a.indicator, a.category, a.course, sum(a.value) AS actual
      FROM a JOIN u ON a.org_unit = u.code
      WHERE a.date BETWEEN DATE '${period.start}' AND DATE '${period.asOf}'
      GROUP BY ALL
    )
    SELECT t.org_unit, t.category, t.course, t.target, coalesce(g.actual, 0)::HUGEINT AS actual,
      CASE WHEN t.target > 0
        THEN (coalesce(g.actual, 0)::HUGEINT * 2000000 + t.target) // (2 * t.target) END AS percent_e4
    FROM t LEFT JOIN g ON g.province = t.org_unit AND g.programme = t.programme
      AND g.indicator = t.indicator AND g.category = t.category AND g.course = t.course`;
  const result = await db.runAndReadAll(sql);
  const out: FigureTable = new Map();
  for (const [unit, category, course, target, actual, percent] of result.getRows()) {
    out.set(cellName(String(unit), String(category), String(course)), {
      actual: BigInt(actual as bigint),
      target: target === null ? null : BigInt(target as bigint),
      percentE4: percent === null ? null : BigInt(percent as bigint),
    });
  }
  return out;
}
