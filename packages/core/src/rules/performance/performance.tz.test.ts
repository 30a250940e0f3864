import { Decimal } from 'decimal.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPackOfKind } from '../book/pack-schema.js';
import { builtInRuleBook, packInForce } from '../book/rule-book.js';
import { checkExcellentCap, type GradedPerson } from './check-excellent-cap.js';
import { classifyPerformanceScore } from './classify-performance-score.js';
import { averageScores, scorePeriod, scoreTasks } from './score-performance.js';

const pack = builtInRuleBook().get('vn.performance-evaluation.nd-335-2025');
if (!isPackOfKind(pack, 'performance_evaluation')) throw new Error('pack missing');

const grade = (score: string | number, asOf = '2026-12-31', disqualified = false) => {
  const r = classifyPerformanceScore(score, { asOf, disqualified });
  if (!r.ok) throw new Error(JSON.stringify(r.issues));
  return r.value?.grade ?? null;
};

describe('NĐ 335/2025/NĐ-CP: grading civil servants', () => {
  it.each([
    ['100', 'excellent'],
    ['90', 'excellent'],
    ['89.99', 'good'],
    ['70', 'good'],
    ['69.5', 'completed'],
    ['50', 'completed'],
    ['49.9', 'not_completed'],
    ['0', 'not_completed'],
  ] as const)('xếp loại: %s points → %s', (score, expected) => {
    expect(grade(score)).toBe(expected);
  });

  it('xếp loại: 89.99 as a number is compared exactly, never rounded up to 90', () => {
    expect([grade(89.99), grade(49.9), grade(69.5)]).toEqual([
      'good',
      'not_completed',
      'completed',
    ]);
  });

  it('không hoàn thành nhiệm vụ: a disqualifying event (khiển trách or above) overrides 95 points', () => {
    expect(grade('95', '2026-06-30', true)).toBe('not_completed');
  });

  it.each([
    ['2025-12-30', null],
    ['2025-12-31', null],
    ['2026-01-01', 'vn.performance-evaluation.nd-335-2025'],
    ['2026-01-02', 'vn.performance-evaluation.nd-335-2025'],
  ] as const)('in force from 1/1/2026: pack on %s → %s', (date, id) => {
    const r = packInForce('performance_evaluation', date);
    expect(r.ok ? r.value.id : null).toBe(id);
    const c = classifyPerformanceScore('95', { asOf: date });
    expect(c.ok && (c.value?.pack.id ?? null)).toBe(id);
  });

  it('gives no grade for a date in 2025: no rule in force', () => {
    expect(grade('95', '2025-06-30')).toBeNull();
  });

  it('rejects a score outside 0–100 or not a number, naming it', () => {
    for (const bad of ['100.01', '-1', 'abc', Number.NaN, Number.POSITIVE_INFINITY]) {
      const r = classifyPerformanceScore(bad, { asOf: '2026-06-30' });
      expect(r.ok ? [] : r.issues.map((i) => [i.code, i.path])).toEqual([
        ['performance.score_invalid', ['score']],
      ]);
    }
  });

  it("kết quả nhiệm vụ: each delay loses 25% of that product's timeliness points", () => {
    // Four alike products, all done and up to standard, one late once: quantity 4/4, quality
    // 4/4, timeliness (3 + 0.75)/4 = 0.9375; equal weights: 70 × (1 + 1 + 0.9375)/3 = 68.5416…
    const products = [0, 1, 2, 3].map((i) => ({
      weight: 1,
      completed: true,
      qualityFailures: 0,
      delays: i === 0 ? 1 : 0,
    }));
    const r = scoreTasks(products, pack);
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(r.value.timeliness.toString()).toBe('0.9375');
    expect(r.value.points.equals(new Decimal(70).times(2.9375).div(3))).toBe(true);
    // With 28 of 30 general points: 96.54… → excellent.
    const period = scorePeriod('28', products, pack);
    expect(period.ok && period.value.toFixed(4)).toBe('96.5417');
  });

  it("kết quả nhiệm vụ: a failed quality check loses 25% of that product's quality points, down to 0", () => {
    // Two products of weight 1 and 3; the heavy one failed twice (50% kept), the light one
    // five times (0 kept, never negative): quality (0 + 1.5)/4 = 0.375.
    const r = scoreTasks(
      [
        { weight: 1, completed: true, qualityFailures: 5, delays: 0 },
        { weight: 3, completed: true, qualityFailures: 2, delays: 0 },
      ],
      pack,
    );
    expect(r.ok && r.value.quality.toString()).toBe('0.375');
  });

  it('a year is the average of its quarters: 92, 88, 90, 86 → 89, good', () => {
    const r = averageScores(['92', '88', '90', '86']);
    expect(r.ok && r.value.toString()).toBe('89');
    expect(grade(r.ok ? r.value.toString() : '0')).toBe('good');
    expect(averageScores([]).ok).toBe(false);
  });

  it('collects every bad product field with its path', () => {
    const r = scoreTasks([{ weight: 0, completed: true, qualityFailures: -1, delays: 0.5 }], pack);
    expect(r.ok ? [] : r.issues.map((i) => i.path.join('.'))).toEqual([
      'products.0.weight',
      'products.0.qualityFailures',
      'products.0.delays',
    ]);
  });
});

