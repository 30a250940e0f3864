import { createOrgUnitIndex, type OrgUnitIndex, type OrgUnitInput } from '@cadre/core';
import { bundledCurrentUnits, bundledLineage } from './bundled-geography.js';

// Callers get their own copies, so one caller's edits never leak into the next one's.
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
  return copy(bundledCurrentUnits().provinces);
}

/**
 * The 3,321 communes, wards and special zones from 1 July 2025, under their province.
 * @example
 * communes().filter((c) => c.parentCode === '04').length; // communes of Cao Bằng
 */
export function communes(): OrgUnitInput[] {
  return copy(bundledCurrentUnits().communes);
}

/**
 * The 63 provinces that existed until 30 June 2025, each with a successor link to its 2025 province.
 * @example
 * formerProvinces().find((p) => p.name === 'Hà Giang')?.successors?.[0]?.code; // '08' (Tuyên Quang)
 */
export function formerProvinces(): OrgUnitInput[] {
  return copy(bundledLineage().formerProvinces);
}

/**
 * The districts that existed until 30 June 2025, under their former province, each succeeded by
 * the 2025 province that received its communes.
 * @example
 * formerDistricts().find((d) => d.name === 'Huyện Bạch Thông')?.parentCode; // 'pre2025:bac-kan'
 */
export function formerDistricts(): OrgUnitInput[] {
  return copy(bundledLineage().formerDistricts);
}

/**
 * The communes that existed until 30 June 2025 (codes `pre2025:<old code>`), under their former
 * district, each succeeded by the 2025 commune(s) it went into.
 * @example
 * formerCommunes().length; // 10,034
 */
export function formerCommunes(): OrgUnitInput[] {
  return copy(bundledLineage().formerCommunes);
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
  const c = bundledCurrentUnits();
  const units = [...c.provinces, ...c.communes];
  if (options.include !== 'current') {
    const l = bundledLineage();
    units.push(...l.formerProvinces, ...l.formerDistricts, ...l.formerCommunes);
  }
  const levels = options.levels;
  return copy(
    levels === undefined ? units : units.filter((u) => levels.some((l) => l === u.level)),
  );
}

/**
 * An org-unit index over this package's units (see `orgUnits` for the options): resolves names
 * and aliases, and follows lineage to today's units.
 * @example
 * const index = createVnAdminIndex({ levels: ['province'] });
 * index.resolve('Bắc Cạn', { asOf: '2010-05-17' }); // former Bắc Kạn, 'pre2025:bac-kan'
 * index.currentUnit('pre2025:bac-kan', '2025-07-01'); // Thái Nguyên, '19'
 */
export function createVnAdminIndex(options: OrgUnitsOptions = {}): OrgUnitIndex {
  return createOrgUnitIndex(orgUnits(options));
}
