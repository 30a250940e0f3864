import { aggregateCells } from '../../attainment/aggregate-cells.js';
import { assertDate } from '../../attainment/attainment-rows.js';
import { computeReport } from '../../attainment/compute-report.js';
import type { AttainmentReport, CellTotal, ReportFilter } from '../../attainment/types.js';
import { createOrgUnitIndex, type OrgUnitIndex } from '../../org-units/org-unit-index.js';
import type { Programme } from '../../programmes/schema.js';
import type { Observation } from '../../records/schema.js';
import { CadreError } from '../../result/error.js';
import { notFound } from '../errors.js';
import type { AttainmentQuery } from '../types.js';
import { assembleProgramme } from './assemble-programme.js';
import type { MemoryState } from './state.js';

interface ReportData {
  programme: Programme;
  observations: Observation[];
  orgUnits: OrgUnitIndex;
  filter: ReportFilter;
}

const ROLLUPS = new Set(['none', 'parent', 'current']);

/** Reads what the core needs for a query: the assembled programme, its observations, the org tree. */
function reportData(state: MemoryState, query: AttainmentQuery): ReportData {
  assertDate(query.asOf);
  if (query.rollup !== undefined && !ROLLUPS.has(query.rollup)) {
    throw new CadreError('invalid_argument', `rollup: expected 'none', 'parent' or 'current'`, {
      path: ['rollup'],
    });
  }
  const programme = assembleProgramme(state, query.programme);
  if (!programme) throw notFound('programme', query.programme);
  const observations: Observation[] = [];
  for (const e of state.observations.values()) {
    if (e.value.programme === query.programme) observations.push(e.value);
  }
  const orgUnits = createOrgUnitIndex([...state.orgUnits.values()].map((e) => e.value));
  const filter: ReportFilter = {};
  if (query.indicator !== undefined) filter.indicator = query.indicator;
  if (query.orgUnit !== undefined) filter.orgUnit = query.orgUnit;
  if (query.category !== undefined) filter.category = query.category;
  if (query.period !== undefined) filter.period = query.period;
  return { programme, observations, orgUnits, filter };
}

/**
 * Stage 1 of a query, computed by the core's `aggregateCells` over the stored rows.
 * @example
 * queryCellTotals(state, { programme: '12-CTr/TU', asOf: '2019-05-20' });
 */
export function queryCellTotals(state: MemoryState, query: AttainmentQuery): CellTotal[] {
  const d = reportData(state, query);
  return aggregateCells(d.programme, d.observations, {
    asOf: query.asOf,
    orgUnits: d.orgUnits,
    filter: d.filter,
    ...(query.rollup && { rollup: query.rollup }),
    ...(query.rollupAsOf !== undefined && { rollupAsOf: query.rollupAsOf }),
  });
}

/**
 * The report, computed by the core's `computeReport` over the stored rows: the reference answer
 * every other store must equal.
 * @example
 * queryAttainment(state, { programme: '12-CTr/TU', asOf: '2019-05-20', rollup: 'parent' });
 */
export function queryAttainment(state: MemoryState, query: AttainmentQuery): AttainmentReport {
  const d = reportData(state, query);
  const report = computeReport({
    programme: d.programme,
    observations: d.observations,
    orgUnits: d.orgUnits,
    asOf: query.asOf,
    rollup: query.rollup ?? 'none',
    ...(query.rollupAsOf !== undefined && { rollupAsOf: query.rollupAsOf }),
    filter: d.filter,
  });
  if (query.accounting) return report;
  // Not asked for, the accounting and what it names are left out, as every store leaves them.
  const { accounting: _, ...figures } = report;
  return { ...figures, issues: figures.issues.filter((i) => i.code !== 'observation.no_target') };
}
