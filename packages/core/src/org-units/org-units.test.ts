import {
  createOrgUnitIndex,
  normalizeName,
  type OrgUnitInput,
  validateOrgUnits,
} from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const nfd = (s: string) => s.normalize('NFD');

// A small slice of the 2025 reorganisation (NQ 202/2025/QH15), written by hand for these tests.
const units: OrgUnitInput[] = [
  { code: 'VN', name: 'Việt Nam', level: 'country' },
  { code: '19', name: 'Thái Nguyên', level: 'province', parentCode: 'VN' },
  {
    code: '06',
    name: 'Bắc Kạn',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '19', date: '2025-07-01' }],
    aliases: ['Bắc Cạn'],
  },
  { code: '25', name: 'Phú Thọ', level: 'province', parentCode: 'VN' },
  {
    code: '17',
    name: 'Hoà Bình',
    level: 'province',
    parentCode: 'VN',
    validTo: '2025-06-30',
    successors: [{ code: '25', date: '2025-07-01' }],
  },
  { code: '38', name: 'Thanh Hóa', level: 'province', parentCode: 'VN' },
  { code: '66', name: 'Đắk Lắk', level: 'province', parentCode: 'VN', aliases: ['Đăk Lăk'] },
  {
    code: '79',
    name: 'Hồ Chí Minh',
    names: { en: 'Ho Chi Minh City' },
    level: 'province',
    parentCode: 'VN',
  },
  { code: '1870', name: 'Bạch Thông', level: 'district', parentCode: '06', validTo: '2025-06-30' },
  {
    code: '01870',
    name: 'Phủ Thông',
    level: 'commune',
    parentCode: '1870',
    validTo: '2025-06-30',
    successors: [
      { code: 'X1', date: '2025-07-01' },
      { code: 'X2', date: '2025-07-01' },
    ],
  },
  {
    code: 'X1',
    name: 'Xã Phong Quang',
    level: 'commune',
    parentCode: '19',
    validFrom: '2025-07-01',
  },
  {
    code: 'X2',
    name: 'Xã Bạch Thông',
    level: 'commune',
    parentCode: '19',
    validFrom: '2025-07-01',
  },
];
const index = createOrgUnitIndex(units);
const code = (text: string, options?: { asOf?: string; level?: string }) => {
  const r = index.resolve(text, options);
  return r.ok ? r.value.code : r.issues[0]?.code;
};

describe('normalizeName', () => {
  it('ignores NFC/NFD, tone placement, case and prefixes', () => {
    expect(normalizeName('Tỉnh Hoà Bình')).toBe(normalizeName('hòa bình'));
    expect(normalizeName(nfd('Thuỷ'))).toBe(normalizeName('Thủy'));
    expect(normalizeName('Khánh Hoà')).toBe(normalizeName('KHÁNH HÒA'));
    expect(normalizeName('TP. Hồ Chí Minh')).toBe(normalizeName('Thành phố Hồ Chí Minh'));
    expect(normalizeName('TP.Hồ Chí Minh')).toBe(normalizeName('Hồ Chí Minh'));
    expect(normalizeName('Bà Rịa-Vũng Tàu')).toBe(normalizeName('Bà Rịa - Vũng Tàu'));
  });

  it('still tells tones and letters apart', () => {
    expect(normalizeName('Bắc Cạn')).not.toBe(normalizeName('Bắc Kạn'));
    expect(normalizeName('Hà Nam')).not.toBe(normalizeName('Hà Nậm'));
  });

  it('is the same for a name and its NFD form (property)', () => {
    const syllables = fc.constantFrom(
      'hoà',
      'hòa',
      'thuỷ',
      'thủy',
      'bắc',
      'kạn',
      'đắk',
      'lắk',
      'quảng',
      'nghệ',
      'an',
    );
    fc.assert(
      fc.property(fc.array(syllables, { minLength: 1, maxLength: 4 }), (words) => {
        const name = words.join(' ');
        expect(normalizeName(nfd(name))).toBe(normalizeName(name));
        expect(normalizeName(`Tỉnh ${name.toUpperCase()}`)).toBe(normalizeName(name));
      }),
    );
  });
});

