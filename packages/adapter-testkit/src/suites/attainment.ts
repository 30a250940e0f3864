import {
  type AttainmentQuery,
  type CadreStore,
  type CellTotal,
  computeReport,
  createOrgUnitIndex,
  ObservationSchema,
  ProgrammeSchema,
  type ReportFilter,
} from '@cadre/core';
import { aggregateCells, reportFromCellTotals } from '@cadre/core/adapter';
import fc from 'fast-check';
import { expect } from 'vitest';
import { type AttainmentScenario, scenarioArb } from '../arbitraries/scenario.js';
import { CAO_BANG_ACTUALS, CAO_BANG_PROGRAMME, ORG_UNITS } from '../fixtures.js';
import { withStore } from '../harness.js';
import { type ConformanceCase, storeCase } from './context.js';

/** One attainment query every store must answer as the core does, named for the test output. */
export type QueryShape = { name: string; query: Omit<AttainmentQuery, 'programme'> };

/**
 * The query shapes every store must answer exactly as the core does.
 * @example
 * for (const { name, query } of queryShapes(scenario)) await store.queryAttainment({ ...query, programme: 'RAND' });
 */
export function queryShapes(s: AttainmentScenario): QueryShape[] {
  const asOf = s.asOf;
  return [
    { name: 'whole programme', query: { asOf } },
    { name: 'indicator filter', query: { asOf, indicator: 'i0' } },
    { name: 'org subtree', query: { asOf, orgUnit: 'P1' } },
    { name: 'period filter', query: { asOf, period: { start: '2018-01-01', end: '2018-12-31' } } },
    { name: 'category filter', query: { asOf, category: 'leaders' } },
    { name: 'rollup parent', query: { asOf, rollup: 'parent' } },
    { name: 'rollup current after 1/7/2025', query: { asOf: '2025-07-01', rollup: 'current' } },
    {
      name: 'asOf inside the period',
      query: { asOf: '2019-05-20', orgUnit: 'VN', rollup: 'parent' },
    },
  ];
}

function filterOf(q: Omit<AttainmentQuery, 'programme'>): ReportFilter {
  const f: ReportFilter = {};
  if (q.indicator !== undefined) f.indicator = q.indicator;
  if (q.orgUnit !== undefined) f.orgUnit = q.orgUnit;
  if (q.category !== undefined) f.category = q.category;
  if (q.period !== undefined) f.period = q.period;
  return f;
}

