import { formatDate, formatNumber } from '@cadre/core';
import type { Survey } from './run-survey.js';

/**
 * The survey as lines, each Vietnamese line followed by its English one.
 * @example
 * renderSurvey(survey)[0]; // 'Khảo sát theo Quyết định 494/QĐ-BNV ngày 13/6/2019 …'
 */
export function renderSurvey(s: Survey): string[] {
  const vi = (d: string) => formatDate(d, 'vi');
  const en = (d: string) => formatDate(d, 'en');
  const n = (v: number, lang: 'vi' | 'en') => formatNumber(v, { locale: lang });
  const lines = [
    `Khảo sát theo Quyết định ${s.decision.symbol} ngày ${vi(s.decision.date)}: từ ${vi(s.period.start)} đến ${vi(s.period.end)}, ${n(s.days, 'vi')} ngày, bắt đầu ${n(s.daysAfterDecision, 'vi')} ngày sau quyết định.`,
    `Survey under Decision ${s.decision.symbol} of ${en(s.decision.date)}: ${en(s.period.start)} to ${en(s.period.end)}, ${n(s.days, 'en')} days, starting ${n(s.daysAfterDecision, 'en')} days after the decision.`,
    `Đối tượng: cán bộ, công chức cấp xã tại ${n(s.provinces.length, 'vi')} tỉnh.`,
    `Subject: commune-level cadres and civil servants in ${n(s.provinces.length, 'en')} provinces.`,
  ];
  for (const p of s.provinces) {
    const was = p.written === p.official ? p.official : `${p.written} (${p.official})`;
    lines.push(
      `- ${was} [${p.code}]: từ 1/7/2025 thuộc ${p.after.name} [${p.after.code}]`,
      `  ${was} [${p.code}]: from 1 July 2025, part of ${p.after.name} [${p.after.code}]`,
    );
  }
  return lines;
}
