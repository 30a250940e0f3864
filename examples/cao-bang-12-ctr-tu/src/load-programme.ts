import {
  defineProgramme,
  fail,
  type IsoDate,
  type Issue,
  inferTargetInterval,
  issue,
  ok,
  type Programme,
  type ProgrammeInput,
  parseReportedPercent,
  type Result,
  type TargetInput,
} from '@cadre/core';
import { readDataJson } from './data-files.js';

/** One figure as the review reported it: the count and the percentage phrase. */
export interface ReportedLine {
  indicator: string;
  actual: number;
  reported: string;
  /** The sentence of the report the figure comes from. */
  quote: string;
}

/** The reported figures of one review meeting (`data/reported.json`). */
export interface ReportedFile {
  source: string;
  asOf: IsoDate;
  figures: ReportedLine[];
}

/**
 * Fills in `interval` on every target marked `source: "inferred"`: the whole-number targets that
 * make the reported count match the reported percentage under rounding or truncation
 * (`inferTargetInterval`). Issues when an inferred target has no reported figure, when no
 * whole-number target fits, or when the chosen value lies outside the interval.
 * @example
 * const r = withInferredIntervals(input, reported);
 * if (r.ok) r.value.targets?.find((t) => t.indicator === 'political_theory_advanced')?.interval;
 * // { min: 180, max: 181 }
 */
export function withInferredIntervals(
  input: ProgrammeInput,
  reported: ReportedFile,
): Result<ProgrammeInput> {
  const issues: Issue[] = [];
  reported.figures.forEach((f, i) => {
    const parsed = parseReportedPercent(f.reported, ['reported', i, 'reported']);
    if (!parsed.ok) issues.push(...parsed.issues);
  });
  if (issues.length > 0) return fail(issues);
  const targets = (input.targets ?? []).map((target, i): TargetInput => {
    if (target.source !== 'inferred') return target;
    const path = ['targets', i, 'value'];
    const figure = reported.figures.find((f) => f.indicator === target.indicator);
    if (!figure) {
      issues.push(
        issue(
          'example.inferred_without_report',
          path,
          `targets[${i}].value: marked inferred, but reported.json has no figure for "${target.indicator}"; expected one`,
          `targets[${i}].value: ghi là suy ra nhưng reported.json không có số liệu cho "${target.indicator}"; cần bổ sung`,
        ),
      );
      return target;
    }
    const fits = inferTargetInterval(figure.actual, figure.reported).union;
    if (fits === null || fits.max === null) {
      issues.push(
        issue(
          'example.no_whole_target',
          path,
          `targets[${i}].value: no bounded whole-number target makes ${figure.actual} "${figure.reported}"`,
          `targets[${i}].value: không có chỉ tiêu nguyên nào để ${figure.actual} người "${figure.reported}"`,
          figure.reported,
        ),
      );
      return target;
    }
    const value = Number(target.value);
    if (!(value >= fits.min && value <= fits.max)) {
      issues.push(
        issue(
          'example.target_outside_interval',
          path,
          `targets[${i}].value: ${target.value} does not fit ${figure.actual} "${figure.reported}"; expected ${fits.min}–${fits.max}`,
          `targets[${i}].value: ${target.value} không khớp với ${figure.actual} người "${figure.reported}"; cần từ ${fits.min} đến ${fits.max}`,
          target.value,
        ),
      );
    }
    return { ...target, interval: { min: fits.min, max: fits.max } };
  });
  return issues.length > 0 ? fail(issues) : ok({ ...input, targets });
}

/**
 * Loads Programme 12-CTr/TU from `data/programme.json`, infers the intervals of its inferred
 * targets from `data/reported.json`, and validates the result with `defineProgramme`.
 * @example
 * const r = loadProgramme();
 * if (r.ok) r.value.programme.targets.length; // 12
 */
export function loadProgramme(): Result<{ programme: Programme; reported: ReportedFile }> {
  const input = readDataJson<ProgrammeInput>('programme.json');
  const reported = readDataJson<ReportedFile>('reported.json');
  const filled = withInferredIntervals(input, reported);
  if (!filled.ok) return filled;
  const programme = defineProgramme(filled.value);
  return programme.ok ? ok({ programme: programme.value, reported }) : programme;
}
