import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import caoBangJson from '../programmes/__fixtures__/cao-bang-12-ctr-tu.json' with { type: 'json' };
import { defineProgramme } from '../programmes/define-programme.js';
import type { Programme } from '../programmes/schema.js';
import { isCadreError } from '../result/error.js';
import type { Issue } from '../result/issue.js';
import type { DegreeLevel, RecordStatus, RefresherKind, TrainingMode } from './enums.js';
import { observationsFromRecords } from './observations-from-records.js';
import type { Observation } from './schema.js';

const clone = <T>(value: T): T => JSON.parse(JSON.stringify(value));

const REVIEW = '2019-05-20'; // the Steering Committee's review of 12-CTr/TU (seed 004)

function programme(json: unknown): Programme {
  const r = defineProgramme(json);
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value;
}
const caoBang = programme(caoBangJson);

function observations(
  p: Programme,
  input: Parameters<typeof observationsFromRecords>[1],
  asOf = REVIEW,
) {
  const r = observationsFromRecords(p, input, { asOf });
  if (!r.ok) throw new Error(JSON.stringify(r.issues, null, 2));
  return r.value;
}
function issues(p: Programme, input: Parameters<typeof observationsFromRecords>[1]): Issue[] {
  const r = observationsFromRecords(p, input, { asOf: REVIEW });
  if (r.ok) throw new Error('expected issues');
  return r.issues;
}
const total = (obs: Observation[], indicator: string, where: Record<string, string> = {}) =>
  obs
    .filter((o) => o.indicator === indicator)
    .filter((o) => Object.entries(where).every(([k, v]) => o.disaggregation[k] === v))
    .reduce((sum, o) => sum + Number(o.value), 0);

const leader = (id: string, birthDate: string, over: Record<string, unknown> = {}) => ({
  id,
  birthDate,
  sex: 'male' as const,
  employment: 'civil_servant' as const,
  orgUnit: '04',
  leadershipTier: 'department',
  managementTier: 'provincial_standing_committee',
  ...over,
});
// 23 young provincial leaders, one who turned 40 during the programme, one older, one young staff member.
const young = Array.from({ length: 30 }, (_, i) => leader(`y${i + 1}`, '1985-01-01'));
const persons = [
  ...young,
  leader('b1', '1977-03-01'), // 39 on 1/9/2016, 42 at the review
  leader('o1', '1970-01-01'),
  leader('s1', '1990-01-01', { leadershipTier: 'none' }),
];

const day = (i: number) => `2017-${String((i % 12) + 1).padStart(2, '0')}-15`;
const rotation = (id: string, personId: string, start: string, to = '040') => ({
  id,
  personId,
  from: { orgUnit: '04', post: 'pho_giam_doc_so' },
  to: { orgUnit: to, post: 'pho_bi_thu_huyen' },
  start,
  plannedEnd: '2022-12-31',
  status: 'enrolled' as const,
});
const rotations = [
  ...Array.from({ length: 23 }, (_, i) =>
    rotation(`r${i + 1}`, `y${i + 1}`, day(i), i < 10 ? '040' : '042'),
  ),
  rotation('r-b1', 'b1', '2016-09-01'),
  rotation('r-old', 'o1', '2017-01-01'),
  rotation('r-staff', 's1', '2017-01-01'),
  rotation('r-late', 'y24', '2019-05-21'),
  rotation('r-early', 'y25', '2016-05-08'),
];

let seq = 0;
const degree = (
  personId: string,
  level: DegreeLevel,
  field: string,
  status: RecordStatus = 'completed',
  start = day(seq),
) => ({
  id: `t${++seq}`,
  personId,
  orgUnit: '04',
  type: 'degree' as const,
  level,
  field,
  start,
  status,
});
const refresher = (refresherKind: RefresherKind, course: string, mode: TrainingMode) => ({
  id: `t${++seq}`,
  personId: 'o1',
  orgUnit: '04',
  type: 'refresher' as const,
  refresherKind,
  course,
  mode,
  start: day(seq),
  status: 'completed' as const,
});
const pick = (i: number) => `y${(i % 30) + 1}`;
const training = [
  ...Array.from({ length: 30 }, (_, i) => degree(pick(i), 'master', 'education')),
  degree('y1', 'master', 'education', 'dropped'),
  degree('y2', 'master', 'education', 'planned'),
  degree('o1', 'master', 'education'),
  ...Array.from({ length: 80 }, (_, i) => degree(pick(i), 'specialist_1', 'health')),
  ...Array.from({ length: 37 }, (_, i) => degree(pick(i), 'master', 'health')),
  ...Array.from({ length: 4 }, (_, i) => degree(pick(i), 'master', 'culture_tourism')),
  ...Array.from({ length: 300 }, () => refresher('political_theory', 'cao_cap', 'part_time')),
  ...Array.from({ length: 130 }, () => refresher('political_theory', 'cao_cap', 'full_time')),
];

