import { describe, expect, it } from 'vitest';
import { SEEDS } from '../__fixtures__/seeds.js';
import { extractFigures } from '../extract/extract-figures.js';
import { reconcileFigures } from './reconcile-figures.js';

const one = (text: string, options = {}) => {
  const extracted = extractFigures(text);
  return { extracted, ...reconcileFigures(extracted, options) };
};

describe('reconcileFigures over seed 004', () => {
  const figures = extractFigures(SEEDS['004']);
  const result = reconcileFigures(figures);
  const of = (actual: string) => result.figures.find((r) => r.actual === actual);

  it('infers the target intervals behind the printed percentages', () => {
    // 3000/300,5 = 9,98… < T ≤ 3000/299,5 = 10,01… → 10.
    expect(of('30')?.interval?.rounding).toEqual({ min: 10, max: 10 });
    // 11700/285,5 = 40,98… < T ≤ 11700/284,5 = 41,12… → 41.
    expect(of('117')?.interval?.rounding).toEqual({ min: 41, max: 41 });
    // 400/100,5 = 3,98… < T ≤ 400/99,5 = 4,02… → 4.
    expect(of('4')?.interval?.rounding).toEqual({ min: 4, max: 4 });
    // 44,5 ≤ 7900/T < 45,5 → 173,6… < T ≤ 177,5… → 174…177.
    expect(of('79')?.interval?.rounding).toEqual({ min: 174, max: 177 });
    // gần 70 = [69, 70): 13900/70 = 198,57… < T ≤ 13900/69 = 201,44… → 199…201.
    expect(of('139')?.interval?.union).toEqual({ min: 199, max: 201 });
    // 238 from 430: rounding 237,5 ≤ 43000/T < 238,5 → 181; truncation 238 ≤ … < 239 → 180.
    expect(of('430')?.interval).toMatchObject({
      rounding: { min: 181, max: 181 },
      truncation: { min: 180, max: 180 },
    });
    // 2400/60,5 = 39,66… < T ≤ 2400/59,5 = 40,33… → 40, the stated target.
    expect(of('24')).toMatchObject({
      statedTarget: '40',
      interval: { rounding: { min: 40, max: 40 } },
    });
  });

  it('infers nothing where nothing is reported, or the amount is not exact', () => {
    expect(of('241')?.interval).toBeNull();
    expect(of('3000')?.interval).toBeNull(); // "hơn 3.000"
  });

  it('finds no contradiction in the article', () => {
    expect(result.flags).toEqual([]);
  });
});

describe('reconcileFigures: flags', () => {
  it('seed 000: "2007 – 2010" and "2006-2010" for the same programme', () => {
    const { extracted, flags } = one(SEEDS['000']);
    expect(flags).toHaveLength(1);
    const [flag] = flags;
    expect(flag?.code).toBe('period.contradiction');
    const [first, later] = (flag?.figures ?? []).map((i) => extracted[i]?.text);
    expect([first, later]).toEqual(['giai đoạn 2007 – 2010', 'giai đoạn 2006-2010']);
    expect(flag?.message).toContain('106/QĐ-TTg');
    expect(flag?.messageVi).toContain('giai đoạn 2006-2010');
    expect(flag?.path).toEqual(['figures', flag?.figures[1], 'period']);
  });

  it('seed 001: two projects over two periods are no contradiction', () => {
    expect(one(SEEDS['001']).flags).toEqual([]);
  });

  it('flags a stated target that does not give the stated percentage', () => {
    // 24 / 40 = 60%, not 70%.
    const { flags } = one('luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40 cán bộ, bằng 70% KH.');
    expect(flags.map((f) => [f.code, f.figures])).toEqual([['reported.inconsistent', [0]]]);
    expect(flags[0]?.messageVi).toBeTruthy();
  });

  it('flags a percentage no whole-number target can give', () => {
    // "trên 100%" of 10 is (100, 101]: 1000/101 = 9,90… ≤ T < 10 holds for no whole T.
    const { flags } = one('cử 10 cán bộ, đạt trên 100% KH.');
    expect(flags.map((f) => f.code)).toEqual(['figure.no_whole_target']);
  });
});

describe('reconcileFigures: denominators and readings', () => {
  it('seed 003: a cut is a share of the baseline, about 82.300', () => {
    const cut = one(SEEDS['003']).figures.find((f) => f.actual === '6666');
    expect(cut?.denominator).toBe('baseline');
    // gần 8,1 = [7,1; 8,1): 666600/8,1 = 82296,2… < B ≤ 666600/7,1 = 93887,3… (default band 1).
    expect(cut?.interval?.union).toEqual({ min: 82297, max: 93887 });
    // With "gần" 0,05 point wide: B ≤ 666600/8,05 = 82807,4…; 82.300 fits either way.
    const narrow = one(SEEDS['003'], { nearBand: '0.05' }).figures.find((f) => f.actual === '6666');
    expect(narrow?.interval?.union).toEqual({ min: 82297, max: 82807 });
  });

  it('keeps both readings of "vượt X%", choosing neither', () => {
    const { figures } = one('cử 60 cán bộ, vượt 20% KH.');
    // 100 + 20 = 120%: 119,5 ≤ 6000/T < 120,5 → 49,79… < T ≤ 50,20… → 50.
    expect(figures[0]?.exceed).toEqual({
      percentOfPlan: {
        rounding: { min: 50, max: 50 },
        truncation: { min: 50, max: 50 },
        union: { min: 50, max: 50 },
      },
      pointsOverTarget: null,
      ambiguous: true,
    });
  });

  it('reads "chiếm" as a share of a total and "so với năm" as against a baseline', () => {
    expect(one('có 27 cán bộ nữ, chiếm 27%.').figures[0]?.denominator).toBe('total');
    expect(one('kết nạp 105 đảng viên, bằng 105% so với năm 2018.').figures[0]?.denominator).toBe(
      'baseline',
    );
  });

  it('returns plain JSON', () => {
    const r = reconcileFigures(extractFigures(SEEDS['004']));
    expect(JSON.parse(JSON.stringify(r))).toEqual(r);
  });
});
