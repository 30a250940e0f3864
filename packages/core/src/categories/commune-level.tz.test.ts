import { describe, expect, it } from 'vitest';
import { createOrgUnitIndex } from '../org-units/org-unit-index.js';
import { defineProgramme } from '../programmes/define-programme.js';
import { observationsFromRecords } from '../records/observations-from-records.js';
import { createCategorizer } from './categorize.js';
import { isCommuneLevel, orgUnitsNeededIssue } from './commune-level.js';
import { type Person, PersonSchema } from './schema.js';
import { STANDARD_CATEGORIES } from './standard-categories.js';

// Cao Bằng before and after the two-tier reform of 1/7/2025: district 040 and its xã X1 end on
// 30/6/2025; xã X2 (with its office X2.VP) sits under the province from 1/7/2025.
const orgUnits = createOrgUnitIndex([
  { code: '04', name: 'Cao Bằng', level: 'province' },
  { code: '04.SNV', name: 'Sở Nội vụ', level: 'agency', parentCode: '04' },
  { code: '040', name: 'Hòa An', level: 'district', parentCode: '04', validTo: '2025-06-30' },
  { code: 'X1', name: 'Xã Hồng Việt', level: 'commune', parentCode: '040', validTo: '2025-06-30' },
  { code: 'X2', name: 'Xã Hòa An', level: 'commune', parentCode: '04', validFrom: '2025-07-01' },
  { code: 'X2.VP', name: 'Văn phòng HĐND và UBND xã', level: 'agency', parentCode: 'X2' },
]);

const person = (id: string, employment: string, orgUnit: string): Person =>
  PersonSchema.parse({ id, birthDate: '1985-01-01', sex: 'female', employment, orgUnit });
const PEOPLE = [
  person('old-ccx', 'commune_civil_servant', 'X1'), // công chức cấp xã under Luật 22/2008
  person('old-cbx', 'commune_cadre', 'X1'), // cán bộ cấp xã under Luật 22/2008
  person('new-cc', 'civil_servant', 'X2.VP'), // công chức at a xã's office under Luật 80/2025
  person('new-cb', 'cadre', 'X2'), // cán bộ of a xã under Luật 80/2025
  person('so', 'civil_servant', '04.SNV'), // công chức of a Sở: never commune level
  person('vc', 'public_employee', 'X2'), // viên chức at a xã: not cán bộ, công chức
];
const categorize = createCategorizer(STANDARD_CATEGORIES);
const communeCodes = (asOf: string, p: Person) =>
  categorize(p, { asOf, youthAge: 40, orgUnits }).filter((c) => c.startsWith('commune'));

