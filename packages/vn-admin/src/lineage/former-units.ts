import { type Issue, issue, type OrgUnitInput } from '@cadre/core';
import { adminNameKey, splitAdminName } from '../names/admin-names.js';
import { aliasesFor } from '../names/aliases.js';
import { slugify, stripDiacritics } from '../names/spelling.js';
import { FORMER_CODE_PREFIX, LAST_FORMER_DAY, PROVINCE_REFERENCE, REFORM_DATE } from '../reform.js';
import type { OldWard } from './group-old-wards.js';
import { pickSuccessor } from './pick-successor.js';

/** The units that existed until 30 June 2025, derived from the ward mappings. */
export interface FormerUnits {
  provinces: OrgUnitInput[];
  districts: OrgUnitInput[];
  communes: OrgUnitInput[];
  issues: Issue[];
}

interface Tally {
  code: string;
  fullName: string;
  provinceCode: string | null;
  counts: Map<string, number>;
}

/**
 * Builds the 63 former provinces, their districts and old communes, each valid to 2025-06-30.
 * An old commune's successors are the 2025 communes it went into. A district's or province's
 * successor is the 2025 province that received all or most of its communes; when its communes
 * went to several provinces the split is reported.
 * @example
 * const { provinces } = buildFormerUnits(groupOldWards(resolveMappings(ds).links).wards);
 * provinces.find((p) => p.name === 'Bắc Kạn')?.successors; // [{ code: '19', … }] (Thái Nguyên)
 */
export function buildFormerUnits(wards: readonly OldWard[]): FormerUnits {
  const provinces = new Map<string, Tally>();
  const districts = new Map<string, Tally>();
  const communes: OrgUnitInput[] = [];
  // Thousands of communes share each province and district name: work each name out once.
  const placeOf = new Map<
    string,
    { provinceCode: string; districtCode: string; keys: [string, string] }
  >();
  for (const w of wards) {
    const at = `${w.provinceName}\u0000${w.districtName}`;
    let place = placeOf.get(at);
    if (!place) {
      const province = splitAdminName(w.provinceName, 'Tỉnh');
      const provinceCode = `${FORMER_CODE_PREFIX}${slugify(province.bare)}`;
      const district = splitAdminName(w.districtName);
      const provinceKey = adminNameKey(province.full);
      place = {
        provinceCode,
        districtCode: `${provinceCode}/${slugify(district.full)}`,
        keys: [provinceKey, `${provinceKey}/${adminNameKey(district.full)}`],
      };
      placeOf.set(at, place);
      tally(provinces, place.keys[0], provinceCode, province.full, null);
      tally(districts, place.keys[1], place.districtCode, district.full, provinceCode);
    }
    const { districtCode, keys } = place;
    count(provinces.get(keys[0])!, w.newProvinceCodes);
    count(districts.get(keys[1])!, w.newProvinceCodes);
    const commune = splitAdminName(w.name);
    communes.push({
      code: `${FORMER_CODE_PREFIX}${w.code}`,
      name: commune.full,
      names: commune.en === null ? {} : { en: commune.en },
      level: 'commune',
      parentCode: districtCode,
      validFrom: null,
      validTo: LAST_FORMER_DAY,
      successors: w.newWardCodes.map((code) => ({ code, date: REFORM_DATE })),
      aliases: [],
    });
  }

  const issues: Issue[] = [];
  const provinceUnits = [...provinces.values()].map((t) => {
    const n = splitAdminName(t.fullName, 'Tỉnh');
    const names: Record<string, string> = { full: n.full, ascii: stripDiacritics(n.bare) };
    if (n.en !== null) names.en = n.en;
    const aliases = aliasesFor(n.bare);
    return former({ name: n.bare, names, level: 'province', tally: t, aliases }, issues);
  });
  const districtUnits = [...districts.values()].map((t) => {
    const n = splitAdminName(t.fullName);
    const names: Record<string, string> = n.en === null ? {} : { en: n.en };
    return former({ name: n.full, names, level: 'district', tally: t, aliases: [] }, issues);
  });
  const byCode = (a: OrgUnitInput, b: OrgUnitInput) =>
    a.code < b.code ? -1 : a.code > b.code ? 1 : 0;
  return {
    provinces: provinceUnits.sort(byCode),
    districts: districtUnits.sort(byCode),
    communes: communes.sort(byCode),
    issues,
  };
}

function tally(
  into: Map<string, Tally>,
  key: string,
  code: string,
  fullName: string,
  provinceCode: string | null,
): void {
  if (!into.has(key)) into.set(key, { code, fullName, provinceCode, counts: new Map() });
}

function count(t: Tally, newProvinceCodes: readonly string[]): void {
  for (const code of newProvinceCodes) t.counts.set(code, (t.counts.get(code) ?? 0) + 1);
}

interface FormerSpec {
  name: string;
  names: Record<string, string>;
  level: 'province' | 'district';
  tally: Tally;
  aliases: string[];
}

function former(spec: FormerSpec, issues: Issue[]): OrgUnitInput {
  const { tally, level } = spec;
  const code = tally.code;
  const choice = pickSuccessor(tally.counts);
  const levelVi = level === 'province' ? 'tỉnh' : 'huyện';
  if (choice?.split) {
    const shares = choice.shares.map((s) => `${s.code}: ${s.communes}`).join(', ');
    issues.push(
      issue(
        'vn_admin.lineage.split',
        ['orgUnits', code, 'successors'],
        `former ${level} ${tally.fullName} (${code}): its communes went to several 2025 provinces (${shares}); expected one. Successor set to ${choice.code}, which received most; roll up by commune for exact figures`,
        `${levelVi} cũ ${tally.fullName} (${code}): các xã được chuyển về nhiều tỉnh mới (${shares}); lẽ ra chỉ một. Đơn vị kế thừa được đặt là ${choice.code}, nơi nhận nhiều xã nhất; hãy tổng hợp theo xã để có số chính xác`,
        shares,
      ),
    );
  }
  // The province merger cites NQ 202/2025/QH15; districts ended with the two-tier reform itself.
  const link = { code: choice?.code ?? '', date: REFORM_DATE };
  const successors = !choice
    ? []
    : level === 'province'
      ? [{ ...link, reference: PROVINCE_REFERENCE }]
      : [link];
  return {
    code,
    name: spec.name,
    names: spec.names,
    level,
    parentCode: tally.provinceCode,
    validFrom: null,
    validTo: LAST_FORMER_DAY,
    successors,
    aliases: spec.aliases,
  };
}
