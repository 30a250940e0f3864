import type { Issue, OrgUnitInput } from '@cadre/core';
import { buildCurrentCommunes, buildCurrentProvinces } from '../current/current-units.js';
import type { VnAdminDataset } from '../dataset/raw-types.js';
import { buildFormerUnits } from '../lineage/former-units.js';
import { groupOldWards } from '../lineage/group-old-wards.js';
import { resolveMappings } from '../lineage/resolve-mappings.js';

/** The 2025 units. */
export interface CurrentUnits {
  provinces: OrgUnitInput[];
  communes: OrgUnitInput[];
}

/** The units before 1 July 2025 with their lineage, and the findings met deriving them. */
export interface Lineage {
  formerProvinces: OrgUnitInput[];
  formerDistricts: OrgUnitInput[];
  formerCommunes: OrgUnitInput[];
  /** Mapping rows that could not be used as written, and lineage splits. */
  lineageIssues: Issue[];
}

/** Every unit this package derives from one dataset. */
export type Geography = CurrentUnits & Lineage;

/**
 * The 34 provinces and 3,321 communes of a dataset's tables.
 * @example
 * buildCurrentUnits(loadDataset()).provinces.length; // 34
 */
export function buildCurrentUnits(ds: VnAdminDataset): CurrentUnits {
  return { provinces: buildCurrentProvinces(ds), communes: buildCurrentCommunes(ds) };
}

/**
 * The former provinces, districts and communes of a dataset's ward mappings, with lineage.
 * @example
 * buildLineage(loadDataset()).formerProvinces.length; // 63
 */
export function buildLineage(ds: VnAdminDataset): Lineage {
  const resolved = resolveMappings(ds);
  const grouped = groupOldWards(resolved.links);
  const former = buildFormerUnits(grouped.wards);
  return {
    formerProvinces: former.provinces,
    formerDistricts: former.districts,
    formerCommunes: former.communes,
    lineageIssues: [...resolved.issues, ...grouped.issues, ...former.issues],
  };
}

/**
 * Derives the 2025 units and the former units with their lineage from a dataset's tables.
 * Pure: pass a fixture or another edition of the data; the package's own data goes through the
 * lazy getters (`provinces()`, `formerProvinces()`…).
 * @example
 * buildGeography(loadDataset()).formerProvinces.length; // 63
 */
export function buildGeography(ds: VnAdminDataset): Geography {
  return { ...buildCurrentUnits(ds), ...buildLineage(ds) };
}
