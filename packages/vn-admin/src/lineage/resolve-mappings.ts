import { type Issue, issue, normalizeName as normalizeNameOnce } from '@cadre/core';
import type { RawProvince, RawWard, VnAdminDataset } from '../dataset/raw-types.js';
import { memoize } from '../names/memoize.js';

/** One usable mapping row: an old commune into a 2025 commune that exists in the wards table. */
export interface MappingLink {
  /** Index of the row in `ward_mappings`. */
  row: number;
  oldWardCode: string | null;
  oldWardName: string;
  oldDistrictName: string;
  oldProvinceName: string;
  newWardCode: string;
  newProvinceCode: string;
}

const TABLE = 'ward_mappings';

/**
 * Resolves every `ward_mappings` row to a ward of the 2025 `wards` table. A row whose code and
 * names agree is used as is; a row whose code is unknown or names another ward is resolved by its
 * new ward's name within its new province, and reported. Rows that cannot be used are reported,
 * never dropped silently.
 * @example
 * const { links, issues } = resolveMappings(loadDataset());
 * links.length; // rows usable for lineage
 */
export function resolveMappings(ds: VnAdminDataset): { links: MappingLink[]; issues: Issue[] } {
  const normalizeName = memoize(normalizeNameOnce);
  const wardByCode = new Map<string, RawWard>();
  for (const w of ds.wards) if (!wardByCode.has(w.ward_code)) wardByCode.set(w.ward_code, w);
  const provinceByName = new Map<string, RawProvince>();
  for (const p of ds.provinces) provinceByName.set(normalizeName(p.name), p);
  // Keyed by name only when a row's code fails: most rows agree as written.
  let wardsByName: Map<string, RawWard[]> | undefined;
  const wardsNamed = (provinceCode: string, key: string): RawWard[] => {
    if (!wardsByName) {
      wardsByName = new Map();
      for (const w of ds.wards) {
        const k = `${w.province_code}|${normalizeName(w.name)}`;
        wardsByName.set(k, [...(wardsByName.get(k) ?? []), w]);
      }
    }
    return wardsByName.get(`${provinceCode}|${key}`) ?? [];
  };

  const links: MappingLink[] = [];
  const issues: Issue[] = [];
  const seen = new Set<string>();
  ds.wardMappings.forEach((m, row) => {
    const id = m.id === undefined ? '' : ` (id ${m.id})`;
    if (!m.old_province_name || !m.old_ward_name || !m.old_district_name) {
      issues.push(
        issue(
          'vn_admin.mapping.old_unit_missing',
          [TABLE, row, 'old_province_name'],
          `${TABLE} row ${row}${id}: no old province, district or commune for new ward ${m.new_ward_code} "${m.new_ward_name}"; expected the unit it came from. Row not used for lineage`,
          `${TABLE} dòng ${row}${id}: thiếu tỉnh, huyện hoặc xã cũ của xã mới ${m.new_ward_code} "${m.new_ward_name}"; cần đơn vị trước sắp xếp. Dòng không được dùng cho kế thừa`,
          m,
        ),
      );
      return;
    }
    const province = provinceByName.get(normalizeName(m.new_province_name ?? ''));
    const byCode = m.new_ward_code ? wardByCode.get(m.new_ward_code) : undefined;
    const newName = m.new_ward_name ?? '';
    const agrees =
      byCode !== undefined &&
      (byCode.name === newName || normalizeName(byCode.name) === normalizeName(newName)) &&
      (province === undefined || byCode.province_code === province.province_code);
    let target = agrees ? byCode : undefined;
    if (!target && province) {
      const named = wardsNamed(province.province_code, normalizeName(newName));
      if (named.length === 1) target = named[0];
    }
    const where = `${TABLE} row ${row}${id} (${m.old_ward_name}, ${m.old_province_name})`;
    const whereVi = `${TABLE} dòng ${row}${id} (${m.old_ward_name}, ${m.old_province_name})`;
    if (!agrees) {
      const wrote = `new_ward_code ${m.new_ward_code ?? 'null'} "${m.new_ward_name}" in ${m.new_province_name}`;
      const found = byCode
        ? `names ${byCode.name} (province ${byCode.province_code})`
        : 'is not in the wards table';
      const foundVi = byCode
        ? `là ${byCode.name} (tỉnh ${byCode.province_code})`
        : 'không có trong bảng wards';
      const fix = target ? `resolved by name to ${target.ward_code}` : 'not used for lineage';
      const fixVi = target
        ? `đã xác định theo tên là ${target.ward_code}`
        : 'không được dùng cho kế thừa';
      issues.push(
        issue(
          byCode ? 'vn_admin.mapping.new_ward_conflict' : 'vn_admin.mapping.new_ward_unknown',
          [TABLE, row, 'new_ward_code'],
          `${where}: ${wrote}; the code ${found}; expected a code of that ward. ${fix}`,
          `${whereVi}: mã xã mới ${m.new_ward_code ?? 'null'} "${m.new_ward_name}" thuộc ${m.new_province_name}; mã này ${foundVi}; cần mã của đúng xã đó. ${fixVi}`,
          m.new_ward_code,
        ),
      );
    }
    if (!target) return;
    // Codes are compared as written; uncoded rows by their names, tolerant of spelling.
    const oldKey = m.old_ward_code
      ? m.old_ward_code
      : [m.old_province_name, m.old_district_name, m.old_ward_name].map(normalizeName).join('|');
    const linkKey = `${oldKey}→${target.ward_code}`;
    if (seen.has(linkKey)) {
      issues.push(
        issue(
          'vn_admin.mapping.duplicate_row',
          [TABLE, row],
          `${where}: repeats an earlier row (same old commune into ${target.ward_code}); expected each link once. Counted once`,
          `${whereVi}: lặp lại một dòng trước (cùng xã cũ vào ${target.ward_code}); mỗi liên kết chỉ cần một lần. Chỉ tính một lần`,
        ),
      );
      return;
    }
    seen.add(linkKey);
    links.push({
      row,
      oldWardCode: m.old_ward_code || null,
      oldWardName: m.old_ward_name,
      oldDistrictName: m.old_district_name,
      oldProvinceName: m.old_province_name,
      newWardCode: target.ward_code,
      newProvinceCode: target.province_code,
    });
  });
  return { links, issues };
}
