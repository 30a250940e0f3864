import {
  type AttainmentReport,
  type AttainmentRow,
  attainmentPhrase,
  elapsedDays,
  formatLegalRef,
  formatPercent,
  type Programme,
  statusLabel,
  type Target,
} from '@cadre/core';
import { formatCount, formatDate, formatRange } from './format-text.js';

type Lang = 'vi' | 'en';

/**
 * The heading of a review: the programme's legal basis and title, the review date, and how much
 * of the period has passed (the pro-rata expectation every row is compared with).
 * @example
 * renderHeading(programme, report)[0];
 * // 'Chương trình số 12-CTr/TU ngày 9/5/2016 — Nâng cao chất lượng … — kết quả đến ngày 20/5/2019'
 */
export function renderHeading(programme: Programme, report: AttainmentReport): string[] {
  const ref = programme.legalBasis[0];
  const asOf = report.asOf;
  const { elapsed, total } = elapsedDays(programme.period, asOf);
  const share = report.rows[0]?.expectedShare;
  const pct = (lang: Lang) =>
    share === undefined
      ? ''
      : ` (${formatPercent(share.times(100), { locale: lang, decimals: 1 })})`;
  const span = (lang: Lang) =>
    `${formatDate(programme.period.start, lang)}–${formatDate(programme.period.end, lang)}`;
  return [
    `Chương trình ${ref ? formatLegalRef(ref, 'vi') : programme.code} — ${programme.title.vi} — kết quả đến ngày ${formatDate(asOf, 'vi')}`,
    `Programme ${ref ? formatLegalRef(ref, 'en') : programme.code} — ${programme.title.en ?? programme.title.vi} — results as of ${formatDate(asOf, 'en')}`,
    `Thời gian đã qua: ${formatCount(elapsed, 'vi')}/${formatCount(total, 'vi')} ngày của giai đoạn ${span('vi')}${pct('vi')}`,
    `Time elapsed: ${formatCount(elapsed, 'en')} of ${formatCount(total, 'en')} days of ${span('en')}${pct('en')}`,
  ];
}

/**
 * One Vietnamese line per report row with its English line under it: the count, the target (and
 * the interval it was inferred in), the attainment phrase under the rounding rule, the status and
 * whether the row keeps pace with the elapsed share of the period.
 * @example
 * renderAttainment(programme, report)[0];
 * // '1. Cán bộ lãnh đạo, quản lý trẻ đi đào tạo thạc sĩ …: 173 người — chưa có chỉ tiêu'
 */
export function renderAttainment(programme: Programme, report: AttainmentReport): string[] {
  const lines: string[] = [];
  report.rows.forEach((row, i) => {
    const indicator = programme.indicators.find((ind) => ind.code === row.indicator);
    if (!indicator) return;
    const target = programme.targets.find((t) => sameCell(t, row));
    for (const lang of ['vi', 'en'] as const) {
      const name = lang === 'vi' ? indicator.name.vi : (indicator.name.en ?? indicator.name.vi);
      const unit = lang === 'vi' ? indicator.unit.vi : (indicator.unit.en ?? indicator.unit.vi);
      const phrase = attainmentPhrase(row, {
        lang,
        verb: indicator.verb,
        basis: indicator.basis,
      });
      const parts = [`${formatCount(row.actual, lang)} ${unit}`];
      if (row.target !== null) {
        const word = lang === 'vi' ? 'chỉ tiêu' : 'target';
        parts.push(`${word} ${formatCount(row.target, lang)}${inferred(target, lang)}`);
      }
      let text = `${parts.join(', ')} — ${phrase}`;
      if (row.percent !== null && row.status !== 'not_started') {
        text += ` (${statusLabel(row.status, lang)})`;
      }
      if (row.onTrack !== null) text += `; ${pace(row.onTrack, lang)}`;
      lines.push(lang === 'vi' ? `${i + 1}. ${name}: ${text}` : `   ${name}: ${text}`);
    }
  });
  return lines;
}

function inferred(target: Target | undefined, lang: Lang): string {
  if (target?.source !== 'inferred' || target.interval === undefined) return '';
  const range = formatRange(target.interval, lang);
  return lang === 'vi' ? ` [suy ra từ tỷ lệ báo cáo: ${range}]` : ` [inferred: ${range}]`;
}

function pace(onTrack: boolean, lang: Lang): string {
  if (lang === 'vi') return onTrack ? 'kịp tiến độ thời gian' : 'chậm so với tiến độ thời gian';
  return onTrack ? 'on pace with the elapsed time' : 'behind the elapsed share of the period';
}

function sameCell(t: Target, row: AttainmentRow): boolean {
  return (
    t.indicator === row.indicator &&
    t.orgUnit === row.orgUnit &&
    t.period.start === row.period.start &&
    t.period.end === row.period.end
  );
}
