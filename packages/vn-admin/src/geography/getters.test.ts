import { createOrgUnitIndex, validateOrgUnits } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import {
  communes,
  formerCommunes,
  formerDistricts,
  formerProvinces,
  orgUnits,
  provinces,
} from './getters.js';

// Official codes of the 2025 provinces named in NQ 202/2025/QH15.
const THAI_NGUYEN = '19';
const TUYEN_QUANG = '08';
const LAO_CAI = '15';
const PHU_THO = '25';

const successorOf = (name: string) => {
  const found = formerProvinces().filter((p) => p.name === name);
  expect(found, name).toHaveLength(1);
  return found[0]?.successors?.map((s) => s.code);
};
const currentCode = (name: string) => provinces().find((p) => p.name === name)?.code;

describe('the 2025 geography', () => {
  it('has 34 provinces and 3,321 communes (NQ 202/2025/QH15)', () => {
    expect(provinces()).toHaveLength(34);
    expect(communes()).toHaveLength(3321);
  });

  it('dates every current unit from 1 July 2025 and places each commune in a province', () => {
    const provinceCodes = new Set(provinces().map((p) => p.code));
    const current = [...provinces(), ...communes()];
    expect(current.filter((u) => u.validFrom !== '2025-07-01' || u.validTo !== null)).toEqual([]);
    expect(communes().filter((c) => !provinceCodes.has(c.parentCode ?? ''))).toEqual([]);
  });

  it('names provinces without their kind and keeps the full and English names', () => {
    expect(provinces().find((p) => p.code === '01')).toMatchObject({
      name: 'Hà Nội',
      names: { full: 'Thành phố Hà Nội', en: 'Ha Noi City', abbr: 'HNI' },
    });
    expect(provinces().find((p) => p.code === '04')).toMatchObject({
      name: 'Cao Bằng',
      names: { full: 'Tỉnh Cao Bằng', en: 'Cao Bang Province' },
    });
  });

  it('publishes every name in NFC with one tone placement', () => {
    const names = orgUnits().flatMap((u) => [u.name, ...Object.values(u.names ?? {})]);
    expect(names.filter((s) => s !== s.normalize('NFC'))).toEqual([]);
    // "Hoà" and "Thuỷ" are published as "Hòa" and "Thủy".
    expect(names.filter((s) => /(o[àáảãạ]|[^q]u[ỳýỷỹỵ])(?!\p{L})/iu.test(s))).toEqual([]);
    expect(names).toContain('Tỉnh Hòa Bình');
  });
});

describe('the 63 former provinces', () => {
  it('are 63, valid to 30 June 2025, each succeeded by one 2025 province under NQ 202/2025/QH15', () => {
    const current = new Set(provinces().map((p) => p.code));
    expect(formerProvinces()).toHaveLength(63);
    for (const p of formerProvinces()) {
      expect(p).toMatchObject({ level: 'province', validFrom: null, validTo: '2025-06-30' });
      expect(p.successors).toHaveLength(1);
      expect(p.successors?.[0]).toMatchObject({ date: '2025-07-01', reference: '202/2025/QH15' });
      expect(current.has(p.successors?.[0]?.code ?? '')).toBe(true);
    }
  });

  it('merge into every one of the 34 provinces', () => {
    const received = new Set(formerProvinces().map((p) => p.successors?.[0]?.code));
    expect(received.size).toBe(34);
  });

  it('follow the domain mapping of the QĐ 106 provinces', () => {
    expect(successorOf('Bắc Kạn')).toEqual([THAI_NGUYEN]);
    expect(successorOf('Hà Giang')).toEqual([TUYEN_QUANG]);
    expect(successorOf('Yên Bái')).toEqual([LAO_CAI]);
    expect(successorOf('Lào Cai')).toEqual([LAO_CAI]);
    expect(successorOf('Hòa Bình')).toEqual([PHU_THO]);
    expect(successorOf('Phú Thọ')).toEqual([PHU_THO]);
    for (const same of [
      'Lạng Sơn',
      'Cao Bằng',
      'Sơn La',
      'Lai Châu',
      'Điện Biên',
      'Thanh Hóa',
      'Nghệ An',
    ]) {
      expect(successorOf(same), same).toEqual([currentCode(same)]);
    }
  });

  it('keep codes apart from the official ones, so a 2019 Tuyên Quang is not the 2025 one', () => {
    expect(formerProvinces().find((p) => p.name === 'Tuyên Quang')?.code).toBe(
      'pre2025:tuyen-quang',
    );
  });
});

describe('former districts and communes', () => {
  it('put Bạch Thông district under Bắc Kạn, succeeded by Thái Nguyên', () => {
    const bachThong = formerDistricts().find((d) => d.name === 'Huyện Bạch Thông');
    expect(bachThong).toMatchObject({
      parentCode: 'pre2025:bac-kan',
      validTo: '2025-06-30',
      successors: [{ code: THAI_NGUYEN, date: '2025-07-01' }],
    });
  });

  it('code old communes by their official code and link them to 2025 communes', () => {
    const current = new Set(communes().map((c) => c.code));
    const olds = formerCommunes();
    expect(olds.length).toBeGreaterThan(10_000);
    expect(olds.filter((c) => !/^pre2025:\d{5}$/.test(c.code))).toEqual([]);
    expect(olds.filter((c) => (c.successors ?? []).length === 0)).toEqual([]);
    const dangling = olds.flatMap((c) => (c.successors ?? []).filter((s) => !current.has(s.code)));
    expect(dangling).toEqual([]);
  });

  it('form one consistent set with the current units', () => {
    expect(validateOrgUnits(orgUnits({ include: 'all' }))).toEqual([]);
  });
});

describe('orgUnits', () => {
  it('filters by inclusion and level', () => {
    expect(orgUnits({ include: 'current', levels: ['province'] })).toHaveLength(34);
    expect(orgUnits({ include: 'all', levels: ['province'] })).toHaveLength(97);
    expect(orgUnits({ include: 'current' })).toHaveLength(34 + 3321);
  });

  it('hands out copies: editing one does not change the next', () => {
    const first = provinces();
    first[0]!.name = 'changed';
    first[0]!.aliases?.push('changed');
    expect(provinces()[0]?.name).not.toBe('changed');
    expect(provinces()[0]?.aliases).not.toContain('changed');
  });
});

describe("a province's own units", () => {
  it('index together with the provinces and roll up through them', () => {
    const own = [
      { code: 'CBG-SNV', name: 'Sở Nội vụ tỉnh Cao Bằng', level: 'agency', parentCode: '04' },
      {
        code: 'BTG-PNV',
        name: 'Phòng Nội vụ huyện Bạch Thông',
        level: 'agency',
        parentCode: 'pre2025:bac-kan',
        validTo: '2025-06-30',
        successors: [{ code: '19', date: '2025-07-01' }],
      },
    ];
    const units = [...orgUnits({ include: 'all', levels: ['province'] }), ...own];
    expect(validateOrgUnits(units)).toEqual([]);
    const index = createOrgUnitIndex(units);
    expect(index.isWithin('CBG-SNV', '04')).toBe(true);
    expect(index.currentUnit('BTG-PNV', '2025-07-01')).toMatchObject({
      ok: true,
      value: { code: '19' },
    });
  });
});
