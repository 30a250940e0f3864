import { issue, type Observation, type OrgUnitIndex, type Programme } from '@cadre/core';
import {
  type CsvLocaleName,
  programmesFromTargets,
  readActualsCsv,
  readTargetsCsv,
  sourceName,
} from '@cadre/csv';
import { type FileIssue, inFile } from '../../issues/file-issue.js';
import { type Geography, loadOrgUnits } from '../../org-units/load-org-units.js';

/** What a report is measured against: org units and the programmes targets.csv defines. */
export interface ReportPlan {
  programmes: Programme[];
  index: OrgUnitIndex | undefined;
  issues: FileIssue[];
  /** targets.csv was read without an issue (or bad rows were skipped on purpose). */
  targetsWhole: boolean;
  files: { targets: string; actuals: string };
}

/** Programmes, observations and org units of a quick-path report, and every issue met reading them. */
export interface ReportData extends ReportPlan {
  observations: Map<string, Observation[]>;
}

/** Where the quick-path files are and how to read them. */
export interface ReportFiles {
  targets: string;
  actuals: string;
  orgUnits?: string;
  geography: Geography;
  locale: CsvLocaleName;
  mode: 'all_or_nothing' | 'skip_bad_rows';
}

/**
 * Reads org units (geography plus an optional CSV) and targets.csv into programmes.
 * @example
 * const plan = await loadReportPlan({ targets, actuals, geography: 'province', locale: 'plain', mode: 'all_or_nothing' });
 */
export async function loadReportPlan(options: ReportFiles): Promise<ReportPlan> {
  const { locale, mode } = options;
  const units = await loadOrgUnits({
    geography: options.geography,
    locale,
    mode,
    ...(options.orgUnits !== undefined && { file: options.orgUnits }),
  });
  const read = { ...(units.index && { orgUnits: units.index }), locale, mode };
  const targets = await readTargetsCsv(options.targets, read);
  const issues: FileIssue[] = [...units.issues, ...inFile(targets.summary.issues, targets.file)];
  const built = programmesFromTargets(targets);
  if (!built.ok) issues.push(...inFile(built.issues, targets.file));
  return {
    programmes: built.ok ? built.value : [],
    index: units.index,
    issues,
    targetsWhole: targets.summary.issues.length === 0 || mode === 'skip_bad_rows',
    files: { targets: targets.file, actuals: sourceName(options.actuals) },
  };
}

/**
 * Reads actuals.csv into observations grouped by programme, for a plan. Actuals of a programme
 * that targets.csv does not name are an issue, never silently dropped.
 * @example
 * const data = await readReportActuals(plan, { targets, actuals, geography: 'province', locale: 'plain', mode: 'all_or_nothing' });
 */
export async function readReportActuals(
  plan: ReportPlan,
  options: ReportFiles,
): Promise<ReportData> {
  const { locale, mode } = options;
  const actuals = await readActualsCsv(options.actuals, {
    ...(plan.index && { orgUnits: plan.index }),
    locale,
    mode,
  });
  const files = { targets: plan.files.targets, actuals: actuals.file };
  const issues = [...plan.issues, ...inFile(actuals.summary.issues, actuals.file)];
  const known = new Set(plan.programmes.map((p) => p.code));
  const observations = new Map<string, Observation[]>();
  const strays: Record<string, number> = {};
  for (const o of actuals.records) {
    if (!known.has(o.programme)) {
      strays[o.programme] = (strays[o.programme] ?? 0) + 1;
      continue;
    }
    const list = observations.get(o.programme);
    if (list) list.push(o);
    else observations.set(o.programme, [o]);
  }
  if (plan.targetsWhole) issues.push(...strayIssues(strays, files));
  return { ...plan, observations, issues, files };
}

/**
 * One issue per programme that actuals.csv names and targets.csv does not. Only worth saying
 * when targets.csv was read whole: otherwise its programmes are missing for a reason already
 * reported.
 * @example
 * strayIssues({ 'OTHER': 3 }, { targets: 'targets.csv', actuals: 'actuals.csv' });
 */
export function strayIssues(
  strays: Readonly<Record<string, number>>,
  files: { targets: string; actuals: string },
): FileIssue[] {
  return Object.entries(strays).map(([code, n]) => ({
    ...issue(
      'report.unknown_programme',
      [0, 'programme'],
      `${files.actuals}, column "programme": ${n} row(s) name programme "${code}", which ${files.targets} does not set targets for; expected a programme of ${files.targets}`,
      `${files.actuals}, cột "programme": ${n} dòng ghi chương trình "${code}" không có chỉ tiêu trong ${files.targets}; cần một chương trình có trong ${files.targets}`,
      code,
    ),
    file: files.actuals,
  }));
}
