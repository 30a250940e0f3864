// The review paragraph of a Cao Bằng-like report (seed 004). Every expected phrase is worked out
// by hand next to it; the pro-rata share is a calendar computation, so this reruns per zone.
import { describe, expect, it } from 'vitest';
import { computeReport } from '../../attainment/compute-report.js';
import { isCadreError } from '../../result/error.js';
import {
  CAO_BANG_INPUT,
  CAO_BANG_OBSERVATIONS,
  caoBangProgramme,
  REVIEW,
} from '../__fixtures__/cao-bang.js';
import { renderNarrative } from './render-narrative.js';

const programme = caoBangProgramme();
const report = computeReport({ programme, observations: CAO_BANG_OBSERVATIONS, asOf: REVIEW });

function render(options: Partial<Parameters<typeof renderNarrative>[1]> = {}): string {
  const r = renderNarrative(report, { programme, lang: 'vi', asOf: REVIEW, ...options });
  if (!r.ok) throw new Error(r.issues.map((i) => i.message).join('\n'));
  return r.value;
}

// 9/5/2016…31/12/2020 has 1698 days, 1107 of them through 20/5/2019: 65,19…% elapsed, shown "65%".
const VI = [
  'Thực hiện Chương trình số 12-CTr/TU ngày 9/5/2016 của Tỉnh ủy Cao Bằng về “Nâng cao chất lượng nguồn nhân lực cán bộ lãnh đạo, cán bộ quản lý trẻ giai đoạn 2016 - 2020”, tính đến ngày 20/5/2019, kết quả như sau:',
  // 30/10 = 300%.
  'cử 30 công chức, viên chức đào tạo chuyên ngành giáo dục, đạt 300% chỉ tiêu;',
  // 117/41 = 285,36…%: 285 is below the exact value, so plain.
  'cử 117 công chức, viên chức lĩnh vực y tế đào tạo chuyên khoa cấp I và trình độ thạc sĩ, bằng 285% kế hoạch;',
  'cử 4 công chức, viên chức lĩnh vực văn hóa, du lịch đạt 100% KH;',
  // 79/175 = 45,14…%.
  'cử 79 cán bộ đi bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp, chuyên viên chính, đạt 45% KH;',
  // No target: no phrase.
  'cử 241 cán bộ tham gia bồi dưỡng kỹ năng lãnh đạo quản lý;',
  // 139/200 = 69,5%: shown 70 is above it, so "gần".
  'chọn cử 139 cán bộ tham gia các lớp bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương đạt gần 70% KH;',
  'tổ chức 44 lớp trung cấp lý luận chính trị - hành chính;',
  // 430/180 = 238,88…%: shown 239 is above it (the article cut it to 238).
  'chọn cử 430 cán bộ đi đào tạo cao cấp lý luận chính trị hệ tập trung và không tập trung, đạt gần 239% KH;',
  'chọn cử 153 đồng chí tham gia các lớp bồi dưỡng cán bộ dự nguồn;',
  'luân chuyển 24 cán bộ trong tổng số chỉ tiêu 40 cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý, bằng 60% KH.',
  // Nothing sent for PhDs or tourism; 45,1% and 60% trail 65,2% of the period; 69,5% does not.
  'Tuy nhiên, chưa thực hiện: Đào tạo tiến sĩ, Đào tạo chuyên ngành du lịch;',
  'chậm so với tiến độ: Bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp, chuyên viên chính (đạt 45% KH, thời gian đã qua 65%), Luân chuyển cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý (bằng 60% KH, thời gian đã qua 65%);',
  'chưa đạt kế hoạch: Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương (đạt gần 70% KH).',
].join(' ');

const EN = [
  'Implementing Programme No. 12-CTr/TU of 9 May 2016 of the Cao Bằng Provincial Party Committee on “Improving the quality of young leaders and managers, 2016–2020”, as of 20 May 2019 the results are:',
  "30 civil servants and public employees sent for master's degrees in education, 300% of target;",
  "117 civil servants and public employees in health sent for specialist level I or master's degrees, 285% of plan;",
  '4 civil servants and public employees in culture and tourism, 100% of plan;',
  '79 cadres on state-management courses for senior and principal specialists, 45% of plan;',
  '241 cadres on leadership and management skills courses;',
  '139 cadres on leadership courses for department-level posts, nearly 70% of plan;',
  '44 intermediate political theory and administration classes held;',
  '430 cadres sent for advanced political theory, full-time and part-time, nearly 239% of plan;',
  '153 comrades on courses for the cadre source pool;',
  '24 cadres rotated out of a target of 40 young leaders managed by the provincial standing committee, 60% of plan.',
  'However, not started: Doctoral degrees, Tourism degrees;',
  'behind the pro-rata pace: State-management courses for senior and principal specialists (45% of plan, with 65% of the period elapsed), Rotations of young leaders managed by the provincial standing committee (60% of plan, with 65% of the period elapsed);',
  'not yet met: Leadership courses for department-level posts (nearly 70% of plan).',
].join(' ');

