/** Language of messages and labels: Vietnamese by default, English on request. */
export type Lang = 'vi' | 'en';

export const LANGS: readonly Lang[] = ['vi', 'en'];

/** A message in both languages. */
export interface Text {
  vi: string;
  en: string;
}

/**
 * Picks the text of a language, NFC-normalised.
 * @example
 * say({ vi: 'Ngày báo cáo', en: 'Review date' }, 'en'); // 'Review date'
 */
export function say(text: Text, lang: Lang): string {
  return text[lang].normalize('NFC');
}
