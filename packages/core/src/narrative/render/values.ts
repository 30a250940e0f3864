import type { AttainmentRow } from '../../attainment/types.js';
import type { IsoDate } from '../../dates/calendar-date.js';
import { formatDate } from '../../format/format-date.js';
import { formatNumber } from '../../format/format-number.js';
import { formatPercent } from '../../format/format-percent.js';
import { attainmentPhrase, reductionPhrase, statusLabel } from '../../format/phrases.js';
import { formatLegalRef } from '../../programmes/legal-ref.js';
import type { Indicator, LocalizedText, Programme } from '../../programmes/schema.js';
import type { TemplateValues } from './template.js';

type Lang = 'vi' | 'en';

/**
 * The text of a vi/en pair in a language; English falls back to Vietnamese.
 * @example
 * localized({ vi: 'người' }, 'en'); // 'người'
 */
export function localized(text: LocalizedText, lang: Lang): string {
  return lang === 'en' ? (text.en ?? text.vi) : text.vi;
}

// The document kind a symbol's type stands for, to open "Thực hiện Chương trình số …".
const KIND_WORDS: Record<string, [string, string]> = {
  CTr: ['Chương trình', 'Programme'],
  QĐ: ['Quyết định', 'Decision'],
  NQ: ['Nghị quyết', 'Resolution'],
  KH: ['Kế hoạch', 'Plan'],
  ĐA: ['Đề án', 'Project'],
  CT: ['Chỉ thị', 'Directive'],
  NĐ: ['Nghị định', 'Decree'],
  TT: ['Thông tư', 'Circular'],
  HD: ['Hướng dẫn', 'Guidance'],
  KL: ['Kết luận', 'Conclusion'],
  Luật: ['Luật', 'Law'],
};
const PROGRAMME_KINDS: Record<Programme['kind'], [string, string]> = {
  programme: ['Chương trình', 'Programme'],
  project: ['Đề án', 'Project'],
  plan: ['Kế hoạch', 'Plan'],
  resolution: ['Nghị quyết', 'Resolution'],
  decision: ['Quyết định', 'Decision'],
};

/**
 * Values of the opening sentence: {document} is the first legal basis with its kind
 * ("Chương trình số 12-CTr/TU ngày 9/5/2016"), or the programme's kind and code without one.
 * @example
 * openingValues(programme, '2019-05-20', 'vi').document; // 'Chương trình số 12-CTr/TU ngày 9/5/2016'
 */
export function openingValues(programme: Programme, asOf: IsoDate, lang: Lang): TemplateValues {
  const k = lang === 'vi' ? 0 : 1;
  const ref = programme.legalBasis[0];
  const kind = (ref && KIND_WORDS[ref.type]) ?? PROGRAMME_KINDS[programme.kind];
  const document = ref
    ? `${kind[k]} ${formatLegalRef(ref, lang)}`
    : `${PROGRAMME_KINDS[programme.kind][k]} ${programme.code}`;
  const { start, end } = programme.period;
  const title = localized(programme.title, lang);
  return {
    document,
    issuer: programme.issuer ? localized(programme.issuer, lang) : null,
    // A title that only repeats the code (programmes built from targets.csv) says nothing more:
    // "Chương trình 12-CTr/TU về “12-CTr/TU”" drops its "về …" part.
    title: title.trim() === '' || title.trim() === programme.code ? null : title,
    code: programme.code,
    asOf: formatDate(asOf, lang),
    period: `${formatDate(start, lang)} – ${formatDate(end, lang)}`,
  };
}

/**
 * Values of an indicator's clause for one report row (see `ROW_PLACEHOLDERS`): numbers in the
 * language's style, percentages under the rounding rule, each Decimal built once.
 * @example
 * rowValues(row, indicator, 'vi').phrase; // 'đạt gần 70% KH'
 */
export function rowValues(row: AttainmentRow, indicator: Indicator, lang: Lang): TemplateValues {
  const n = (d: AttainmentRow['target']) => (d === null ? null : formatNumber(d, { locale: lang }));
  const unit = localized(indicator.unit, lang);
  const breakdown = Object.entries(row.disaggregation)
    .map(([key, value]) => `${key}: ${value}`)
    .join(', ');
  let phrase: string | null;
  if (indicator.direction === 'reduction') {
    phrase = reductionPhrase({ cut: row.actual, baseline: row.baseline, unit }, { lang });
  } else if (row.status === 'no_target') phrase = null;
  else phrase = attainmentPhrase(row, { lang, verb: indicator.verb, basis: indicator.basis });
  const progress = row.progressPercent ?? null;
  return {
    name: localized(indicator.name, lang),
    unit,
    actual: formatNumber(row.actual, { locale: lang }),
    target: n(row.target),
    percent: row.percent === null ? null : formatPercent(row.percent, { locale: lang }),
    phrase,
    status: statusLabel(row.status, lang),
    baseline: n(row.baseline),
    progress: progress === null ? null : formatPercent(progress, { locale: lang }),
    expected: formatPercent(row.expectedShare.times(100), { locale: lang }),
    orgUnit: row.orgUnit,
    breakdown: breakdown === '' ? null : breakdown,
  };
}
