import { readFileSync } from 'node:fs';
import {
  builtInRuleBook,
  evaluateStaffReduction,
  fail,
  type HeadcountSnapshot,
  type IsoDate,
  issue,
  type OrgUnitInput,
  ok,
  type Result,
  readRecords,
  type StaffReductionPack,
  type StaffReductionReport,
} from '@cadre/core';

/** `data/headcounts.json`: the units, the baseline day, the review day and the snapshots. */
export interface HeadcountFile {
  orgUnits: OrgUnitInput[];
  baselineDate: IsoDate;
  reviewDate: IsoDate;
  snapshots: unknown[];
}

/** The reduction measured at every snapshot date, and at the review. */
export interface ReductionReview {
  pack: StaffReductionPack;
  baseline: { date: IsoDate; headcount: number };
  /** One report per snapshot date after the baseline, in date order. */
  yearly: StaffReductionReport[];
  review: StaffReductionReport;
  /** Each unit's level on the baseline day and its latest level at the review. */
  units: { code: string; name: { vi: string; en: string }; baseline: number; latest: number }[];
}

/**
 * Reads `data/headcounts.json`, NFC-normalised.
 * @example
 * readHeadcountFile().baselineDate; // '2015-01-01'
 */
export function readHeadcountFile(): HeadcountFile {
  const text = readFileSync(new URL('../data/headcounts.json', import.meta.url), 'utf8');
  return JSON.parse(text.normalize('NFC')) as HeadcountFile;
}

/**
 * Measures the staff reduction with the rule pack in force on the review date (NQ 39-NQ/TW for
 * 2015–2021): the baseline is the sum of the units' headcounts on the baseline day, and each
 * later day's level is the sum of every unit's latest snapshot (a stock, never summed over time).
 * @example
 * const r = runReduction(readHeadcountFile());
 * if (r.ok) r.value.review.reduced; // 6666
 */
export function runReduction(file: HeadcountFile): Result<ReductionReview> {
  const { records, issues } = readRecords({ headcounts: file.snapshots as HeadcountSnapshot[] });
  if (issues.length > 0) return fail(issues);
  const snapshots = records.headcounts;
  const names = new Map(file.orgUnits.map((u) => [u.code, u.name]));
  snapshots.forEach((s, row) => {
    if (names.has(s.orgUnit)) return;
    issues.push(
      issue(
        'example.unknown_unit',
        ['snapshots', row, 'orgUnit'],
        `snapshots[${row}].orgUnit: "${s.orgUnit}" is not in orgUnits; expected one of ${[...names.keys()].join(', ')}`,
        `snapshots[${row}].orgUnit: "${s.orgUnit}" không có trong orgUnits; cần một trong ${[...names.keys()].join(', ')}`,
        s.orgUnit,
      ),
    );
  });
  if (issues.length > 0) return fail(issues);
  const atBaseline = snapshots.filter((s) => s.date === file.baselineDate);
  if (atBaseline.length === 0) {
    return fail([
      issue(
        'example.no_baseline',
        ['baselineDate'],
        `baselineDate: no snapshot is dated ${file.baselineDate}; expected the 2015 headcount of every unit`,
        `baselineDate: không có số liệu biên chế nào ngày ${file.baselineDate}; cần biên chế năm 2015 của mọi đơn vị`,
        file.baselineDate,
      ),
    ]);
  }
  const baseline = {
    date: file.baselineDate,
    headcount: atBaseline.reduce((sum, s) => sum + s.headcount, 0),
  };
  const pack = builtInRuleBook().packInForce('staff_reduction', file.reviewDate);
  if (!pack.ok) return pack;
  const dates = [...new Set(snapshots.map((s) => s.date))]
    .filter((d) => d > file.baselineDate && d <= file.reviewDate)
    .sort();
  const yearly: StaffReductionReport[] = [];
  for (const asOf of [...dates, ...(dates.includes(file.reviewDate) ? [] : [file.reviewDate])]) {
    const r = evaluateStaffReduction({ baseline, snapshots, asOf, pack: pack.value });
    if (!r.ok) return r;
    yearly.push(r.value);
  }
  const review = yearly.at(-1)!;
  const level = (code: string, upTo: IsoDate) =>
    snapshots
      .filter((s) => s.orgUnit === code && s.date <= upTo)
      .sort((a, b) => (a.date < b.date ? -1 : 1))
      .at(-1)?.headcount ?? 0;
  const units = file.orgUnits.map((u) => ({
    code: u.code,
    name: { vi: u.name, en: u.names?.en ?? u.name },
    baseline: level(u.code, file.baselineDate),
    latest: level(u.code, file.reviewDate),
  }));
  return ok({ pack: pack.value, baseline, yearly, review, units });
}
