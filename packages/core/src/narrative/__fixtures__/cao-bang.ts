// A Cao Bằng-like programme (seed 004: Chương trình 12-CTr/TU ngày 9/5/2016, reviewed on
// 20/5/2019) with the article's own wording as templates, and observations that add up to the
// article's figures by the review date.
import { defineProgramme } from '../../programmes/define-programme.js';
import type { Programme } from '../../programmes/schema.js';
import type { Observation } from '../../records/schema.js';

export const PERIOD = { start: '2016-05-09', end: '2020-12-31' };
export const REVIEW = '2019-05-20';

const staff = { vi: 'công chức, viên chức', en: 'civil servants and public employees' };
const cadres = { vi: 'cán bộ', en: 'cadres' };

type Row = [
  code: string,
  name: [vi: string, en: string],
  unit: { vi: string; en: string },
  wording: [vi: string, en: string],
  target: string | null,
  extra?: { verb?: 'đạt' | 'bằng'; basis?: 'chỉ tiêu' | 'KH' | 'kế hoạch' },
];

const ROWS: Row[] = [
  ['master_education', ['Đào tạo thạc sĩ chuyên ngành giáo dục', "Master's degrees in education"], staff,
    ['cử {actual} {unit} đào tạo chuyên ngành giáo dục[, {phrase}]', "{actual} {unit} sent for master's degrees in education[, {phrase}]"],
    '10', { basis: 'chỉ tiêu' }],
  ['specialist_health', ['Đào tạo chuyên khoa cấp I và thạc sĩ lĩnh vực y tế', "Specialist level I and master's degrees in health"], staff,
    ['cử {actual} {unit} lĩnh vực y tế đào tạo chuyên khoa cấp I và trình độ thạc sĩ[, {phrase}]', "{actual} {unit} in health sent for specialist level I or master's degrees[, {phrase}]"],
    '41', { verb: 'bằng', basis: 'kế hoạch' }],
  ['master_culture_tourism', ['Đào tạo thạc sĩ lĩnh vực văn hóa, du lịch', "Master's degrees in culture and tourism"], staff,
    ['cử {actual} {unit} lĩnh vực văn hóa, du lịch[ {phrase}]', '{actual} {unit} in culture and tourism[, {phrase}]'],
    '4'],
  ['state_management', ['Bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp, chuyên viên chính', 'State-management courses for senior and principal specialists'], cadres,
    ['cử {actual} {unit} đi bồi dưỡng quản lý nhà nước ngạch chuyên viên cao cấp, chuyên viên chính[, {phrase}]', '{actual} {unit} on state-management courses for senior and principal specialists[, {phrase}]'],
    '175'],
  ['leadership_skills', ['Bồi dưỡng kỹ năng lãnh đạo, quản lý', 'Leadership and management skills courses'], cadres,
    ['cử {actual} {unit} tham gia bồi dưỡng kỹ năng lãnh đạo quản lý[, {phrase}]', '{actual} {unit} on leadership and management skills courses[, {phrase}]'],
    null],
  ['department_leadership', ['Bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương', 'Leadership courses for department-level posts'], cadres,
    ['chọn cử {actual} {unit} tham gia các lớp bồi dưỡng lãnh đạo, quản lý cấp sở và tương đương[ {phrase}]', '{actual} {unit} on leadership courses for department-level posts[, {phrase}]'],
    '200'],
  ['political_theory_intermediate', ['Trung cấp lý luận chính trị - hành chính', 'Intermediate political theory and administration'], { vi: 'lớp', en: 'classes' },
    ['tổ chức {actual} {unit} trung cấp lý luận chính trị - hành chính[, {phrase}]', '{actual} intermediate political theory and administration {unit} held[, {phrase}]'],
    null],
  ['political_theory_advanced', ['Cao cấp lý luận chính trị', 'Advanced political theory'], cadres,
    ['chọn cử {actual} {unit} đi đào tạo cao cấp lý luận chính trị hệ tập trung và không tập trung[, {phrase}]', '{actual} {unit} sent for advanced political theory, full-time and part-time[, {phrase}]'],
    '180'],
  ['source_cadre', ['Bồi dưỡng cán bộ dự nguồn', 'Courses for the cadre source pool'], { vi: 'đồng chí', en: 'comrades' },
    ['chọn cử {actual} {unit} tham gia các lớp bồi dưỡng cán bộ dự nguồn[, {phrase}]', '{actual} {unit} on courses for the cadre source pool[, {phrase}]'],
    null],
  ['rotation_young', ['Luân chuyển cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý', 'Rotations of young leaders managed by the provincial standing committee'], cadres,
    ['luân chuyển {actual} {unit}[ trong tổng số chỉ tiêu {target} cán bộ lãnh đạo, quản lý trẻ diện Ban Thường vụ Tỉnh ủy quản lý][, {phrase}]', '{actual} {unit} rotated[ out of a target of {target} young leaders managed by the provincial standing committee][, {phrase}]'],
    '40', { verb: 'bằng' }],
  ['phd', ['Đào tạo tiến sĩ', 'Doctoral degrees'], cadres,
    ['cử {actual} {unit} đi đào tạo trình độ tiến sĩ[, {phrase}]', '{actual} {unit} sent for doctoral degrees[, {phrase}]'],
    null],
  ['tourism_specialty', ['Đào tạo chuyên ngành du lịch', 'Tourism degrees'], cadres,
    ['cử {actual} {unit} đi đào tạo chuyên ngành du lịch[, {phrase}]', '{actual} {unit} sent for tourism degrees[, {phrase}]'],
    null],
];

