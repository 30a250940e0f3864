import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCadreError } from '../result/error.js';
import { checkReportedFigure } from './check-reported-figure.js';
import { inferTargetInterval } from './infer-target-interval.js';
import { parseReportedPercent } from './parse-reported-percent.js';

describe('parseReportedPercent', () => {
  it('reads the phrases reports use', () => {
    const read = (text: string) => {
      const r = parseReportedPercent(text);
      if (!r.ok) throw new Error(r.issues[0]?.message);
      const { value, ...rest } = r.value;
      return { value: value.toString(), ...rest };
    };
    expect(read('đạt 238% KH')).toEqual({
      value: '238',
      decimals: 0,
      qualifier: 'exact',
      verb: 'đạt',
      basis: 'KH',
      raw: 'đạt 238% KH',
    });
    expect(read('bằng 285% kế hoạch (KH)')).toMatchObject({
      value: '285',
      verb: 'bằng',
      basis: 'kế hoạch',
    });
    expect(read('đạt gần 70% KH')).toMatchObject({ value: '70', qualifier: 'near' });
    expect(read('hơn 8%')).toMatchObject({ value: '8', qualifier: 'over' });
    expect(read('trên 100%')).toMatchObject({ value: '100', qualifier: 'over' });
    expect(read('đạt gần 8,1%')).toMatchObject({ value: '8.1', decimals: 1, qualifier: 'near' });
    expect(read('Đạt 300% chỉ tiêu')).toMatchObject({ value: '300', basis: 'chỉ tiêu' });
    expect(read('ĐẠT GẦN 70% KH'.normalize('NFD'))).toMatchObject({
      value: '70',
      qualifier: 'near',
    });
  });

  it('rejects other text with a bilingual issue at the given path', () => {
    for (const text of ['', 'đạt KH', 'đạt 8.1%', 'khoảng 70%', '70', 'vượt 20% KH x']) {
      const r = parseReportedPercent(text, ['reports', 2]);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.path).toEqual(['reports', 2]);
        expect(r.issues[0]?.messageVi).toBeTruthy();
      }
    }
  });
});