describe('observationsFromRecords: Cao Bằng 12-CTr/TU at the review of 20/5/2019', () => {
  const obs = observations(caoBang, { persons, rotations, training });

  it('counts the 24 rotations of young provincial-tier leaders ("luân chuyển 24 cán bộ")', () => {
    expect(total(obs, 'rotation_young_provincial')).toBe(24);
    // Counted at the unit the cadre leaves, on the rotation's start date.
    expect(
      obs
        .filter((o) => o.indicator === 'rotation_young_provincial')
        .every((o) => o.orgUnit === '04'),
    ).toBe(true);
    expect(obs).toContainEqual({
      programme: '12-CTr/TU',
      indicator: 'rotation_young_provincial',
      orgUnit: '04',
      date: '2016-09-01',
      value: 1,
      disaggregation: {},
    });
  });

  it('reproduces the reported training figures: 30 education, 117 health, 4 culture, 430 advanced theory', () => {
    expect(total(obs, 'master_education')).toBe(30);
    expect(total(obs, 'specialist_health')).toBe(117);
    expect(total(obs, 'specialist_health', { level: 'specialist_1' })).toBe(80);
    expect(total(obs, 'specialist_health', { level: 'master' })).toBe(37);
    expect(total(obs, 'master_culture_tourism')).toBe(4);
    expect(total(obs, 'political_theory_advanced')).toBe(430);
    expect(total(obs, 'political_theory_advanced', { mode: 'full_time' })).toBe(130);
    expect(obs.some((o) => o.indicator === 'phd')).toBe(false);
  });

  it('sums records of the same unit and day into one integer observation', () => {
    // 30 education degrees spread over 12 monthly dates: 6 dates with 3 records, 6 with 2.
    const edu = obs.filter((o) => o.indicator === 'master_education');
    expect(edu).toHaveLength(12);
    expect(edu.map((o) => o.value).sort()).toEqual([2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3]);
  });

  it('can count rotations at the unit they lead to', () => {
    const json = clone(caoBangJson) as {
      indicators: { code: string; source?: object }[];
    };
    const ind = json.indicators.find((i) => i.code === 'rotation_young_provincial')!;
    ind.source = { ...ind.source, unit: 'to' };
    const atDestination = observations(programme(json), { persons, rotations });
    const byUnit = (unit: string) =>
      atDestination.filter((o) => o.orgUnit === unit).reduce((s, o) => s + Number(o.value), 0);
    expect([byUnit('040'), byUnit('042')]).toEqual([11, 13]);
  });

  it('counts only what happened by asOf and from the programme start', () => {
    expect(
      total(
        observations(caoBang, { persons, rotations }, '2016-12-31'),
        'rotation_young_provincial',
      ),
    ).toBe(1);
    expect(observations(caoBang, { persons, rotations }, '2016-05-08')).toEqual([]);
  });

  it('leaves out training tagged with another programme', () => {
    const other = { ...degree('y1', 'master', 'education'), programme: '106/QĐ-TTg' };
    const mine = { ...degree('y1', 'master', 'education'), programme: '12-CTr/TU' };
    expect(
      total(observations(caoBang, { persons, training: [other, mine] }), 'master_education'),
    ).toBe(1);
  });
});

describe('observationsFromRecords: headcount stocks (Nghệ An, NQ 39-NQ/TW)', () => {
  const ngheAn = programme({
    code: 'NA-39',
    title: { vi: 'Tinh giản biên chế theo Nghị quyết 39-NQ/TW' },
    legalBasis: ['39-NQ/TW'],
    period: { kind: 'custom', start: '2015-01-01', end: '2021-12-31' },
    indicators: [
      {
        code: 'headcount',
        name: { vi: 'Biên chế' },
        direction: 'reduction',
        aggregation: 'latest',
        source: { records: 'headcount' },
      },
    ],
    targets: [
      {
        indicator: 'headcount',
        orgUnit: '40',
        period: { start: '2015-01-01', end: '2021-12-31' },
        value: 10,
        baseline: 82300,
      },
    ],
  });

  it('turns each snapshot into a stock level on its date', () => {
    const headcounts = [
      { orgUnit: '40', date: '2015-01-01', headcount: 82300 },
      { orgUnit: '40', date: '2018-12-31', headcount: 75634 }, // 82.300 − 6.666
      { orgUnit: '40', date: '2019-12-31', headcount: 74000 }, // after the review
    ];
    expect(observations(ngheAn, { headcounts }, '2019-05-20')).toEqual([
      {
        programme: 'NA-39',
        indicator: 'headcount',
        orgUnit: '40',
        date: '2015-01-01',
        value: 82300,
        disaggregation: {},
      },
      {
        programme: 'NA-39',
        indicator: 'headcount',
        orgUnit: '40',
        date: '2018-12-31',
        value: 75634,
        disaggregation: {},
      },
    ]);
  });

  it('reports two levels for one unit on one day', () => {
    const headcounts = [
      { orgUnit: '40', date: '2018-12-31', headcount: 75634 },
      { orgUnit: '40', date: '2018-12-31', headcount: 75000 },
    ];
    expect(issues(ngheAn, { headcounts }).map((i) => [i.code, i.path])).toEqual([
      ['records.duplicate', ['headcounts', 1]],
    ]);
  });
});

