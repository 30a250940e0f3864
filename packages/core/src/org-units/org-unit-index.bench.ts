import { bench, describe } from 'vitest';
import { createOrgUnitIndex } from './org-unit-index.js';
import type { OrgUnitInput } from './schema.js';

// The national shape: 34 provinces and 3,321 communes with Vietnamese names. The baseline is the
// index as it was: OrgUnitSchema on every unit (units that are not plain objects still take that
// path). Names are keyed once per process; the last case renames every unit to show a first index.
const SYLLABLES = ['Hòa', 'Bình', 'Thạnh', 'Phú', 'Lộc', 'An', 'Đông', 'Tây', 'Sơn', 'Thủy'];
const name = (n: number) =>
  `${SYLLABLES[n % 10]} ${SYLLABLES[Math.floor(n / 10) % 10]} ${SYLLABLES[Math.floor(n / 100) % 10]} ${Math.floor(n / 1000)}`;
const provinces: OrgUnitInput[] = Array.from({ length: 34 }, (_, p) => ({
  code: String(p + 1).padStart(2, '0'),
  name: `Tỉnh ${name(p * 97)}`,
  level: 'province',
}));
const communes: OrgUnitInput[] = Array.from({ length: 3321 }, (_, c) => ({
  code: String(c + 1).padStart(5, '0'),
  name: `Xã ${name(c)}`,
  level: 'commune',
  parentCode: provinces[c % 34]!.code,
  validFrom: '2025-07-01',
}));
const units = [...provinces, ...communes];
// Same fields, but not plain objects: the plain check steps aside and the schema reads them.
const viaSchema = units.map((u) => Object.assign(Object.create({}), u) as OrgUnitInput);
let round = 0;

describe('org units: index the 34 provinces and 3,321 communes', () => {
  bench('baseline: OrgUnitSchema on every unit', () => {
    createOrgUnitIndex(viaSchema);
  });
  bench('createOrgUnitIndex (plain check, names keyed once)', () => {
    createOrgUnitIndex(units);
  });
  bench(
    'createOrgUnitIndex with every name new (a first index)',
    () => {
      round++;
      createOrgUnitIndex(units.map((u) => ({ ...u, name: `${u.name} ${round}` })));
    },
    { iterations: 10 },
  );
});
