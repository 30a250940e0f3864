import type { NumberLocale } from '../format/format-number.js';

/** Words for the levels the rule packs and the geography use; agencies' own levels keep their code. */
const LEVEL_LABELS: Readonly<Record<string, Record<NumberLocale, string>>> = {
  central: { vi: 'trung ương', en: 'central' },
  province: { vi: 'tỉnh', en: 'province' },
  district: { vi: 'huyện', en: 'district' },
  commune: { vi: 'xã', en: 'commune' },
};

/**
 * The word for an org level in a language, so a Vietnamese sentence says "cấp tỉnh", never
 * "cấp province". A level without a word (an agency's own) is its code in quotes.
 * @example
 * orgLevelLabel('province', 'vi'); // 'tỉnh'
 * orgLevelLabel('ban', 'vi'); // '"ban"'
 */
export function orgLevelLabel(level: string, lang: NumberLocale): string {
  return Object.hasOwn(LEVEL_LABELS, level) ? LEVEL_LABELS[level]![lang] : `"${level}"`;
}
