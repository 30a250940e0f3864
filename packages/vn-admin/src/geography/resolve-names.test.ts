import { createOrgUnitIndex } from '@cadre/core';
import { describe, expect, it } from 'vitest';
import { createVnAdminIndex, orgUnits } from './getters.js';

// The 13 provinces of QĐ 106/QĐ-TTg exactly as the 2010 review lists them.
const QD_106_AS_WRITTEN = [
  'Lạng Sơn',
  'Hà Giang',
  'Cao Bằng',
  'Lào Cai',
  'Yên Bái',
  'Bắc Cạn',
  'Phú Thọ',
  'Hòa Bình',
  'Sơn La',
  'Lai Châu',
  'Điện Biên',
  'Thanh hóa',
  'Nghệ An',
];
const REVIEW = '2010-05-17';

describe('resolving the spellings found in reports', () => {
  const index = createOrgUnitIndex(orgUnits({ include: 'all' }));
  const province = (text: string, asOf?: string) => {
    const r = index.resolve(text, asOf ? { level: 'province', asOf } : { level: 'province' });
    return r.ok ? r.value.code : r.issues.map((i) => i.code).join();
  };

  it('resolves all 13 QĐ 106 provinces, as written, to 13 distinct former provinces', () => {
    const codes = QD_106_AS_WRITTEN.map((name) => province(name, REVIEW));
    for (const c of codes) expect(c).toMatch(/^pre2025:/);
    expect(new Set(codes).size).toBe(13);
  });

  it.each([
    ['Bắc Cạn', 'pre2025:bac-kan'],
    ['Thanh hóa', 'pre2025:thanh-hoa'],
    ['Hòa Bình', 'pre2025:hoa-binh'],
    ['Hoà Bình', 'pre2025:hoa-binh'],
    ['Tỉnh Hoà Bình'.normalize('NFD'), 'pre2025:hoa-binh'],
    ['Đăk Lăk', 'pre2025:dak-lak'],
    ['Đắc Lắc', 'pre2025:dak-lak'],
    ['Thừa Thiên Huế', 'pre2025:hue'],
    ['TP.HCM', 'pre2025:ho-chi-minh'],
  ])('resolves "%s" on a date before 2025 to %s', (text, code) => {
    expect(province(text, '2020-06-22')).toBe(code);
  });

  it('without a date prefers the 2025 province over its former namesake', () => {
    expect(province('Thanh hóa')).toBe('38');
    expect(province('Đăk Lăk')).toBe('66');
    expect(province('TP. Hồ Chí Minh')).toBe('79');
    // Hòa Bình has no 2025 namesake: the former province is the only match.
    expect(province('Hoà Bình')).toBe('pre2025:hoa-binh');
  });

  it('reports an unknown name rather than guessing', () => {
    expect(province('Tây Bắc', REVIEW)).toBe('org_unit.unknown');
  });

  it('resolves without a level in a provinces-only index', () => {
    const provincesOnly = createVnAdminIndex({ levels: ['province'] });
    for (const name of QD_106_AS_WRITTEN) {
      expect(provincesOnly.resolve(name, { asOf: REVIEW }).ok, name).toBe(true);
    }
  });
});
