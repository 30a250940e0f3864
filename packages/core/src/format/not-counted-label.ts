import type { NotCountedReason } from '../attainment/row-accounting.js';
import type { NumberLocale } from './format-number.js';

const LABELS: Record<NotCountedReason, Record<NumberLocale, string>> = {
  no_target: {
    vi: 'không có chỉ tiêu trong dòng kế thừa của đơn vị',
    en: "no target in the unit's lineage",
  },
  outside_period: {
    vi: 'ngoài thời kỳ của mọi chỉ tiêu',
    en: "outside every target's period",
  },
  after_as_of: { vi: 'sau ngày báo cáo', en: 'after the review date' },
  unknown_indicator: {
    vi: 'chỉ số không có trong chương trình',
    en: 'indicator not in the programme',
  },
  other_programme: { vi: 'thuộc chương trình khác', en: 'another programme' },
  invalid: { vi: 'dòng lỗi, bị bỏ qua', en: 'bad row, skipped' },
};

/**
 * Why rows were not counted, in words: vi "sau ngày báo cáo", en "after the review date".
 * @example
 * notCountedLabel('no_target', 'vi'); // 'không có chỉ tiêu trong dòng kế thừa của đơn vị'
 */
export function notCountedLabel(reason: NotCountedReason, lang: NumberLocale): string {
  return LABELS[reason][lang];
}