describe('resolve', () => {
  it('finds units by code, name, English name and declared alias', () => {
    expect(code('38')).toBe('38');
    expect(code('Thanh hóa')).toBe('38');
    expect(code('Bắc Cạn')).toBe('06');
    expect(code(nfd('BẮC CẠN'))).toBe('06');
    expect(code('Tỉnh Hòa Bình')).toBe('17');
    expect(code('Đăk Lăk')).toBe('66');
    expect(code('Ho Chi Minh City')).toBe('79');
  });

  it('honours asOf and level', () => {
    expect(code('Bắc Kạn', { asOf: '2016-05-09' })).toBe('06');
    expect(code('Bắc Kạn', { asOf: '2025-07-01' })).toBe('org_unit.unknown');
    expect(code('Bạch Thông', { level: 'district' })).toBe('1870');
    expect(code('Bạch Thông', { level: 'commune' })).toBe('X2');
  });

  it('reports unknown and ambiguous names with the text in the message', () => {
    const unknown = index.resolve('Atlantis');
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expect(unknown.issues[0]?.message).toContain('Atlantis');
    // "Bạch Thông" names a former district and a 2025 commune, both valid in 2025 only for the commune.
    expect(code('Bạch Thông', { asOf: '2019-05-20' })).toBe('1870');
    expect(code('Bạch Thông')).toBe('X2');
  });
});

describe('tree and lineage', () => {
  it('walks the tree', () => {
    expect(
      index
        .descendants('06')
        .map((u) => u.code)
        .sort(),
    ).toEqual(['01870', '1870']);
    expect(index.ancestors('01870').map((u) => u.code)).toEqual(['1870', '06', 'VN']);
    expect(index.isWithin('01870', '06')).toBe(true);
    expect(index.isWithin('06', '06')).toBe(true);
    expect(index.isWithin('06', '01870')).toBe(false);
  });

  it('follows successors to the units in force', () => {
    const bk = index.currentUnit('06', '2026-01-01');
    expect(bk.ok && bk.value.code).toBe('19');
    const same = index.currentUnit('06', '2019-05-20');
    expect(same.ok && same.value.code).toBe('06');
    const split = index.currentUnit('01870', '2026-01-01');
    expect(split.ok ? 'ok' : split.issues[0]?.code).toBe('org_unit.lineage_split');
    const gone = index.currentUnit('1870', '2026-01-01');
    expect(gone.ok ? 'ok' : gone.issues[0]?.code).toBe('org_unit.no_successor');
  });
});

describe('validateOrgUnits', () => {
  it('accepts the fixture', () => {
    expect(validateOrgUnits(units)).toEqual([]);
  });

  it('reports every problem with its path', () => {
    const bad = [
      { code: 'A', name: 'A', level: 'province', parentCode: 'Z' },
      { code: 'A', name: 'A again', level: 'province' },
      { code: 'B', name: 'B', level: 'province', parentCode: 'C', successors: [{ code: 'Q' }] },
      {
        code: 'C',
        name: 'C',
        level: 'province',
        parentCode: 'B',
        validFrom: '2020-01-01',
        validTo: '2019-01-01',
      },
      { code: '', name: 'no code', level: 'province' },
    ];
    const found = validateOrgUnits(bad).map((i) => [i.code, i.path.join('.')]);
    expect(found).toEqual(
      expect.arrayContaining([
        ['org_unit.unknown_parent', '0.parentCode'],
        ['org_unit.duplicate_code', '1.code'],
        ['org_unit.unknown_successor', '2.successors.0.code'],
        ['org_unit.parent_cycle', '2.parentCode'],
        ['org_unit.parent_cycle', '3.parentCode'],
        ['org_unit.inverted_validity', '3.validTo'],
        ['zod.too_small', '4.code'],
      ]),
    );
  });
});
