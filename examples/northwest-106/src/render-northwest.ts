import {
  type AttainmentReport,
  type AttainmentRow,
  addDecimalText,
  attainmentPhrase,
  computeAttainment,
  formatNumber,
  statusLabel,
} from '@cadre/core';
import type { NorthwestReview } from './run-northwest.js';

type Lang = 'vi' | 'en';
const n = (v: { toString(): string }, lang: Lang) => formatNumber(v.toString(), { locale: lang });

/**
 * The QĐ 106 review as printed lines (Vietnamese, English under it): the contradiction found
 * in the definition, how each name as written resolves, the 13 provinces on the review date and
 * the 11 provinces of 1/7/2025, each with totals computed from the rows.
 * @example
 * const r = runNorthwest();
 * if (r.ok) console.log(renderNorthwest(r.value).join('\n'));
 */
export function renderNorthwest(review: NorthwestReview): string[] {
  const { programme, contradictions, provinces, index } = review;
  const lines = [
    `Đề án ${programme.code}: ${programme.title.vi}`,
    `Project ${programme.code}: ${programme.title.en ?? programme.title.vi}`,
    '',
    `Kiểm tra định nghĩa: ${contradictions.length} mâu thuẫn về giai đoạn`,
    `Validating the definition: ${contradictions.length} period contradiction${contradictions.length === 1 ? '' : 's'}`,
  ];
  for (const i of contradictions) lines.push(`! ${i.messageVi ?? i.message}`, `  ${i.message}`);
  if (contradictions.length > 0) {
    lines.push(
      `→ Tên đề án ghi ${programme.period.label}: dùng giai đoạn này và ghi nhận mâu thuẫn.`,
      `  The title says ${programme.period.label}: that period is used and the contradiction kept on record.`,
    );
  }
  lines.push(
    '',
    'Tên tỉnh như báo cáo → đơn vị năm 2010 → đơn vị từ 1/7/2025:',
    'Province as written → unit in 2010 → unit from 1 July 2025:',
    ...provinces.map((p) => `- ${p.written} → ${p.official} → ${p.current.name}`),
    '',
    `Kết quả đến ngày họp, ${review.asReported.rows.length} tỉnh:`,
    `Results on the review date, ${review.asReported.rows.length} provinces:`,
  );
  const order = new Map(provinces.map((p, i) => [p.code, i]));
  const asReported = [...review.asReported.rows].sort(
    (a, b) => (order.get(a.orgUnit) ?? 0) - (order.get(b.orgUnit) ?? 0),
  );
  lines.push(...rowLines(asReported, (code) => index.get(code)?.name ?? code));
  lines.push(...totalLines(review.asReported));
  const members = (code: string) =>
    provinces.filter((p) => p.current.code === code).map((p) => p.official);
  lines.push(
    '',
    `Cộng về ${review.current.rows.length} tỉnh từ 1/7/2025 (NQ 202/2025/QH15), không tính trung bình tỷ lệ:`,
    `Rolled up to the ${review.current.rows.length} provinces of 1 July 2025 (NQ 202/2025/QH15), percentages never averaged:`,
    ...rowLines(review.current.rows, (code) => {
      const name = index.get(code)?.name ?? code;
      const from = members(code);
      return from.length === 1 && from[0] === name ? name : `${name} (${from.join(', ')})`;
    }),
    ...totalLines(review.current),
  );
  for (const i of [...review.asReported.issues, ...review.current.issues]) {
    lines.push(`! ${i.messageVi ?? i.message}`, `  ${i.message}`);
  }
  return lines;
}

function rowLines(rows: readonly AttainmentRow[], name: (code: string) => string): string[] {
  return rows.flatMap((r) => {
    const target = r.target ?? '—';
    return (['vi', 'en'] as const).map((lang) => {
      const head = lang === 'vi' ? '- ' : '  ';
      const of = lang === 'vi' ? '/' : ' of ';
      const unit = lang === 'vi' ? 'người' : 'people';
      const status = r.percent === null ? '' : ` (${statusLabel(r.status, lang)})`;
      return `${head}${name(r.orgUnit)}: ${n(r.actual, lang)}${of}${n(target, lang)} ${unit} — ${attainmentPhrase(r, { lang })}${status}`;
    });
  });
}

// Totals come from the rows themselves: a sum of actuals over a sum of targets.
function totalLines(report: AttainmentReport): string[] {
  const actual = report.rows.reduce((s, r) => addDecimalText(s, r.actual.toString()), '0');
  const target = report.rows.reduce((s, r) => addDecimalText(s, r.target?.toString() ?? '0'), '0');
  const a = computeAttainment({ actual, target });
  return [
    `  Tổng: ${n(actual, 'vi')}/${n(target, 'vi')} người — ${attainmentPhrase(a, { lang: 'vi' })}`,
    `  Total: ${n(actual, 'en')} of ${n(target, 'en')} people — ${attainmentPhrase(a, { lang: 'en' })}`,
  ];
}
