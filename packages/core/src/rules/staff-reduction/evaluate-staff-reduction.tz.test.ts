import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { HeadcountSnapshot } from '../../records/schema.js';
import { evaluateStaffReduction } from './evaluate-staff-reduction.js';

const NQ39 = 'vn.staff-reduction.nq-39-2015';
const baseline = { date: '2015-01-01', headcount: 82_300 };
const at = (date: string, headcount: number, orgUnit = '40'): HeadcountSnapshot => ({
  orgUnit,
  date,
  headcount,
});

describe('evaluateStaffReduction', () => {
  it('reproduces Nghệ An 2015–2018: 6.666 of 82.300 is 8,0996%, on track for 10% by 2021', () => {
    const r = evaluateStaffReduction({
      baseline,
      // 82.300 − 6.666 = 75.634 at the end of 2018; the 2017 level and a 2019 level do not count.
      snapshots: [at('2017-12-31', 78_000), at('2018-12-31', 75_634), at('2019-06-30', 74_000)],
      asOf: '2018-12-31',
      pack: NQ39,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    const v = r.value;
    expect(v.reduced).toBe(6666);
    // 6666 / 82300 = 0.0809963548…: "đạt gần 8,1%".
    expect(v.progress.toFixed(6)).toBe('0.080996');
    expect(v.targetReduction.toString()).toBe('8230');
    expect(v.attainment.toFixed(5)).toBe('0.80996');
    // 1/1/2015–31/12/2018 is 1461 days of the 2557 to 31/12/2021: 10% × 1461/2557 = 5,7137%.
    expect(v.elapsedShare.equals(new Decimal(1461).div(2557))).toBe(true);
    expect(v.expectedShare.toFixed(6)).toBe('0.057137');
    expect(v.onTrack).toBe(true);
    expect(v.status).toBe('on_track');
    // CT 02: 1,5–2% a year over 48 months = 6–8%; 8,0996% is above both.
    expect(v.requiredByNow?.min.toString()).toBe('0.06');
    expect(v.requiredByNow?.max.toString()).toBe('0.08');
    // Still to cut: (8230 − 6666) / 82300 over 3 years = 1564 / 246900 a year.
    expect(v.remainingYearlyRequired?.toFixed(10)).toBe(new Decimal(1564).div(246_900).toFixed(10));
    expect(v.violations).toEqual([]);
  });

  it('sums the latest headcount of each unit (a stock, never a sum over dates)', () => {
    const r = evaluateStaffReduction({
      baseline: { date: '2015-01-01', headcount: 1000 },
      snapshots: [
        at('2016-12-31', 600, 'a'),
        at('2017-12-31', 580, 'a'),
        at('2017-06-30', 390, 'b'),
      ],
      asOf: '2018-01-01',
      pack: NQ39,
    });
    // 580 + 390 = 970: 30 cut, 3%.
    expect(r.ok && [r.value.current, r.value.reduced, r.value.progress.toString()]).toEqual([
      { date: '2017-12-31', headcount: 970, units: 2 },
      30,
      '0.03',
    ]);
  });

  it('flags a cut behind pro rata and below the yearly pace', () => {
    // 2.300 of 82.300 = 2,79%: below 5,71% pro rata and below 6% (4 years × 1,5%).
    const r = evaluateStaffReduction({
      baseline,
      snapshots: [at('2018-12-31', 80_000)],
      asOf: '2018-12-31',
      pack: NQ39,
    });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.status).toBe('behind');
    expect(r.value.violations.map((x) => [x.code, x.reference])).toEqual([
      ['staff_reduction.behind_pro_rata', '39-NQ/TW ngày 17/4/2015'],
      ['staff_reduction.below_yearly_pace', '02/CT-TTg ngày 6/2/2017'],
    ]);
    expect(r.value.violations[0]?.messageVi).toContain('đã giảm 2,79% (làm tròn xuống)');
  });

  it('says met at 10% and missed when 2021 ends short of it', () => {
    // 8.230 is exactly 10% of 82.300.
    const met = evaluateStaffReduction({
      baseline,
      snapshots: [at('2020-12-31', 74_070)],
      asOf: '2020-12-31',
      pack: NQ39,
    });
    expect(met.ok && met.value.status).toBe('met');
    const missed = evaluateStaffReduction({
      baseline,
      snapshots: [at('2021-12-31', 75_634)],
      asOf: '2022-01-15',
      pack: NQ39,
    });
    // 84 months × 1,5% a year = 10,5%, so 8,0996% is below the yearly pace as well.
    expect(missed.ok && [missed.value.status, missed.value.violations.map((x) => x.code)]).toEqual([
      'missed',
      ['staff_reduction.target_missed', 'staff_reduction.below_yearly_pace'],
    ]);
    expect(missed.ok && missed.value.requiredByNow?.min.toString()).toBe('0.105');
    expect(missed.ok && missed.value.remainingYearlyRequired).toBeNull();
  });

  it('collects every input issue at once', () => {
    const r = evaluateStaffReduction({
      baseline: { date: '2015-01-01', headcount: 0 },
      snapshots: [at('2019-01-01', 10)],
      asOf: '2014-12-31',
      pack: 'nope',
    });
    expect(r.ok ? [] : r.issues.map((i) => i.code)).toEqual([
      'staff_reduction.pack_unknown',
      'staff_reduction.baseline_invalid',
      'staff_reduction.as_of_before_baseline',
      'staff_reduction.no_snapshot',
    ]);
  });

  it('keeps progress × baseline equal to the cut, and never calls a smaller cut on track when a larger is not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 200_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.integer({ min: 0, max: 100 }),
        (base, x, y) => {
          const [lo, hi] = x <= y ? [x, y] : [y, x];
          const run = (permille: number) =>
            evaluateStaffReduction({
              baseline: { date: '2015-01-01', headcount: base },
              snapshots: [at('2018-12-31', base - Math.floor((base * permille) / 1000))],
              asOf: '2018-12-31',
              pack: NQ39,
            });
          const a = run(lo);
          const b = run(hi);
          if (!a.ok || !b.ok) return false;
          return (
            a.value.progress.times(base).toDecimalPlaces(6).equals(a.value.reduced) &&
            (!a.value.onTrack || b.value.onTrack)
          );
        },
      ),
    );
  });
});
