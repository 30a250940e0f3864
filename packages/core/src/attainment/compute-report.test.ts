import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCadreError } from '../result/error.js';
import { obs, orgUnits, programmeWith, target } from './__fixtures__/small-programme.js';
import { aggregateCells } from './aggregate-cells.js';
import { attainmentRows } from './attainment-rows.js';
import { buildReport } from './build-report.js';
import { computeReport } from './compute-report.js';
import { mergeCells } from './merge-cells.js';
import type { CellTotal } from './types.js';

const asOf = '2019-05-20';

describe('computeReport', () => {
  it('rolls districts up to the province by summing, then dividing (never averaging %)', () => {
    const programme = programmeWith([target('sent', '040', '10'), target('sent', '041', '30')]);
    const report = computeReport({
      programme,
      orgUnits,
      asOf,
      rollup: 'parent',
      observations: [obs('sent', '040', '2017-01-01', 10), obs('sent', '041', '2017-01-01', 6)],
    });
    // 040: 10/10 = 100%, 041: 6/30 = 20%; the mean of the two would be 60%,
    // the province is (10 + 6) / (10 + 30) = 16/40 = 40%.
    expect(report.rows).toHaveLength(1);
    expect(report.rows[0]).toMatchObject({ orgUnit: '04', status: 'not_met' });
    expect(report.rows[0]?.percent?.toString()).toBe('40');
    expect(report.issues).toEqual([]);
  });

  it('reports a group with and without targets instead of summing part of the plan', () => {
    const programme = programmeWith([target('sent', '040', '10'), target('sent', '041', null)]);
    const report = computeReport({
      programme,
      orgUnits,
      asOf,
      rollup: 'parent',
      observations: [obs('sent', '040', '2017-01-01', 10), obs('sent', '041', '2017-01-01', 6)],
    });
    expect(report.rows[0]).toMatchObject({ orgUnit: '04', target: null, status: 'no_target' });
    expect(report.rows[0]?.actual.toString()).toBe('16');
    expect(report.issues.map((i) => i.code)).toEqual(['rollup.mixed_targets']);
    expect(report.issues[0]?.message).toContain('041');
    expect(report.issues[0]?.messageVi).toContain('chỉ tiêu');
  });

  it('does not count a district twice when its province also has a target', () => {
    // VN is the root, so the province cell (04, a child of VN) rolls into VN, while a root
    // target at VN stays at VN and already covers 04's observations.
    const programme = programmeWith([target('sent', 'VN', '100'), target('sent', '04', '40')]);
    const report = computeReport({
      programme,
      orgUnits,
      asOf,
      rollup: 'parent',
      observations: [obs('sent', '040', '2017-01-01', 12)],
    });
    expect(report.rows.map((r) => [r.orgUnit, r.actual.toString(), r.target?.toString()])).toEqual([
      ['VN', '12', '100'],
    ]);
    expect(report.issues.map((i) => i.code)).toEqual(['rollup.nested_cells']);
  });

  it("rolls a former province up to today's unit through its lineage", () => {
    const programme = programmeWith([target('sent', '06', '20'), target('sent', '19', '30')]);
    const observations = [obs('sent', '060', '2017-01-01', 8), obs('sent', '19', '2018-01-01', 12)];
    const then = computeReport({ programme, orgUnits, observations, asOf, rollup: 'current' });
    expect(then.rows.map((r) => r.orgUnit)).toEqual(['06', '19']);
    const now = computeReport({
      programme,
      orgUnits,
      observations,
      asOf: '2025-07-01',
      rollup: 'current',
    });
    // Bắc Kạn (06) → Thái Nguyên (19): (8 + 12) / (20 + 30) = 40%.
    expect(now.rows.map((r) => [r.orgUnit, r.percent?.toString()])).toEqual([['19', '40']]);
  });

  it('reviews at one date and rolls up to the units of another (rollupAsOf)', () => {
    const programme = programmeWith([target('sent', '06', '20'), target('sent', '19', '30')]);
    const observations = [obs('sent', '060', '2017-01-01', 8), obs('sent', '19', '2018-01-01', 12)];
    const early = computeReport({
      programme,
      orgUnits,
      observations: [...observations, obs('sent', '19', '2020-01-01', 5)],
      asOf,
      rollup: 'current',
      rollupAsOf: '2025-07-01',
    });
    // Counted at the review date (the 2020 figure is not), grouped by the 2025 units: 20/50 = 40%.
    expect(early.asOf).toBe(asOf);
    expect(early.rows.map((r) => [r.orgUnit, r.actual.toString(), r.target?.toString()])).toEqual([
      ['19', '20', '50'],
    ]);
  });

  it('merges breakdowns and sub-periods; a stock keeps its last sub-period', () => {
    const year = (y: number) => ({ start: `${y}-01-01`, end: `${y}-12-31` });
    const programme = programmeWith([
      target('sent', '04', '10', { disaggregation: { sector: 'education' } }),
      target('sent', '04', '41', { disaggregation: { sector: 'health' } }),
      target('headcount', '04', '950', { period: year(2017) }),
      target('headcount', '04', '900', { period: year(2018) }),
    ]);
    const report = computeReport({
      programme,
      asOf,
      merge: { disaggregation: true, periods: true },
      observations: [
        obs('sent', '04', '2017-01-01', 30, { sector: 'education' }),
        obs('sent', '04', '2017-01-01', 117, { sector: 'health' }),
        obs('headcount', '04', '2017-06-01', 1000),
        obs('headcount', '04', '2018-06-01', 910),
      ],
    });
    // (30 + 117) / (10 + 41) = 147/51; the 2018 level 910 against the 2018 target 900.
    expect(
      report.rows.map((r) => [r.indicator, r.actual.toString(), r.target?.toString()]),
    ).toEqual([
      ['sent', '147', '51'],
      ['headcount', '910', '900'],
    ]);
    // decimal.js divides to 20 significant digits by default; the row keeps more.
    expect(report.rows[0]?.ratio?.toSignificantDigits(20).eq(new Decimal(147).div(51))).toBe(true);
  });

  it('filters by subtree, indicator, category and period', () => {
    const programme = programmeWith([
      target('sent', '040', '10', { disaggregation: { category: 'young' } }),
      target('sent', '06', '10', { disaggregation: { category: 'young' } }),
      target('headcount', '041', '10'),
    ]);
    const run = (filter: Parameters<typeof computeReport>[0]['filter']) =>
      computeReport({
        programme,
        orgUnits,
        asOf,
        observations: [],
        ...(filter && { filter }),
      }).rows.map((r) => `${r.indicator}@${r.orgUnit}`);
    expect(run({ orgUnit: '04' })).toEqual(['sent@040', 'headcount@041']);
    expect(run({ indicator: 'sent' })).toEqual(['sent@040', 'sent@06']);
    expect(run({ category: 'young' })).toEqual(['sent@040', 'sent@06']);
    expect(run({ period: { start: '2021-01-01', end: '2021-12-31' } })).toEqual([]);
  });

  it('reports unknown indicators, unknown units and duplicate targets', () => {
    const programme = programmeWith([target('sent', '04', '10'), target('sent', '04', '10')]);
    const report = computeReport({
      programme,
      orgUnits,
      asOf,
      observations: [obs('typo', '04', '2017-01-01', 1), obs('sent', '99', '2017-01-01', 1)],
    });
    expect(report.issues.map((i) => i.code).sort()).toEqual([
      'observation.unknown_indicator',
      'observation.unknown_org_unit',
      'target.duplicate',
    ]);
    for (const i of report.issues) expect(i.messageVi).toBeTruthy();
  });

  it('throws CadreError for a bad asOf or a roll-up without an index', () => {
    const programme = programmeWith([target('sent', '04', '10')]);
    for (const bad of [
      () => computeReport({ programme, observations: [], asOf: '2019-02-31' }),
      () => computeReport({ programme, observations: [], asOf, rollup: 'parent' }),
    ]) {
      expect(bad).toThrow();
      try {
        bad();
      } catch (e) {
        expect(isCadreError(e)).toBe(true);
      }
    }
  });

  it('gives the same report whatever the order of targets and observations', () => {
    const units = ['04', '040', '041', '06', '060', '19'];
    const cell = fc.record({
      unit: fc.constantFrom(...units),
      value: fc.option(fc.nat({ max: 50 }), { nil: null }),
    });
    const row = fc.record({ unit: fc.constantFrom(...units), value: fc.nat({ max: 20 }) });
    fc.assert(
      fc.property(
        fc.uniqueArray(cell, { selector: (c) => c.unit }),
        fc.array(row, { maxLength: 30 }),
        (cells, rows) => {
          const targets = cells.map((c) =>
            target('sent', c.unit, c.value === null ? null : String(c.value)),
          );
          const observations = rows.map((r) => obs('sent', r.unit, '2018-03-01', r.value));
          const run = (t: typeof targets, o: typeof observations) =>
            computeReport({
              programme: programmeWith(t),
              orgUnits,
              observations: o,
              asOf,
              rollup: 'parent',
            });
          const a = run(targets, observations);
          const b = run([...targets].reverse(), [...observations].reverse());
          expect(JSON.stringify(b)).toBe(JSON.stringify(a));
        },
      ),
    );
  });
});