describe('inferTargetInterval', () => {
  it('430 cadres at "đạt 238% KH": 181 when rounding, 180 when truncating', () => {
    // Rounding: 237,5 ≤ 43000/T < 238,5 ⇔ 180,29… < T ≤ 181,05… → T = 181.
    // Truncation: 238 ≤ 43000/T < 239 ⇔ 179,91… < T ≤ 180,67… → T = 180.
    expect(inferTargetInterval(430, 'đạt 238% KH')).toEqual({
      rounding: { min: 181, max: 181 },
      truncation: { min: 180, max: 180 },
      union: { min: 180, max: 181 },
    });
  });

  it('139 at "đạt gần 70% KH": 199 and 200 fit', () => {
    // gần 70 = [69, 70): 13900/70 = 198,57… < T ≤ 13900/69 = 201,44… → 199…201.
    const r = inferTargetInterval(139, 'đạt gần 70% KH');
    expect(r.union).toEqual({ min: 199, max: 201 });
    // A narrower band keeps only 69,5 ≤ p < 70: 198,57… < T ≤ 200 → 199…200.
    expect(inferTargetInterval(139, 'đạt gần 70% KH', { nearBand: '0.5' }).union).toEqual({
      min: 199,
      max: 200,
    });
  });

  it('79 at "45%": 174–177 when rounding', () => {
    // 44,5 ≤ 7900/T < 45,5 ⇔ 173,6… < T ≤ 177,5… → 174…177.
    expect(inferTargetInterval(79, '45%').rounding).toEqual({ min: 174, max: 177 });
    // Truncation: 45 ≤ 7900/T < 46 ⇔ 171,7… < T ≤ 175,5… → 172…175.
    expect(inferTargetInterval(79, '45%').truncation).toEqual({ min: 172, max: 175 });
  });

  it('the seed percentages that invert to one target', () => {
    // 3000/300,5 = 9,98… < T ≤ 3000/299,5 = 10,01… → 10; 11700/285,5 = 40,98… < T ≤ 41,12… → 41;
    // 2400/60,5 = 39,66… < T ≤ 2400/59,5 = 40,33… → 40.
    expect(inferTargetInterval(30, 'đạt 300% chỉ tiêu').rounding).toEqual({ min: 10, max: 10 });
    expect(inferTargetInterval(117, 'bằng 285% KH').rounding).toEqual({ min: 41, max: 41 });
    expect(inferTargetInterval(24, 'bằng 60% KH').rounding).toEqual({ min: 40, max: 40 });
  });

  it('reads "hơn X" as just above X, and handles edges', () => {
    // (100, 101]: 1000/101 = 9,90… ≤ T < 10 → none; so "trên 100%" of 10 people has no integer target.
    expect(inferTargetInterval(10, 'trên 100%').union).toBeNull();
    // 0 people: every target gives 0%, which fits "0%" and no positive figure.
    expect(inferTargetInterval(0, '0%').union).toEqual({ min: 1, max: null });
    expect(inferTargetInterval(0, '45%').union).toBeNull();
    // "0%" of 3 people: p < 0,5 ⇔ T > 600 with no upper bound.
    expect(inferTargetInterval(3, '0%').rounding).toEqual({ min: 601, max: null });
  });

  it('throws CadreError for a text that is not a percentage', () => {
    try {
      inferTargetInterval(1, 'nhiều');
      expect.unreachable();
    } catch (e) {
      expect(isCadreError(e)).toBe(true);
    }
  });

  it('always contains the target that produced a rounded figure', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (a, t) => {
          const p = new Decimal(a).times(100).div(t);
          const decimals = p.gte(10) ? 0 : 1;
          const rounded = p
            .toDecimalPlaces(decimals, Decimal.ROUND_HALF_UP)
            .toFixed(decimals)
            .replace('.', ',');
          const cut = p
            .toDecimalPlaces(decimals, Decimal.ROUND_DOWN)
            .toFixed(decimals)
            .replace('.', ',');
          const r = inferTargetInterval(a, `${rounded}%`).rounding;
          const tr = inferTargetInterval(a, `${cut}%`).truncation;
          for (const range of [r, tr]) {
            expect(range).not.toBeNull();
            expect(range!.min).toBeLessThanOrEqual(t);
            expect(range!.max === null || range!.max >= t).toBe(true);
          }
        },
      ),
    );
  });
});

describe('checkReportedFigure', () => {
  it('accepts a phrase that fits the stored target', () => {
    expect(checkReportedFigure({ actual: 30, target: 10, reported: 'đạt 300% chỉ tiêu' })).toEqual(
      [],
    );
    expect(checkReportedFigure({ actual: 430, target: 180, reported: 'đạt 238% KH' })).toEqual([]);
    expect(checkReportedFigure({ actual: 139, target: 200, reported: 'đạt gần 70% KH' })).toEqual(
      [],
    );
  });

  it('flags a phrase that no reading of the stored target gives', () => {
    const [i] = checkReportedFigure({ actual: 79, target: 180, reported: 'đạt 45% KH' });
    // 7900/180 = 43,88…% is outside [44,5; 46); targets that fit are 172…177.
    expect(i?.code).toBe('reported.inconsistent');
    expect(i?.message).toContain('172–177');
    expect(i?.messageVi).toContain('43,89%');
  });

  it('flags a figure shown above the exact value without "gần"', () => {
    // 430/181 = 237,56…% printed as "238%": above the exact value, so the rule wants "gần 238%".
    const [i] = checkReportedFigure({ actual: 430, target: 181, reported: 'đạt 238% KH' });
    expect(i?.code).toBe('reported.rounded_up');
    expect(i?.messageVi).toContain('gần 238%');
  });

  it('flags a percentage reported with no stored target, and unreadable text', () => {
    expect(checkReportedFigure({ actual: 241, target: null, reported: 'đạt 100%' })[0]?.code).toBe(
      'reported.no_target',
    );
    expect(checkReportedFigure({ actual: 1, target: 1, reported: 'tốt' })[0]).toMatchObject({
      code: 'reported_percent.invalid',
      path: ['reported'],
    });
  });
});