describe('NĐ 335/2025/NĐ-CP: excellent at most 20% of good, per unit and task group', () => {
  const people = (orgUnit: string, taskGroup: string, excellent: number, good: number) => [
    ...Array.from({ length: excellent }, (_, i) => ({
      personId: `${orgUnit}-${taskGroup}-x${i}`,
      orgUnit,
      taskGroup,
      grade: 'excellent' as const,
    })),
    ...Array.from({ length: good }, (_, i) => ({
      personId: `${orgUnit}-${taskGroup}-g${i}`,
      orgUnit,
      taskGroup,
      grade: 'good' as const,
    })),
  ];

  it('tỷ lệ xuất sắc: 2 of 10 good is at the cap; 3 is over; groups are apart', () => {
    const grades = [...people('snv', 'a', 2, 10), ...people('snv', 'b', 3, 10)];
    const r = checkExcellentCap(grades, { year: 2026 });
    if (!r.ok) throw new Error(JSON.stringify(r.issues));
    expect(
      r.value.groups.map((g) => [g.taskGroup, g.excellent, g.good, g.maxExcellent.toString()]),
    ).toEqual([
      ['a', 2, 10, '2'],
      ['b', 3, 10, '2'],
    ]);
    expect(r.value.violations.map((v) => [v.code, v.path, v.reference])).toEqual([
      ['performance.excellent_over_cap', ['grades', 12], '335/2025/NĐ-CP'],
    ]);
    expect(r.value.violations[0]?.messageVi).toContain('3 người hoàn thành xuất sắc so với 10');
  });

  it('judges nobody for 2025, before the act', () => {
    const r = checkExcellentCap(people('snv', 'a', 5, 1), { year: 2025 });
    expect(r.ok && [r.value.pack, r.value.violations]).toEqual([null, []]);
  });

  it('flags a group exactly when excellent × 5 exceeds good', () => {
    const grade = fc.constantFrom('excellent', 'good', 'completed', 'not_completed');
    const row = fc.record({
      orgUnit: fc.constantFrom('u1', 'u2'),
      taskGroup: fc.constant('t'),
      grade,
    });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), (rows) => {
        const grades: GradedPerson[] = rows.map((r, i) => ({ ...r, personId: `p${i}` }));
        const r = checkExcellentCap(grades, { year: 2026 });
        if (!r.ok) return false;
        const flagged = r.value.violations.map((v) => (v.input as { orgUnit: string }).orgUnit);
        const over = r.value.groups.filter((g) => g.excellent * 5 > g.good).map((g) => g.orgUnit);
        return JSON.stringify(flagged) === JSON.stringify(over);
      }),
    );
  });
});
