import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCadreError } from '../result/error.js';
import { computeAttainment } from './compute-attainment.js';

describe('computeAttainment', () => {
  it('reads the default bands: above 1 vượt, at 1 đạt, below chưa đạt', () => {
    expect(computeAttainment({ actual: 30, target: 10 }).status).toBe('exceeded');
    expect(computeAttainment({ actual: 4, target: 4 }).status).toBe('met');
    expect(computeAttainment({ actual: 24, target: 40 }).status).toBe('not_met');
  });

  it('puts actual 0 before a missing target: nobody sent is "not started"', () => {
    expect(computeAttainment({ actual: 0, target: null }).status).toBe('not_started');
    expect(computeAttainment({ actual: 0, target: 5 }).status).toBe('not_started');
    const none = computeAttainment({ actual: 241, target: null });
    expect(none.status).toBe('no_target');
    expect(none.ratio).toBeNull();
    expect(none.percent).toBeNull();
    expect(computeAttainment({ actual: 7, target: 0 }).status).toBe('no_target');
  });

  it('gives exact ratios: 117 / 41 has no float error', () => {
    const a = computeAttainment({ actual: 117, target: 41 });
    // 117 / 41 = 2.853658536585… (period 53658); × 41 must give back 117 to 30 places.
    expect(a.ratio?.times(41).toDecimalPlaces(30).toString()).toBe('117');
    expect(a.percent?.toFixed(4)).toBe('285.3659');
  });

  it('applies programme bands', () => {
    const bands = { exceededAbove: '1.2', metAtLeast: '0.9' };
    expect(computeAttainment({ actual: 9, target: 10, bands }).status).toBe('met');
    expect(computeAttainment({ actual: 12, target: 10, bands }).status).toBe('met');
    expect(computeAttainment({ actual: 13, target: 10, bands }).status).toBe('exceeded');
    expect(computeAttainment({ actual: 8, target: 10, bands }).status).toBe('not_met');
  });

  it('compares with the pro-rata share: 24/40 at 20/5/2019 is behind', () => {
    // 2016-05-09…2020-12-31 has 237 + 365 + 365 + 365 + 366 = 1698 days; through 2019-05-20:
    // 237 + 365 + 365 + (31 + 28 + 31 + 30 + 20) = 1107 days; 1107/1698 = 0.6519… > 0.6.
    const a = computeAttainment({ actual: 24, target: 40, expectedShare: '0.6519434628975265' });
    expect(a.onTrack).toBe(false);
    expect(computeAttainment({ actual: 27, target: 40, expectedShare: '0.65' }).onTrack).toBe(true);
    expect(computeAttainment({ actual: 27, target: 40 }).onTrack).toBeNull();
  });

  it('treats at_most as a limit that is met while actual ≤ target', () => {
    expect(computeAttainment({ actual: 5, target: 5, direction: 'at_most' }).status).toBe('met');
    expect(computeAttainment({ actual: 0, target: 5, direction: 'at_most' }).status).toBe('met');
    expect(computeAttainment({ actual: 6, target: 5, direction: 'at_most' }).status).toBe(
      'not_met',
    );
    const zero = computeAttainment({ actual: 0, target: 0, direction: 'at_most' });
    expect(zero.status).toBe('met');
    expect(zero.ratio).toBeNull();
  });

  it('measures a reduction against its baseline (NQ 39: cut 10% of the 2015 headcount)', () => {
    // Nghệ An: 6.666 cut of about 82.300. progress = 6666/82300 = 0.080996…;
    // ratio = progress / 0.10 = 0.80996…, below 1, so not met yet.
    const a = computeAttainment({
      actual: 6666,
      target: 10,
      baseline: 82300,
      direction: 'reduction',
    });
    expect(a.progressPercent?.toFixed(4)).toBe('8.0996');
    expect(a.ratio?.toFixed(4)).toBe('0.8100');
    expect(a.percent?.toFixed(2)).toBe('81.00');
    expect(a.status).toBe('not_met');
    const noTarget = computeAttainment({
      actual: 6666,
      target: null,
      baseline: 82300,
      direction: 'reduction',
    });
    expect(noTarget.status).toBe('no_target');
    expect(noTarget.progressPercent?.toFixed(1)).toBe('8.1');
    const noBase = computeAttainment({
      actual: 6666,
      target: 10,
      baseline: null,
      direction: 'reduction',
    });
    expect(noBase.status).toBe('no_target');
    expect(noBase.progress).toBeNull();
  });

  it('refuses NaN, Infinity and negative targets as programmer errors', () => {
    expect(() => computeAttainment({ actual: Number.NaN, target: 1 })).toThrow();
    expect(() => computeAttainment({ actual: 1, target: Number.POSITIVE_INFINITY })).toThrow();
    try {
      computeAttainment({ actual: 1, target: -1 });
      expect.unreachable();
    } catch (e) {
      expect(isCadreError(e)).toBe(true);
    }
  });

  it('never yields NaN or Infinity, whatever the figures (zero and missing targets included)', () => {
    const num = fc.oneof(fc.nat(), fc.constant(0), fc.bigInt({ min: 0n, max: 10n ** 30n }));
    fc.assert(
      fc.property(
        num,
        fc.option(num, { nil: null }),
        fc.option(num, { nil: null }),
        fc.constantFrom('at_least', 'at_most', 'reduction' as const),
        (actual, target, baseline, direction) => {
          const a = computeAttainment({ actual, target, baseline, direction });
          for (const d of [a.ratio, a.percent, a.progress, a.progressPercent]) {
            if (d !== null) expect(d.isFinite()).toBe(true);
          }
          if (direction === 'at_least' && a.ratio !== null && target !== null) {
            // ratio × target gives back the actual within the quotient's 40 significant digits.
            const back = a.ratio.times(target.toString());
            const tolerance = back.abs().times('1e-38');
            expect(back.minus(actual.toString()).abs().lte(tolerance)).toBe(true);
          }
        },
      ),
    );
  });
});
