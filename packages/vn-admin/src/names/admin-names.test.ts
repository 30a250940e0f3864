import { describe, expect, it } from 'vitest';
import { adminNameKey, splitAdminName } from './admin-names.js';
import { aliasesFor, DECLARED_ALIASES } from './aliases.js';

describe('splitAdminName', () => {
  it('takes the kind off and keeps the full name', () => {
    expect(splitAdminName('Tỉnh Hoà Bình')).toEqual({
      prefix: 'Tỉnh',
      bare: 'Hòa Bình',
      full: 'Tỉnh Hòa Bình',
      en: 'Hoa Binh Province',
    });
    expect(splitAdminName('Thành phố Hà Nội')).toMatchObject({ bare: 'Hà Nội', en: 'Ha Noi City' });
  });

  it('supplies the default kind for the 2025 province names, which omit "Tỉnh"', () => {
    expect(splitAdminName('Cao Bằng', 'Tỉnh')).toMatchObject({ full: 'Tỉnh Cao Bằng' });
  });

  it('reads numbered wards in English with the kind first', () => {
    expect(splitAdminName('Phường 13').en).toBe('Ward 13');
    expect(splitAdminName('Đặc khu Côn Đảo').en).toBe('Con Dao Special Zone');
  });

  it('gives no kind and no English name to a bare name without a default', () => {
    expect(splitAdminName('Bạch Thông')).toEqual({
      prefix: null,
      bare: 'Bạch Thông',
      full: 'Bạch Thông',
      en: null,
    });
  });
});

describe('adminNameKey', () => {
  it('keeps the kind: Huyện Kỳ Anh and Thị xã Kỳ Anh were two districts', () => {
    expect(adminNameKey('Huyện Kỳ Anh')).not.toBe(adminNameKey('Thị xã Kỳ Anh'));
  });

  it('ignores tone placement, case and NFD', () => {
    expect(adminNameKey('Huyện Hoà An')).toBe(adminNameKey('Huyện hòa an'.normalize('NFD')));
  });
});

describe('declared aliases', () => {
  it('give Bắc Kạn its older spelling and Đắk Lắk its spellings without tones', () => {
    expect(aliasesFor('Bắc Kạn')).toContain('Bắc Cạn');
    expect(aliasesFor('Đắk Lắk')).toEqual(expect.arrayContaining(['Đăk Lăk', 'Đắc Lắc']));
    expect(aliasesFor('Lạng Sơn')).toEqual([]);
  });

  it('are NFC and carry a note', () => {
    for (const a of DECLARED_ALIASES) {
      expect(a.note.length).toBeGreaterThan(0);
      for (const s of [a.name, ...a.aliases]) expect(s).toBe(s.normalize('NFC'));
    }
  });
});
