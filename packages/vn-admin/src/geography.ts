import { createOrgUnitIndex, type Issue, type OrgUnitIndex, type OrgUnitInput } from '@cadre/core';
import { buildCurrentCommunes, buildCurrentProvinces } from './current/current-units.js';
import { loadDataset } from './dataset/load-dataset.js';
import type { VnAdminDataset } from './dataset/raw-types.js';
import { buildFormerUnits } from './lineage/former-units.js';
import { groupOldWards } from './lineage/group-old-wards.js';
import { resolveMappings } from './lineage/resolve-mappings.js';

/** Every unit this package derives from one dataset, with the findings met on the way. */
export interface Geography {
  provinces: OrgUnitInput[];
  communes: OrgUnitInput[];
  formerProvinces: OrgUnitInput[];
  formerDistricts: OrgUnitInput[];
  formerCommunes: OrgUnitInput[];
  /** Mapping rows that could not be used as written, and lineage splits. */
  lineageIssues: Issue[];
}

/**
 * Derives the 2025 units and the former units with their lineage from a dataset's tables.
 * Pure: pass a fixture or another edition of the data; the package's own data goes through the
 * lazy getters (`provinces()`, `formerProvinces()`…).
 * @example
 * buildGeography(loadDataset()).formerProvinces.length; // 63
 */
export function buildGeography(ds: VnAdminDataset): Geography {
  const resolved = resolveMappings(ds);
  const grouped = groupOldWards(resolved.links);
  const former = buildFormerUnits(grouped.wards);
  return {
    provinces: buildCurrentProvinces(ds),
    communes: buildCurrentCommunes(ds),
    formerProvinces: former.provinces,
    formerDistricts: former.districts,
    formerCommunes: former.communes,
    lineageIssues: [...resolved.issues, ...grouped.issues, ...former.issues],
  };
}

let cached: Geography | undefined;

/**
 * The geography of the bundled dataset, built on first use: importing the package reads no data.
 * Shared and not copied; the public getters hand out copies.
 * @example
 * bundledGeography().provinces.length; // 34
 */
export function bundledGeography(): Geography {
  cached ??= buildGeography(loadDataset());
  return cached;
}
const geography = bundledGeography;
// Callers get their own copies, so a caller's edits never leak into the next one's.
const copy = (units: readonly OrgUnitInput[]): OrgUnitInput[] =>
  units.map((u) => ({
    ...u,
    names: { ...u.names },
    successors: (u.successors ?? []).map((s) => ({ ...s })),
    aliases: [...(u.aliases ?? [])],
  }));

/**
 * The 34 provinces and centrally-run cities from 1 July 2025, by official code.
 * @example
 * provinces().length; // 34
 */
export function provinces(): OrgUnitInput[] {
  return copy(geography().provinces);
}

/**
 * The 3,321 communes, wards and special zones from 1 July 2025, under their province.
 * @example
 * communes().filter((c) => c.parentCode === '04').length; // communes of Cao Bằng
 */
export function communes(): OrgUnitInput[] {
  return copy(geography().communes);
}

/**
 * The 63 provinces that existed until 30 June 2025, each with a successor link to its 2025 province.
 * @example
 * formerProvinces().find((p) => p.name === 'Hà Giang')?.successors[0]?.code; // '08' (Tuyên Quang)
 */
export function formerProvinces(): OrgUnitInput[] {
  return copy(geography().formerProvinces);
}

/**
 * The districts that existed until 30 June 2025, under their former province, each succeeded by
 * the 2025 province that received its communes.
 * @example
 * formerDistricts().find((d) => d.name === 'Huyện Bạch Thông')?.parentCode; // 'pre2025:bac-kan'
 */
export function formerDistricts(): OrgUnitInput[] {
  return copy(geography().formerDistricts);
}

/**
 * The communes that existed until 30 June 2025 (codes `pre2025:<old code>`), under their former
 * district, each succeeded by the 2025 commune(s) it went into.
 * @example
 * formerCommunes().length; // about 10,000
 */
export function formerCommunes(): OrgUnitInput[] {
  return copy(geography().formerCommunes);
}

/** Which units `orgUnits` returns. */
export interface OrgUnitsOptions {
  /** 'current': the 2025 units only; 'all': also the former units with lineage. Default 'all'. */
  include?: 'current' | 'all';
  /** Levels to keep. Default: every level. */
  levels?: readonly ('province' | 'district' | 'commune')[];
}

/**
 * The units as core `OrgUnitInput`s, ready for `createOrgUnitIndex` or a store.
 * @example
 * orgUnits({ include: 'all', levels: ['province'] }).length; // 34 + 63 = 97
 */
export function orgUnits(options: OrgUnitsOptions = {}): OrgUnitInput[] {
  const g = geography();
  const current = [...g.provinces, ...g.communes];
  const all =
    options.include === 'current'
      ? current
      : [...current, ...g.formerProvinces, ...g.formerDistricts, ...g.formerCommunes];
  const levels = options.levels;
  return copy(
    levels === undefined ? all : all.filter((u) => levels.includes(u.level as 'province')),
  );
}

/**
 * An org-unit index over this package's units (see `orgUnits` for the options): resolves names
 * and aliases, and follows lineage to today's units.
 * @example
 * const index = createVnAdminIndex({ levels: ['province'] });
 * index.resolve('Bắc Cạn', { asOf: '2010-05-17' }); // former Bắc Kạn
 * index.currentUnit('pre2025:bac-kan', '2025-07-01'); // Thái Nguyên (19)
 */
export function createVnAdminIndex(options: OrgUnitsOptions = {}): OrgUnitIndex {
  return createOrgUnitIndex(orgUnits(options));
}