describe('buildReport', () => {
  it('gives what computeReport gives from the same cell totals (the store path)', () => {
    const programme = programmeWith([
      target('sent', '040', '10', { disaggregation: { sector: 'health' } }),
      target('sent', '041', '30', { disaggregation: { sector: 'education' } }),
      target('sent', '06', null),
    ]);
    const observations = [
      obs('sent', '040', '2017-01-01', 4, { sector: 'health' }),
      obs('sent', '041', '2018-01-01', 9, { sector: 'education' }),
      obs('sent', '060', '2018-01-01', 2),
    ];
    const options = {
      asOf,
      orgUnits,
      rollup: 'parent' as const,
      merge: { disaggregation: true as const },
    };
    const direct = computeReport({ programme, observations, ...options });
    const cells = aggregateCells(programme, observations, { asOf, orgUnits });
    // The row accounting is what only the observations can show; the rest is equal.
    const { accounting, ...fromRows } = direct;
    expect(accounting?.read).toBe(observations.length);
    expect(JSON.stringify(buildReport(programme, cells, options))).toBe(JSON.stringify(fromRows));
    // 04 = (4 + 9) / (10 + 30) = 32.5%; 06 has no target.
    expect(direct.rows.map((r) => [r.orgUnit, r.percent?.toString() ?? null])).toEqual([
      ['04', '32.5'],
      ['VN', null],
    ]);
  });
});

