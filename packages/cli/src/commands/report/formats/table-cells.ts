import { formatNumber, formatPercent, statusLabel } from '@cadre/core';
import { formatDate, formatPeriod } from '../../../output/format-date.js';
import type { Align } from '../../../output/text-table.js';
import { type Lang, say } from '../../../run/text.js';
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
