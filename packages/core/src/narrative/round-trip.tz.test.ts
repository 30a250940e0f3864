// Both ways: a report written as a narrative and read back gives the same actuals and the same
// percentages as shown under the rounding rule, and the reconciliation finds the stored targets.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeReport } from '../attainment/compute-report.js';
import type { AttainmentReport } from '../attainment/types.js';
import { roundPercent } from '../format/format-percent.js';
import { defineProgramme } from '../programmes/define-programme.js';
import type { Programme } from '../programmes/schema.js';
import { CAO_BANG_OBSERVATIONS, caoBangProgramme, REVIEW } from './__fixtures__/cao-bang.js';
import { extractFigures } from './extract/extract-figures.js';
import type { QuantityFigure } from './extract/types.js';
import { reconcileFigures } from './reconcile/reconcile-figures.js';
import { renderNarrative } from './render/render-narrative.js';

function readBack(report: AttainmentReport, programme: Programme, format: 'text' | 'markdown') {
  const r = renderNarrative(report, { programme, lang: 'vi', asOf: report.asOf, format });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  const figures = extractFigures(r.value);
  const reconciled = reconcileFigures(figures);
  const quantities = figures.flatMap((f, index) => (f.kind === 'quantity' ? [{ f, index }] : []));
  return { text: r.value, figures, quantities, reconciled };
}

/** What the text must say of a row: its actual, and its percentage as the rounding rule shows it. */
function shown(row: AttainmentReport['rows'][number]) {
  if (row.percent === null) return { actual: row.actual.toFixed(), percent: null };
  const r = roundPercent(row.percent);
  // Above 100% yet still shown as 100 (100,001%), the phrase says "hơn 100%": exceeded, never met.
  const over = row.percent.gt(100) && r.shown.eq(100);
  const qualifier = over ? 'over' : r.near ? 'near' : 'exact';
  return { actual: row.actual.toFixed(), percent: [qualifier, r.shown.toFixed()] };
}

function said(f: QuantityFigure) {
  const p = f.percent;
  return { actual: f.actual.value, percent: p ? [p.qualifier, p.value] : null };
}

describe('round trip: seed 004', () => {
  const programme = caoBangProgramme();
  const report = computeReport({ programme, observations: CAO_BANG_OBSERVATIONS, asOf: REVIEW });

  for (const format of ['text', 'markdown'] as const) {
    it(`reads back the actuals and percentages it wrote (${format})`, () => {
      const { quantities, reconciled, figures } = readBack(report, programme, format);
      // By hand: the article's figures, 430/180 = 238,88…% shown "gần 239%", 139/200 = 69,5% "gần 70%".
      expect(quantities.map(({ f }) => said(f))).toEqual([
        { actual: '30', percent: ['exact', '300'] },
        { actual: '117', percent: ['exact', '285'] },
        { actual: '4', percent: ['exact', '100'] },
        { actual: '79', percent: ['exact', '45'] },
        { actual: '241', percent: null },
        { actual: '139', percent: ['near', '70'] },
        { actual: '44', percent: null },
        { actual: '430', percent: ['near', '239'] },
        { actual: '153', percent: null },
        { actual: '24', percent: ['exact', '60'] },
      ]);
      // And the same as the report, row by row, for every row with something done.
      const done = report.rows.filter((r) => !r.actual.isZero());
      expect(quantities.map(({ f }) => said(f))).toEqual(done.map(shown));
      // Each stored target is among those the printed percentage allows.
      done.forEach((row, n) => {
        const interval = reconciled.figures.find((r) => r.index === quantities[n]?.index)?.interval;
        if (row.target === null) {
          expect(interval).toBeNull();
          return;
        }
        const t = row.target.toNumber();
        expect(interval?.union?.min).toBeLessThanOrEqual(t);
        expect(interval?.union?.max ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(t);
      });
      expect(quantities.at(-1)?.f.target?.value).toBe('40');
      expect(reconciled.flags).toEqual([]);
      const notStarted = figures.find((f) => f.kind === 'not_started');
      expect(notStarted).toMatchObject({ what: 'Đào tạo tiến sĩ, Đào tạo chuyên ngành du lịch' });
      expect(figures.find((f) => f.kind === 'period')).toMatchObject({ subject: '12-CTr/TU' });
    });
  }
});

describe('round trip: any figures', () => {
  const PERIOD = { start: '2016-05-09', end: '2020-12-31' };
  const programmeWith = (target: number) => {
    const r = defineProgramme({
      code: 'P',
      title: { vi: 'Luân chuyển cán bộ' },
      period: { kind: 'custom', ...PERIOD },
      indicators: [{ code: 'rotation', name: { vi: 'Luân chuyển cán bộ' }, verb: 'bằng' }],
      targets: [{ indicator: 'rotation', orgUnit: '04', period: PERIOD, value: target }],
    });
    if (!r.ok) throw new Error(r.issues[0]?.message);
    return r.value;
  };

  it('gives back every actual and percentage, and an interval holding the target', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.integer({ min: 1, max: 100_000 }),
        (actual, target) => {
          const programme = programmeWith(target);
          const observations = [
            {
              programme: 'P',
              indicator: 'rotation',
              orgUnit: '04',
              date: '2018-01-01',
              value: actual,
              disaggregation: {},
            },
          ];
          const report = computeReport({ programme, observations, asOf: REVIEW });
          const { quantities, reconciled } = readBack(report, programme, 'text');
          expect(quantities).toHaveLength(1);
          const [row] = report.rows;
          expect(said(quantities[0]!.f)).toEqual(shown(row!));
          const union = reconciled.figures[0]?.interval?.union;
          expect(union?.min).toBeLessThanOrEqual(target);
          expect(union?.max ?? Number.POSITIVE_INFINITY).toBeGreaterThanOrEqual(target);
        },
      ),
      { numRuns: 150 },
    );
  });

  it.each([
    [402, 401],
    [100_001, 100_000],
    [2605, 2600],
  ])('reads back %i of %i, just above 100%%, as the rounding rule shows it', (actual, target) => {
    const programme = programmeWith(target);
    const observations = [
      {
        programme: 'P',
        indicator: 'rotation',
        orgUnit: '04',
        date: '2018-01-01',
        value: actual,
        disaggregation: {},
      },
    ];
    const report = computeReport({ programme, observations, asOf: REVIEW });
    const { quantities } = readBack(report, programme, 'text');
    expect(said(quantities[0]!.f)).toEqual(shown(report.rows[0]!));
  });
});
