import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createOrgUnitIndex } from '../org-units/org-unit-index.js';
import type { OrgUnitInput } from '../org-units/schema.js';
import { ProgrammeSchema } from '../programmes/schema.js';
import type { Observation } from '../records/schema.js';
import { mergerIndex, nk, nkObs, nkTarget } from './__fixtures__/merger-2025.js';
import { aggregateCells } from './aggregate-cells.js';
import { buildReport } from './build-report.js';
import { computeReport } from './compute-report.js';
import { addDecimalText } from './decimal-text.js';

const asOf = '2025-12-31';
const today = '2026-12-07';

/** Resolves a name as the readers do: a target at its period, a figure at its date. */
function unitAt(name: string, when: string | { start: string; end: string }): string {
  const r = mergerIndex.resolve(name, typeof when === 'string' ? { asOf: when } : { period: when });
  if (!r.ok) throw new Error(r.issues[0]?.message);
  return r.value.code;
}

describe('a programme across the 1/7/2025 merger', () => {
  const period = { start: '2021-01-01', end: '2025-12-31' };
  // The rows of the worked example, as a user types them: names, not codes.
  const programme = nk([
    nkTarget(unitAt('Cao Bằng', period), '100'),
    nkTarget(unitAt('Bắc Kạn', period), '100'),
  ]);
  const observations = [
    nkObs(unitAt('Cao Bằng', '2023-06-01'), '2023-06-01', 40),
    nkObs(unitAt('Cao Bằng', '2025-09-01'), '2025-09-01', 30),
    nkObs(unitAt('Bắc Kạn', '2024-06-01'), '2024-06-01', 20),
    nkObs(unitAt('Thái Nguyên', '2025-10-01'), '2025-10-01', 25),
  ];
  const rows = (r: ReturnType<typeof computeReport>) =>
    r.rows.map((row) => [row.orgUnit, row.actual.toString(), row.target?.toString()]);

  it('resolves a target name at its period end, or to the last unit of that name', () => {
    expect(unitAt('Cao Bằng', period)).toBe('04');
    expect(unitAt('Bắc Cạn', period)).toBe('pre2025:bac-kan');
    expect(unitAt('Cao Bằng', { start: '2016-01-01', end: '2020-12-31' })).toBe('pre2025:cao-bang');
  });

  it('counts Cao Bằng before and after its re-coding, and reports Thái Nguyên as not counted', () => {
    const report = computeReport({ programme, observations, orgUnits: mergerIndex, asOf });
    expect(rows(report)).toEqual([
      ['04', '70', '100'],
      ['pre2025:bac-kan', '20', '100'],
    ]);
    expect(report.accounting).toEqual({
      read: 4,
      counted: 3,
      countedValue: '90',
      notCounted: [
        {
          reason: 'no_target',
          indicator: 'dt',
          orgUnit: '19',
          rows: 1,
          value: '25',
          hint: 'rollup_current',
        },
      ],
    });
    const missed = report.issues.filter((i) => i.code === 'observation.no_target');
    expect(missed).toHaveLength(1);
    expect(missed[0]?.message).toContain('rollup current');
    expect(missed[0]?.messageVi).toContain('không được tính');
  });

  it('rolled up to today’s units, Thái Nguyên counts Bắc Kạn’s figures and its own', () => {
    const report = computeReport({
      programme,
      observations,
      orgUnits: mergerIndex,
      asOf,
      rollup: 'current',
      rollupAsOf: today,
    });
    expect(rows(report)).toEqual([
      ['04', '70', '100'],
      ['19', '45', '100'],
    ]);
    expect(report.accounting).toMatchObject({ read: 4, counted: 4, notCounted: [] });
    expect(report.issues).toEqual([]);
  });

  it('never shares out a split commune’s figures, and says so', () => {
    const split = nk([nkTarget('19001', '10'), nkTarget('19002', '10'), nkTarget('19', '50')]);
    const report = computeReport({
      programme: split,
      observations: [
        nkObs('pre2025:split', '2024-01-01', 8),
        nkObs('pre2025:phu-thong', '2024-01-01', 3),
      ],
      orgUnits: mergerIndex,
      asOf,
    });
    // Through its former district and province the split commune still reaches Thái Nguyên;
    // neither new commune gets any of it. Phủ Thông merged whole into 19001 and counts there.
    expect(rows(report)).toEqual([
      ['19', '11', '50'],
      ['19001', '3', '10'],
      ['19002', '0', '10'],
    ]);
    const rolled = computeReport({
      programme: nk([nkTarget('pre2025:split', '5')]),
      observations: [],
      orgUnits: mergerIndex,
      asOf,
      rollup: 'current',
      rollupAsOf: today,
    });
    expect(rolled.rows.map((r) => r.orgUnit)).toEqual(['pre2025:split']);
    expect(rolled.issues.map((i) => i.code)).toEqual(['org_unit.lineage_split']);
  });
});

// --- properties over random lineage graphs -------------------------------------------------

interface Graph {
  units: OrgUnitInput[];
  old: string[];
  fresh: string[];
}

