import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLegalRef, legalRefSymbol, parseLegalRef } from './legal-ref.js';

const parsed = (text: string) => {
  const r = parseLegalRef(text);
  if (!r.ok) throw new Error(`expected ${text} to parse: ${JSON.stringify(r.issues)}`);
  return r.value;
};

describe('parseLegalRef', () => {
  // Each line: text as the documents write it → the parts a reader takes from it.
  it.each([
    [
      '12-CTr/TU ngày 9/5/2016',
      { number: '12', type: 'CTr', issuer: 'TU', date: '2016-05-09', form: 'party' },
    ],
    [
      'Chương trình số 12-CTr/TU ngày 9/5/2016',
      { number: '12', type: 'CTr', issuer: 'TU', date: '2016-05-09' },
    ],
    ['106/QĐ-TTg', { number: '106', type: 'QĐ', issuer: 'TTg', form: 'state' }],
    ['494/QĐ-BNV ngày 13/6/2019', { number: '494', type: 'QĐ', issuer: 'BNV', date: '2019-06-13' }],
    ['39-NQ/TW', { number: '39', type: 'NQ', issuer: 'TW', form: 'party' }],
    ['98-QĐ/TW', { number: '98', type: 'QĐ', issuer: 'TW' }],
    ['65-QĐ/TW', { number: '65', type: 'QĐ', issuer: 'TW' }],
    ['135/2020/NĐ-CP', { number: '135', year: 2020, type: 'NĐ', issuer: 'CP', form: 'state' }],
    [
      '80/2025/QH15',
      { number: '80', year: 2025, type: 'Luật', issuer: 'QH15', form: 'legislative' },
    ],
    ['02/CT-TTg', { number: '02', type: 'CT', issuer: 'TTg' }],
    ['Nghị quyết số 202/2025/QH15', { number: '202', year: 2025, type: 'NQ', issuer: 'QH15' }],
    ['Quyết định số 494/QĐ-BNV ngày 13 tháng 6 năm 2019', { number: '494', date: '2019-06-13' }],
    ['No. 12-CTr/TU of 9 May 2016', { number: '12', type: 'CTr', date: '2016-05-09' }],
    ['12–CTr/TU ngày 09/05/2016', { number: '12', type: 'CTr', date: '2016-05-09' }],
  ])('reads %s', (text, expected) => {
    expect(parsed(text)).toMatchObject(expected);
  });

  it('keeps the text as written, in NFC', () => {
    const nfd = '494/QĐ-BNV ngày 13/6/2019'.normalize('NFD');
    const ref = parsed(nfd);
    expect(ref.type).toBe('QĐ');
    expect(ref.type).toBe(ref.type.normalize('NFC'));
    expect(ref.raw).toBe('494/QĐ-BNV ngày 13/6/2019');
  });

  it('takes the title and the period it states (seed 000: "giai đoạn 2007 – 2010")', () => {
    const ref = parsed(
      '106/QĐ-TTg của Thủ tướng Chính phủ về việc phê duyệt Đề án "Một số giải pháp tăng cường công tác đào tạo, bồi dưỡng và tạo nguồn đội ngũ cán bộ hệ thống chính trị cơ sở vùng Tây Bắc giai đoạn 2007 – 2010”',
    );
    expect(ref.title).toMatch(/^việc phê duyệt Đề án/);
    expect(ref.statedPeriod).toEqual({ start: '2007-01-01', end: '2010-12-31' });
  });

  it('reports a date that is not on the calendar', () => {
    const r = parseLegalRef('12-CTr/TU ngày 31/2/2016');
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.map((i) => i.code)).toEqual(['legal_ref.invalid_date']);
      expect(r.issues[0]?.messageVi).toContain('31/2/2016');
    }
  });

  it.each([
    ['Nghị quyết 39', 'legal_ref.unrecognised'],
    ['', 'legal_ref.unrecognised'],
    ['12-CTr/TU hôm qua', 'legal_ref.trailing_text'],
  ])('rejects %j with %s, in both languages', (text, code) => {
    const r = parseLegalRef(text);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues[0]?.code).toBe(code);
      expect(r.issues[0]?.message).toMatch(/expected/);
      expect(r.issues[0]?.messageVi).toMatch(/cần/);
    }
  });
});

describe('formatLegalRef', () => {
  it('writes Vietnamese and English forms', () => {
    const ref = parsed('Chương trình số 12-CTr/TU ngày 9/5/2016');
    expect(formatLegalRef(ref, 'vi')).toBe('số 12-CTr/TU ngày 9/5/2016');
    expect(formatLegalRef(ref, 'en')).toBe('No. 12-CTr/TU of 9 May 2016');
    expect(formatLegalRef(parsed('106/QĐ-TTg'), 'vi')).toBe('số 106/QĐ-TTg');
  });

  it('infers how to write a symbol from the issuer when the form is not given', () => {
    expect(legalRefSymbol({ number: '39', type: 'NQ', issuer: 'TW' })).toBe('39-NQ/TW');
    expect(legalRefSymbol({ number: '106', type: 'QĐ', issuer: 'TTg' })).toBe('106/QĐ-TTg');
    expect(legalRefSymbol({ number: '135', year: 2020, type: 'NĐ', issuer: 'CP' })).toBe(
      '135/2020/NĐ-CP',
    );
    expect(legalRefSymbol({ number: '80', year: 2025, type: 'Luật', issuer: 'QH15' })).toBe(
      '80/2025/QH15',
    );
  });

  it('reads back what it writes, in both languages', () => {
    const date = fc
      .record({
        y: fc.integer({ min: 1990, max: 2030 }),
        m: fc.integer({ min: 1, max: 12 }),
        d: fc.integer({ min: 1, max: 28 }),
      })
      .map(({ y, m, d }) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    const ref = fc.oneof(
      fc.record({
        number: fc.integer({ min: 1, max: 999 }).map(String),
        type: fc.constantFrom('CTr', 'NQ', 'QĐ', 'KH', 'CT'),
        issuer: fc.constantFrom('TU', 'TW', 'HU', 'BTCTW'),
        form: fc.constant('party' as const),
      }),
      fc.record({
        number: fc.integer({ min: 1, max: 999 }).map(String),
        type: fc.constantFrom('QĐ', 'NĐ', 'CT', 'TT', 'TTLT'),
        issuer: fc.constantFrom('TTg', 'BNV', 'CP', 'UBND', 'BNV-BTC'),
        year: fc.option(fc.integer({ min: 1990, max: 2030 }), { nil: undefined }),
        form: fc.constant('state' as const),
      }),
    );
    fc.assert(
      fc.property(
        ref,
        fc.option(date, { nil: undefined }),
        fc.constantFrom('vi' as const, 'en' as const),
        (r, d, lang) => {
          const back = parsed(formatLegalRef({ ...r, date: d }, lang));
          expect(back).toMatchObject({ number: r.number, type: r.type, issuer: r.issuer });
          expect(back.date).toBe(d);
          expect(back.year).toBe('year' in r ? r.year : undefined);
        },
      ),
    );
  });
});