describe('mergeCells', () => {
  const cell = (orgUnit: string, target: string | null, actual: string): CellTotal => ({
    programme: 'P',
    indicator: 'sent',
    orgUnit,
    period: { start: '2016-05-09', end: '2020-12-31' },
    disaggregation: {},
    target,
    baseline: null,
    actual,
    count: 1,
  });

  it("gives a merged group's attainment as Σactual / Σtarget", () => {
    const programme = programmeWith([]);
    const part = fc.record({
      target: fc.integer({ min: 1, max: 10_000 }),
      actual: fc.nat({ max: 10_000 }),
    });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 20 }), (parts) => {
        const cells = parts.map((p, i) => cell(`u${i}`, String(p.target), String(p.actual)));
        const merged = mergeCells(cells, (c) => ({ ...c, orgUnit: 'all' }));
        expect(merged.totals).toHaveLength(1);
        const [row] = attainmentRows(programme, merged.totals, { asOf });
        const sumActual = parts.reduce((s, p) => s + p.actual, 0);
        const sumTarget = parts.reduce((s, p) => s + p.target, 0);
        expect(row?.actual.toNumber()).toBe(sumActual);
        expect(row?.target?.toNumber()).toBe(sumTarget);
        if (sumActual > 0) {
          const expected = new Decimal(sumActual).div(sumTarget);
          expect(row?.ratio?.toSignificantDigits(20).eq(expected)).toBe(true);
        }
      }),
    );
  });

  it('sums decimal targets exactly', () => {
    const merged = mergeCells([cell('a', '0.1', '1'), cell('b', '0.2', '2')], (c) => ({
      ...c,
      orgUnit: 'x',
    }));
    // 0.1 + 0.2 = 0.3 exactly (a float would give 0.30000000000000004).
    expect(merged.totals[0]).toMatchObject({ target: '0.3', actual: '3', count: 2 });
  });

  it('matches aggregateCells on split units: rolled-up districts equal a province target', () => {
    const programme = programmeWith([
      target('sent', '040', '1'),
      target('sent', '041', '1'),
      target('sent', '04', '2'),
    ]);
    const observations = [obs('sent', '040', '2017-01-01', 3), obs('sent', '041', '2017-01-01', 4)];
    const cells = aggregateCells(programme, observations, { asOf, orgUnits });
    const districts = cells.filter((c) => c.orgUnit !== '04');
    const merged = mergeCells(districts, (c) => ({ ...c, orgUnit: '04' }));
    expect(merged.totals[0]?.actual).toBe(cells.find((c) => c.orgUnit === '04')?.actual);
  });
});
