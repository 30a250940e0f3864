import { describe, expect, it } from 'vitest';
import { MINI_DATASET } from '../__fixtures__/mini-dataset.js';
import { loadDataset } from '../dataset/load-dataset.js';
import type { VnAdminDataset } from '../dataset/raw-types.js';
import { resolveMappings } from '../lineage/resolve-mappings.js';
import { DECLARED_ALIASES } from '../names/aliases.js';
import { validateDataset } from './validate-dataset.js';

const byCode = (issues: { code: string }[]) => {
  const counts: Record<string, number> = {};
  for (const i of issues) counts[i.code] = (counts[i.code] ?? 0) + 1;
  return counts;
};

describe('validateDataset over the fixture', () => {
  const issues = validateDataset(MINI_DATASET);

  it('reports each kind of problem the fixture holds, once per case', () => {
    expect(byCode(issues)).toEqual({
      'vn_admin.ward.no_predecessor': 1, // Xã Đảo Mới
      'vn_admin.name.not_nfc': 1, // Phường Bãi Cát in NFD
      // Huyện Hoà Giang, Thị xã Hoà Giang, Tỉnh Hoà Giang: one issue per spelling and field.
      'vn_admin.name.tone_placement': 3,
      'vn_admin.mapping.new_ward_unknown': 2,
      'vn_admin.mapping.new_ward_conflict': 1,
      'vn_admin.mapping.duplicate_row': 1,
      'vn_admin.mapping.old_unit_missing': 1,
      'vn_admin.mapping.old_ward_code_missing': 2,
      'vn_admin.lineage.split': 1, // Hòa Giang: 2 communes to 01, 1 to 02
      // The declared aliases name real provinces, which the fixture does not hold.
      'vn_admin.alias.unknown_target': DECLARED_ALIASES.length,
    });
  });

  it('says in English and Vietnamese where and what was expected', () => {
    for (const i of issues) {
      expect(i.path.length).toBeGreaterThan(0);
      expect(i.message).toMatch(/expected/);
      expect(i.messageVi?.length).toBeGreaterThan(0);
    }
    const tone = issues.find((i) => i.input === 'Tỉnh Hoà Giang');
    expect(tone?.message).toContain('(4 row(s))');
  });

  it('reports duplicate codes and wards under unknown provinces', () => {
    const broken: VnAdminDataset = {
      ...MINI_DATASET,
      provinces: [...MINI_DATASET.provinces, { province_code: '01', name: 'Trùng Mã' }],
      wards: [
        ...MINI_DATASET.wards,
        { ward_code: '00010', name: 'Xã Đồi Cao', province_code: '01' },
        { ward_code: '00060', name: 'Xã Lạc', province_code: '77' },
      ],
    };
    const found = validateDataset(broken);
    expect(found.filter((i) => i.code === 'vn_admin.duplicate_code').map((i) => i.path)).toEqual([
      ['provinces', 2, 'province_code'],
      ['wards', 5, 'ward_code'],
    ]);
    expect(found.find((i) => i.code === 'vn_admin.ward.unknown_province')?.path).toEqual([
      'wards',
      6,
      'province_code',
    ]);
  });
});

describe('validateDataset over the bundled data', () => {
  const issues = validateDataset();
  const ds = loadDataset();

  it('drops no mapping row silently: every row is a link or has an issue at its row', () => {
    const linked = new Set(resolveMappings(ds).links.map((l) => l.row));
    const reported = new Set(
      issues.filter((i) => i.path[0] === 'ward_mappings').map((i) => i.path[1]),
    );
    const unaccounted = ds.wardMappings
      .map((_, row) => row)
      .filter((row) => !linked.has(row) && !reported.has(row));
    expect(unaccounted).toEqual([]);
  });

  it('reports the five special zones that have no old unit', () => {
    const zones = issues
      .filter((i) => i.code === 'vn_admin.mapping.old_unit_missing')
      .map((i) => (i.input as { new_ward_name: string }).new_ward_name);
    expect(zones.sort()).toEqual(
      [
        'Đặc khu Bạch Long Vĩ',
        'Đặc khu Côn Đảo',
        'Đặc khu Cồn Cỏ',
        'Đặc khu Hoàng Sa',
        'Đặc khu Lý Sơn',
      ].sort(),
    );
  });

  it('reports the old tone placement of "Tỉnh Hoà Bình"', () => {
    const hoaBinh = issues.find((i) => i.input === 'Tỉnh Hoà Bình');
    expect(hoaBinh).toMatchObject({
      code: 'vn_admin.name.tone_placement',
      path: ['ward_mappings', expect.any(Number), 'old_province_name'],
    });
    expect(hoaBinh?.message).toContain('expected "Tỉnh Hòa Bình"');
  });

  it('resolves by name a row whose code names a ward of another province, and says so', () => {
    // Xã Kỳ Ninh (Hà Tĩnh) → Phường Hải Ninh, Hà Tĩnh; the row's code 16576 is a Thanh Hóa ward.
    const row = ds.wardMappings.findIndex((m) => m.old_ward_name === 'Xã Kỳ Ninh');
    const found = issues.find((i) => i.path[0] === 'ward_mappings' && i.path[1] === row);
    expect(found?.code).toBe('vn_admin.mapping.new_ward_conflict');
    const link = resolveMappings(ds).links.find((l) => l.row === row);
    const haTinh = ds.provinces.find((p) => p.name === 'Hà Tĩnh')?.province_code;
    expect(link?.newProvinceCode).toBe(haTinh);
  });

  it('finds no province split and no inconsistency in the derived units', () => {
    const splitProvinces = issues.filter(
      (i) => i.code === 'vn_admin.lineage.split' && !String(i.path[1]).includes('/'),
    );
    expect(splitProvinces).toEqual([]);
    expect(issues.filter((i) => i.code.startsWith('org_unit.'))).toEqual([]);
    expect(issues.filter((i) => i.code === 'vn_admin.alias.unknown_target')).toEqual([]);
  });
});
