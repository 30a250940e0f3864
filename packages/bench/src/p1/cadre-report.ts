import { type AttainmentReport, CadreError, createOrgUnitIndex } from '@cadre/core';
import { createReportAccumulator } from '@cadre/core/adapter';
import {
  type ActualsReport,
  type ActualsReportOptions,
  iterateObservations,
  programmesFromTargets,
  readTargetsCsv,
  reportFromActualsCsv,
} from '@cadre/csv';
import { nationalGeography } from '../data/national.js';
import { AS_OF, DISAGGREGATIONS } from '../data/national-catalogue.js';
import type { ReportFiles } from './duckdb-report.js';

/**
 * Which door into the core's report the rows take: folded into cell sums by `reportFromActualsCsv`
 * ('quick'), or imported as observations and streamed into `createReportAccumulator` ('general').
 */
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
 * files have no bad row, so an issue is a bug.
 * @example
 * const r = await runCadre(files.actuals, options, 'quick'); r.report.rows.length; // 6800
 */
export async function runCadre(
  actualsCsv: string,
  options: ActualsReportOptions,
  path: CadrePath,
): Promise<ActualsReport & { report: AttainmentReport }> {
  const run = path === 'quick' ? reportFromActualsCsv : byObservations;
  const result = await run(actualsCsv, options);
  const issues = [...result.summary.issues, ...(result.report?.issues ?? [])];
  if (!result.report || issues.length > 0) {
    throw new CadreError(
      'benchmark_data',
      `the ${path} run met issues: ${issues[0]?.message ?? ''}`,
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

// The import door: observations in batches, streamed into the core's accumulator.
async function byObservations(
  actualsCsv: string,
  options: ActualsReportOptions,
): Promise<ActualsReport> {
  const { programme, asOf, orgUnits, disaggregations } = options;
  const stream = iterateObservations(actualsCsv, {
    ...(orgUnits && { orgUnits }),
    ...(disaggregations && { disaggregations }),
  });
  const cells = createReportAccumulator({ programme, asOf, ...(orgUnits && { orgUnits }) });
  for await (const batch of stream) cells.addMany(batch);
  return { report: cells.report(), summary: stream.summary, otherProgrammes: {} };
}
