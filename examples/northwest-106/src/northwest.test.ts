import { type AttainmentRow, addDecimalText } from '@cadre/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { renderNorthwest } from './render-northwest.js';
import { type ProvinceFigures, runNorthwest } from './run-northwest.js';

// Figures are the synthetic ones of data/provinces.json; the sums are worked out by hand.
const r = runNorthwest();
if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
const review = r.value;
const lines = renderNorthwest(review);
const line = (start: string) => lines.find((l) => l.startsWith(start)) ?? '';

describe('QĐ 106/QĐ-TTg: the northwest provinces, 2007–2010', () => {
  it('flags "2006-2010" at the close of the review against the programme’s 2007–2010', () => {
    expect(review.contradictions).toHaveLength(1);
    expect(review.contradictions[0]).toMatchObject({
      code: 'programme.legal_basis.period_mismatch',
      path: ['legalBasis', 0, 'statedPeriod'],
    });
    expect(review.contradictions[0]?.messageVi).toContain('2006–2010');
    expect(review.programme.period).toMatchObject({ start: '2007-01-01', end: '2010-12-31' });
    expect(lines.some((l) => l.startsWith('! legalBasis[0].statedPeriod:'))).toBe(true);
  });

  it('resolves the 13 names as written, "Bắc Cạn" and "Thanh hóa" included', () => {
    expect(review.provinces).toHaveLength(13);
    expect(line('- Bắc Cạn')).toBe('- Bắc Cạn → Bắc Kạn → Thái Nguyên');
    expect(line('- Thanh hóa')).toBe('- Thanh hóa → Thanh Hóa → Thanh Hóa');
    expect(line('- Hà Giang →')).toBe('- Hà Giang → Hà Giang → Tuyên Quang');
    expect(line('- Hòa Bình →')).toBe('- Hòa Bình → Hòa Bình → Phú Thọ');
  });

  it('reports 13 provinces on the review date and 11 after the 2025 merger, totals preserved', () => {
    // Targets: 1200 + 1500 + 1300 + 1100 + 1000 + 800 + 1400 + 1200 + 1600 + 700 + 900 + 2500
    // + 2600 = 17800. Trained: 1167 + 1575 + 1215 + 1116 + 942 + 753 + 1370 + 1235 + 1505 + 718
    // + 862 + 2590 + 2485 = 17533. 17533 / 17800 = 98,5% → 99 is above it: "gần 99%".
    expect(review.asReported.rows).toHaveLength(13);
    expect(review.current.rows).toHaveLength(11);
    const totals = lines.filter((l) => l.startsWith('  Tổng:'));
    expect(totals).toEqual([
      '  Tổng: 17.533/17.800 người — đạt gần 99% KH',
      '  Tổng: 17.533/17.800 người — đạt gần 99% KH',
    ]);
    expect(review.asReported.issues).toEqual([]);
    expect(review.current.issues).toEqual([]);
  });

  it('sums merged provinces before dividing, never averaging their percentages', () => {
    // Lào Cai + Yên Bái: (310 + 380 + 436) + (240 + 330 + 372) = 1116 + 942 = 2058 of 1100 +
    // 1000 = 2100 → 98% exactly; the mean of 101,45% and 94,2% would be 97,8%.
    expect(line('- Lào Cai (Lào Cai, Yên Bái)')).toBe(
      '- Lào Cai (Lào Cai, Yên Bái): 2.058/2.100 người — đạt 98% KH (chưa đạt)',
    );
    // Phú Thọ + Hòa Bình: 1370 + 1235 = 2605 of 1400 + 1200 = 2600 → 100,19%: a small excess
    // shows its decimals, never a bare "100%" beside "vượt".
    expect(line('- Phú Thọ (Phú Thọ, Hòa Bình)')).toBe(
      '- Phú Thọ (Phú Thọ, Hòa Bình): 2.605/2.600 người — đạt 100,19% KH (vượt)',
    );
    // Bắc Kạn alone into Thái Nguyên: 190 + 262 + 301 = 753 of 800 = 94,125%.
    expect(line('- Thái Nguyên (Bắc Kạn)')).toContain('753/800 người — đạt 94% KH');
  });
});

describe('the roll-up to 2025 provinces', () => {
  const sum = (rows: readonly AttainmentRow[], pick: (r: AttainmentRow) => string) =>
    rows.reduce((s, r) => addDecimalText(s, pick(r)), '0');
  const names = review.provinces.map((p) => p.written);

  it('preserves total targets and actuals for any figures of the 13 provinces', () => {
    const count = fc.integer({ min: 0, max: 100_000 });
    const figures = fc.array(
      fc.record({ target: count, trained: fc.array(count, { minLength: 3, maxLength: 3 }) }),
      {
        minLength: 13,
        maxLength: 13,
      },
    );
    fc.assert(
      fc.property(figures, (rows) => {
        const input: ProvinceFigures = {
          review: '2010-05-17',
          years: [2007, 2008, 2009],
          provinces: rows.map((row, i) => ({ name: names[i]!, ...row })),
        };
        const run = runNorthwest({ figures: input, index: review.index });
        if (!run.ok) throw new Error(run.issues[0]?.message);
        const { asReported, current } = run.value;
        expect(current.rows).toHaveLength(11);
        expect(sum(current.rows, (r) => r.actual.toString())).toBe(
          sum(asReported.rows, (r) => r.actual.toString()),
        );
        expect(sum(current.rows, (r) => r.target?.toString() ?? '0')).toBe(
          String(rows.reduce((s, r) => s + r.target, 0)),
        );
      }),
      { numRuns: 25 },
    );
  });
});
