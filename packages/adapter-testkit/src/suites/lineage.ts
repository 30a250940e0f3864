import type { CadreStore, OrgUnitInput, ProgrammeInput } from '@cadre/core';
import { expect } from 'vitest';
import { type ConformanceCase, storeCase } from './context.js';

const REFORM = { date: '2025-07-01', reference: '202/2025/QH15' };

/**
 * The 1/7/2025 change for a few units: Cao Bằng re-coded (pre2025:cao-bang → 04), Bắc Kạn and
 * the former Thái Nguyên merged into 19, a Bắc Kạn commune merged whole into 19001, and a commune
 * split between 19001 and 19002.
 */
export const LINEAGE_UNITS: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  {
    code: 'pre2025:cao-bang',
    name: 'Cao Bằng',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '04', ...REFORM }],
  },
  {
    code: 'pre2025:bac-kan',
    name: 'Bắc Kạn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '19', ...REFORM }],
  },
  {
    code: 'pre2025:thai-nguyen',
    name: 'Thái Nguyên',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '19', ...REFORM }],
  },
  {
    code: 'pre2025:phu-thong',
    name: 'Thị trấn Phủ Thông',
    level: 'commune',
    parentCode: 'pre2025:bac-kan',
    validTo: '2025-06-30',
    successors: [{ code: '19001', ...REFORM }],
  },
  {
    code: 'pre2025:split',
    name: 'Xã Chia Đôi',
    level: 'commune',
    parentCode: 'pre2025:bac-kan',
    validTo: '2025-06-30',
    successors: [
      { code: '19001', ...REFORM },
      { code: '19002', ...REFORM },
    ],
  },
  { code: '04', name: 'Cao Bằng', level: 'province', parentCode: 'VN', validFrom: '2025-07-01' },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN', validFrom: '2025-07-01' },
  {
    code: '19001',
    name: 'Xã Phủ Thông',
    level: 'commune',
    parentCode: '19',
    validFrom: '2025-07-01',
  },
  {
    code: '19002',
    name: 'Xã Vi Hương',
    level: 'commune',
    parentCode: '19',
    validFrom: '2025-07-01',
  },
];

const PERIOD = { start: '2021-01-01', end: '2025-12-31' };

function programme(targets: [string, string][]): ProgrammeInput {
  return {
    code: 'NK',
    title: { vi: 'Đào tạo cán bộ' },
    period: { kind: 'phase', ...PERIOD },
    indicators: [{ code: 'dt', name: { vi: 'Đào tạo cán bộ' } }],
    targets: targets.map(([orgUnit, value]) => ({
      indicator: 'dt',
      orgUnit,
      period: PERIOD,
      value,
    })),
  };
}

const obs = (orgUnit: string, date: string, value: number) => ({
  programme: 'NK',
  indicator: 'dt',
  orgUnit,
  date,
  value,
});

/** The worked example of docs/geography.md: four rows across the merger. */
const EXAMPLE = [
  obs('pre2025:cao-bang', '2023-06-01', 40),
  obs('04', '2025-09-01', 30),
  obs('pre2025:bac-kan', '2024-06-01', 20),
  obs('19', '2025-10-01', 25),
];

async function load(store: CadreStore, targets: [string, string][], rows = EXAMPLE) {
  const summary = await store.importBatch({
    orgUnits: LINEAGE_UNITS,
    programmes: [programme(targets)],
    observations: rows,
  });
  expect(summary.issues, 'the lineage fixture imports cleanly').toEqual([]);
}

const figures = (report: { rows: { orgUnit: string; actual: unknown; target: unknown }[] }) =>
  report.rows.map((r) => [
    r.orgUnit,
    String(r.actual),
    r.target === null ? null : String(r.target),
  ]);

/** Figures count through lineage in every store: re-coding, merger, split, a period across 1/7/2025. */
export const lineageCases: ConformanceCase[] = [
  storeCase('counts a re-coded unit’s figures under both codes (Cao Bằng → 04)', async (store) => {
    await load(store, [
      ['04', '100'],
      ['pre2025:bac-kan', '100'],
    ]);
    const report = await store.queryAttainment({ programme: 'NK', asOf: '2025-12-31' });
    // 40 under the former code in 2023, 30 under 04 in 2025-09; Bắc Kạn's own 20 only.
    expect(figures(report)).toEqual([
      ['04', '70', '100'],
      ['pre2025:bac-kan', '20', '100'],
    ]);
  }),

  storeCase('a ceased unit’s target does not claim its successor’s figures', async (store) => {
    await load(store, [['pre2025:bac-kan', '100']]);
    const report = await store.queryAttainment({ programme: 'NK', asOf: '2025-12-31' });
    expect(figures(report)).toEqual([['pre2025:bac-kan', '20', '100']]);
  }),

  storeCase(
    'rolled up to today’s units, the successor counts the merged units and its own',
    async (store) => {
      await load(store, [
        ['04', '100'],
        ['pre2025:bac-kan', '100'],
      ]);
      const report = await store.queryAttainment({
        programme: 'NK',
        asOf: '2025-12-31',
        rollup: 'current',
        rollupAsOf: '2026-12-07',
      });
      expect(figures(report)).toEqual([
        ['04', '70', '100'],
        ['19', '45', '100'],
      ]);
    },
  ),

  storeCase('never shares out a split commune; a merged commune counts whole', async (store) => {
    await load(
      store,
      [
        ['19', '50'],
        ['19001', '10'],
        ['19002', '10'],
      ],
      [obs('pre2025:split', '2024-01-01', 8), obs('pre2025:phu-thong', '2024-01-01', 3)],
    );
    const report = await store.queryAttainment({ programme: 'NK', asOf: '2025-12-31' });
    expect(figures(report)).toEqual([
      ['19', '11', '50'],
      ['19001', '3', '10'],
      ['19002', '0', '10'],
    ]);
    const rolled = await store.queryAttainment({
      programme: 'NK',
      asOf: '2025-12-31',
      rollup: 'current',
      rollupAsOf: '2026-12-07',
    });
    expect(rolled.issues.map((i) => i.code)).not.toContain('org_unit.lineage_split');
    expect(figures(rolled)).toEqual(figures(report));
  }),

  storeCase('counts a period that spans 1/7/2025 on both sides, to the day', async (store) => {
    await load(
      store,
      [['04', '10']],
      [
        obs('pre2025:cao-bang', '2025-06-30', 1),
        obs('04', '2025-07-01', 2),
        obs('04', '2026-01-01', 100),
      ],
    );
    const report = await store.queryAttainment({ programme: 'NK', asOf: '2025-12-31' });
    expect(figures(report)).toEqual([['04', '3', '10']]);
  }),
];
