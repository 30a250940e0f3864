import {
  type AttainmentQuery,
  type AttainmentReport,
  CadreError,
  type CellTotal,
  IsoDateSchema,
  type OrgUnitIndex,
  type Programme,
  type Target,
} from '@cadre/core';
import {
  canonicalDisaggregation,
  reportFromCellTotals,
  reportTargets,
  selectTargets,
  targetCell,
} from '@cadre/core/adapter';
import { rowGroups } from '../pushdown/row-groups.js';
import { type CellSumRequest, cellSumKey, type SqlPlace, sumCells } from '../pushdown/sum-cells.js';

const ROLLUPS = new Set(['none', 'parent', 'current']);

/** Reads the programme and the org tree a query needs; `load*` come from the store. */
export interface QuerySources {
  place: SqlPlace;
  loadProgramme(code: string): Promise<Programme | null>;
  /** The index of every org unit (the tree, names and lineage). */
  loadOrgUnitIndex(): Promise<OrgUnitIndex>;
}

function check(query: AttainmentQuery): void {
  if (!IsoDateSchema.safeParse(query.asOf).success) {
    throw new CadreError(
      'invalid_argument',
      `asOf: expected a date as YYYY-MM-DD, got "${String(query.asOf)}"`,
      {
        path: ['asOf'],
      },
    );
  }
  if (query.rollup !== undefined && !ROLLUPS.has(query.rollup)) {
    throw new CadreError('invalid_argument', `rollup: expected 'none', 'parent' or 'current'`, {
      path: ['rollup'],
    });
  }
}

async function cellTotals(
  sources: QuerySources,
  query: AttainmentQuery,
): Promise<{
  programme: Programme;
  index: OrgUnitIndex | undefined;
  totals: CellTotal[];
}> {
  check(query);
  const rollup = query.rollup ?? 'none';
  // Rolled up to current units, targets move before anything is summed: the moves need the
  // programme and the tree, so those are read first.
  if (rollup === 'current') return rolledCellTotals(sources, query);
  // The org tree is needed for a subtree filter and for roll-ups; building its name index costs
  // real time on thousands of units, so a plain query skips it.
  const needsTree = query.orgUnit !== undefined || (query.rollup ?? 'none') !== 'none';
  // The sums need only the stock indicators, from their own small table, so they run while the
  // programme's targets are read and parsed (about 40 ms for 6,800 of them).
  const stocks = await sources.place.db
    .selectFrom('indicators')
    .select('code')
    .where('programme', '=', query.programme)
    .where('aggregation', '=', 'latest')
    .execute();
  // The SQL narrows by indicator and subtree; category and period are decided by selectTargets.
  const [programme, sums, index] = await Promise.all([
    sources.loadProgramme(query.programme),
    sumCells(sources.place, sumRequest(query, new Set(stocks.map((r) => r.code)))),
    needsTree ? sources.loadOrgUnitIndex() : undefined,
  ]);
  if (!programme) throw notFound(query.programme);
  const filter = filterOf(query);
  const selected = selectTargets(programme, { filter, ...(index && { orgUnits: index }) });
  const totals = selected.map((t) => cellOf(programme, t, sums.get(sumKeyOf(t, t.orgUnit))));
  return { programme, index, totals };
}

/**
 * Stage 1 rolled up to the units of `rollupAsOf`: the core moves the selected targets
 * (`reportTargets`), the SQL sums each stored target's figures at the unit it moves to, and
 * each moved target takes the sum of any stored target that moved onto it (they are equal).
 */
