import {
  type AttainmentReport,
  computeReport,
  type ObservationInput,
  type OrgUnitIndex,
  type ProgrammeInput,
  type Result,
} from '@cadre/core';
import { createVnAdminIndex, REFORM_DATE } from '@cadre/vn-admin';
import { readDataJson } from './data-files.js';
import { type ResolvedProvince, resolveProvinces } from './resolve-provinces.js';
import { type SettledProgramme, settleStatedPeriod } from './settle-stated-period.js';

/** `data/provinces.json`: names as the review writes them, a target and counts per year. */
export interface ProvinceFigures {
  review: string;
  years: number[];
  provinces: { name: string; target: number; trained: number[] }[];
}

/** The QĐ 106 review: the settled definition, the provinces, and both reports. */
export interface NorthwestReview extends SettledProgramme {
  index: OrgUnitIndex;
  provinces: ResolvedProvince[];
  /** On the review date, by the 13 provinces of the time. */
  asReported: AttainmentReport;
  /** From 1/7/2025, rolled up to today's provinces through lineage. */
  current: AttainmentReport;
}

/**
 * Runs the QĐ 106/QĐ-TTg example: resolves the 13 province names as written, builds one target
 * per province over 2007–2010, validates the definition (keeping the 2006–2010 contradiction on
 * record), then reports on the review date and rolled up to the 2025 provinces.
 * Figures and the index default to `data/provinces.json` and the `@cadre/vn-admin` provinces.
 * @example
 * const r = runNorthwest();
 * if (r.ok) r.value.current.rows.length; // 11
 */
export function runNorthwest(
  options: { figures?: ProvinceFigures; index?: OrgUnitIndex } = {},
): Result<NorthwestReview> {
  const input = readDataJson<ProgrammeInput>('programme.json');
  const figures = options.figures ?? readDataJson<ProvinceFigures>('provinces.json');
  const index = options.index ?? createVnAdminIndex({ levels: ['province'] });
  const names = figures.provinces.map((p) => p.name);
  const resolved = resolveProvinces(index, names, figures.review, REFORM_DATE);
  if (!resolved.ok) return resolved;
  const provinces = resolved.value;

  const period = { start: input.period.start, end: input.period.end };
  const indicator = input.indicators[0]!.code;
  const targets = figures.provinces.map((p, i) => ({
    indicator,
    orgUnit: provinces[i]!.code,
    period,
    value: String(p.target),
  }));
  const settled = settleStatedPeriod({ ...input, targets });
  if (!settled.ok) return settled;
  const { programme } = settled.value;

  // One figure per province and year, dated 31/12: flows, summed over time.
  const observations: ObservationInput[] = figures.provinces.flatMap((p, i) =>
    p.trained.map((value, y) => ({
      programme: programme.code,
      indicator,
      orgUnit: provinces[i]!.code,
      date: `${figures.years[y]}-12-31`,
      value,
    })),
  );
  const report = (asOf: string, rollup: 'none' | 'current') =>
    computeReport({ programme, observations: parsed(observations), orgUnits: index, asOf, rollup });
  return {
    ok: true,
    value: {
      ...settled.value,
      index,
      provinces,
      asReported: report(figures.review, 'none'),
      current: report(REFORM_DATE, 'current'),
    },
  };
}

// Observations here are built in code, already in the core's shape; the defaults are explicit.
function parsed(rows: ObservationInput[]) {
  return rows.map((r) => ({ ...r, disaggregation: r.disaggregation ?? {} }));
}
