import { type Issue, issue } from '@cadre/core';
import type { VnAdminDataset } from '../dataset/raw-types.js';
import { memoize } from '../names/memoize.js';
import { normalizeSpelling, unifyTonePlacement } from '../names/spelling.js';

const FIELDS: readonly [keyof VnAdminDataset, string][] = [
  ['provinces', 'name'],
  ['wards', 'name'],
  ['wardMappings', 'old_ward_name'],
  ['wardMappings', 'old_district_name'],
  ['wardMappings', 'old_province_name'],
  ['wardMappings', 'new_ward_name'],
  ['wardMappings', 'new_province_name'],
];
const TABLE_NAMES: Record<keyof VnAdminDataset, string> = {
  provinces: 'provinces',
  wards: 'wards',
  wardMappings: 'ward_mappings',
};

/**
 * Names the package had to normalise: not NFC, the other tone placement (Hoà for Hòa), or stray
 * spaces. One issue per distinct spelling and field, at its first row, with the number of rows.
 * @example
 * checkNames(loadDataset()).filter((i) => i.code === 'vn_admin.name.not_nfc').length;
 */
export function checkNames(ds: VnAdminDataset): Issue[] {
  const issues: Issue[] = [];
  const spell = memoize(normalizeSpelling);
  for (const [table, field] of FIELDS) {
    const first = new Map<string, { row: number; rows: number }>();
    (ds[table] as readonly object[] as readonly Record<string, unknown>[]).forEach((r, row) => {
      const value = r[field];
      if (typeof value !== 'string' || spell(value) === value) return;
      const seen = first.get(value);
      if (seen) seen.rows += 1;
      else first.set(value, { row, rows: 1 });
    });
    for (const [value, { row, rows }] of first) {
      const nfc = value.normalize('NFC');
      const published = normalizeSpelling(value);
      const [code, what, whatVi] =
        nfc !== value
          ? ['vn_admin.name.not_nfc', 'is not in NFC form', 'không ở dạng NFC']
          : unifyTonePlacement(nfc) !== nfc
            ? [
                'vn_admin.name.tone_placement',
                'puts the tone on the other vowel',
                'đặt dấu thanh ở nguyên âm khác',
              ]
            : ['vn_admin.name.whitespace', 'has stray spaces', 'có khoảng trắng thừa'];
      const at = `${TABLE_NAMES[table]} row ${row}, ${field}`;
      const atVi = `${TABLE_NAMES[table]} dòng ${row}, ${field}`;
      issues.push(
        issue(
          code,
          [TABLE_NAMES[table], row, field],
          `${at}: "${value}" ${what} (${rows} row(s)); expected "${published}". Published as "${published}"`,
          `${atVi}: "${value}" ${whatVi} (${rows} dòng); cần "${published}". Đã công bố là "${published}"`,
          value,
        ),
      );
    }
  }
  return issues;
}
