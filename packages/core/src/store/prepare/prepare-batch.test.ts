import { describe, expect, it } from 'vitest';
import { errorFromIssues } from '../errors.js';
import { type ImportContext, prepareImportBatch } from './prepare-batch.js';

const EMPTY: ImportContext = {
  orgUnit: () => undefined,
  programme: () => undefined,
  hasPerson: () => false,
};

const PERIOD = { start: '2016-05-09', end: '2020-12-31' };
const PROGRAMME = {
  code: '12-CTr/TU',
  title: { vi: 'Cán bộ trẻ' },
  period: PERIOD,
  indicators: [{ code: 'rotation', name: { vi: 'Luân chuyển' } }],
  targets: [{ indicator: 'rotation', orgUnit: '04', period: PERIOD, value: '40' }],
};
const unit = (code: string, parentCode: string | null = null) => ({
  code,
  name: code,
  level: 'unit',
  parentCode,
});

describe('prepareImportBatch', () => {
  it('accepts rows that refer to units and programmes of the same batch, in any order', () => {
    const r = prepareImportBatch(
      {
        observations: [
          {
            programme: '12-CTr/TU',
            indicator: 'rotation',
            orgUnit: '04',
            date: '2019-05-20',
            value: '24',
          },
        ],
        programmes: [PROGRAMME],
        orgUnits: [unit('04', 'VN'), unit('VN')],
      },
      EMPTY,
    );
    expect(r.issues).toEqual([]);
    expect([r.read, r.rejected]).toEqual([4, 0]);
    expect(r.rows.observations[0]?.value.value).toBe(24);
    expect(r.rows.orgUnits.map((u) => u.key)).toEqual([['04'], ['VN']]);
  });

  it('reports every member of a parent cycle, and the children cut off by it', () => {
    const r = prepareImportBatch(
      { orgUnits: [unit('A', 'B'), unit('B', 'A'), unit('C', 'A'), unit('D')] },
      EMPTY,
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['import.parent_cycle', ['orgUnits', 0, 'parentCode']],
      ['import.parent_cycle', ['orgUnits', 1, 'parentCode']],
      ['import.unknown_org_unit', ['orgUnits', 2, 'parentCode']],
    ]);
    expect(r.rows.orgUnits.map((u) => u.value.code)).toEqual(['D']);
    expect(r.rejected).toBe(3);
  });

  it('finds a cycle that runs through units already stored', () => {
    const stored: ImportContext = {
      ...EMPTY,
      orgUnit: (c) => (c === 'B' ? { parentCode: 'A' } : undefined),
    };
    const r = prepareImportBatch({ orgUnits: [unit('A', 'B')] }, stored);
    expect(r.issues.map((i) => i.code)).toEqual(['import.parent_cycle']);
  });

  it('checks target indicators, units, periods and repeated keys inside a programme', () => {
    const bad = {
      ...PROGRAMME,
      indicators: [...PROGRAMME.indicators, { code: 'rotation', name: { vi: 'Trùng mã' } }],
      targets: [
        { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: '40' },
        { indicator: 'rotation', orgUnit: '04', period: PERIOD, value: '41' },
        {
          indicator: 'phd',
          orgUnit: 'XX',
          period: { start: '2020-01-01', end: '2019-01-01' },
          value: null,
        },
      ],
    };
    const r = prepareImportBatch({ orgUnits: [unit('04')], programmes: [bad] }, EMPTY);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['import.period_inverted', ['programmes', 0, 'targets', 2, 'period', 'end']],
    ]);
    const fixed = {
      ...bad,
      targets: bad.targets.slice(0, 2).concat({ ...bad.targets[2]!, period: PERIOD }),
    };
    const r2 = prepareImportBatch({ orgUnits: [unit('04')], programmes: [fixed] }, EMPTY);
    expect(r2.issues.map((i) => [i.code, i.path])).toEqual([
      ['import.duplicate_indicator', ['programmes', 0, 'indicators', 1, 'code']],
      ['import.duplicate_in_batch', ['programmes', 0, 'targets', 1]],
      ['import.unknown_indicator', ['programmes', 0, 'targets', 2, 'indicator']],
      ['import.unknown_org_unit', ['programmes', 0, 'targets', 2, 'orgUnit']],
    ]);
  });

  it('flags a separate target outside its programme period or repeating an embedded one', () => {
    const r = prepareImportBatch(
      {
        orgUnits: [unit('04')],
        programmes: [PROGRAMME],
        targets: [
          {
            programme: '12-CTr/TU',
            indicator: 'rotation',
            orgUnit: '04',
            period: PERIOD,
            value: '7',
          },
          {
            programme: '12-CTr/TU',
            indicator: 'rotation',
            orgUnit: '04',
            period: { start: '2015-01-01', end: '2016-12-31' },
            value: '7',
          },
        ],
      },
      EMPTY,
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['import.duplicate_in_batch', ['targets', 0]],
      ['import.target_outside_period', ['targets', 1, 'period']],
    ]);
  });

  it('names section, row and field in English and Vietnamese', () => {
    const r = prepareImportBatch(
      {
        persons: [
          { id: 'CB-1', birthDate: '1984-02-30', sex: 'female', employment: 'cadre', orgUnit: 'X' },
        ],
      },
      EMPTY,
    );
    const [first] = r.issues;
    expect(first?.path).toEqual(['persons', 0, 'birthDate']);
    expect(first?.message).toContain('persons[0].birthDate');
    expect(first?.messageVi).toContain('cán bộ dòng 0');
    expect(first?.messageVi).toContain('trường birthDate');
  });

  it('reports a batch that is not an object, or a section that is not a list', () => {
    expect(prepareImportBatch(null, EMPTY).issues.map((i) => i.code)).toEqual([
      'import.invalid_batch',
    ]);
    const r = prepareImportBatch({ orgUnits: 'VN' }, EMPTY);
    expect(r.issues.map((i) => i.path)).toEqual([['orgUnits']]);
  });
});

describe('errorFromIssues', () => {
  it('says not_found for missing references only, duplicate_key for repeats only', () => {
    const missing = prepareImportBatch(
      {
        persons: [
          { id: 'CB-1', birthDate: '1984-02-29', sex: 'female', employment: 'cadre', orgUnit: 'X' },
        ],
      },
      EMPTY,
    );
    expect(errorFromIssues(missing.issues).code).toBe('not_found');
    const twice = prepareImportBatch({ orgUnits: [unit('A'), unit('A')] }, EMPTY);
    expect(errorFromIssues(twice.issues).code).toBe('duplicate_key');
    const mixed = [...missing.issues, ...twice.issues];
    expect(errorFromIssues(mixed).code).toBe('invalid_argument');
    expect(errorFromIssues(mixed).details).toEqual(mixed);
  });
});
