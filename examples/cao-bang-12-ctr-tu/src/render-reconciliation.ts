import {
  type AttainmentReport,
  checkReportedFigure,
  computeAttainment,
  formatPercent,
  inferTargetInterval,
  type Programme,
} from '@cadre/core';
import { formatCount, formatRange } from './format-text.js';
import type { ReportedFile } from './load-programme.js';

/**
 * Reconciles each figure the review reported with what the store computed: the whole-number
 * targets the reported percentage allows (rounding and truncation), what the rounding rule
 * writes at both ends of that interval, and any issue `checkReportedFigure` raises (a phrase
 * that fits only by rounding up, a figure that fits no target). Vietnamese line, English under it.
 * @example
 * renderReconciliation(programme, report, reported).find((l) => l.includes('238%'));
 */
export function renderReconciliation(
  programme: Programme,
  report: AttainmentReport,
  reported: ReportedFile,
): string[] {
  const lines = [
    'Đối chiếu số liệu báo cáo với dữ liệu:',
    'Reconciling the reported figures with the data:',
  ];
  for (const figure of reported.figures) {
    const indicator = programme.indicators.find((i) => i.code === figure.indicator);
    const row = report.rows.find((r) => r.indicator === figure.indicator);
    if (!indicator || !row) continue;
    const fits = inferTargetInterval(figure.actual, figure.reported);
    const target = row.target;
    const unit = indicator.unit;
    const vi = [
      `- ${indicator.name.vi}: báo cáo ghi "${figure.reported}" với ${formatCount(figure.actual, 'vi')} ${unit.vi}.`,
    ];
    const en = [
      `  ${indicator.name.en ?? indicator.name.vi}: reported "${figure.reported}" for ${formatCount(figure.actual, 'en')} ${unit.en ?? unit.vi}.`,
    ];
    vi.push(
      `Chỉ tiêu nguyên khớp: ${formatRange(fits.rounding, 'vi')} khi làm tròn, ${formatRange(fits.truncation, 'vi')} khi cắt bỏ.`,
    );
    en.push(
      `Whole-number targets that fit: ${formatRange(fits.rounding, 'en')} when rounding, ${formatRange(fits.truncation, 'en')} when truncating.`,
    );
    const union = fits.union;
    if (union !== null && union.max !== null && union.max !== union.min) {
      const at = (t: number, lang: 'vi' | 'en') => {
        const pct = computeAttainment({ actual: row.actual, target: t }).percent;
        return `${formatCount(row.actual, lang)}/${formatCount(t, lang)} → ${pct === null ? '—' : formatPercent(pct, { locale: lang })}`;
      };
      vi.push(`Theo quy tắc làm tròn: ${at(union.min, 'vi')}; ${at(union.max, 'vi')}.`);
      en.push(`Under the rounding rule: ${at(union.min, 'en')}; ${at(union.max, 'en')}.`);
    }
    if (!row.actual.eq(figure.actual)) {
      vi.push(`Dữ liệu có ${formatCount(row.actual, 'vi')}, khác số báo cáo.`);
      en.push(`The data holds ${formatCount(row.actual, 'en')}, not the reported count.`);
    }
    const issues =
      target === null
        ? []
        : checkReportedFigure({ actual: row.actual, target, reported: figure.reported });
    if (issues.length === 0) {
      vi.push(`Dùng chỉ tiêu ${target === null ? '—' : formatCount(target, 'vi')}: khớp.`);
      en.push(`With target ${target === null ? '—' : formatCount(target, 'en')}: it fits.`);
    }
    for (const i of issues) {
      vi.push(`Lưu ý (${i.code}): ${i.messageVi ?? i.message}`);
      en.push(`Note (${i.code}): ${i.message}`);
    }
    lines.push(vi.join(' '), en.join(' '));
  }
  return lines;
}
