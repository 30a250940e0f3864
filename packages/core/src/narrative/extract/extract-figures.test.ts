import { describe, expect, it } from 'vitest';
import { SEEDS } from '../__fixtures__/seeds.js';
import { extractFigures } from './extract-figures.js';
import type { ExtractedFigure, QuantityFigure } from './types.js';

const quantities = (text: string) =>
  extractFigures(text).filter((f): f is QuantityFigure => f.kind === 'quantity');
const kinds = (text: string) => extractFigures(text).map((f) => f.kind);

describe('extractFigures: amounts', () => {
  it('keeps the qualifier of an amount', () => {
    const read = (t: string) => quantities(t).map((q) => [q.actual.value, q.actual.qualifier]);
    expect(read('với hơn 3.000 cán bộ')).toEqual([['3000', 'over']]);
    expect(read('trên 100 học viên')).toEqual([['100', 'over']]);
    expect(read('gần 200 người')).toEqual([['200', 'near']]);
    expect(read('khoảng 50 lớp')).toEqual([['50', 'about']]);
    expect(read('dưới 10 người')).toEqual([['10', 'under']]);
    expect(read('cử 30 người')).toEqual([['30', 'exact']]);
  });

  it('reads names, dates, times, years and document numbers as no amount', () => {
    const none = [
      'Nghị quyết Trung ương 4 (Khóa 11, Khóa 12)',
      'theo kế hoạch số 04 và Nghị quyết số 18',
      'Chương trình số 12 của Tỉnh ủy',
      'Chiều 20/5, cập nhật 21/05/2019 09:28',
      'ngày 9 tháng 5 năm 2016',
      'trong năm 2019',
      'Đến 2021, tiếp tục thực hiện',
      'theo 39-NQ/TW, 135/2020/NĐ-CP và 80/2025/QH15',
    ];
    for (const text of none) expect(quantities(text), text).toEqual([]);
    // "tổng số" counts: it is the total, not a label.
    expect(quantities('tổng số 1.200 cán bộ')[0]?.actual.value).toBe('1200');
  });

  it('reads a reference with its kind word and date through parseLegalRef', () => {
    const [ref] = extractFigures('theo Quyết định số 494/QĐ-BNV ngày 13/6/2019 của Bộ trưởng');
    expect(ref).toMatchObject({
      kind: 'reference',
      text: 'Quyết định số 494/QĐ-BNV ngày 13/6/2019',
      symbol: '494/QĐ-BNV',
      ref: { number: '494', type: 'QĐ', issuer: 'BNV', date: '2019-06-13' },
    });
  });

  it('reads the noun phrase an amount counts, across list commas', () => {
    const nouns = (t: string) => quantities(t).map((q) => q.noun);
    expect(nouns('cử 173 cán bộ lãnh đạo, quản lý trẻ đi đào tạo thạc sỹ')).toEqual([
      'cán bộ lãnh đạo, quản lý trẻ',
    ]);
    expect(
      nouns('tổ chức 44 lớp trung cấp lý luận chính trị - hành chính với hơn 3.000 cán bộ'),
    ).toEqual(['lớp trung cấp lý luận chính trị - hành chính', 'cán bộ']);
    // A class of training keeps its training verb; people being trained do not.
    expect(nouns('tham gia 2 lớp bồi dưỡng cán bộ dự nguồn.')).toEqual([
      'lớp bồi dưỡng cán bộ dự nguồn',
    ]);
    expect(nouns('cử 30 công chức, viên chức đào tạo chuyên ngành giáo dục')).toEqual([
      'công chức, viên chức',
    ]);
  });
});

