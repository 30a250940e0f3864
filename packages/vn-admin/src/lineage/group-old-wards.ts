import { type Issue, issue } from '@cadre/core';
import { adminNameKey } from '../names/admin-names.js';
import type { MappingLink } from './resolve-mappings.js';

/** One old commune (before 1 July 2025) and the 2025 communes it went into. */
export interface OldWard {
  code: string;
  name: string;
  districtName: string;
  provinceName: string;
  /** 2025 commune codes, in row order, without repeats. */
  newWardCodes: string[];
  /** 2025 province codes of those communes, without repeats. */
  newProvinceCodes: string[];
}

const TABLE = 'ward_mappings';
type Named = Pick<MappingLink, 'oldProvinceName' | 'oldDistrictName' | 'oldWardName'>;
const districtKey = (l: Named) =>
  `${adminNameKey(l.oldProvinceName)}/${adminNameKey(l.oldDistrictName)}`;
const nameKey = (l: Named) => `${districtKey(l)}/${adminNameKey(l.oldWardName)}`;
const asNamed = (w: OldWard): Named => ({
  oldProvinceName: w.provinceName,
  oldDistrictName: w.districtName,
  oldWardName: w.name,
});
const sameNames = (a: Named, b: Named) =>
  (a.oldWardName === b.oldWardName &&
    a.oldDistrictName === b.oldDistrictName &&
    a.oldProvinceName === b.oldProvinceName) ||
  nameKey(a) === nameKey(b);

/**
 * Groups mapping links by old commune code. A row without an old code joins the coded commune of
 * the same province, district and name when there is one; otherwise it names a commune the dataset
 * does not code (often one merged before 2025) and is left out. Both cases are reported.
 * @example
 * const { wards } = groupOldWards(resolveMappings(loadDataset()).links);
 * wards.length; // old communes with a code
 */
export function groupOldWards(links: readonly MappingLink[]): {
  wards: OldWard[];
  issues: Issue[];
} {
  const byCode = new Map<string, OldWard>();
  const issues: Issue[] = [];
  const add = (ward: OldWard, link: MappingLink) => {
    if (!ward.newWardCodes.includes(link.newWardCode)) ward.newWardCodes.push(link.newWardCode);
    if (!ward.newProvinceCodes.includes(link.newProvinceCode)) {
      ward.newProvinceCodes.push(link.newProvinceCode);
    }
  };

  for (const link of links) {
    if (link.oldWardCode === null) continue;
    const known = byCode.get(link.oldWardCode);
    if (!known) {
      const ward: OldWard = {
        code: link.oldWardCode,
        name: link.oldWardName,
        districtName: link.oldDistrictName,
        provinceName: link.oldProvinceName,
        newWardCodes: [],
        newProvinceCodes: [],
      };
      byCode.set(ward.code, ward);
      add(ward, link);
    } else if (sameNames(link, asNamed(known))) {
      add(known, link);
    } else {
      issues.push(
        issue(
          'vn_admin.mapping.old_ward_conflict',
          [TABLE, link.row, 'old_ward_code'],
          `${TABLE} row ${link.row}: old_ward_code ${link.oldWardCode} is "${link.oldWardName}, ${link.oldDistrictName}, ${link.oldProvinceName}" here but "${known.name}, ${known.districtName}, ${known.provinceName}" earlier; expected one commune per code. Row not used`,
          `${TABLE} dòng ${link.row}: mã xã cũ ${link.oldWardCode} ở đây là "${link.oldWardName}, ${link.oldDistrictName}, ${link.oldProvinceName}" nhưng trước đó là "${known.name}, ${known.districtName}, ${known.provinceName}"; mỗi mã chỉ ứng với một xã. Dòng không được dùng`,
          link.oldWardCode,
        ),
      );
    }
  }

  // Only districts that have uncoded rows need their coded communes keyed by name.
  const uncoded = links.filter((l) => l.oldWardCode === null);
  const districts = new Set(uncoded.map(districtKey));
  const codeByName = new Map<string, string>();
  for (const w of byCode.values()) {
    const named = asNamed(w);
    if (districts.has(districtKey(named))) codeByName.set(nameKey(named), w.code);
  }
  for (const link of uncoded) {
    const code = codeByName.get(nameKey(link));
    const ward = code === undefined ? undefined : byCode.get(code);
    const what = `${TABLE} row ${link.row}: "${link.oldWardName}, ${link.oldDistrictName}, ${link.oldProvinceName}" has no old_ward_code; expected a five-digit code`;
    const whatVi = `${TABLE} dòng ${link.row}: "${link.oldWardName}, ${link.oldDistrictName}, ${link.oldProvinceName}" thiếu mã xã cũ; cần mã năm chữ số`;
    if (ward) add(ward, link);
    issues.push(
      issue(
        'vn_admin.mapping.old_ward_code_missing',
        [TABLE, link.row, 'old_ward_code'],
        ward
          ? `${what}. Matched by name to ${ward.code}; its link to ${link.newWardCode} is kept`
          : `${what}. No coded commune has this name, so it is not included as a unit`,
        ward
          ? `${whatVi}. Đã khớp theo tên với ${ward.code}; giữ liên kết tới ${link.newWardCode}`
          : `${whatVi}. Không có xã có mã nào trùng tên nên không đưa vào danh sách đơn vị`,
        null,
      ),
    );
  }
  return { wards: [...byCode.values()], issues };
}
