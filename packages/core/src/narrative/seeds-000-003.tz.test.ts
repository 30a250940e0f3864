// Seeds 000–003: every figure a careful reader finds, written down by hand from the articles.
// Periods are calendar dates and must not move with the clock's zone, so this reruns per zone.
import { describe, expect, it } from 'vitest';
import { SEEDS } from './__fixtures__/seeds.js';
import { q, type Summary, summarise } from './__fixtures__/summarise.js';
import { extractFigures } from './extract/extract-figures.js';

const phase = (text: string, first: number, last: number, subject?: string): Summary => ({
  kind: 'period',
  text,
  start: `${first}-01-01`,
  end: `${last}-12-31`,
  ...(subject !== undefined && { subject }),
});

const QD106 = '106/QĐ-TTg';
const COMMUNE = 'nâng cao chất lượng hoạt động của chính quyền cơ sở';
const STAFF = 'tiếp tục nâng cao chất lượng đội ngũ cán bộ viên chức';
const STAFF_LONG = 'tiếp tục nâng cao chất lượng đội ngũ cán bộ công chức viên chức';

const EXPECTED: Record<'000' | '001' | '002' | '003', Summary[]> = {
  '000': [
    { kind: 'reference', text: 'quyết định 106/QĐ-TTg', symbol: QD106, date: null },
    { kind: 'reference', text: 'quyết định 106/QĐ-TTg', symbol: QD106, date: null },
    { kind: 'vague', text: 'Một số giải pháp', quantifier: 'một số', noun: 'giải pháp' },
    // The project's title, inside the quotes that follow QĐ 106.
    phase('giai đoạn 2007 – 2010', 2007, 2010, QD106),
    // "thực hiện đề án giai đoạn 2007-2010": the text's one programme.
    phase('giai đoạn 2007-2010', 2007, 2010, QD106),
    phase('giai đoạn 2007-2010', 2007, 2010, QD106),
    { kind: 'reference', text: 'quyết định 106/QĐ-TTg', symbol: QD106, date: null },
    // The same decision, later in the text, with another first year.
    phase('giai đoạn 2006-2010', 2006, 2010, QD106),
  ],
  '001': [
    phase('giai đoạn 2016 – 2021', 2016, 2021, COMMUNE),
    phase('giai đoạn 2016 – 2020', 2016, 2020, STAFF),
    phase('giai đoạn 2016 – 2021', 2016, 2021, COMMUNE),
    phase('giai đoạn 2016 – 2020', 2016, 2020, STAFF),
    { kind: 'vague', text: 'nhiều ý kiến đóng góp', quantifier: 'nhiều', noun: 'ý kiến đóng góp' },
    { ...phase('nhiệm kỳ 2011 – 2016', 2011, 2016), periodKind: 'term' },
    { kind: 'vague', text: 'một số cán bộ', quantifier: 'một số', noun: 'cán bộ' },
    // "Do vậy Đề án …": two projects are named, so a bare "Đề án" is neither for sure.
    phase('giai đoạn 2016 – 2021', 2016, 2021),
    // The second project's title, written this time with "công chức".
    phase('giai đoạn 2016 – 2020', 2016, 2020, STAFF_LONG),
    phase('giai đoạn 2016 – 2020', 2016, 2020),
    phase('giai đoạn 2016 – 2020', 2016, 2020),
    q('02 Đề án', '2', 'Đề án'),
  ],
  '002': [
    {
      kind: 'period',
      text: 'Từ ngày 22/6 đến ngày 03/7/2020',
      start: '2020-06-22',
      end: '2020-07-03',
      periodKind: 'custom',
    },
    {
      kind: 'reference',
      text: 'Quyết định số 494/QĐ-BNV ngày 13/6/2019',
      symbol: '494/QĐ-BNV',
      date: '2019-06-13',
    },
    { kind: 'vague', text: 'nhiều kết quả bổ ích', quantifier: 'nhiều', noun: 'kết quả bổ ích' },
    { kind: 'vague', text: 'Một số hình ảnh', quantifier: 'một số', noun: 'hình ảnh' },
    q('0 lượt đọc', '0', 'lượt đọc'),
  ],
  '003': [
    { kind: 'vague', text: 'Đông đảo các đại biểu', quantifier: 'đông đảo', noun: 'các đại biểu' },
    q(
      '10 tỉnh khu vực Tây Bắc, Duyên hải và Bắc Trung bộ',
      '10',
      'tỉnh khu vực Tây Bắc, Duyên hải và Bắc Trung bộ',
    ),
    phase('từ 2015 – 2018', 2015, 2018),
    q('giảm được 6.666 biên chế, đạt gần 8,1%', '6666', 'biên chế', {
      verb: 'giảm được',
      percent: ['đạt', 'near', '8.1', null],
    }),
    q('4 nội dung cơ bản', '4', 'nội dung cơ bản'),
    q('14 nhiệm vụ', '14', 'nhiệm vụ'),
  ],
};

describe('seeds 000–003', () => {
  for (const seed of ['000', '001', '002', '003'] as const) {
    it(`seed ${seed}: finds every figure and period a careful reader finds`, () => {
      const figures = extractFigures(SEEDS[seed]);
      expect(figures.map(summarise)).toEqual(EXPECTED[seed]);
      for (const f of figures) expect(SEEDS[seed].slice(...f.span)).toBe(f.text);
    });
  }

  it('seed 003: "6.666" is six thousand six hundred and sixty-six, "8,1" eight point one', () => {
    const figure = extractFigures(SEEDS['003']).find((f) => f.kind === 'quantity' && f.verb);
    expect(figure).toMatchObject({
      actual: { value: '6666', text: '6.666', qualifier: 'exact' },
      percent: { value: '8.1', decimals: 1, qualifier: 'near', text: 'đạt gần 8,1%' },
    });
  });

  it('seed 003: the labels "Trung ương 4", "Khóa 12", "Nghị quyết 39", "số 04" are no amounts', () => {
    const amounts = extractFigures(SEEDS['003']).flatMap((f) =>
      f.kind === 'quantity' ? [f.actual.value] : [],
    );
    expect(amounts).toEqual(['10', '6666', '4', '14']);
  });
});
