import { computeReport, type IsoDate, type Programme } from '@cadre/core';
import { programmesFromTargets, readActualsCsv, readTargetsCsv } from '@cadre/csv';

/** Quick-path targets in plain CSV: two indicators, three units, one fractional target. */
export const TARGETS_CSV = [
  'programme,indicator,indicator_name,org_unit,period_start,period_end,target',
  '12-CTr/TU,sent,Cử đi đào tạo thạc sĩ,04,2016-05-09,2020-12-31,40',
  '12-CTr/TU,sent,Cử đi đào tạo thạc sĩ,06,2016-05-09,2020-12-31,1250',
  '12-CTr/TU,sent,Cử đi đào tạo thạc sĩ,19,2016-05-09,2020-12-31,60',
  '12-CTr/TU,rotated,Luân chuyển cán bộ,04,2016-05-09,2020-12-31,12.5',
  '',
].join('\n');

/** Actuals of the same programme: 114/40 is the "đạt 285% KH" of the Cao Bằng report. */
export const ACTUALS_CSV = [
  'programme,indicator,org_unit,date,value',
  '12-CTr/TU,sent,04,2018-03-01,100',
  '12-CTr/TU,sent,04,2019-01-15,14',
  '12-CTr/TU,sent,06,2019-02-28,1033',
  '12-CTr/TU,sent,19,2018-11-13,41.7',
  '12-CTr/TU,rotated,04,2019-03-12,7',
  '',
].join('\n');

export const AS_OF: IsoDate = '2019-05-20';

/** The report of the fixture, computed through the public readers and the core. */
export async function fixtureReport(): Promise<{ programme: Programme; rows: ReturnType<typeof computeReport>['rows'] }> {
  const targets = await readTargetsCsv({ text: TARGETS_CSV, name: 'targets.csv' });
  const built = programmesFromTargets(targets);
  if (!built.ok) throw new Error(JSON.stringify(built.issues));
  const programme = built.value[0]!;
  const actuals = await readActualsCsv({ text: ACTUALS_CSV, name: 'actuals.csv' });
  if (actuals.summary.issues.length > 0) throw new Error(JSON.stringify(actuals.summary.issues));
  const report = computeReport({ programme, observations: actuals.records, asOf: AS_OF });
  return { programme, rows: report.rows };
}
