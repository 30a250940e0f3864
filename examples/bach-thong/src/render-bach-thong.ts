import { dateParts, formatNumber, type Period, type Programme, periodDays } from '@cadre/core';
import type { BachThongReview } from './run-bach-thong.js';

type Lang = 'vi' | 'en';
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const day = (iso: string, lang: Lang) => {
  const { year, month, day: d } = dateParts(iso);
  return lang === 'vi' ? `${d}/${month}/${year}` : `${d} ${MONTHS[month - 1]} ${year}`;
};
const span = (p: Pick<Period, 'start' | 'end'>, lang: Lang) =>
  `${day(p.start, lang)}–${day(p.end, lang)} (${formatNumber(periodDays(p), { locale: lang })} ${lang === 'vi' ? 'ngày' : 'days'})`;
const KIND = { term: { vi: 'nhiệm kỳ', en: 'term' }, phase: { vi: 'giai đoạn', en: 'phase' } };

/**
 * The Bạch Thông review as printed lines, Vietnamese then English: the two projects and their
 * periods, the days they share and the days each has alone, and the lineage of the district and
 * its communes to the units of 1/7/2025.
 * @example
 * const r = runBachThong(readBachThongFile());
 * if (r.ok) console.log(renderBachThong(r.value).join('\n'));
 */
export function renderBachThong(review: BachThongReview): string[] {
  const { term, plan, overlap, lineage } = review;
  const lines = [
    'Huyện ủy Bạch Thông, hội thảo ngày 12/4/2016: hai đề án',
    'Bạch Thông District Party Committee, workshop of 12 April 2016: two projects',
    ...project(1, term),
    ...project(2, plan),
    '',
    `Hai đề án ${overlap.overlaps ? 'trùng thời gian' : 'không trùng thời gian'}:`,
    `The two projects ${overlap.overlaps ? 'overlap' : 'do not overlap'}:`,
  ];
  if (overlap.both) {
    lines.push(
      `- Cả hai đề án: ${span(overlap.both, 'vi')}; số liệu trong khoảng này được tính cho cả hai`,
      `  Both projects: ${span(overlap.both, 'en')}; figures dated in it count for both`,
    );
  }
  for (const p of overlap.onlyA)
    lines.push(`- Chỉ đề án 1: ${span(p, 'vi')}`, `  Project 1 only: ${span(p, 'en')}`);
  for (const p of overlap.onlyB)
    lines.push(`- Chỉ đề án 2: ${span(p, 'vi')}`, `  Project 2 only: ${span(p, 'en')}`);

  const { district, province, current, communes } = lineage;
  const former = communes.reduce((n, g) => n + g.former.length, 0);
  lines.push(
    '',
    `${district.name} (tỉnh ${province.name}) còn đến ngày ${day(district.validTo ?? '', 'vi')}; từ 1/7/2025 không còn cấp huyện:`,
    `${district.names?.en ?? district.name} (${province.name} province) existed until ${day(district.validTo ?? '', 'en')}; from 1 July 2025 there are no districts:`,
    `- ${district.name} → ${current.map((u) => u.name).join(', ')}`,
    `  ${district.names?.en ?? district.name} → ${current.map((u) => u.names?.en ?? u.name).join(', ')}`,
    `- ${former} xã, thị trấn cũ → ${communes.length} xã mới:`,
    `  ${former} former communes → ${communes.length} communes of 2025:`,
    ...communes.map((g) => `  · ${g.current.name} ← ${g.former.map((u) => u.name).join(', ')}`),
  );
  return lines;
}

function project(n: number, p: Programme): string[] {
  const kind = KIND[p.period.kind as keyof typeof KIND] ?? { vi: '', en: '' };
  return [
    `${n}. ${p.title.vi}: ${kind.vi} ${span(p.period, 'vi')}`,
    `   ${p.title.en ?? p.title.vi}: ${kind.en} ${span(p.period, 'en')}`,
    `   Chỉ tiêu: ${p.indicators.map((i) => i.name.vi).join('; ')}`,
    `   Indicators: ${p.indicators.map((i) => i.name.en ?? i.name.vi).join('; ')}`,
  ];
}
