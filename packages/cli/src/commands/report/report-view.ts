import {
  type AttainmentReport,
  type AttainmentRow,
  attainmentPhrase,
  describeRoundProgress,
  type Indicator,
  type IsoDate,
  notCountedLabel,
  type OrgUnitIndex,
  type Programme,
  type ReportRound,
  type Rollup,
  reductionPhrase,
} from '@cadre/core';
import { type FileIssue, issueJson } from '../../issues/file-issue.js';
import type { Lang } from '../../run/text.js';
import type {
  ReportJson,
  ReportJsonAccounting,
  ReportJsonRound,
  ReportJsonRow,
} from './report-json.js';

/** One report row with what renderers need around it. */
export interface ReportEntry {
  programme: Programme;
  indicator: Indicator | undefined;
  row: AttainmentRow;
  json: ReportJsonRow;
}

/** How a file format is laid out, from `--excel`, `--issuer`, `--place` and `--template`. */
export interface ReportOutput {
  /** CSV for Excel set to Vietnamese: BOM, `;`, vi-VN numbers, dd/mm/yyyy dates. */
  excel?: boolean;
  /** Issuing body at the top left of the workbook. */
  issuer?: string;
  /** Place of the date line ("Cao Bằng, ngày … tháng … năm …"). */
  place?: string;
  /** An agency's own form to fill instead of cadre's layout. */
  template?: { bytes: Uint8Array; mapping: unknown; name: string };
}

/** Everything a report format renders: the rows, the issues, and how the report was asked for. */
export interface ReportView {
  output: ReportOutput;
  lang: Lang;
  asOf: IsoDate;
  /** True when `--as-of` was not given and today's date in Việt Nam was used. */
  asOfDefaulted: boolean;
  rollup: Rollup;
  programmes: Programme[];
  /** Each programme with its report as the core computed it, and its rounds from a store. */
  sections: { programme: Programme; report: AttainmentReport; rounds?: ReportRound[] }[];
  entries: ReportEntry[];
  issues: FileIssue[];
  orgUnits: OrgUnitIndex | undefined;
  /** The stable JSON contract of the same report. */
  json: ReportJson;
}

/**
 * Assembles the view of computed reports: one entry per row with its JSON form (exact decimal
 * text, the unit's name, the phrase in `lang`), and the issues in JSON form.
 * @example
 * const view = buildReportView({ lang: 'vi', asOf, asOfDefaulted: false, rollup: 'none', sections, issues, orgUnits });
 * view.json.rows[0]?.phrase; // 'đạt 300% KH'
 */
export function buildReportView(input: {
  lang: Lang;
  asOf: IsoDate;
  asOfDefaulted: boolean;
  rollup: Rollup;
  sections: { programme: Programme; report: AttainmentReport; rounds?: ReportRound[] }[];
  issues: FileIssue[];
  orgUnits: OrgUnitIndex | undefined;
  output?: ReportOutput;
}): ReportView {
  const { lang, orgUnits } = input;
  const entries: ReportEntry[] = [];
  const rounds = input.sections.flatMap(({ programme, rounds }) =>
    (rounds ?? []).map((r) => roundJson(programme.code, r, orgUnits, lang)),
  );
  for (const { programme, report } of input.sections) {
    const indicators = new Map(programme.indicators.map((i) => [i.code, i]));
    for (const row of report.rows) {
      const indicator = indicators.get(row.indicator);
      entries.push({
        programme,
        indicator,
        row,
        json: rowJson(row, indicator, orgUnits, lang),
      });
    }
  }
  return {
    ...input,
    output: input.output ?? {},
    programmes: input.sections.map((s) => s.programme),
    entries,
    json: {
      rows: entries.map((e) => e.json),
      issues: input.issues.map((i) => issueJson(i, lang)),
      accounting: input.sections.flatMap(({ report }) =>
        report.accounting ? [accountingJson(report, orgUnits, lang)] : [],
      ),
      // Only a store records rounds; without any the document is the one files give.
      ...(rounds.length > 0 && { rounds }),
    },
  };
}

function roundJson(
  programme: string,
  r: ReportRound,
  orgUnits: OrgUnitIndex | undefined,
  lang: Lang,
): ReportJsonRound {
  return {
    programme,
    org_unit: { code: r.orgUnit, name: orgUnits?.get(r.orgUnit)?.name ?? r.orgUnit },
    period: { start: r.period.start, end: r.period.end },
    state: r.state,
    reason: r.reason,
    children: r.children,
    by_state: { ...r.byState },
    exempt: r.exempt,
    summary: describeRoundProgress(r, lang),
  };
}

function accountingJson(
  report: AttainmentReport,
  orgUnits: OrgUnitIndex | undefined,
  lang: Lang,
): ReportJsonAccounting {
  const a = report.accounting!;
  return {
    programme: report.programme,
    read: a.read,
    counted: a.counted,
    counted_value: a.countedValue,
    not_counted: a.notCounted.map((g) => ({
      reason: g.reason,
      label: notCountedLabel(g.reason, lang),
      indicator: g.indicator,
      org_unit:
        g.orgUnit === null
          ? null
          : { code: g.orgUnit, name: orgUnits?.get(g.orgUnit)?.name ?? g.orgUnit },
      rows: g.rows,
      value: g.value,
      hint: g.hint ?? null,
    })),
  };
}

function rowJson(
  row: AttainmentRow,
  indicator: Indicator | undefined,
  orgUnits: OrgUnitIndex | undefined,
  lang: Lang,
): ReportJsonRow {
  return {
    programme: row.programme,
    indicator: row.indicator,
    org_unit: { code: row.orgUnit, name: orgUnits?.get(row.orgUnit)?.name ?? row.orgUnit },
    period: { start: row.period.start, end: row.period.end },
    target: row.target === null ? null : row.target.toFixed(),
    actual: row.actual.toFixed(),
    percent: row.percent === null ? null : row.percent.toFixed(),
    status: row.status,
    phrase: phraseOf(row, indicator, lang),
    expected_percent: row.expectedShare.times(100).toFixed(),
    on_track: row.onTrack,
  };
}

/**
 * The attainment phrase of a row: "đạt 300% KH" with the indicator's verb and plan word, or for
 * a reduction "giảm được 6.666 biên chế, đạt gần 8,1%".
 * @example
 * phraseOf(row, indicator, 'vi'); // 'bằng 60% KH'
 */
export function phraseOf(row: AttainmentRow, indicator: Indicator | undefined, lang: Lang): string {
  if (indicator?.direction === 'reduction' && row.status !== 'not_started') {
    return reductionPhrase(
      { cut: row.actual, baseline: row.baseline, unit: indicator.unit },
      { lang },
    );
  }
  return attainmentPhrase(row, {
    lang,
    ...(indicator && { verb: indicator.verb, basis: indicator.basis }),
  });
}
