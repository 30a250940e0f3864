// Reductions, several rows per indicator, Markdown escaping and a review with nothing to add.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../attainment/compute-report.js';
import { defineProgramme } from '../../programmes/define-programme.js';
import type { Programme } from '../../programmes/schema.js';
import type { Observation } from '../../records/schema.js';
import { renderNarrative } from './render-narrative.js';

function programmeOf(input: unknown): Programme {
  const r = defineProgramme(input);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.value;
}

const obs = (indicator: string, date: string, value: number, disaggregation = {}): Observation => ({
  programme: 'P',
  indicator,
  orgUnit: '04',
  date,
  value,
  disaggregation,
});

function paragraph(
  programme: Programme,
  observations: Observation[],
  asOf: string,
  format?: 'markdown',
) {
  const report = computeReport({ programme, observations, asOf });
  const r = renderNarrative(report, { programme, lang: 'vi', asOf, ...(format && { format }) });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

const PERIOD = { start: '2016-01-01', end: '2020-12-31' };

describe('renderNarrative: other shapes of report', () => {
  it('seed 003: a reduction says "giảm được 6.666 biên chế, đạt gần 8,1%"', () => {
    const ngheAn = programmeOf({
      code: 'P',
      title: { vi: 'Tinh giản biên chế theo Nghị quyết 39-NQ/TW' },
      legalBasis: ['39-NQ/TW ngày 17/4/2015'],
      period: { kind: 'custom', start: '2015-01-01', end: '2021-12-31' },
      indicators: [
        {
          code: 'cut',
          name: { vi: 'Tinh giản biên chế' },
          direction: 'reduction',
          unit: { vi: 'biên chế' },
        },
      ],
      targets: [
        {
          indicator: 'cut',
          orgUnit: '04',
          period: { start: '2015-01-01', end: '2021-12-31' },
          value: '10',
          baseline: '82300',
        },
      ],
    });
    const text = paragraph(
      ngheAn,
      [obs('cut', '2017-12-31', 3300), obs('cut', '2018-12-31', 3366)],
      '2018-12-31',
    );
    // 6666/82300 = 8,0996…% → "gần 8,1%"; 8,0996/10 = 81% of the cut, ahead of 1461/2557 = 57% of
    // the period, yet not met.
    expect(text).toBe(
      'Thực hiện Nghị quyết số 39-NQ/TW ngày 17/4/2015 về “Tinh giản biên chế theo Nghị quyết 39-NQ/TW”, tính đến ngày 31/12/2018, kết quả như sau: Tinh giản biên chế: giảm được 6.666 biên chế, đạt gần 8,1%. Tuy nhiên, chưa đạt kế hoạch: Tinh giản biên chế (giảm được 6.666 biên chế, đạt gần 8,1%).',
    );
  });

  it('names what tells several rows of one indicator apart', () => {
    const health = programmeOf({
      code: 'P',
      title: { vi: 'Đào tạo y tế' },
      period: { kind: 'custom', ...PERIOD },
      indicators: [{ code: 'health', name: { vi: 'Đào tạo y tế' } }],
      targets: [
        {
          indicator: 'health',
          orgUnit: '04',
          period: PERIOD,
          value: 20,
          disaggregation: { level: 'master' },
        },
        {
          indicator: 'health',
          orgUnit: '04',
          period: PERIOD,
          value: 21,
          disaggregation: { level: 'specialist_1' },
        },
      ],
    });
    const text = paragraph(
      health,
      [
        obs('health', '2018-01-01', 60, { level: 'master' }),
        obs('health', '2018-01-01', 57, { level: 'specialist_1' }),
      ],
      '2020-12-31',
    );
    // 60/20 = 300%; 57/21 = 271,4…% → "271%".
    expect(text).toBe(
      'Thực hiện Chương trình P về “Đào tạo y tế”, tính đến ngày 31/12/2020, kết quả như sau: Đào tạo y tế (level: master): 60 người, đạt 300% KH; Đào tạo y tế (level: specialist_1): 57 người, đạt 271% KH.',
    );
  });

  it('escapes Markdown in values, and adds no "Tuy nhiên" when all is met on pace', () => {
    const marked = programmeOf({
      code: 'P',
      title: { vi: 'Đào tạo *trọng điểm*' },
      period: { kind: 'custom', ...PERIOD },
      indicators: [{ code: 'key', name: { vi: 'Lớp *trọng điểm*' }, unit: { vi: 'lớp' } }],
      targets: [{ indicator: 'key', orgUnit: '04', period: PERIOD, value: 10 }],
    });
    const observations = [obs('key', '2017-01-01', 10)];
    // 10/10 = 100%, met; 100% ≥ any elapsed share.
    expect(paragraph(marked, observations, '2019-05-20', 'markdown')).toBe(
      'Thực hiện Chương trình P về “Đào tạo \\*trọng điểm\\*”, tính đến ngày 20/5/2019, kết quả như sau:\n\n- Lớp \\*trọng điểm\\*: 10 lớp, đạt 100% KH.',
    );
    expect(paragraph(marked, observations, '2019-05-20')).toBe(
      'Thực hiện Chương trình P về “Đào tạo *trọng điểm*”, tính đến ngày 20/5/2019, kết quả như sau: Lớp *trọng điểm*: 10 lớp, đạt 100% KH.',
    );
  });
});
