import {
  addDaysIso,
  addMonthsIso,
  daysBetween,
  type IsoDate,
  type PersonInput,
  type RotationRecordInput,
  type TrainingRecordInput,
} from '@cadre/core';

/** A group of training records that share a kind, units and a date window. */
export interface TrainingCohort {
  label: string;
  count: number;
  units: string[];
  from: IsoDate;
  to: IsoDate;
  record: Omit<TrainingRecordInput, 'id' | 'personId' | 'orgUnit' | 'start'>;
  person: {
    employment: PersonInput['employment'];
    sector?: string;
    leadershipTier: string;
    /** young: 27–38 at the start; older: 42–50; any: 30–55. */
    age: 'young' | 'older' | 'any';
  };
}

/** A group of rotations of young leaders managed by the provincial standing committee. */
export interface RotationCohort {
  label: string;
  count: number;
  from: string[];
  to: string[];
  post: string;
  start: { from: IsoDate; to: IsoDate };
  /** Planned length; `plannedEnd` is the day before start + months. */
  months: number;
}

/** The cohort file: a PRNG seed and the groups to generate. */
export interface CohortSpec {
  seed: number;
  training: TrainingCohort[];
  rotations: RotationCohort[];
}

/** Persons and their records, ready for `observationsFromRecords` or a store import. */
export interface SyntheticRecords {
  persons: PersonInput[];
  training: TrainingRecordInput[];
  rotations: RotationRecordInput[];
}

const AGES = { young: [27, 38], older: [42, 50], any: [30, 55] } as const;

/**
 * Generates the same persons, training records and rotations on every run from a cohort file:
 * one new person per record, born so that their age at the record's start falls in the cohort's
 * band, units taken in turn from the cohort's list.
 * @example
 * const { training } = generateRecords({ seed: 1, rotations: [], training: [{ label: 'x',
 *   count: 2, units: ['04'], from: '2017-01-01', to: '2017-12-31',
 *   record: { type: 'degree', level: 'master' },
 *   person: { employment: 'cadre', leadershipTier: 'department', age: 'young' } }] });
 * training.length; // 2
 */
export function generateRecords(spec: CohortSpec): SyntheticRecords {
  const random = mulberry32(spec.seed);
  const out: SyntheticRecords = { persons: [], training: [], rotations: [] };
  const newPerson = (
    orgUnit: string,
    start: IsoDate,
    age: readonly [number, number],
    extra: Omit<PersonInput, 'id' | 'birthDate' | 'sex' | 'orgUnit'>,
  ): string => {
    const id = `p${String(out.persons.length + 1).padStart(4, '0')}`;
    const years = age[0] + Math.floor(random() * (age[1] - age[0] + 1));
    // Up to 300 days before the birthday keeps the age at `start` equal to `years`.
    const birthDate = addDaysIso(addMonthsIso(start, -12 * years), -Math.floor(random() * 300));
    const sex = random() < 0.42 ? 'female' : 'male';
    out.persons.push({ id, birthDate, sex, orgUnit, ...extra });
    return id;
  };

  for (const cohort of spec.training) {
    for (let i = 0; i < cohort.count; i++) {
      const orgUnit = cohort.units[i % cohort.units.length]!;
      const start = dayIn(cohort.from, cohort.to, random);
      const { age, ...person } = cohort.person;
      const personId = newPerson(orgUnit, start, AGES[age], person);
      const id = `t${String(out.training.length + 1).padStart(4, '0')}`;
      out.training.push({ ...cohort.record, id, personId, orgUnit, start });
    }
  }
  for (const cohort of spec.rotations) {
    for (let i = 0; i < cohort.count; i++) {
      const from = cohort.from[i % cohort.from.length]!;
      const to = cohort.to[i % cohort.to.length]!;
      const start = dayIn(cohort.start.from, cohort.start.to, random);
      const personId = newPerson(from, start, AGES.young, {
        employment: 'cadre',
        leadershipTier: 'department',
        managementTier: 'provincial_standing_committee',
        plannedPosts: [cohort.post],
      });
      out.rotations.push({
        id: `r${String(out.rotations.length + 1).padStart(2, '0')}`,
        personId,
        from: { orgUnit: from, post: 'truong_phong' },
        to: { orgUnit: to, post: cohort.post },
        start,
        plannedEnd: addDaysIso(addMonthsIso(start, cohort.months), -1),
        status: 'enrolled',
      });
    }
  }
  return out;
}

function dayIn(from: IsoDate, to: IsoDate, random: () => number): IsoDate {
  return addDaysIso(from, Math.floor(random() * (daysBetween(from, to) + 1)));
}

// A small seeded PRNG: the same seed gives the same data on every machine.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