describe('renderNarrative', () => {
  it('writes the Vietnamese review paragraph in the programme’s own wording', () => {
    expect(report.issues).toEqual([]);
    const text = render();
    expect(text).toBe(VI);
    expect(text).toBe(text.normalize('NFC'));
  });

  it('writes the English paragraph', () => {
    expect(render({ lang: 'en' })).toBe(EN);
  });

  it('writes Markdown: the opening, one bullet per clause, then "Tuy nhiên"', () => {
    const md = render({ format: 'markdown' }).split('\n\n');
    expect(md).toHaveLength(3);
    expect(md[0]).toMatch(/^Thực hiện Chương trình số 12-CTr\/TU .* kết quả như sau:$/);
    const bullets = md[1]?.split('\n') ?? [];
    expect(bullets).toHaveLength(10);
    expect(bullets[0]).toBe(
      '- cử 30 công chức, viên chức đào tạo chuyên ngành giáo dục, đạt 300% chỉ tiêu;',
    );
    expect(bullets[9]).toMatch(/^- luân chuyển 24 cán bộ .*, bằng 60% KH\.$/);
    expect(md[2]).toMatch(/^Tuy nhiên, chưa thực hiện: Đào tạo tiến sĩ/);
  });

  it('falls back to "{name}: {actual} {unit}[, {phrase}]" without wording', () => {
    const bare = caoBangProgramme({
      ...CAO_BANG_INPUT,
      indicators: CAO_BANG_INPUT.indicators.map(({ wording: _w, ...i }) => i),
    });
    const r = renderNarrative(report, { programme: bare, lang: 'vi', asOf: REVIEW });
    expect(r.ok && r.value).toContain(
      'kết quả như sau: Đào tạo thạc sĩ chuyên ngành giáo dục: 30 công chức, viên chức, đạt 300% chỉ tiêu; ',
    );
    expect(r.ok && r.value).toContain('; Bồi dưỡng kỹ năng lãnh đạo, quản lý: 241 cán bộ; ');
  });

  it('takes paragraph templates from the caller', () => {
    const text = render({
      template: { opening: 'Kết quả {code} đến {asOf}:', however: 'Còn lại: {items}.', notMet: '' },
    });
    expect(text.startsWith('Kết quả 12-CTr/TU đến 20/5/2019: cử 30 ')).toBe(true);
    // An empty group template leaves the group out: "chưa đạt kế hoạch" is gone.
    expect(text.endsWith('(bằng 60% KH, thời gian đã qua 65%).')).toBe(true);
    expect(text).toContain(
      ' Còn lại: chưa thực hiện: Đào tạo tiến sĩ, Đào tạo chuyên ngành du lịch; chậm',
    );
  });

  it('returns every template issue instead of a paragraph', () => {
    const broken = caoBangProgramme({
      ...CAO_BANG_INPUT,
      indicators: CAO_BANG_INPUT.indicators.map((i, n) =>
        n === 1
          ? { ...i, wording: { vi: 'cử {actul} người' } }
          : n === 4
            ? { ...i, wording: { vi: 'cử {actual' } }
            : i,
      ),
    });
    const r = renderNarrative(report, {
      programme: broken,
      lang: 'vi',
      asOf: REVIEW,
      template: { however: 'Tuy nhiên, {item}.' },
    });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['narrative.unknown_placeholder', ['template', 'however']],
      ['narrative.unknown_placeholder', ['indicators', 1, 'wording', 'vi']],
      ['narrative.bad_template', ['indicators', 4, 'wording', 'vi']],
    ]);
  });

  it('throws for a report of another date or programme: a caller’s bug', () => {
    for (const options of [{ asOf: '2019-05-21' }, { programme: { ...programme, code: 'x' } }]) {
      try {
        renderNarrative(report, { programme, lang: 'vi', asOf: REVIEW, ...options });
        expect.unreachable();
      } catch (e) {
        expect(isCadreError(e)).toBe(true);
      }
    }
  });
});
