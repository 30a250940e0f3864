import type { Decimal } from 'decimal.js';
import { type DecimalLike, toDecimal } from '../attainment/decimal-text.js';
import type { AttainmentStatus } from '../attainment/types.js';
import type { LocalizedText } from '../programmes/schema.js';
import { formatNumber, type NumberLocale } from './format-number.js';
import { formatPercent, roundPercent } from './format-percent.js';

const STATUS_LABELS: Record<AttainmentStatus, Record<NumberLocale, string>> = {
  exceeded: { vi: 'vượt', en: 'exceeded' },
  met: { vi: 'đạt', en: 'met' },
  not_met: { vi: 'chưa đạt', en: 'not met' },
  not_started: { vi: 'chưa thực hiện', en: 'not started' },
  no_target: { vi: 'chưa có chỉ tiêu', en: 'no target' },
};

/**
 * The word for a status: vượt / đạt / chưa đạt / chưa thực hiện / chưa có chỉ tiêu, or English.
 * @example
 * statusLabel('not_started', 'vi'); // 'chưa thực hiện'
 */
export function statusLabel(status: AttainmentStatus, lang: NumberLocale): string {
  return STATUS_LABELS[status][lang];
}

/** Options of `attainmentPhrase`: the indicator's verb and plan word, and an optional precision. */
export interface PhraseOptions {
  lang: NumberLocale;
  /** "đạt" (default) or "bằng"; English has one wording. */
  verb?: 'đạt' | 'bằng';
  /** "KH" (default), "kế hoạch" or "chỉ tiêu"; English says "plan" or "target". */
  basis?: 'KH' | 'kế hoạch' | 'chỉ tiêu';
  /** Overrides the rounding rule's precision. */
  decimals?: number;
}

/**
 * The attainment phrase of a row or an `Attainment`, under the rounding rule: vi "đạt 300% chỉ
 * tiêu", "bằng 60% KH", "đạt gần 70% KH", "chưa thực hiện", "chưa có chỉ tiêu"; en "300% of
 * target", "nearly 70% of plan", "not started", "no target". Output is NFC.
 * @example
 * attainmentPhrase(computeAttainment({ actual: 139, target: 200 }), { lang: 'vi' }); // 'đạt gần 70% KH'
 * attainmentPhrase(computeAttainment({ actual: 24, target: 40 }), { lang: 'vi', verb: 'bằng' }); // 'bằng 60% KH'
 */
export function attainmentPhrase(
  figure: { status: AttainmentStatus; percent: Decimal | null },
  options: PhraseOptions,
): string {
  const { lang } = options;
  if (figure.status === 'not_started' || figure.status === 'no_target' || figure.percent === null) {
    return statusLabel(figure.status, lang);
  }
  const pct = shownPercent(figure.percent, lang, options.decimals);
  const basis = options.basis ?? 'KH';
  const text =
    lang === 'vi'
      ? `${options.verb ?? 'đạt'} ${pct} ${basis}`
      : `${pct} of ${basis === 'chỉ tiêu' ? 'target' : 'plan'}`;
  return text.normalize('NFC');
}

/**
 * A percentage as a phrase shows it: the rounding rule (`roundPercent`, which shows a figure just
 * above 100% with `EXCESS_DECIMALS` decimals), and "hơn 100%" / "over 100%" for one that still
 * shows as 100, which would read as met while the status says exceeded.
 */
function shownPercent(percent: Decimal, lang: NumberLocale, decimals: number | undefined): string {
  if (decimals !== undefined) return formatPercent(percent, { locale: lang, decimals });
  if (percent.gt(100) && roundPercent(percent).shown.eq(100)) {
    return lang === 'vi' ? 'hơn 100%' : 'over 100%';
  }
  return formatPercent(percent, { locale: lang });
}

/**
 * The phrase of a reduction: vi "giảm được 6.666 biên chế, đạt gần 8,1%", en "cut 6,666 staff
 * positions, nearly 8.1% of the baseline". Without a baseline (null or 0) only the cut is said.
 * `unit` is vi/en text or one string for both. Output is NFC.
 * @example
 * reductionPhrase({ cut: 6666, baseline: 82300, unit: { vi: 'biên chế', en: 'staff positions' } }, { lang: 'vi' });
 * // 'giảm được 6.666 biên chế, đạt gần 8,1%'
 */
export function reductionPhrase(
  figure: { cut: DecimalLike; baseline: DecimalLike | null; unit: string | LocalizedText },
  options: { lang: NumberLocale; decimals?: number },
): string {
  const { lang } = options;
  const cut = toDecimal(figure.cut, 'cut');
  const unit =
    typeof figure.unit === 'string'
      ? figure.unit
      : lang === 'en'
        ? (figure.unit.en ?? figure.unit.vi)
        : figure.unit.vi;
  const amount = formatNumber(cut, { locale: lang });
  const head = lang === 'vi' ? `giảm được ${amount} ${unit}` : `cut ${amount} ${unit}`;
  const baseline = figure.baseline === null ? null : toDecimal(figure.baseline, 'baseline');
  if (baseline === null || baseline.isZero()) return head.normalize('NFC');
  const pct = formatPercent(cut.times(100).div(baseline), {
    locale: lang,
    ...(options.decimals !== undefined && { decimals: options.decimals }),
  });
  const text = lang === 'vi' ? `${head}, đạt ${pct}` : `${head}, ${pct} of the baseline`;
  return text.normalize('NFC');
}
