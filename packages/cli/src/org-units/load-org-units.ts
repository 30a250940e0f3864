import { createOrgUnitIndex, type OrgUnitIndex, type OrgUnitInput } from '@cadre/core';
import type { CsvLocaleName } from '@cadre/csv';
import { orgUnits } from '@cadre/vn-admin';
import type { FileIssue } from '../issues/file-issue.js';
import { readOrgUnitsFile } from './read-org-units-file.js';

/**
 * Which part of Việt Nam's administrative geography org-unit cells resolve against:
 * `province` the 34 provinces of 2025 and the 63 before them (with lineage; the default),
 * `all` also the communes and former districts and communes (slower to load; a bare province
 * name may then be ambiguous with a city of the same name), `none` only `--org-units`.
 */
export type Geography = 'province' | 'all' | 'none';

export const GEOGRAPHIES: readonly Geography[] = ['province', 'all', 'none'];

/**
 * The units a command resolves names against, as an index and as the list it was built from.
 * `index` is undefined when no unit was loaded: org-unit cells are then taken as codes.
 */
export interface LoadedOrgUnits {
  index: OrgUnitIndex | undefined;
  units: OrgUnitInput[];
  issues: FileIssue[];
}

/**
 * Loads the org units of a command: the chosen geography from `@cadre/vn-admin`, plus the units
 * of an org-units CSV, whose units replace geography units of the same code.
 * @example
 * const { index } = await loadOrgUnits({ geography: 'province', mode: 'all_or_nothing' });
 * index.resolve('Bắc Cạn', { asOf: '2019-05-20' }); // former Bắc Kạn
 */
export async function loadOrgUnits(options: {
  geography: Geography;
  file?: string;
  locale?: CsvLocaleName;
  mode: 'all_or_nothing' | 'skip_bad_rows';
}): Promise<LoadedOrgUnits> {
  const geography =
    options.geography === 'none'
      ? []
      : orgUnits(options.geography === 'province' ? { levels: ['province'] } : {});
  if (options.file === undefined) {
    return { index: indexOf(geography), units: geography, issues: [] };
  }
  const own = await readOrgUnitsFile(options.file, geography, {
    mode: options.mode,
    ...(options.locale && { locale: options.locale }),
  });
  const codes = new Set(own.units.map((u) => u.code));
  const units = [...geography.filter((u) => !codes.has(u.code)), ...own.units];
  return { index: indexOf(units), units, issues: own.issues };
}

/**
 * An index over units, or undefined for none, so that readers take org-unit cells as codes.
 * @example
 * indexOf([]); // undefined
 */
export function indexOf(units: readonly OrgUnitInput[]): OrgUnitIndex | undefined {
  return units.length === 0 ? undefined : createOrgUnitIndex(units);
}
