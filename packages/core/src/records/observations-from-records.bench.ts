import { bench, describe } from 'vitest';
import caoBangJson from '../programmes/__fixtures__/cao-bang-12-ctr-tu.json' with { type: 'json' };
import { defineProgramme } from '../programmes/define-programme.js';
import { observationsFromRecords } from './observations-from-records.js';

// A province-sized year: 10k people, 50k training records, 2k rotations, all 11 indicators.
const defined = defineProgramme(caoBangJson);
if (!defined.ok) throw new Error('fixture must be valid');
const programme = defined.value;

const levels = ['master', 'specialist_1', 'phd', 'bachelor'] as const;
const fields = ['education', 'health', 'culture_tourism', 'agriculture_forestry'];
const courses = ['cao_cap', 'trung_cap', 'cap_so', 'ky_nang_lanh_dao', 'chuyen_vien_chinh'];
const date = (i: number) =>
  `20${16 + (i % 4)}-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`;

const persons = Array.from({ length: 10_000 }, (_, i) => ({
  id: `p${i}`,
  birthDate: `19${60 + (i % 35)}-0${(i % 9) + 1}-15`,
  sex: i % 2 === 0 ? ('female' as const) : ('male' as const),
  employment: 'civil_servant' as const,
  orgUnit: `04${i % 10}`,
  leadershipTier: i % 3 === 0 ? 'none' : 'department',
  managementTier: i % 5 === 0 ? 'provincial_standing_committee' : undefined,
}));
const training = Array.from({ length: 50_000 }, (_, i) =>
  i % 2 === 0
    ? {
        id: `t${i}`,
        personId: `p${i % 10_000}`,
        orgUnit: `04${i % 10}`,
        type: 'degree' as const,
        level: levels[i % 4],
        field: fields[i % 4],
        start: date(i),
        status: 'completed' as const,
      }
    : {
        id: `t${i}`,
        personId: `p${i % 10_000}`,
        orgUnit: `04${i % 10}`,
        type: 'refresher' as const,
        refresherKind: i % 3 === 0 ? ('political_theory' as const) : ('leadership' as const),
        course: courses[i % 5],
        start: date(i),
        status: 'enrolled' as const,
      },
);
const rotations = Array.from({ length: 2_000 }, (_, i) => ({
  id: `r${i}`,
  personId: `p${(i * 7) % 10_000}`,
  from: { orgUnit: '04', post: 'a' },
  to: { orgUnit: `04${i % 10}`, post: 'b' },
  start: date(i),
  plannedEnd: '2023-01-01',
}));

describe('observationsFromRecords', () => {
  bench(
    '50k training + 2k rotations + 10k persons',
    () => {
      const r = observationsFromRecords(
        programme,
        { persons, training, rotations },
        { asOf: '2019-05-20' },
      );
      if (!r.ok) throw new Error('bench data must be valid');
    },
    { iterations: 3, warmupIterations: 1 },
  );
});
