// Seed 004 (Cao Bằng, Chương trình 12-CTr/TU ngày 9/5/2016, review of 20/5/2019): every figure
// a careful reader finds, written down by hand from the article, in the order it gives them.
import { describe, expect, it } from 'vitest';
import { SEEDS } from './__fixtures__/seeds.js';
import { q, summarise } from './__fixtures__/summarise.js';
import { extractFigures } from './extract/extract-figures.js';

const text = SEEDS['004'];
const figures = extractFigures(text);

const EXPECTED = [
  {
    kind: 'reference',
    text: 'Chương trình số 12-CTr/TU ngày 9/5/2016',
    symbol: '12-CTr/TU',
    date: '2016-05-09',
  },
  {
    kind: 'period',
    text: 'giai đoạn 2016 - 2020',
    start: '2016-01-01',
    end: '2020-12-31',
    subject: '12-CTr/TU',
  },
  { kind: 'duration', text: 'hơn 2 năm', amount: '2', qualifier: 'over', unit: 'năm' },
  { kind: 'reference', text: 'Chương trình số 12-CTr/TU', symbol: '12-CTr/TU', date: null },
  q('cử 173 cán bộ lãnh đạo, quản lý trẻ', '173', 'cán bộ lãnh đạo, quản lý trẻ', { verb: 'cử' }),
  q(
    'cử 30 công chức, viên chức đào tạo chuyên ngành giáo dục, đạt 300% chỉ tiêu',
    '30',
    'công chức, viên chức',
    {
      verb: 'cử',
      percent: ['đạt', 'exact', '300', 'chỉ tiêu'],
    },
  ),
  q(
    'cử 117 công chức, viên chức lĩnh vực y tế đào tạo chuyên khoa cấp I và trình độ thạc sỹ, bằng 285% kế hoạch (KH)',
    '117',
    'công chức, viên chức lĩnh vực y tế',
    { verb: 'cử', percent: ['bằng', 'exact', '285', 'kế hoạch'] },
  ),
  q(
    'cử 4 công chức, viên chức lĩnh vực văn hóa, du lịch đạt 100% KH',
    '4',
    'công chức, viên chức lĩnh vực văn hóa, du lịch',
    {
      verb: 'cử',
      percent: ['đạt', 'exact', '100', 'KH'],
    },
  ),
  q(
    'cử 79 cán bộ đi bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp, chuyên viên chính, đạt 45% KH',
    '79',
    'cán bộ',
    { verb: 'cử', percent: ['đạt', 'exact', '45', 'KH'] },
  ),
  q('cử 241 cán bộ', '241', 'cán bộ', { verb: 'cử' }),
  q(
    'chọn cử 139 cán bộ tham gia các lớp bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương đạt gần 70% KH',
    '139',
    'cán bộ',
    { verb: 'chọn cử', percent: ['đạt', 'near', '70', 'KH'] },
  ),
  {
    kind: 'vague',
    text: 'hàng trăm cán bộ, công chức, viên chức',
    quantifier: 'hàng trăm',
    noun: 'cán bộ, công chức, viên chức',
  },
  q(
    'tổ chức 44 lớp trung cấp lý luận chính trị - hành chính',
    '44',
    'lớp trung cấp lý luận chính trị - hành chính',
    {
      verb: 'tổ chức',
    },
  ),
  q('hơn 3.000 cán bộ quản lý các cấp', '3000', 'cán bộ quản lý các cấp', { qualifier: 'over' }),
  q(
    'chọn cử 430 cán bộ đi đào tạo cao cấp lý luận chính trị hệ tập trung và không tập trung, đạt 238% KH',
    '430',
    'cán bộ',
    { verb: 'chọn cử', percent: ['đạt', 'exact', '238', 'KH'] },
  ),
  q('chọn cử 153 đồng chí', '153', 'đồng chí', { verb: 'chọn cử' }),
  q(
    'tham gia 2 lớp bồi dưỡng cán bộ dự nguồn, cán bộ lãnh đạo, quản lý',
    '2',
    'lớp bồi dưỡng cán bộ dự nguồn, cán bộ lãnh đạo, quản lý',
    {
      verb: 'tham gia',
    },
  ),
  q(
    'luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40 cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý, bằng 60% KH',
    '24',
    'cán bộ',
    {
      verb: 'luân chuyển',
      target: ['40', 'cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý'],
      percent: ['bằng', 'exact', '60', 'KH'],
    },
  ),
  {
    kind: 'not_met',
    text: 'công tác đào tạo một số lĩnh vực chưa đạt kế hoạch',
    what: 'công tác đào tạo một số lĩnh vực',
    basis: 'kế hoạch',
  },
  { kind: 'vague', text: 'một số lĩnh vực', quantifier: 'một số', noun: 'lĩnh vực' },
  {
    kind: 'not_started',
    text: 'Chưa chọn cử cán bộ lãnh đạo, quản lý trẻ đi đào tạo trình độ tiến sỹ',
    verb: 'chọn cử',
    what: 'cán bộ lãnh đạo, quản lý trẻ đi đào tạo trình độ tiến sỹ',
  },
  {
    kind: 'not_started',
    text: 'chưa cử cán bộ đi đào tạo đào về chuyên ngành du lịch',
    verb: 'cử',
    what: 'cán bộ đi đào tạo đào về chuyên ngành du lịch',
  },
  {
    kind: 'vague',
    text: 'Một số cấp ủy, thủ trưởng cơ quan, đơn vị, địa phương',
    quantifier: 'một số',
    noun: 'cấp ủy, thủ trưởng cơ quan, đơn vị, địa phương',
  },
  { kind: 'duration', text: 'hơn 2 năm', amount: '2', qualifier: 'over', unit: 'năm' },
  // The page's footer: weather, exchange rate and gold price are figures too.
  q('22°C', '22', '°C'),
  q('36°C', '36', '°C'),
  { kind: 'vague', text: 'nhiều mây', quantifier: 'nhiều', noun: 'mây' },
  q('1 USD', '1', 'USD'),
  q('23370 VNĐ', '23370', 'VNĐ'),
  q('39.070/lượng', '39070', '/lượng'),
];

describe('seed 004: the Cao Bằng review paragraph', () => {
  it('finds every figure a careful reader finds, and nothing else', () => {
    expect(figures.map(summarise)).toEqual(EXPECTED);
  });

  it('places every figure at its span in the original text', () => {
    for (const f of figures) expect(text.slice(...f.span)).toBe(f.text);
  });

  it('reads dates, the document number and "Chương trình số 12" as no amount', () => {
    const amounts = figures.flatMap((f) => (f.kind === 'quantity' ? [f.actual.value] : []));
    for (const n of ['12', '20', '21', '9', '5', '2016', '2019', '28'])
      expect(amounts).not.toContain(n);
  });
});
