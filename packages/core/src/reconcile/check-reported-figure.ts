import { type DecimalLike, toDecimal } from '../attainment/decimal-text.js';
import { formatNumber } from '../format/format-number.js';
import { formatPercent } from '../format/format-percent.js';
import { type Issue, issue } from '../result/issue.js';
import {
  DEFAULT_NEAR_BAND,
  type IntRange,
  inferTargetInterval,
  inPercentRange,
  percentRanges,
} from './infer-target-interval.js';
import { parseReportedPercent, type ReportedPercent } from './parse-reported-percent.js';

/** A stored figure and the phrase a report printed for it. */
export interface ReportedFigure {
  actual: DecimalLike;
  target: DecimalLike | null;
  reported: ReportedPercent | string;
  /** Width of "gần" / "hơn" in percentage points (default 1). */
  nearBand?: DecimalLike;
}

/**
 * Checks a reported phrase against the stored target. Issues:
 * `reported_percent.invalid` (the phrase does not parse), `reported.no_target` (a percentage was
 * reported but no target is stored), `reported.inconsistent` (the exact percentage fits neither
 * rounding nor truncation of the phrase; the message gives the targets that would fit), and
 * `reported.rounded_up` (the phrase fits only by showing more than the exact value without "gần",
 * which the rounding rule forbids). An empty list means the phrase fits.
 * @example
 * checkReportedFigure({ actual: 79, target: 180, reported: 'đạt 45% KH' });
 * // [{ code: 'reported.inconsistent', message: '… targets 174–177 …', … }]
 */
export function checkReportedFigure(figure: ReportedFigure): Issue[] {
  let reported: ReportedPercent;
  if (typeof figure.reported === 'string') {
    const parsed = parseReportedPercent(figure.reported, ['reported']);
    if (!parsed.ok) return parsed.issues;
    reported = parsed.value;
  } else reported = figure.reported;
  const actual = toDecimal(figure.actual, 'actual');
  const target = figure.target === null ? null : toDecimal(figure.target, 'target');
  const raw = reported.raw;
  if (target === null || target.isZero()) {
    return [
      issue(
        'reported.no_target',
        ['target'],
        `"${raw}" reports a percentage of plan, but no target is stored for this figure`,
        `"${raw}" báo cáo tỷ lệ so với kế hoạch nhưng chưa lưu chỉ tiêu cho số liệu này`,
        raw,
      ),
    ];
  }
  const nearBand = figure.nearBand ?? DEFAULT_NEAR_BAND;
  const exact = actual.times(100).div(target);
  const ranges = percentRanges(reported, nearBand);
  const exactVi = formatPercent(exact, { locale: 'vi', decimals: 2 });
  const exactEn = formatPercent(exact, { locale: 'en', decimals: 2 });
  if (!inPercentRange(exact, ranges.union)) {
    const fits = inferTargetInterval(actual, reported, { nearBand }).union;
    return [
      issue(
        'reported.inconsistent',
        ['reported'],
        `"${raw}" does not fit actual ${formatNumber(actual, { locale: 'en' })} against stored target ${formatNumber(target, { locale: 'en' })} (exactly ${exactEn}); ${rangeText(fits, 'en')}`,
        `"${raw}" không khớp với thực hiện ${formatNumber(actual, { locale: 'vi' })} trên chỉ tiêu đã lưu ${formatNumber(target, { locale: 'vi' })} (chính xác ${exactVi}); ${rangeText(fits, 'vi')}`,
        raw,
      ),
    ];
  }
  if (reported.qualifier === 'exact' && reported.value.gt(exact)) {
    return [
      issue(
        'reported.rounded_up',
        ['reported'],
        `"${raw}" shows more than the exact ${exactEn} without "gần" (nearly); the rounding rule writes it "${formatPercent(exact, { locale: 'en' })}"`,
        `"${raw}" ghi cao hơn giá trị chính xác ${exactVi} mà không có chữ "gần"; theo quy tắc làm tròn phải ghi "${formatPercent(exact, { locale: 'vi' })}"`,
        raw,
      ),
    ];
  }
  return [];
}

function rangeText(range: IntRange | null, lang: 'vi' | 'en'): string {
  if (range === null) {
    return lang === 'en'
      ? 'no whole-number target fits the phrase'
      : 'không có chỉ tiêu nguyên nào khớp';
  }
  const max = range.max === null ? '…' : formatNumber(range.max, { locale: lang });
  const span =
    range.max === range.min
      ? formatNumber(range.min, { locale: lang })
      : `${formatNumber(range.min, { locale: lang })}–${max}`;
  return lang === 'en' ? `whole-number targets that fit: ${span}` : `chỉ tiêu nguyên khớp: ${span}`;
}
