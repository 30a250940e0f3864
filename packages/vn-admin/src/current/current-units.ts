import type { OrgUnitInput } from '@cadre/core';
import type { VnAdminDataset } from '../dataset/raw-types.js';
import { splitAdminName } from '../names/admin-names.js';
import { aliasesFor } from '../names/aliases.js';
import { stripDiacritics } from '../names/spelling.js';
import { REFORM_DATE } from '../reform.js';

/**
 * The 34 provinces from 1 July 2025 as org units, coded by their official two-digit codes.
 * `name` drops the kind ("Hà Nội"); `names.full` keeps it ("Thành phố Hà Nội").
 * @example
 * buildCurrentProvinces(loadDataset()).find((p) => p.code === '04')?.name; // 'Cao Bằng'
 */
export function buildCurrentProvinces(ds: VnAdminDataset): OrgUnitInput[] {
  return ds.provinces.map((p) => {
    const n = splitAdminName(p.name, p.place_type === 'Tỉnh' || !p.place_type ? 'Tỉnh' : null);
    const names: Record<string, string> = { full: n.full, ascii: stripDiacritics(n.bare) };
    if (n.en !== null) names.en = n.en;
    if (p.code) names.abbr = p.code;
    return {
      code: p.province_code,
      name: n.bare,
      names,
      level: 'province',
      parentCode: null,
      validFrom: REFORM_DATE,
      validTo: null,
      successors: [],
      aliases: aliasesFor(n.bare),
    };
  });
}

/**
 * The 3,321 communes, wards and special zones from 1 July 2025, coded by their official
 * five-digit codes, under their province. Their names keep the kind ("Phường Ba Đình").
 * @example
 * buildCurrentCommunes(loadDataset()).find((c) => c.code === '00004')?.name; // 'Phường Ba Đình'
 */
export function buildCurrentCommunes(ds: VnAdminDataset): OrgUnitInput[] {
  return ds.wards.map((w) => {
    const n = splitAdminName(w.name);
    const names: Record<string, string> = n.en === null ? {} : { en: n.en };
    return {
      code: w.ward_code,
      name: n.full,
      names,
      level: 'commune',
      parentCode: w.province_code,
      validFrom: REFORM_DATE,
      validTo: null,
      successors: [],
      aliases: [],
    };
  });
}