async function rolledCellTotals(sources: QuerySources, query: AttainmentQuery) {
  const [programme, index] = await Promise.all([
    sources.loadProgramme(query.programme),
    sources.loadOrgUnitIndex(),
  ]);
  if (!programme) throw notFound(query.programme);
  const rollupAsOf = query.rollupAsOf ?? query.asOf;
  const filter = filterOf(query);
  const { targets } = reportTargets(programme, {
    filter,
    orgUnits: index,
    rollup: 'current',
    rollupAsOf,
  });
  const unitMap = new Map<string, string>();
  const via = new Map<string, string>();
  for (const t of selectTargets(programme, { filter, orgUnits: index })) {
    const current = index.currentUnit(t.orgUnit, rollupAsOf);
    const to = current.ok ? current.value.code : t.orgUnit;
    if (to !== t.orgUnit) unitMap.set(t.orgUnit, to);
    via.set(sumKeyOf(t, to), t.orgUnit);
  }
  // The programme is read already: its stock indicators need no query here.
  const stocks = programme.indicators.filter((i) => i.aggregation === 'latest');
  const sums = await sumCells(
    sources.place,
    sumRequest(query, new Set(stocks.map((i) => i.code)), unitMap),
  );
  const totals = targets.map((t) => {
    const from = via.get(sumKeyOf(t, t.orgUnit));
    return cellOf(programme, t, from === undefined ? undefined : sums.get(sumKeyOf(t, from)));
  });
  return { programme, index, totals };
}

/** What the SQL sums for a query: its programme, date, indicator and subtree. */
function sumRequest(
  query: AttainmentQuery,
  stockIndicators: ReadonlySet<string>,
  unitMap?: ReadonlyMap<string, string>,
): CellSumRequest {
  return {
    programme: query.programme,
    asOf: query.asOf,
    stockIndicators,
    ...(unitMap && { unitMap }),
    ...(query.indicator !== undefined && { indicator: query.indicator }),
    ...(query.orgUnit !== undefined && { within: query.orgUnit }),
  };
}

function sumKeyOf(t: Target, unit: string): string {
  // The breakdown part of the target's key alone: building the whole key cost about 5 µs a
  // target, 30 ms for a national programme's 6,800.
  const breakdown = canonicalDisaggregation(t.disaggregation);
  return cellSumKey(t.indicator, unit, t.period.start, t.period.end, breakdown);
}

function cellOf(
  programme: Programme,
  t: Target,
  sum: { actual: string; count: number } | undefined,
): CellTotal {
  return targetCell(programme.code, t, sum?.actual ?? '0', sum?.count ?? 0);
}

function filterOf(query: AttainmentQuery) {
  return {
    ...(query.indicator !== undefined && { indicator: query.indicator }),
    ...(query.orgUnit !== undefined && { orgUnit: query.orgUnit }),
    ...(query.category !== undefined && { category: query.category }),
    ...(query.period !== undefined && { period: query.period }),
  };
}

function notFound(code: string): CadreError {
  return new CadreError('not_found', `programme "${code}" does not exist`, {
    details: { key: code },
  });
}

/**
 * Stage 1 pushed into SQL: one `CellTotal` per target the query selects, in programme order,
 * equal to what the core's `aggregateCells` computes from the same rows.
 * @example
 * await queryCellTotals(sources, { programme: '12-CTr/TU', asOf: '2019-05-20' });
 */
export async function queryCellTotals(
  sources: QuerySources,
  query: AttainmentQuery,
): Promise<CellTotal[]> {
  return (await cellTotals(sources, query)).totals;
}

/**
 * The full report: SQL totals, then the core's roll-up and attainment (`reportFromCellTotals`).
 * @example
 * await queryAttainment(sources, { programme: '12-CTr/TU', asOf: '2019-05-20', rollup: 'parent' });
 */
export async function queryAttainment(
  sources: QuerySources,
  query: AttainmentQuery,
): Promise<AttainmentReport> {
  const { programme, index, totals } = await cellTotals(sources, query);
  // The accounting tallies rows against the whole tree, as the core does.
  const tree = query.accounting && !index ? await sources.loadOrgUnitIndex() : index;
  return reportFromCellTotals(programme, totals, {
    asOf: query.asOf,
    rollup: query.rollup ?? 'none',
    ...(query.rollupAsOf !== undefined && { rollupAsOf: query.rollupAsOf }),
    ...(tree && { orgUnits: tree }),
    filter: filterOf(query),
    ...(query.accounting && { rows: await rowGroups(sources.place, programme, query.asOf) }),
  });
}
