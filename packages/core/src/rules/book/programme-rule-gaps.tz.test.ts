import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDaysIso, type IsoDate } from '../../dates/calendar-date.js';
import { staffReductionKl40of2022 } from '../packs/index.js';
import type { RuleKind } from './pack-schema.js';
import { findProgrammeRuleGaps } from './programme-rule-gaps.js';
import { builtInRuleBook, createRuleBook, type RuleBook } from './rule-book.js';

const programme = (start: IsoDate, end: IsoDate, orgUnit?: string) => ({
  code: 'KH-01/2022',
  period: { start, end },
  ...(orgUnit !== undefined && { orgUnit }),
});
const spans = (book: RuleBook, p: ReturnType<typeof programme>, kinds: RuleKind[]) =>
  findProgrammeRuleGaps(book, p, kinds).map((g) => {
    const { kind, from, to } = g.input as { kind: string; from: string; to: string };
    return [kind, from, to];
  });

// A province's own staff-reduction rule for the months between NQ 39 and KL 40.
const bridge = {
  ...staffReductionKl40of2022,
  id: 'cb.staff-reduction.2022',
  scope: '04',
  reference: { number: '05', type: 'KH', issuer: 'UBND', form: 'state', date: '2021-12-20' },
  effectiveFrom: '2022-01-01',
  effectiveTo: '2022-07-17',
};

describe('findProgrammeRuleGaps: a programme period against the packs in force', () => {
  it('reports the months between NQ 39-NQ/TW (to 31/12/2021) and KL 40-KL/TW (from 18/7/2022)', () => {
    const gaps = findProgrammeRuleGaps(builtInRuleBook(), programme('2021-06-01', '2022-12-31'), [
      'staff_reduction',
      'rotation',
    ]);
    expect(gaps.map((g) => [g.code, g.path, g.input])).toEqual([
      [
        'rules.gap',
        ['period'],
        {
          kind: 'staff_reduction',
          scope: 'national',
          from: '2022-01-01',
          to: '2022-07-17',
          programme: 'KH-01/2022',
        },
      ],
    ]);
    expect(gaps[0]?.messageVi).toBe(
      'period: chương trình KH-01/2022 thực hiện từ ngày 1/6/2021 đến ngày 31/12/2022, nhưng không có gói quy tắc staff_reduction nào có hiệu lực từ ngày 1/1/2022 đến ngày 17/7/2022 (phạm vi national); số liệu của thời gian này không kiểm tra được theo quy định này',
    );
  });

  it.each([
    // End: the day before the gap, its first day, the day after.
    ['2021-01-01', '2021-12-31', []],
    ['2021-01-01', '2022-01-01', [['staff_reduction', '2022-01-01', '2022-01-01']]],
    ['2021-01-01', '2022-01-02', [['staff_reduction', '2022-01-01', '2022-01-02']]],
    // Start: the gap's last day, the day KL 40 takes effect, the day after.
    ['2022-07-17', '2026-12-31', [['staff_reduction', '2022-07-17', '2022-07-17']]],
    ['2022-07-18', '2026-12-31', []],
    ['2022-07-19', '2026-12-31', []],
    // KL 40 ends with 2026: a programme running into 2027 has no staff-reduction rule there.
    ['2026-01-01', '2027-01-01', [['staff_reduction', '2027-01-01', '2027-01-01']]],
  ] as const)('from %s to %s', (start, end, expected) => {
    expect(spans(builtInRuleBook(), programme(start, end), ['staff_reduction'])).toEqual(expected);
  });

  it("counts the programme's province's own pack, and no other province's", () => {
    const book = createRuleBook([bridge]);
    if (!book.ok) throw new Error(JSON.stringify(book.issues));
    const p = (orgUnit: string) => programme('2021-06-01', '2022-12-31', orgUnit);
    expect(spans(book.value, p('04'), ['staff_reduction'])).toEqual([]);
    expect(spans(book.value, p('06'), ['staff_reduction'])).toEqual([
      ['staff_reduction', '2022-01-01', '2022-07-17'],
    ]);
  });

  it('leaves overlaps to the book, which refuses two packs of one kind in force on a day', () => {
    const overlapping = { ...bridge, scope: 'national', effectiveTo: '2022-07-18' };
    const book = createRuleBook([overlapping]);
    expect(book.ok ? [] : book.issues.map((i) => [i.code, i.input])).toEqual([
      ['rules.overlap', ['cb.staff-reduction.2022', 'vn.staff-reduction.kl-40-2022']],
    ]);
  });

  it('marks each day of the period either covered by a pack in force or in exactly one gap', () => {
    const book = builtInRuleBook();
    const day = fc
      .integer({ min: 0, max: 15 * 366 })
      .map((n) => addDaysIso('2013-01-01', n) as IsoDate);
    const kind = fc.constantFrom<RuleKind>(
      'staff_reduction',
      'refresher_training',
      'performance_evaluation',
      'employment_classes',
      'planning',
      'a_kind_of_its_own',
    );
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 800 }), kind, (start, length, k) => {
        const end = addDaysIso(start, length);
        const gaps = spans(book, programme(start, end), [k]);
        for (let d = start; d <= end; d = addDaysIso(d, 1)) {
          const inGaps = gaps.filter(
            ([, from, to]) => (from as string) <= d && d <= (to as string),
          );
          const covered = book.packInForce(k, d).ok;
          if (inGaps.length !== (covered ? 0 : 1)) return false;
        }
        return true;
      }),
      { numRuns: 60 },
    );
  });
});
