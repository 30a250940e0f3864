import { formatNumber, formatPercent, statusLabel } from '@cadre/core';
import { formatDate, formatPeriod } from '../../../output/format-date.js';
import type { Align } from '../../../output/text-table.js';
import { type Lang, say } from '../../../run/text.js';
import type { ReportJsonAccounting } from '../report-json.js';
import type { ReportEntry, ReportView } from '../report-view.js';

const HEADERS = {
  vi: [
    'Chỉ tiêu',
    'Đơn vị',
    'Thời kỳ',
    'KH',
    'Thực hiện',
    'Kết quả',
    'Đánh giá',
    'Tiến độ TG',
    'So với tiến độ',
  ],
  en: [
    'Indicator',
    'Org unit',
    'Period',
    'Target',
    'Actual',
    'Result',
    'Status',
    'Time elapsed',
    'Pace',
  ],
};

/** Column alignment of the human-readable report tables. */
export const REPORT_ALIGN: readonly Align[] = [
  'left',
  'left',
  'left',
  'right',
  'right',
  'left',
  'left',
  'right',
  'left',
];

/**
 * Header cells of the human-readable report table.
 * @example
 * reportHeaders('en')[3]; // 'Target'
 */
export function reportHeaders(lang: Lang): string[] {
  return HEADERS[lang];
}

/**
 * The cells of one row for people: the indicator's name, the unit's name, numbers in the
 * language's style, the phrase, the status word, the elapsed share under the rounding rule and
 * whether the figure keeps pace.
 * @example
 * reportCells(entry, 'vi'); // ['Luân chuyển cán bộ', 'Cao Bằng', '09/05/2016–31/12/2020', '40', '24', 'bằng 60% KH', 'chưa đạt', 'gần 65%'…]
 */
export function reportCells(entry: ReportEntry, lang: Lang): string[] {
  const { row, json, indicator } = entry;
  const name = indicator
    ? lang === 'en'
      ? (indicator.name.en ?? indicator.name.vi)
      : indicator.name.vi
    : row.indicator;
  const pace =
    row.onTrack === null
      ? '—'
      : say(row.onTrack ? { vi: 'kịp', en: 'on track' } : { vi: 'chậm', en: 'behind' }, lang);
  return [
    name,
    json.org_unit.name,
    formatPeriod(row.period, lang),
    row.target === null ? '—' : formatNumber(row.target, { locale: lang }),
    formatNumber(row.actual, { locale: lang }),
    json.phrase,
    statusLabel(row.status, lang),
    formatPercent(json.expected_percent, { locale: lang }),
    pace,
  ];
}

/**
 * The heading of one programme's table: code, title and review date.
 * @example
 * programmeHeading(view, programme); // 'Chương trình 12-CTr/TU — ngày báo cáo 20/05/2019'
 */
export function programmeHeading(view: ReportView, programme: ReportEntry['programme']): string {
  const { lang } = view;
  const title = lang === 'en' ? (programme.title.en ?? programme.title.vi) : programme.title.vi;
  const named = title === programme.code ? programme.code : `${programme.code} (${title})`;
  const rollup =
    view.rollup === 'none'
      ? ''
      : say(
          view.rollup === 'parent'
            ? { vi: ', tổng hợp lên đơn vị cấp trên', en: ', rolled up to parent units' }
            : {
                vi: ', tổng hợp theo đơn vị hành chính hiện nay',
                en: ", rolled up to today's units",
              },
          lang,
        );
  return say(
    {
      vi: `Chương trình ${named} — ngày báo cáo ${formatDate(view.asOf, 'vi')}${rollup}`,
      en: `Programme ${named} — review date ${formatDate(view.asOf, 'en')}${rollup}`,
    },
    lang,
  );
}

/**
 * Counts of rows per status in words: "5 dòng: 2 vượt, 1 đạt, 2 chưa đạt".
 * @example
 * statusSummary(entries, 'en'); // '5 rows: 2 exceeded, 1 met, 2 not met'
 */
export function statusSummary(entries: readonly ReportEntry[], lang: Lang): string {
  const counts = new Map<ReportEntry['row']['status'], number>();
  for (const e of entries) counts.set(e.row.status, (counts.get(e.row.status) ?? 0) + 1);
  const parts = [...counts].map(([s, n]) => `${n} ${statusLabel(s, lang)}`);
  const head = lang === 'vi' ? `${entries.length} dòng` : `${entries.length} rows`;
  return parts.length === 0 ? head : `${head}: ${parts.join(', ')}`;
}

/**
 * The lines under a programme's table that say where every row read went: how many were
 * counted, and each group left out with its reason ("Thái Nguyên: 1 dòng, tổng 25 — không có
 * chỉ tiêu trong dòng kế thừa của đơn vị; tính được khi --rollup current").
 * @example
 * accountingLines(view.json.accounting[0], 'vi'); // ['Đọc 4 dòng: 3 được tính, 1 không được tính', …]
 */
export function accountingLines(a: ReportJsonAccounting | undefined, lang: Lang): string[] {
  if (!a) return [];
  const left = a.read - a.counted;
  const n = (x: number) => formatNumber(x, { locale: lang });
  const head =
    lang === 'vi'
      ? `Đọc ${n(a.read)} dòng: ${n(a.counted)} được tính, ${n(left)} không được tính`
      : `Read ${n(a.read)} rows: ${n(a.counted)} counted, ${n(left)} not counted`;
  const lines = [head];
  for (const g of a.not_counted) {
    const where = [g.org_unit?.name, g.indicator].filter((x) => x != null).join(', ');
    const rows = lang === 'vi' ? `${n(g.rows)} dòng` : `${n(g.rows)} rows`;
    const total =
      g.value === null
        ? ''
        : lang === 'vi'
          ? `, tổng ${formatNumber(g.value, { locale: lang })}`
          : `, total ${formatNumber(g.value, { locale: lang })}`;
    const hint =
      g.hint === 'rollup_current'
        ? lang === 'vi'
          ? '; tính được khi --rollup current'
          : '; counted with --rollup current'
        : '';
    lines.push(`  ${where === '' ? '' : `${where}: `}${rows}${total} — ${g.label}${hint}`);
  }
  return lines;
}

/**
 * The lines under a programme's title: each reporting round of its units, from a store.
 * @example
 * roundLines(view, programme); // ['Cao Bằng (04), 01/01/2019–31/12/2019: đợt báo cáo: đã khóa sổ · 2/2 xã đã duyệt']
 */
export function roundLines(view: ReportView, programme: ReportEntry['programme']): string[] {
  return (view.json.rounds ?? [])
    .filter((r) => r.programme === programme.code)
    .map((r) => {
      const { code, name } = r.org_unit;
      // A unit and its successor often share a name (Cao Bằng before and after 2025).
      const unit = name === code ? code : `${name} (${code})`;
      return `${unit}, ${formatPeriod(r.period, view.lang)}: ${r.summary}`;
    });
}
