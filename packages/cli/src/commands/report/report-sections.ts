import {
  type AttainmentReport,
  computeReport,
  type IsoDate,
  type OrgUnitIndex,
  type Programme,
  type ReportRound,
  type Rollup,
} from '@cadre/core';
import { reportFromActualsCsv } from '@cadre/csv';
import { type FileIssue, inFile } from '../../issues/file-issue.js';
import {
  loadReportPlan,
  type ReportFiles,
  type ReportPlan,
  readReportActuals,
  strayIssues,
} from './load-report-data.js';

/** When a report is asked for: its review date, roll-up, and the date of the units it rolls up to. */
export interface ReportAt {
  asOf: IsoDate;
  rollup: Rollup;
  rollupAsOf: IsoDate;
}

/** One programme's report. */
export interface ReportSection {
  programme: Programme;
  report: AttainmentReport;
  /** From a store: the rounds the figures stand in (files have none). */
  rounds?: ReportRound[];
}

/** The reports of every programme in targets.csv, and the issues met reading the files. */
export interface ReportSections {
  sections: ReportSection[];
  /** Issues from reading the files; the reports' own issues are in each section. */
  readIssues: FileIssue[];
  index: OrgUnitIndex | undefined;
  files: { targets: string; actuals: string };
}

/**
 * Reads the quick-path files and computes each programme's report at `asOf`. A targets.csv with
 * one programme (the usual case) goes through `reportFromActualsCsv`, which folds actuals.csv
 * into cell sums in one pass; several programmes are read as observations.
 * Either way, without skip_bad_rows a file with any issue gives no report: half a plan would
 * mislead.
 * @example
 * const r = await reportSections(files, { asOf: '2019-05-20', rollup: 'none', rollupAsOf: '2026-12-07' });
 */
export async function reportSections(files: ReportFiles, at: ReportAt): Promise<ReportSections> {
  const plan = await loadReportPlan(files);
  const { sections, readIssues } =
    plan.programmes.length === 1 && plan.issues.length === 0
      ? await oneProgramme(plan, plan.programmes[0]!, files, at)
      : await severalProgrammes(plan, files, at);
  const keep = readIssues.length === 0 || files.mode === 'skip_bad_rows';
  return { sections: keep ? sections : [], readIssues, index: plan.index, files: plan.files };
}

async function oneProgramme(
  plan: ReportPlan,
  programme: Programme,
  files: ReportFiles,
  at: ReportAt,
) {
  const r = await reportFromActualsCsv(files.actuals, {
    programme,
    asOf: at.asOf,
    rollup: at.rollup,
    rollupAsOf: at.rollupAsOf,
    locale: files.locale,
    mode: files.mode,
    ...(plan.index && { orgUnits: plan.index }),
  });
  const readIssues = [
    ...inFile(r.summary.issues, plan.files.actuals),
    ...strayIssues(r.otherProgrammes, plan.files),
  ];
  return { sections: r.report ? [{ programme, report: r.report }] : [], readIssues };
}

async function severalProgrammes(plan: ReportPlan, files: ReportFiles, at: ReportAt) {
  const data = await readReportActuals(plan, files);
  const sections = data.programmes.map((programme) => ({
    programme,
    report: computeReport({
      programme,
      observations: data.observations.get(programme.code) ?? [],
      asOf: at.asOf,
      rollup: at.rollup,
      rollupAsOf: at.rollupAsOf,
      ...(data.index && { orgUnits: data.index }),
    }),
  }));
  return { sections, readIssues: data.issues };
}
