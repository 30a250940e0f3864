import { type AttainmentReport, CadreError, createOrgUnitIndex } from '@cadre/core';
import {
  type ActualsReport,
  type ActualsReportOptions,
  generalActualsReport,
  programmesFromTargets,
  readTargetsCsv,
  reportFromActualsCsv,
} from '@cadre/csv';
import { nationalGeography } from '../data/national.js';
import { AS_OF, DISAGGREGATIONS } from '../data/national-catalogue.js';
import type { ReportFiles } from './duckdb-report.js';

/** Which cadre pipeline runs: the bytes-to-cells quick path, or today's public reader + core. */
export type CadrePath = 'quick' | 'general';

/**
 * The setup of the cadre job, as `cadre report` does it: the org-unit index (34 provinces, 3,321
 * communes) and targets.csv → programme. Throws unless the targets give one clean programme.
 * @example
 * const options = await prepareCadre(files.targets);
 */
export async function prepareCadre(targetsCsv: string): Promise<ActualsReportOptions> {
  const geo = nationalGeography();
  const orgUnits = createOrgUnitIndex([...geo.provinces, ...geo.communes]);
  const targets = await readTargetsCsv(targetsCsv, { orgUnits, disaggregations: DISAGGREGATIONS });
  const programmes = programmesFromTargets(targets);
  if (!targets.ok || !programmes.ok || programmes.value.length !== 1) {
    throw new CadreError('benchmark_data', 'targets.csv did not give one programme', {
      details: [...targets.summary.issues, ...(programmes.ok ? [] : programmes.issues)],
    });
  }
  return {
    programme: programmes.value[0]!,
    asOf: AS_OF,
    orgUnits,
    disaggregations: DISAGGREGATIONS,
  };
}

/**
 * actuals.csv → report on a prepared job. Throws when the data is not clean: the benchmark
 * files have no bad row, so an issue (or the quick path falling back) is a bug.
 * @example
 * const r = await runCadre(files.actuals, options, 'quick'); r.path; // 'fast'
 */
export async function runCadre(
  actualsCsv: string,
  options: ActualsReportOptions,
  path: CadrePath,
): Promise<ActualsReport & { report: AttainmentReport }> {
  const run = path === 'quick' ? reportFromActualsCsv : generalActualsReport;
  const result = await run(actualsCsv, options);
  const issues = [...result.summary.issues, ...(result.report?.issues ?? [])];
  if (!result.report || issues.length > 0 || (path === 'quick' && result.path !== 'fast')) {
    throw new CadreError(
      'benchmark_data',
      `the ${path} path met issues or fell back (${result.fallback ?? 'no fallback'}): ${issues[0]?.message ?? ''}`,
    );
  }
  return { ...result, report: result.report };
}

/**
 * The whole cadre job: setup, then actuals.csv → attainment report.
 * @example
 * const r = await cadreReport(files, 'quick'); r.report.rows.length; // 6800
 */
export async function cadreReport(
  files: ReportFiles,
  path: CadrePath,
): Promise<ActualsReport & { report: AttainmentReport }> {
  const options = await prepareCadre(files.targets);
  return runCadre(files.actuals, options, path);
}
