import { addDaysIso, daysBetween, periodDays } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderBachThong } from './render-bach-thong.js';
import { readBachThongFile, runBachThong } from './run-bach-thong.js';
import { splitOverlap } from './split-overlap.js';

const r = runBachThong(readBachThongFile());
if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
const review = r.value;
const lines = renderBachThong(review);

describe('Bạch Thông: a 2016–2021 term and a 2016–2020 plan', () => {
  it('finds the days the two projects share and the days each has alone', () => {
    // Term 22/5/2016–22/5/2021 (the commune councils' election days); plan 1/1/2016–31/12/2020.
    expect(review.overlap.overlaps).toBe(true);
    expect(review.overlap.both).toMatchObject({ start: '2016-05-22', end: '2020-12-31' });
    // 22/5/2016 → 22/5/2020 is 1461 days (29/2/2020 inside), then 9 + 214 to 31/12: 1685 counted.
    expect(lines).toContain(
      '- Cả hai đề án: 22/5/2016–31/12/2020 (1.685 ngày); số liệu trong khoảng này được tính cho cả hai',
    );
    // 1/1–22/5/2021: 31 + 28 + 31 + 30 + 22 = 142; 1/1–21/5/2016: 31 + 29 + 31 + 30 + 21 = 142.
    expect(lines).toContain('- Chỉ đề án 1: 1/1/2021–22/5/2021 (142 ngày)');
    expect(lines).toContain('- Chỉ đề án 2: 1/1/2016–21/5/2016 (142 ngày)');
  });

  it('traces the district, gone since 1/7/2025, to Thái Nguyên and its communes to 2025 communes', () => {
    expect(lines).toContain('- Huyện Bạch Thông → Thái Nguyên');
    const { communes } = review.lineage;
    const former = communes.flatMap((g) => g.former.map((u) => u.name));
    expect(new Set(former).size).toBe(former.length);
    expect(former).toContain('Thị trấn Phủ Thông');
    expect(communes.every((g) => g.current.parentCode === '19')).toBe(true);
    expect(lines.find((l) => l.startsWith('  · Xã Phủ Thông ←'))).toContain('Thị trấn Phủ Thông');
  });

  it('validates both projects as data', () => {
    expect(review.term.period.kind).toBe('term');
    expect(review.plan.indicators.map((i) => i.code)).toContain('staffing_need');
  });
});

describe('splitOverlap', () => {
  const date = fc.integer({ min: 0, max: 4000 }).map((n) => addDaysIso('2014-01-01', n));
  const period = fc
    .tuple(date, fc.integer({ min: 0, max: 2000 }))
    .map(([start, len]) => ({ start, end: addDaysIso(start, len) }));
  const days = (ps: { start: string; end: string }[]) => ps.reduce((n, p) => n + periodDays(p), 0);

  it('covers each period exactly: shared days plus its own days', () => {
    fc.assert(
      fc.property(period, period, (a, b) => {
        const o = splitOverlap(a, b);
        const both = o.both ? periodDays(o.both) : 0;
        expect(both + days(o.onlyA)).toBe(periodDays(a));
        expect(both + days(o.onlyB)).toBe(periodDays(b));
        expect(o.overlaps).toBe(o.both !== null);
        // Parts never touch the shared days.
        for (const p of [...o.onlyA, ...o.onlyB]) {
          if (o.both) expect(p.end < o.both.start || p.start > o.both.end).toBe(true);
          expect(daysBetween(p.start, p.end)).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 200 },
    );
  });
});