/** The programme as JSON data, legal basis written as text. */
export const CAO_BANG_INPUT = {
  code: '12-CTr/TU',
  title: {
    vi: 'Nâng cao chất lượng nguồn nhân lực cán bộ lãnh đạo, cán bộ quản lý trẻ giai đoạn 2016 - 2020',
    en: 'Improving the quality of young leaders and managers, 2016–2020',
  },
  legalBasis: ['Chương trình số 12-CTr/TU ngày 9/5/2016'],
  issuer: { vi: 'Tỉnh ủy Cao Bằng', en: 'the Cao Bằng Provincial Party Committee' },
  orgUnit: '04',
  period: { kind: 'custom', ...PERIOD },
  indicators: ROWS.map(([code, [vi, en], unit, [wvi, wen], , extra]) => ({
    code,
    name: { vi, en },
    unit,
    wording: { vi: wvi, en: wen },
    ...extra,
  })),
  targets: ROWS.map(([indicator, , , , value]) => ({ indicator, orgUnit: '04', period: PERIOD, value })),
};

/**
 * The programme through `defineProgramme`, as a province would load it.
 * @example
 * computeReport({ programme: caoBangProgramme(), observations: CAO_BANG_OBSERVATIONS, asOf: REVIEW });
 */
export function caoBangProgramme(input: unknown = CAO_BANG_INPUT): Programme {
  const r = defineProgramme(input);
  if (!r.ok) throw new Error(r.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('\n'));
  return r.value;
}

function sent(indicator: string, parts: [date: string, value: number][]): Observation[] {
  return parts.map(([date, value]) => ({
    programme: '12-CTr/TU',
    indicator,
    orgUnit: '04',
    date,
    value,
    disaggregation: {},
  }));
}

// Split over the years; rows dated after the review (2019-06) must not count.
export const CAO_BANG_OBSERVATIONS: Observation[] = [
  ...sent('master_education', [['2017-09-01', 12], ['2018-09-01', 18], ['2019-06-01', 5]]), // 30
  ...sent('specialist_health', [['2016-09-01', 40], ['2017-09-01', 40], ['2018-09-01', 37]]), // 117
  ...sent('master_culture_tourism', [['2018-09-01', 4]]), // 4
  ...sent('state_management', [['2017-03-01', 50], ['2019-05-20', 29]]), // 79
  ...sent('leadership_skills', [['2017-01-01', 241]]), // 241
  ...sent('department_leadership', [['2018-01-01', 139]]), // 139
  ...sent('political_theory_intermediate', [['2017-06-01', 20], ['2018-06-01', 24]]), // 44
  ...sent('political_theory_advanced', [['2016-10-01', 200], ['2018-10-01', 230]]), // 430
  ...sent('source_cadre', [['2018-11-01', 153]]), // 153
  ...sent('rotation_young', [['2017-01-01', 10], ['2018-06-01', 14], ['2019-06-01', 6]]), // 24
];