describe('observationsFromRecords: issues', () => {
  it('validates every row and reports each problem at [section, row, field]', () => {
    const found = issues(caoBang, {
      persons: [{ ...persons[0]!, birthDate: '1985-02-30' }],
      training: [
        { ...degree('y1', 'master', 'education'), level: 'doctorate' } as never,
        { id: 'x' } as never,
      ],
      rotations: [rotation('r1', 'y1', '2017-01-01'), rotation('r1', 'y2', '2017-01-02')],
    });
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['zod.custom', ['persons', 0, 'birthDate']],
      ['zod.invalid_value', ['training', 0, 'level']],
      ['zod.invalid_type', ['training', 1, 'personId']],
      ['zod.invalid_type', ['training', 1, 'orgUnit']],
      ['zod.invalid_value', ['training', 1, 'type']],
      ['zod.invalid_type', ['training', 1, 'start']],
      ['records.duplicate', ['rotations', 1, 'id']],
    ]);
    expect(found.every((i) => i.messageVi?.startsWith(`${i.path[0]}[${i.path[1]}]`))).toBe(true);
  });

  it('reports a person it needs for a category but was not given, once per record', () => {
    const found = issues(caoBang, {
      persons: [],
      rotations: [rotation('r1', 'ghost', '2017-01-01')],
      training: [degree('ghost', 'master', 'education')],
    });
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['records.unknown_person', ['training', 0, 'personId']],
      ['records.unknown_person', ['rotations', 0, 'personId']],
    ]);
  });

  it('reports a record missing the field an indicator breaks down by', () => {
    const noLevel = { ...degree('y1', 'master', 'health') } as Record<string, unknown>;
    const json = clone(caoBangJson) as {
      indicators: { code: string; source?: { where?: object } }[];
    };
    const health = json.indicators.find((i) => i.code === 'specialist_health')!;
    health.source = { ...health.source, where: { field: ['health'] } };
    delete noLevel.level;
    const found = issues(programme(json), { persons, training: [noLevel as never] });
    expect(found.map((i) => [i.code, i.path])).toEqual([
      ['records.missing_dimension', ['training', 0, 'level']],
    ]);
  });

  it('throws a CadreError for an asOf that is not a date', () => {
    try {
      observationsFromRecords(caoBang, {}, { asOf: '20/5/2019' });
      expect.unreachable();
    } catch (e) {
      expect(isCadreError(e) && e.code === 'invalid_argument').toBe(true);
    }
  });
});

describe('observationsFromRecords: properties', () => {
  const record = fc.record({
    level: fc.constantFrom<DegreeLevel>('master', 'phd', 'bachelor'),
    status: fc.constantFrom<RecordStatus>('planned', 'enrolled', 'completed', 'dropped'),
    year: fc.integer({ min: 2015, max: 2021 }),
    month: fc.integer({ min: 1, max: 12 }),
    unit: fc.constantFrom('04', '040', '042'),
  });
  const asOf = fc.integer({ min: 2015, max: 2022 }).map((y) => `${y}-05-20`);

  it('counts exactly the matching records in the window, and never fewer at a later date', () => {
    fc.assert(
      fc.property(fc.array(record, { maxLength: 60 }), asOf, asOf, (rows, a, b) => {
        const training = rows.map((r, i) => ({
          id: `t${i}`,
          personId: 'o1',
          orgUnit: r.unit,
          type: 'degree' as const,
          level: r.level,
          field: 'culture_tourism',
          start: `${r.year}-${String(r.month).padStart(2, '0')}-09`,
          status: r.status,
        }));
        // Culture masters count young leaders only; o1 is over 40, so widen with a copy without category.
        const json = clone(caoBangJson) as {
          indicators: { code: string; source?: { category?: string } }[];
        };
        const ind = json.indicators.find((i) => i.code === 'master_culture_tourism')!;
        delete ind.source!.category;
        const p = programme(json);
        const [early, late] = a <= b ? [a, b] : [b, a];
        const oracle = training.filter(
          (t) =>
            t.level === 'master' &&
            (t.status === 'enrolled' || t.status === 'completed') &&
            t.start >= '2016-05-09' &&
            t.start <= late &&
            t.start <= '2020-12-31',
        ).length;
        const atLate = total(
          observations(p, { persons, training }, late),
          'master_culture_tourism',
        );
        const atEarly = total(
          observations(p, { persons, training }, early),
          'master_culture_tourism',
        );
        expect(atLate).toBe(oracle);
        expect(atEarly).toBeLessThanOrEqual(atLate);
      }),
      { numRuns: 60 },
    );
  });
});