describe('extractFigures: percentages', () => {
  it('joins a percentage and a stated target to the amount before them', () => {
    const [q] = quantities(
      'đã luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40 cán bộ trẻ, bằng 60% KH.',
    );
    expect(q?.verb).toBe('luân chuyển');
    expect(q?.target).toMatchObject({ value: '40', noun: 'cán bộ trẻ' });
    expect(q?.percent).toMatchObject({
      value: '60',
      qualifier: 'exact',
      verb: 'bằng',
      basis: 'KH',
    });
    expect(q?.text).toBe('luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40 cán bộ trẻ, bằng 60% KH');
  });

  it('reads the basis of a percentage, "so với năm …" included', () => {
    const [a, b] = extractFigures('Số đảng viên mới tăng 5% so với năm 2015; tỷ lệ nữ chiếm 27%.');
    expect(a).toMatchObject({
      kind: 'percent',
      percent: { value: '5', verb: 'tăng', basis: 'so với năm 2015', basisYear: 2015 },
    });
    expect(b).toMatchObject({ kind: 'percent', percent: { value: '27', verb: 'chiếm' } });
    const [c] = quantities('cử 117 người, bằng 285% kế hoạch (KH)');
    expect(c?.percent?.basis).toBe('kế hoạch');
  });

  it('keeps both readings of "vượt X%" and marks them ambiguous', () => {
    const [q] = quantities('cử 60 cán bộ, vượt 20% KH');
    expect(q?.exceed).toMatchObject({
      by: '20',
      basis: 'KH',
      readings: { percentOfPlan: '120', pointsOverTarget: '20' },
      ambiguous: true,
    });
    const [alone] = extractFigures('Tỷ lệ cán bộ nữ vượt 2,5% so với kế hoạch.');
    expect(alone).toMatchObject({
      kind: 'exceed',
      exceed: {
        by: '2.5',
        decimals: 1,
        readings: { percentOfPlan: '102.5', pointsOverTarget: '2.5' },
      },
    });
  });
});

describe('extractFigures: words without numbers', () => {
  it('reads vague quantities as non-numeric, never as a number', () => {
    const [v] = extractFigures('còn cử hàng trăm cán bộ, công chức, viên chức tham gia');
    expect(v).toMatchObject({
      kind: 'vague',
      numeric: false,
      quantifier: 'hàng trăm',
      noun: 'cán bộ, công chức, viên chức',
    });
    expect(v).not.toHaveProperty('value');
    // "nhiều hơn" says more, not many of something.
    expect(kinds('hiệu quả nhiều hơn nữa')).toEqual([]);
  });

  it('reads "chưa …" as not started, and "chưa đạt kế hoạch" as not met', () => {
    const [met, started] = extractFigures(
      'Tuy nhiên, công tác luân chuyển chưa đạt kế hoạch; chưa cử cán bộ đi đào tạo tiến sĩ.',
    );
    expect(met).toMatchObject({ kind: 'not_met', basis: 'kế hoạch', what: 'công tác luân chuyển' });
    expect(started).toMatchObject({
      kind: 'not_started',
      verb: 'cử',
      what: 'cán bộ đi đào tạo tiến sĩ',
    });
    expect(kinds('giải quyết còn chậm, trách nhiệm chưa cao, chưa quan tâm đúng mức')).toEqual([]);
  });
});

describe('extractFigures: spans and output', () => {
  const check = (original: string, figures: ExtractedFigure[]) => {
    for (const f of figures) {
      expect(original.slice(...f.span).normalize('NFC')).toBe(f.text);
      if (f.kind === 'quantity') {
        expect(original.slice(...f.actual.span).normalize('NFC')).toBe(f.actual.text);
      }
    }
  };

  it('gives spans in the original text, even when it is decomposed (NFD)', () => {
    const nfd = SEEDS['004'].normalize('NFD');
    const figures = extractFigures(nfd);
    check(nfd, figures);
    // The same statements as from the NFC text, only the offsets differ.
    const nfc = extractFigures(SEEDS['004']);
    check(SEEDS['004'], nfc);
    expect(figures.map((f) => f.text)).toEqual(nfc.map((f) => f.text));
    expect(figures.some((f, i) => f.span[0] !== nfc[i]?.span[0])).toBe(true);
  });

  it('returns plain JSON', () => {
    for (const text of Object.values(SEEDS)) {
      const figures = extractFigures(text);
      expect(JSON.parse(JSON.stringify(figures))).toEqual(figures);
    }
  });
});