describe(`"cán bộ, công chức cấp xã" across 1/7/2025 (TZ=${Intl.DateTimeFormat().resolvedOptions().timeZone})`, () => {
  // Luật 22/2008/QH12 (to 30/6/2025): by their own class. Luật 80/2025/QH15 (from 1/7/2025):
  // cán bộ, công chức working at a commune-level unit.
  it.each([
    ['2018-06-01', ['old-ccx', 'old-cbx']],
    ['2025-06-30', ['old-ccx', 'old-cbx']],
    ['2025-07-01', ['old-ccx', 'old-cbx', 'new-cc', 'new-cb']],
    ['2025-07-02', ['old-ccx', 'old-cbx', 'new-cc', 'new-cb']],
    ['2026-03-01', ['old-ccx', 'old-cbx', 'new-cc', 'new-cb']],
  ])('on %s counts %j', (asOf, ids) => {
    const counted = PEOPLE.filter((p) => isCommuneLevel(p, { asOf, orgUnits })).map((p) => p.id);
    expect(counted).toEqual(ids);
    const inCategory = PEOPLE.filter((p) => communeCodes(asOf, p).includes('commune_level'));
    expect(inCategory.map((p) => p.id)).toEqual(ids);
  });

  it('splits cán bộ from công chức cấp xã on both sides of the date', () => {
    expect(communeCodes('2025-06-30', PEOPLE[1]!)).toEqual(['commune_level', 'commune_cadre']);
    expect(communeCodes('2025-06-30', PEOPLE[3]!)).toEqual([]);
    expect(communeCodes('2025-07-01', PEOPLE[3]!)).toEqual(['commune_level', 'commune_cadre']);
    expect(communeCodes('2025-07-01', PEOPLE[2]!)).toEqual([
      'commune_level',
      'commune_civil_servant',
    ]);
  });

  it('needs the org units from 1/7/2025, and says so before a report counts', () => {
    const at = (asOf: string) => isCommuneLevel(PEOPLE[2]!, { asOf });
    expect([at('2025-06-30'), at('2025-07-01')]).toEqual([false, false]);
    const need = (from: string, to: string) =>
      orgUnitsNeededIssue(STANDARD_CATEGORIES, ['commune_civil_servant'], from, to, {}, ['x']);
    expect(need('2016-05-09', '2020-12-31')).toBeNull();
    expect(need('2016-05-09', '2025-06-30')).toBeNull();
    expect(need('2016-05-09', '2025-07-01')).toMatchObject({
      code: 'category.org_units_needed',
      input: ['commune_level'],
    });
    expect(need('2025-07-02', '2030-12-31')?.messageVi).toContain('từ ngày 1/7/2025');
    // Categories that never ask the commune level need no org units.
    expect(
      orgUnitsNeededIssue(STANDARD_CATEGORIES, ['women'], '2025-01-01', '2030-12-31', {}, ['x']),
    ).toBeNull();
  });
});

describe('a 2016–2020 report and a 2026 report each count the right people', () => {
  const plan = (code: string, start: string, end: string) => {
    const r = defineProgramme({
      code,
      title: { vi: 'Bồi dưỡng cán bộ, công chức cấp xã' },
      orgUnit: '04',
      period: { kind: 'custom', start, end },
      indicators: [
        {
          code: 'commune_refresher',
          name: { vi: 'Lượt bồi dưỡng cán bộ, công chức cấp xã' },
          source: { records: 'training', where: { type: 'refresher' }, category: 'commune_level' },
        },
      ],
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value;
  };
  // Everyone took one refresher course in 2018 and one in 2026.
  const training = PEOPLE.flatMap((p) =>
    ['2018-06-01', '2026-03-01'].map((start) => ({
      id: `${p.id}-${start}`,
      personId: p.id,
      orgUnit: p.orgUnit,
      type: 'refresher' as const,
      start,
      status: 'completed' as const,
    })),
  );
  const persons = PEOPLE.map((p) => ({ ...p }));
  const counted = (code: string, start: string, end: string, asOf: string) => {
    const r = observationsFromRecords(
      plan(code, start, end),
      { persons, training },
      {
        asOf,
        orgUnits,
      },
    );
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    return r.value
      .map((o) => [o.orgUnit, o.date, o.value])
      .sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
  };

  it('2016–2020: the two commune cán bộ, công chức by their class', () => {
    expect(counted('KH-2016', '2016-01-01', '2020-12-31', '2020-12-31')).toEqual([
      ['X1', '2018-06-01', 2],
    ]);
  });

  it('2026–2030: the four cán bộ, công chức working at commune units, whatever their old class', () => {
    expect(counted('KH-2026', '2026-01-01', '2030-12-31', '2026-12-31')).toEqual([
      ['X1', '2026-03-01', 2],
      ['X2', '2026-03-01', 1],
      ['X2.VP', '2026-03-01', 1],
    ]);
  });

  it('refuses to count 2026 without the org units rather than undercount', () => {
    const r = observationsFromRecords(
      plan('KH-2026', '2026-01-01', '2030-12-31'),
      { persons, training },
      { asOf: '2026-12-31' },
    );
    expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
      ['category.org_units_needed', ['orgUnits']],
    ]);
  });
});