/** Decimals become their text, so two reports compare digit by digit. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

const cellOrder = (c: CellTotal) =>
  JSON.stringify([c.indicator, c.orgUnit, c.period, Object.entries(c.disaggregation).sort()]);
const sortCells = (cells: CellTotal[]) =>
  [...cells].sort((a, b) =>
    cellOrder(a) < cellOrder(b) ? -1 : cellOrder(a) > cellOrder(b) ? 1 : 0,
  );

async function checkScenario(store: CadreStore, s: AttainmentScenario): Promise<void> {
  const summary = await store.importBatch({
    orgUnits: s.orgUnits,
    programmes: [s.programme],
    observations: s.observations,
  });
  expect(summary.issues, 'the generated scenario imports cleanly').toEqual([]);
  const programme = ProgrammeSchema.parse(s.programme);
  const observations = s.observations.map((o) => ObservationSchema.parse(o));
  const orgUnits = createOrgUnitIndex(s.orgUnits);
  const stored = await store.getProgramme(programme.code);
  for (const { name, query } of queryShapes(s)) {
    const filter = filterOf(query);
    const q = { ...query, programme: programme.code };
    const rollup = query.rollup ?? 'none';
    const cells = await store.queryCellTotals(q);
    // Stage 1 moves targets to current units before counting, on every path.
    const coreCells = aggregateCells(programme, observations, {
      asOf: q.asOf,
      orgUnits,
      filter,
      rollup,
    });
    expect(sortCells(cells), `${name}: queryCellTotals = aggregateCells`).toEqual(
      sortCells(coreCells),
    );
    const { accounting, ...figures } = computeReport({
      programme,
      observations,
      orgUnits,
      asOf: q.asOf,
      rollup,
      filter,
    });
    // Asked for the accounting, a store answers exactly as the core does, issues about rows
    // included; not asked, it may leave the accounting and those issues out.
    const full = await store.queryAttainment({ ...q, accounting: true });
    expect(plain(full), `${name}: queryAttainment with accounting = computeReport`).toEqual(
      plain({ ...figures, accounting }),
    );
    const { accounting: tally, ...answered } = await store.queryAttainment(q);
    const expected = plain(figures) as { issues: { code: string }[] };
    const fromRows = (i: { code: string }) => i.code.startsWith('observation.');
    expect(
      plain({ ...answered, issues: answered.issues.filter((i) => tally || !fromRows(i)) }),
      `${name}: queryAttainment = computeReport`,
    ).toEqual({
      ...expected,
      issues: expected.issues.filter((i) => tally || !fromRows(i)),
    });
    if (tally) expect(tally, `${name}: accounting = computeReport's`).toEqual(accounting);
    const twoStage = reportFromCellTotals(stored!, cells, { asOf: q.asOf, rollup, orgUnits });
    expect(
      plain(twoStage),
      `${name}: reportFromCellTotals(queryCellTotals) = computeReport`,
    ).toEqual({ ...expected, issues: expected.issues.filter((i) => !fromRows(i)) });
  }
}

/** The store's attainment answers equal the core's, exactly, for seeds and random programmes. */
export const attainmentCases: ConformanceCase[] = [
  storeCase('reproduces the Cao Bằng review of 20/5/2019 (seed 004)', async (store) => {
    await store.importBatch({
      orgUnits: ORG_UNITS,
      programmes: [CAO_BANG_PROGRAMME],
      observations: CAO_BANG_ACTUALS,
    });
    const report = await store.queryAttainment({ programme: '12-CTr/TU', asOf: '2019-05-20' });
    const byIndicator = new Map(report.rows.map((r) => [r.indicator, r]));
    // 30 / 10 = 300%; 117 / 41 = 285.3658…%; 4 / 4 = 100%; 24 / 40 = 60%.
    expect(byIndicator.get('master_education')?.percent?.toString()).toBe('300');
    expect(byIndicator.get('master_health')?.percent?.toFixed(2)).toBe('285.37');
    expect(byIndicator.get('master_culture')?.status).toBe('met');
    expect(byIndicator.get('rotation')?.percent?.toString()).toBe('60');
    expect(byIndicator.get('rotation')?.status).toBe('not_met');
    // Nobody sent to PhD training and no target: "chưa thực hiện", not a division by zero.
    expect(byIndicator.get('phd')?.status).toBe('not_started');
    // 24/40 on 20/5/2019 is behind pro-rata: 1107 of 1698 days (65,19…%) had passed.
    expect(byIndicator.get('rotation')?.expectedShare.toFixed(4)).toBe('0.6519');
    expect(byIndicator.get('rotation')?.onTrack).toBe(false);
  }),

  storeCase("rolls Bắc Kạn's figures up to Thái Nguyên from 1/7/2025", async (store) => {
    const period = { start: '2016-01-01', end: '2020-12-31' };
    await store.importBatch({
      orgUnits: ORG_UNITS,
      programmes: [
        {
          code: 'QD106',
          title: { vi: 'Đào tạo cán bộ cấp xã vùng Tây Bắc' },
          period: { kind: 'phase', ...period },
          indicators: [{ code: 'trained', name: { vi: 'Cán bộ xã được đào tạo' } }],
          targets: [
            { indicator: 'trained', orgUnit: '06', period, value: '50' },
            { indicator: 'trained', orgUnit: '19', period, value: '150' },
          ],
        },
      ],
      observations: [
        { programme: 'QD106', indicator: 'trained', orgUnit: '06', date: '2018-06-30', value: 40 },
        { programme: 'QD106', indicator: 'trained', orgUnit: '19', date: '2018-06-30', value: 110 },
      ],
    });
    const report = await store.queryAttainment({
      programme: 'QD106',
      asOf: '2025-07-01',
      rollup: 'current',
    });
    // (40 + 110) / (50 + 150) = 150 / 200 = 75%, in one row for today's Thái Nguyên.
    expect(report.rows.map((r) => [r.orgUnit, r.actual.toString(), r.target?.toString()])).toEqual([
      ['19', '150', '200'],
    ]);
    expect(report.rows[0]?.percent?.toString()).toBe('75');
  }),

  {
    name: 'equals the core report for random programmes and every query shape',
    run: async (ctx) => {
      await fc.assert(
        fc.asyncProperty(scenarioArb, (s) =>
          withStore(ctx.create, (store) => checkScenario(store, s)),
        ),
        { numRuns: ctx.numRuns },
      );
    },
    timeout: 120_000,
  },
];
