import { type Issue, issue, normalizeName, validateOrgUnits } from '@cadre/core';
import { loadDataset } from '../dataset/load-dataset.js';
import type { VnAdminDataset } from '../dataset/raw-types.js';
import { buildGeography, type Geography } from '../geography/build-geography.js';
import { bundledCurrentUnits, bundledLineage } from '../geography/bundled-geography.js';
import { DECLARED_ALIASES } from '../names/aliases.js';
import { checkNames } from './check-names.js';
import { checkTables } from './check-tables.js';

/**
 * Every data-quality finding in a dataset (the bundled one by default): duplicate or dangling
 * codes, mapping rows with no old unit or an unknown or conflicting new ward code, rows without an
 * old commune code, repeated rows, names that are not NFC or use the other tone placement, former
 * units split over several provinces, declared aliases that name no province, and whatever the
 * core's `validateOrgUnits` finds in the derived units. Nothing is dropped without an issue here.
 * @example
 * const issues = validateDataset();
 * issues.filter((i) => i.code === 'vn_admin.mapping.old_unit_missing').length; // 5 special zones
 */
export function validateDataset(ds?: VnAdminDataset): Issue[] {
  const tables = ds ?? loadDataset();
  const g: Geography =
    ds === undefined ? { ...bundledCurrentUnits(), ...bundledLineage() } : buildGeography(ds);
  const units = [
    ...g.provinces,
    ...g.communes,
    ...g.formerProvinces,
    ...g.formerDistricts,
    ...g.formerCommunes,
  ];
  const provinceKeys = new Set(
    [...g.provinces, ...g.formerProvinces].map((p) => normalizeName(p.name)),
  );
  const aliasIssues = DECLARED_ALIASES.flatMap((a, i) =>
    provinceKeys.has(normalizeName(a.name))
      ? []
      : [
          issue(
            'vn_admin.alias.unknown_target',
            ['aliases', i, 'name'],
            `declared alias entry ${i}: "${a.name}" is not the name of a current or former province; expected one`,
            `bí danh khai báo ${i}: "${a.name}" không phải tên của tỉnh hiện tại hay tỉnh cũ nào`,
            a.name,
          ),
        ],
  );
  return [
    ...checkTables(tables),
    ...checkNames(tables),
    ...g.lineageIssues.map((i) => ({ ...i, path: [...i.path] })),
    ...aliasIssues,
    ...validateOrgUnits(units).map((i) => ({ ...i, path: ['orgUnits', ...i.path] })),
  ];
}
