import {
  dateParts,
  elapsedDays,
  formatNumber,
  formatPercent,
  type LegalRef,
  legalRefSymbol,
  reductionPhrase,
  type StaffReductionReport,
} from '@cadre/core';
import type { ReductionReview } from './run-reduction.js';

type Lang = 'vi' | 'en';
// The core's exact decimal type, as its reports carry it.
type Decimal = StaffReductionReport['progress'];
const UNIT = { vi: 'biên chế', en: 'staff positions' };
const n = (v: number | Decimal, lang: Lang) => formatNumber(v, { locale: lang });
const pct = (share: Decimal, lang: Lang, decimals?: number) =>
  formatPercent(share.times(100), { locale: lang, ...(decimals !== undefined && { decimals }) });
const MONTHS =
  'January February March April May June July August September October November December'.split(
    ' ',
  );
const day = (iso: string, lang: Lang) => {
  const { year, month, day: d } = dateParts(iso);
  return lang === 'vi' ? `${d}/${month}/${year}` : `${d} ${MONTHS[month - 1]} ${year}`;
};
// The symbol as the act writes it ("02/CT-TTg"), then its date in the reader's language.
const ref = (r: LegalRef, lang: Lang) => {
  const symbol = r.raw ?? legalRefSymbol(r);
  if (r.date === undefined) return symbol;
  return lang === 'vi'
    ? `số ${symbol} ngày ${day(r.date, 'vi')}`
    : `No. ${symbol} of ${day(r.date, 'en')}`;
};

const STATUS = {
  met: { vi: 'đã đạt mục tiêu', en: 'target met' },
  on_track: { vi: 'đúng tiến độ', en: 'on track' },
  behind: { vi: 'chậm so với tiến độ', en: 'behind pro rata' },
  missed: { vi: 'không đạt mục tiêu', en: 'target missed' },
};

/**
 * The staff reduction as printed lines, Vietnamese then English: the pack, the baseline, the
 * level and cut at each snapshot date, the phrase of the report ("giảm được 6.666 biên chế,
 * đạt gần 8,1%"), the share of the NQ 39 target reached, the pro-rata check and the yearly pace.
 * @example
 * const r = runReduction(readHeadcountFile());
 * if (r.ok) console.log(renderReduction(r.value).join('\n'));
 */
export function renderReduction(review: ReductionReview): string[] {
  const { pack, baseline, review: r } = review;
  const p = pack.params;
  const lines = [
    `Nghệ An — tinh giản biên chế theo Nghị quyết ${ref(pack.reference, 'vi')}`,
    `Nghệ An — staff reduction under Resolution ${ref(pack.reference, 'en')}`,
    `Biên chế gốc ngày ${day(baseline.date, 'vi')}: ${n(baseline.headcount, 'vi')}`,
    `Baseline headcount on ${day(baseline.date, 'en')}: ${n(baseline.headcount, 'en')}`,
  ];
  for (const u of review.units) {
    lines.push(
      `  · ${u.name.vi}: ${n(u.baseline, 'vi')} → ${n(u.latest, 'vi')}`,
      `    ${u.name.en}: ${n(u.baseline, 'en')} → ${n(u.latest, 'en')}`,
    );
  }
  for (const y of review.yearly) {
    lines.push(
      `- ${day(y.current.date, 'vi')}: ${n(y.current.headcount, 'vi')} (giảm ${n(y.reduced, 'vi')}, ${pct(y.progress, 'vi', 1)})`,
      `  ${day(y.current.date, 'en')}: ${n(y.current.headcount, 'en')} (cut ${n(y.reduced, 'en')}, ${pct(y.progress, 'en', 1)})`,
    );
  }
  const from = baseline.date.slice(0, 4);
  const to = r.current.date.slice(0, 4);
  const figure = { cut: r.reduced, baseline: baseline.headcount, unit: UNIT };
  const { elapsed, total } = elapsedDays(
    { start: baseline.date, end: p.targetDate },
    r.current.date,
  );
  lines.push(
    '',
    `Từ ${from} – ${to}: ${reductionPhrase(figure, { lang: 'vi' })}`,
    `${from}–${to}: ${reductionPhrase(figure, { lang: 'en' })}`,
    `Mục tiêu: giảm ít nhất ${pct(r.targetShare, 'vi')} (${n(r.targetReduction, 'vi')} biên chế) đến ${day(p.targetDate, 'vi')}; đã đạt ${pct(r.attainment, 'vi')} mục tiêu`,
    `Target: cut at least ${pct(r.targetShare, 'en')} (${n(r.targetReduction, 'en')} positions) by ${day(p.targetDate, 'en')}; ${pct(r.attainment, 'en')} of it reached`,
    `Tiến độ: đã qua ${n(elapsed, 'vi')}/${n(total, 'vi')} ngày, theo tỷ lệ thời gian cần giảm ${pct(r.expectedShare, 'vi', 1)}: ${STATUS[r.status].vi}`,
    `Pace: ${n(elapsed, 'en')} of ${n(total, 'en')} days passed, pro rata the cut should be ${pct(r.expectedShare, 'en', 1)}: ${STATUS[r.status].en}`,
  );
  if (r.yearlyRequired && r.requiredByNow) {
    const act = p.yearlyShare?.reference;
    const y = r.yearlyRequired;
    const by = r.requiredByNow;
    lines.push(
      `Nhịp ${n(y.min.times(100), 'vi')}–${pct(y.max, 'vi')} mỗi năm${act ? ` (${ref(act, 'vi')})` : ''}: đến nay cần ${pct(by.min, 'vi', 1)}–${pct(by.max, 'vi', 1)}`,
      `Yearly pace of ${n(y.min.times(100), 'en')}–${pct(y.max, 'en')}${act ? ` (${ref(act, 'en')})` : ''}: ${pct(by.min, 'en', 1)}–${pct(by.max, 'en', 1)} by now`,
    );
  }
  if (r.remainingYearlyRequired) {
    lines.push(
      `Còn cần giảm ${pct(r.remainingYearlyRequired, 'vi', 2)} mỗi năm đến ${day(p.targetDate, 'vi')}`,
      `Still needed: ${pct(r.remainingYearlyRequired, 'en', 2)} a year until ${day(p.targetDate, 'en')}`,
    );
  }
  for (const v of r.violations) lines.push(`! ${v.messageVi} [${v.reference}]`, `  ${v.message}`);
  if (r.violations.length === 0) lines.push('Không có cảnh báo.', 'No warnings.');
  return lines;
}
