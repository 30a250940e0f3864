import { type Issue, issue } from '@cadre/core';
import type { VnAdminDataset } from '../dataset/raw-types.js';

/**
 * Checks the `provinces` and `wards` tables: duplicate codes, wards under an unknown province,
 * and 2025 wards that no mapping row leads to.
 * @example
 * checkTables(loadDataset()); // [{ code: 'vn_admin.ward.no_predecessor', … }] for Xã Ia Mơ
 */
export function checkTables(ds: VnAdminDataset): Issue[] {
  const issues: Issue[] = [];
  const duplicate = (table: string, field: string, codes: readonly string[]) => {
    const first = new Map<string, number>();
    codes.forEach((code, row) => {
      const at = first.get(code);
      if (at === undefined) first.set(code, row);
      else {
        issues.push(
          issue(
            'vn_admin.duplicate_code',
            [table, row, field],
            `${table} row ${row}, ${field}: code ${code} repeats row ${at}; expected unique codes. The first row is used`,
            `${table} dòng ${row}, ${field}: mã ${code} trùng với dòng ${at}; mã phải duy nhất. Dùng dòng đầu tiên`,
            code,
          ),
        );
      }
    });
  };
  duplicate(
    'provinces',
    'province_code',
    ds.provinces.map((p) => p.province_code),
  );
  duplicate(
    'wards',
    'ward_code',
    ds.wards.map((w) => w.ward_code),
  );

  const provinceCodes = new Set(ds.provinces.map((p) => p.province_code));
  const mapped = new Set(ds.wardMappings.map((m) => m.new_ward_code));
  const mappedNames = new Set(ds.wardMappings.map((m) => m.new_ward_name?.normalize('NFC')));
  ds.wards.forEach((w, row) => {
    if (!provinceCodes.has(w.province_code)) {
      issues.push(
        issue(
          'vn_admin.ward.unknown_province',
          ['wards', row, 'province_code'],
          `wards row ${row}: ${w.ward_code} "${w.name}" is under province ${w.province_code}, which is not in the provinces table; expected one of its codes`,
          `wards dòng ${row}: ${w.ward_code} "${w.name}" thuộc tỉnh ${w.province_code}, không có trong bảng provinces`,
          w.province_code,
        ),
      );
    }
    if (!mapped.has(w.ward_code) && !mappedNames.has(w.name.normalize('NFC'))) {
      issues.push(
        issue(
          'vn_admin.ward.no_predecessor',
          ['wards', row, 'ward_code'],
          `wards row ${row}: no ward_mappings row leads to ${w.ward_code} "${w.name}"; expected at least one old commune. Figures before 2025 cannot roll up to it`,
          `wards dòng ${row}: không có dòng ward_mappings nào dẫn tới ${w.ward_code} "${w.name}"; cần ít nhất một xã cũ. Số liệu trước 2025 không thể tổng hợp về đơn vị này`,
          w.ward_code,
        ),
      );
    }
  });
  return issues;
}
