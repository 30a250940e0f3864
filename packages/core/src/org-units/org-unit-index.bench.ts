import { bench, describe } from 'vitest';
import { createOrgUnitIndex } from './org-unit-index.js';
import type { OrgUnitInput } from './schema.js';

// The national shape: 34 provinces and 3,321 communes with Vietnamese names. Every unit is read
// by OrgUnitSchema, the one definition of a unit. Names are keyed once per process; the second
// case renames every unit to show a first index.
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
let round = 0;

describe('org units: index the 34 provinces and 3,321 communes', () => {
  bench('createOrgUnitIndex (names keyed once)', () => {
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
