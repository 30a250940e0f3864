import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderReduction } from './render-reduction.js';
import { type HeadcountFile, readHeadcountFile, runReduction } from './run-reduction.js';

const file = readHeadcountFile();
const r = runReduction(file);
if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
const lines = renderReduction(r.value);

describe('Nghệ An, NQ 39-NQ/TW, 2015–2018', () => {
  it('takes the 2015 baseline as the sum of the three blocks: about 82.300', () => {
    // 4.200 + 6.100 + 72.000 = 82.300.
    expect(r.value.baseline).toEqual({ date: '2015-01-01', headcount: 82300 });
    expect(r.value.pack.id).toBe('vn.staff-reduction.nq-39-2015');
  });

  it('prints the phrase of the report: "giảm được 6.666 biên chế, đạt gần 8,1%"', () => {
    // End of 2018: 3.880 + 5.530 + 66.224 = 75.634, so 82.300 − 75.634 = 6.666 cut.
    // 6.666 / 82.300 = 8,0996…%; one decimal rounds up to 8,1, hence "gần".
    expect(lines).toContain('Từ 2015 – 2018: giảm được 6.666 biên chế, đạt gần 8,1%');
    expect(lines).toContain('2015–2018: cut 6,666 staff positions, nearly 8.1% of the baseline');
  });

  it('is on track at the end of 2018 against ≥10% by 2021', () => {
    // Target: 10% of 82.300 = 8.230. Reached: 8,0996 / 10 = 80,996% → "gần 81%".
    expect(lines.find((l) => l.startsWith('Mục tiêu:'))).toBe(
      'Mục tiêu: giảm ít nhất 10% (8.230 biên chế) đến 31/12/2021; đã đạt gần 81% mục tiêu',
    );
    // 1/1/2015–31/12/2018 is 365 + 366 + 365 + 365 = 1.461 of the 2.557 days to 31/12/2021;
    // pro rata 10% × 1461/2557 = 5,71%, and 8,10% ≥ 5,71%.
    expect(lines.find((l) => l.startsWith('Tiến độ:'))).toBe(
      'Tiến độ: đã qua 1.461/2.557 ngày, theo tỷ lệ thời gian cần giảm 5,7%: đúng tiến độ',
    );
    expect(r.value.review.status).toBe('on_track');
    // CT 02/CT-TTg: 1,5–2% a year over 48 months is 6–8%; 8,10% is above the floor, no warning.
    expect(lines).toContain('Nhịp 1,5–2% mỗi năm (số 02/CT-TTg ngày 6/2/2017): đến nay cần 6%–8%');
    expect(r.value.review.violations).toEqual([]);
  });

  it('counts headcount as a stock: each year is the latest level, never a sum over years', () => {
    // 31/12/2016: 4.050 + 5.850 + 69.400 = 79.300, a cut of 3.000 = 3,645% → "3,6%".
    expect(lines).toContain('- 31/12/2016: 79.300 (giảm 3.000, 3,6%)');
    expect(lines).toContain('  · Khối đơn vị sự nghiệp công lập tỉnh Nghệ An: 72.000 → 66.224');
  });

  it('measures the cut from the blocks’ latest levels whatever the figures', () => {
    const level = fc.integer({ min: 1, max: 90_000 });
    fc.assert(
      fc.property(
        fc.array(level, { minLength: 3, maxLength: 3 }),
        fc.array(level, { minLength: 3, maxLength: 3 }),
        (base, end) => {
          const units = ['40-DANG', '40-QLNN', '40-SUNGHIEP'];
          const snapshots = units.flatMap((orgUnit, i) => [
            { orgUnit, date: '2015-01-01', headcount: base[i]! },
            { orgUnit, date: '2018-12-31', headcount: end[i]! },
          ]);
          const run = runReduction({ ...file, snapshots } satisfies HeadcountFile);
          if (!run.ok) throw new Error(run.issues[0]?.message);
          const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
          expect(run.value.review.reduced).toBe(sum(base) - sum(end));
          expect(run.value.review.current.headcount).toBe(sum(end));
        },
      ),
      { numRuns: 50 },
    );
  });

  it('reports a snapshot of an undeclared unit at its row', () => {
    const snapshots = [...file.snapshots, { orgUnit: '40-XYZ', date: '2018-12-31', headcount: 5 }];
    const run = runReduction({ ...file, snapshots });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.issues).toHaveLength(1);
      expect(run.issues[0]?.path).toEqual(['snapshots', file.snapshots.length, 'orgUnit']);
    }
  });

  it('reports a file without a baseline snapshot as an issue, in both languages', () => {
    const run = runReduction({ ...file, baselineDate: '2014-12-31' });
    expect(run.ok).toBe(false);
    if (!run.ok) {
      expect(run.issues[0]).toMatchObject({ code: 'example.no_baseline', path: ['baselineDate'] });
      expect(run.issues[0]?.messageVi).toContain('2014-12-31');
    }
  });
});
