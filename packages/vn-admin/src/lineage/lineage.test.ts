import { createOrgUnitIndex, validateOrgUnits } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { MINI_DATASET } from '../__fixtures__/mini-dataset.js';
import { buildGeography } from '../geography/build-geography.js';
import { buildFormerUnits } from './former-units.js';
import { groupOldWards } from './group-old-wards.js';
import { resolveMappings } from './resolve-mappings.js';

const codesAt = (issues: { code: string; path: (string | number)[] }[]) =>
  issues.map((i) => [i.code, i.path[1]]);

describe('resolveMappings', () => {
  const { links, issues } = resolveMappings(MINI_DATASET);

  it('uses rows whose code and names agree, and resolves the rest by name within the province', () => {
    expect(links.map((l) => [l.row, l.newWardCode])).toEqual([
      [0, '00010'],
      [1, '00010'],
      [2, '00020'], // code 99999 unknown, name Xã Suối Hoa in Miền Núi
      [3, '00020'],
      [4, '00020'],
      [5, '00030'], // code 00010 names Đồi Cao; the names say Bến Cảng in Ven Biển
      [8, '00040'], // the ward is written in NFD in the wards table
      [9, '00010'],
    ]);
    expect(links.find((l) => l.row === 5)?.newProvinceCode).toBe('02');
  });

  it('reports every row it could not use as written, at its row', () => {
    expect(codesAt(issues)).toEqual([
      ['vn_admin.mapping.new_ward_unknown', 2],
      ['vn_admin.mapping.new_ward_conflict', 5],
      ['vn_admin.mapping.duplicate_row', 6],
      ['vn_admin.mapping.old_unit_missing', 7],
      ['vn_admin.mapping.new_ward_unknown', 10],
    ]);
    for (const i of issues) {
      expect(i.message).toMatch(/^ward_mappings row \d+/);
      expect(i.messageVi).toMatch(/^ward_mappings dòng \d+/);
    }
    expect(issues[0]?.message).toContain('resolved by name to 00020');
    expect(issues[4]?.message).toContain('not used for lineage');
  });
});

describe('groupOldWards', () => {
  const { wards, issues } = groupOldWards(resolveMappings(MINI_DATASET).links);

  it('groups links by old code and joins an uncoded row to its coded namesake', () => {
    expect(wards.map((w) => w.code)).toEqual([
      '10001',
      '10002',
      '20001',
      '30001',
      '30002',
      '30003',
    ]);
    expect(wards.find((w) => w.code === '30003')?.newWardCodes).toEqual(['00030', '00040']);
  });

  it('reports both uncoded rows, saying which was kept', () => {
    expect(codesAt(issues)).toEqual([
      ['vn_admin.mapping.old_ward_code_missing', 8],
      ['vn_admin.mapping.old_ward_code_missing', 9],
    ]);
    expect(issues[0]?.message).toContain('Matched by name to 30003');
    expect(issues[1]?.message).toContain('not included as a unit');
  });
});

describe('buildFormerUnits', () => {
  const former = buildFormerUnits(groupOldWards(resolveMappings(MINI_DATASET).links).wards);

  it('derives each former province with its successor and the reference', () => {
    expect(former.provinces.map((p) => [p.code, p.name, p.successors?.[0]?.code])).toEqual([
      ['pre2025:hoa-giang', 'Hòa Giang', '01'],
      ['pre2025:nui-a', 'Núi A', '01'],
      ['pre2025:nui-b', 'Núi B', '01'],
    ]);
    for (const p of former.provinces) {
      expect(p).toMatchObject({ validFrom: null, validTo: '2025-06-30', level: 'province' });
      expect(p.successors).toEqual([
        { code: '01', date: '2025-07-01', reference: '202/2025/QH15' },
      ]);
    }
  });

  it('gives the split province to the one that received most, and reports the split', () => {
    expect(former.issues).toHaveLength(1);
    expect(former.issues[0]).toMatchObject({
      code: 'vn_admin.lineage.split',
      path: ['orgUnits', 'pre2025:hoa-giang', 'successors'],
      input: '01: 2, 02: 1',
    });
  });

  it('keeps districts of one name but different kinds apart', () => {
    expect(former.districts.map((d) => [d.code, d.successors?.[0]?.code])).toEqual([
      ['pre2025:hoa-giang/huyen-hoa-giang', '01'],
      ['pre2025:hoa-giang/thi-xa-hoa-giang', '02'],
      ['pre2025:nui-a/huyen-doi', '01'],
      ['pre2025:nui-b/huyen-suoi', '01'],
    ]);
  });

  it('links an old commune to every commune it went into', () => {
    const c = former.communes.find((u) => u.code === 'pre2025:30003');
    expect(c?.parentCode).toBe('pre2025:hoa-giang/thi-xa-hoa-giang');
    expect(c?.successors?.map((s) => s.code)).toEqual(['00030', '00040']);
  });
});

describe('buildGeography over the fixture', () => {
  const g = buildGeography(MINI_DATASET);
  const units = [
    ...g.provinces,
    ...g.communes,
    ...g.formerProvinces,
    ...g.formerDistricts,
    ...g.formerCommunes,
  ];

  it('is a consistent set of org units for the core', () => {
    expect(validateOrgUnits(units)).toEqual([]);
  });

  it('rolls a former commune up to today through its lineage, and flags a split one', () => {
    const index = createOrgUnitIndex(units);
    const asOf = '2025-07-01';
    expect(index.currentUnit('pre2025:10001', asOf)).toMatchObject({
      ok: true,
      value: { code: '00010' },
    });
    expect(index.currentUnit('pre2025:nui-b', asOf)).toMatchObject({
      ok: true,
      value: { code: '01' },
    });
    const split = index.currentUnit('pre2025:30003', asOf);
    expect(split.ok ? [] : split.issues.map((i) => i.code)).toEqual(['org_unit.lineage_split']);
    // Before the reform, a former unit is its own current unit.
    expect(index.currentUnit('pre2025:10001', '2020-01-01')).toMatchObject({
      ok: true,
      value: { code: 'pre2025:10001' },
    });
  });
});