/** Former provinces under VN, each merged, re-coded, split or kept as is into new ones. */
const graphs = fc
  .record({
    oldCount: fc.integer({ min: 1, max: 6 }),
    freshCount: fc.integer({ min: 1, max: 4 }),
    links: fc.array(fc.array(fc.nat(3), { maxLength: 2 }), { minLength: 6, maxLength: 6 }),
  })
  .map(({ oldCount, freshCount, links }): Graph => {
    const fresh = Array.from({ length: freshCount }, (_, i) => `N${i}`);
    const old = Array.from({ length: oldCount }, (_, i) => `O${i}`);
    const units: OrgUnitInput[] = [{ code: 'VN', name: 'Việt Nam', level: 'country' }];
    old.forEach((code, i) => {
      const to = [...new Set((links[i] ?? []).map((n) => fresh[n % freshCount]!))];
      units.push({
        code,
        name: `Cũ ${i}`,
        level: 'province',
        parentCode: 'VN',
        validTo: '2025-06-30',
        successors: to.map((c) => ({ code: c, date: '2025-07-01' })),
      });
    });
    fresh.forEach((code, i) => {
      units.push({
        code,
        name: `Mới ${i}`,
        level: 'province',
        parentCode: 'VN',
        validFrom: '2025-07-01',
      });
    });
    return { units, old, fresh };
  });

/** The rule as the docs state it, written out independently of the index. */
function reachOf(units: OrgUnitInput[], code: string): Set<string> {
  const by = new Map(units.map((u) => [u.code, u]));
  const succ = (c: string) => [...new Set((by.get(c)?.successors ?? []).map((s) => s.code))];
  const pred = (c: string) => units.filter((u) => succ(u.code).includes(c)).map((u) => u.code);
  const seen = new Set<string>();
  const todo = [code];
  while (todo.length > 0) {
    const c = todo.pop()!;
    if (seen.has(c)) continue;
    seen.add(c);
    const parent = by.get(c)?.parentCode;
    if (parent) todo.push(parent);
    if (succ(c).length === 1) todo.push(succ(c)[0]!);
    const p = pred(c);
    if (p.length === 1 && succ(p[0]!).length === 1) todo.push(p[0]!);
  }
  return seen;
}

const scenario = graphs.chain((g) => {
  const codes = [...g.old, ...g.fresh];
  return fc.record({
    g: fc.constant(g),
    targetUnits: fc.subarray(codes, { minLength: 1 }),
    values: fc.array(fc.integer({ min: 1, max: 500 }), {
      minLength: codes.length,
      maxLength: codes.length,
    }),
    rows: fc.array(
      fc.record({
        unit: fc.constantFrom(...codes),
        day: fc.integer({ min: 0, max: 2190 }),
        value: fc.integer({ min: 0, max: 1000 }),
        other: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
  });
});

function isoDay(n: number): string {
  return new Date(Date.UTC(2021, 0, 1 + n)).toISOString().slice(0, 10);
}

describe('lineage properties', () => {
  it('every row ends in one place; counted values and cells agree with the stated rule', () => {
    fc.assert(
      fc.property(scenario, ({ g, targetUnits, values, rows }) => {
        const orgUnits = createOrgUnitIndex(g.units);
        const programme = ProgrammeSchema.parse({
          code: 'NK',
          title: { vi: 'Thử' },
          period: { kind: 'phase', start: '2021-01-01', end: '2025-12-31' },
          indicators: [{ code: 'dt', name: { vi: 'Đào tạo' } }],
          targets: targetUnits.map((u, i) => nkTarget(u, String(values[i]))),
        });
        const observations: Observation[] = rows.map((r) => ({
          ...nkObs(r.unit, isoDay(r.day), r.value),
          ...(r.other && { programme: 'OTHER' }),
        }));
        const report = computeReport({ programme, observations, orgUnits, asOf: '2025-12-31' });
        const acc = report.accounting!;
        expect(acc.read).toBe(observations.length);
        expect(acc.counted + acc.notCounted.reduce((n, x) => n + x.rows, 0)).toBe(acc.read);

        let expectedCells = '0';
        let expectedCounted = '0';
        for (const o of observations) {
          if (o.programme !== 'NK' || o.date > '2025-12-31') continue;
          const reach = reachOf(g.units, o.orgUnit);
          const times = targetUnits.filter((u) => reach.has(u)).length;
          for (let k = 0; k < times; k++)
            expectedCells = addDecimalText(expectedCells, String(o.value));
          if (times > 0) expectedCounted = addDecimalText(expectedCounted, String(o.value));
        }
        const cells = report.rows.reduce((s, r) => addDecimalText(s, r.actual.toFixed()), '0');
        expect(cells).toBe(expectedCells);
        expect(acc.countedValue).toBe(expectedCounted);

        // Rolled up to today's units: no target value is lost or made up, no row either,
        // and a row counted before is still counted.
        const rolled = computeReport({
          programme,
          observations,
          orgUnits,
          asOf: '2025-12-31',
          rollup: 'current',
          rollupAsOf: '2026-12-07',
        });
        const sumTargets = (r: typeof report) =>
          r.rows.reduce((s, row) => addDecimalText(s, row.target?.toFixed() ?? '0'), '0');
        expect(sumTargets(rolled)).toBe(sumTargets(report));
        expect(rolled.accounting!.read).toBe(acc.read);
        expect(rolled.accounting!.counted).toBeGreaterThanOrEqual(acc.counted);
      }),
      { numRuns: 300 },
    );
  });
});

describe('targets moved onto one unit, with and without a value', () => {
  it('say so on the cell path as on the row path', () => {
    const programme = nk([
      nkTarget('pre2025:bac-kan', '10'),
      { ...nkTarget('19', '10'), value: null },
    ]);
    const options = { asOf, orgUnits: mergerIndex, rollup: 'current' as const, rollupAsOf: today };
    const direct = computeReport({ programme, observations: [], ...options });
    const cells = aggregateCells(programme, [], options);
    const fromCells = buildReport(programme, cells, options);
    expect(direct.issues.map((i) => i.code)).toEqual(['rollup.mixed_targets']);
    expect(fromCells.issues).toEqual(direct.issues);
    expect(fromCells.rows.map((r) => [r.orgUnit, r.target])).toEqual([['19', null]]);
  });
});
