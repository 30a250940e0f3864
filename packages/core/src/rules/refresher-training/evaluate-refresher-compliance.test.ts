import { Decimal } from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  type CategoryInput,
  CategorySchema,
  type Person,
  PersonSchema,
} from '../../categories/schema.js';
import { type TrainingRecord, TrainingRecordSchema } from '../../records/schema.js';
import { createRuleBook, packInForce } from '../book/rule-book.js';
import { refresherNd101of2017 } from '../packs/refresher-nd-101-2017.js';
import { orgUnits } from '../rotation/__fixtures__/rotation.js';
import { evaluateRefresherCompliance } from './evaluate-refresher-compliance.js';

const person = (
  id: string,
  orgUnit: string,
  sex: 'male' | 'female',
  birthDate = '1980-01-01',
): Person => PersonSchema.parse({ id, birthDate, sex, employment: 'civil_servant', orgUnit });

const persons = [
  person('p1', 'snv-04', 'female'),
  person('p2', 'snv-04', 'male'),
  person('p3', 'snv-04', 'female', '1990-03-03'),
  person('p4', '01300', 'male'),
  person('p5', '01300', 'female'),
];

let n = 0;
const rec = (
  personId: string,
  hours: number,
  extra: Partial<TrainingRecord> = {},
): TrainingRecord =>
  TrainingRecordSchema.parse({
    id: `t${++n}`,
    personId,
    orgUnit: 'snv-04',
    type: 'refresher',
    refresherKind: 'state_management',
    start: '2019-03-01',
    end: '2019-03-05',
    status: 'completed',
    hours,
    ...extra,
  });

const training = [
  rec('p1', 40), // exactly the minimum: compliant
  rec('p2', 39), // one tiết short
  rec('p3', 20),
  rec('p3', 25), // 45 over two courses: compliant
  rec('p4', 60, { status: 'enrolled' }), // not completed: does not count
  rec('p5', 40, { start: '2019-12-20', end: '2020-01-10' }), // ends in 2020: counts there
  rec('p5', 200, { type: 'degree', level: 'master', refresherKind: undefined }), // đào tạo, not bồi dưỡng
  rec('ghost', 40), // nobody we know
];

describe('evaluateRefresherCompliance', () => {
  it('counts completed refresher tiết per person against 40 a year, per unit', () => {
    const r = evaluateRefresherCompliance({ persons, training, year: 2019 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.minHours).toBe(40);
    expect(r.value.pack?.id).toBe('vn.refresher-training.nd-101-2017');
    expect(r.value.ignoredRecords).toBe(4);
    const rows = r.value.rows.map((x) => [
      x.orgUnit,
      x.persons,
      x.compliant,
      x.share?.toString(),
      x.nonCompliant,
    ]);
    // 01300: p4 and p5, neither counted. snv-04: p1, p3 of p1–p3 = 2/3.
    expect(rows).toEqual([
      ['01300', 2, 0, '0', ['p4', 'p5']],
      ['snv-04', 3, 2, new Decimal(2).div(3).toString(), ['p2']],
    ]);
    expect([
      r.value.total.persons,
      r.value.total.compliant,
      r.value.total.share?.toString(),
    ]).toEqual([5, 2, '0.4']);
  });

  it('rolls persons up to the units asked for and splits by category', () => {
    const women = CategorySchema.parse({
      code: 'women',
      name: { vi: 'Nữ', en: 'Women' },
      predicate: { field: 'sex', eq: 'female' },
    } satisfies CategoryInput);
    const young = CategorySchema.parse({
      code: 'young',
      name: { vi: 'Trẻ', en: 'Young' },
      predicate: { young: true },
    } satisfies CategoryInput);
    const r = evaluateRefresherCompliance({
      persons,
      training,
      year: 2019,
      orgUnits: { index: orgUnits, codes: ['04', '042', '40'] },
      categories: [women, young],
      youthAge: 35,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const rows = r.value.rows.map((x) => `${x.orgUnit}/${x.category}: ${x.compliant}/${x.persons}`);
    // Province 04 holds all five; women p1, p3, p5 (p1, p3 compliant); young (under 35 on
    // 31/12/2019) only p3, born 1990. District 042 holds p4, p5. Nghệ An (40) holds nobody.
    expect(rows).toEqual([
      '04/women: 2/3',
      '04/young: 1/1',
      '042/women: 0/1',
      '042/young: 0/0',
      '40/women: 0/0',
      '40/young: 0/0',
    ]);
    expect(r.value.rows.find((x) => x.persons === 0)?.share).toBeNull();
  });

  it('asks for the youth threshold when categories are given', () => {
    const r = evaluateRefresherCompliance({ persons, training, year: 2019, categories: [] });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual(['refresher.youth_age_missing']);
  });

  it('NĐ 101/2017 (bồi dưỡng, 40 tiết/năm): flags 16 tiết in 2020', () => {
    const r = evaluateRefresherCompliance({
      persons: [person('q1', 'snv-04', 'female')],
      training: [rec('q1', 16, { start: '2020-05-04', end: '2020-05-05' })],
      year: 2020,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect([r.value.pack?.id, r.value.minHours, r.value.total.nonCompliant]).toEqual([
      'vn.refresher-training.nd-101-2017',
      40,
      ['q1'],
    ]);
    expect(r.value.noRuleInForce).toBeNull();
  });

  it('NĐ 89/2021 removed the yearly minimum: 2023 has no rule in force and flags nobody', () => {
    const r = evaluateRefresherCompliance({
      persons: [person('q1', 'snv-04', 'female'), person('q2', 'snv-04', 'male')],
      training: [rec('q1', 16, { start: '2023-05-04', end: '2023-05-05' })],
      year: 2023,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect([r.value.pack, r.value.minHours, r.value.noRuleInForce?.code]).toEqual([
      null,
      null,
      'refresher.no_rule_in_force',
    ]);
    expect(r.value.noRuleInForce?.messageVi).toContain('không có quy định số tiết bồi dưỡng');
    expect(r.value.total).toMatchObject({
      persons: 2,
      compliant: null,
      share: null,
      hours: 16,
      nonCompliant: [],
    });
  });

  it("applies a province's own yearly minimum after 2021 when its pack is given", () => {
    const own = {
      ...refresherNd101of2017,
      id: 'cb.refresher',
      scope: '04',
      effectiveFrom: '2023-01-01',
      effectiveTo: null,
      params: { minHoursPerYear: 24, countedStatuses: ['completed'] },
    };
    const book = createRuleBook([own]);
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    const r = evaluateRefresherCompliance({
      persons: [person('q1', 'snv-04', 'female')],
      training: [rec('q1', 16, { start: '2023-05-04', end: '2023-05-05' })],
      year: 2023,
      book: book.value,
      scope: '04',
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect([r.value.pack?.id, r.value.minHours, r.value.total.nonCompliant]).toEqual([
      'cb.refresher',
      24,
      ['q1'],
    ]);
  });

  it.each([
    ['2016-12-31', null],
    ['2017-10-14', null],
    ['2017-10-15', 'vn.refresher-training.nd-101-2017'],
    ['2021-12-09', 'vn.refresher-training.nd-101-2017'],
    ['2021-12-10', null],
    ['2021-12-11', null],
  ] as const)('NĐ 101/2017 until NĐ 89/2021: refresher pack on %s → %s', (date, id) => {
    const r = packInForce('refresher_training', date);
    expect(r.ok ? r.value.id : null).toBe(id);
  });
});
