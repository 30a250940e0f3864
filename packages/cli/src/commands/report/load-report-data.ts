import { issue, type Observation, type OrgUnitIndex, type Programme } from '@cadre/core';
import {
  type CsvLocaleName,
  programmesFromTargets,
  readActualsCsv,
  readTargetsCsv,
} from '@cadre/csv';
import { type FileIssue, inFile } from '../../issues/file-issue.js';
import { type Geography, loadOrgUnits } from '../../org-units/load-org-units.js';

/** Programmes, observations and org units of a quick-path report, and every issue met reading them. */
export interface ReportData {
  programmes: Programme[];
  observations: Map<string, Observation[]>;
  index: OrgUnitIndex | undefined;
  issues: FileIssue[];
  files: { targets: string; actuals: string };
}

/**
 * Reads the quick-path files: org units (geography plus an optional CSV), targets.csv into
 * programmes, actuals.csv into observations grouped by programme. Actuals of a programme that
 * targets.csv does not name are an issue, never silently dropped.
 * @example
 * const data = await loadReportData({ targets, actuals, geography: 'province', locale: 'plain', mode: 'all_or_nothing' });
 */
export async function loadReportData(options: {
  targets: string;
  actuals: string;
  orgUnits?: string;
  geography: Geography;
  locale: CsvLocaleName;
  mode: 'all_or_nothing' | 'skip_bad_rows';
}): Promise<ReportData> {
  const { locale, mode } = options;
  const units = await loadOrgUnits({
    geography: options.geography,
    locale,
    mode,
    ...(options.orgUnits !== undefined && { file: options.orgUnits }),
  });
  const read = { ...(units.index && { orgUnits: units.index }), locale, mode };
  const [targets, actuals] = await Promise.all([
    readTargetsCsv(options.targets, read),
    readActualsCsv(options.actuals, read),
  ]);
  const issues: FileIssue[] = [
    ...units.issues,
    ...inFile(targets.summary.issues, targets.file),
    ...inFile(actuals.summary.issues, actuals.file),
  ];
  const built = programmesFromTargets(targets);
  const programmes = built.ok ? built.value : [];
  if (!built.ok) issues.push(...inFile(built.issues, targets.file));

  const known = new Set(programmes.map((p) => p.code));
  const observations = new Map<string, Observation[]>();
  const strays = new Map<string, number>();
  for (const o of actuals.records) {
    if (!known.has(o.programme)) {
      strays.set(o.programme, (strays.get(o.programme) ?? 0) + 1);
      continue;
    }
    const list = observations.get(o.programme);
    if (list) list.push(o);
    else observations.set(o.programme, [o]);
  }
  // Only when targets.csv itself was read whole: otherwise its programmes are missing for a reason already reported.
  if (targets.summary.issues.length === 0 || mode === 'skip_bad_rows') {
    for (const [code, n] of strays) {
      issues.push({
        ...issue(
          'report.unknown_programme',
          [0, 'programme'],
          `${actuals.file}, column "programme": ${n} row(s) name programme "${code}", which ${targets.file} does not set targets for; expected a programme of ${targets.file}`,
          `${actuals.file}, cột "programme": ${n} dòng ghi chương trình "${code}" không có chỉ tiêu trong ${targets.file}; cần một chương trình có trong ${targets.file}`,
          code,
        ),
        file: actuals.file,
      });
    }
  }
  return {
    programmes,
    observations,
    index: units.index,
    issues,
    files: { targets: targets.file, actuals: actuals.file },
  };
}
