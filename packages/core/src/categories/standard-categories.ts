import type { Category } from './schema.js';

const cat = (
  code: string,
  vi: string,
  en: string,
  parentCode: string | null,
  predicate: Category['predicate'],
): Category => ({ code, name: { vi, en }, parentCode, predicate });

const employment = (value: string): Category['predicate'] => ({ field: 'employment', eq: value });
const sector = (value: string): Category['predicate'] => ({ field: 'sector', eq: value });

/**
 * The categories most programmes count by, as data: employment class, leaders and managers
 * (young ones by the programme's youth age), the provincial management tier, women, ethnic
 * minorities and sectors. Programmes may redefine any code or add their own.
 * Person fields used: `employment`, `leadershipTier` ('none' for staff), `managementTier`
 * ('provincial_standing_committee'), `sex`, `ethnicMinority`, `sector`; `commune_level` also
 * reads `orgUnit` from 1/7/2025 (see the `communeLevel` predicate).
 * @example
 * STANDARD_CATEGORIES.find((c) => c.code === 'young_leader_manager')?.name.vi;
 * // 'Cán bộ lãnh đạo, quản lý trẻ'
 */
export const STANDARD_CATEGORIES: readonly Category[] = deepFreeze([
  cat('cadre', 'Cán bộ', 'Cadres', null, employment('cadre')),
  cat('civil_servant', 'Công chức', 'Civil servants', null, employment('civil_servant')),
  cat('public_employee', 'Viên chức', 'Public employees', null, employment('public_employee')),
  cat(
    'commune_level',
    'Cán bộ, công chức cấp xã',
    'Commune-level cadres and civil servants',
    null,
    // By class before 1/7/2025, by the unit's level after (Luật 80/2025): the rule book decides.
    { communeLevel: true },
  ),
  cat('commune_cadre', 'Cán bộ cấp xã', 'Commune-level cadres', 'commune_level', {
    field: 'employment',
    in: ['commune_cadre', 'cadre'],
  }),
  cat(
    'commune_civil_servant',
    'Công chức cấp xã',
    'Commune-level civil servants',
    'commune_level',
    {
      field: 'employment',
      in: ['commune_civil_servant', 'civil_servant'],
    },
  ),
  cat('leader_manager', 'Cán bộ lãnh đạo, quản lý', 'Leaders and managers', null, {
    not: { field: 'leadershipTier', eq: 'none' },
  }),
  cat(
    'young_leader_manager',
    'Cán bộ lãnh đạo, quản lý trẻ',
    'Young leaders and managers',
    'leader_manager',
    {
      young: true,
    },
  ),
  cat(
    'provincial_managed',
    'Cán bộ diện Ban Thường vụ Tỉnh ủy quản lý',
    'Cadres managed by the provincial Party standing committee',
    null,
    { field: 'managementTier', eq: 'provincial_standing_committee' },
  ),
  cat(
    'young_leader_provincial_managed',
    'Cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý',
    'Young leaders and managers managed by the provincial Party standing committee',
    'young_leader_manager',
    { field: 'managementTier', eq: 'provincial_standing_committee' },
  ),
  cat('women', 'Cán bộ nữ', 'Women', null, { field: 'sex', eq: 'female' }),
  cat('ethnic_minority', 'Cán bộ người dân tộc thiểu số', 'Ethnic minority cadres', null, {
    field: 'ethnicMinority',
    eq: true,
  }),
  cat('sector_education', 'Lĩnh vực giáo dục', 'Education sector', null, sector('education')),
  cat('sector_health', 'Lĩnh vực y tế', 'Health sector', null, sector('health')),
  cat(
    'sector_culture_tourism',
    'Lĩnh vực văn hóa - du lịch',
    'Culture and tourism sector',
    null,
    sector('culture_tourism'),
  ),
  cat(
    'sector_agriculture_forestry',
    'Lĩnh vực nông - lâm nghiệp',
    'Agriculture and forestry sector',
    null,
    sector('agriculture_forestry'),
  ),
]);

// Shared data must not be changed by one caller under another's feet.
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}
