import { LANGS, type Lang } from './text.js';

/**
 * `--lang` and `--debug` are read before anything else, so even parse errors speak the language.
 * @example
 * prescan(['report', '--lang', 'en']).lang; // 'en'
 */
export function prescan(argv: readonly string[]): {
  lang?: Lang;
  badLang?: string;
  debug: boolean;
} {
  let value: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') value = argv[i + 1];
    else if (a.startsWith('--lang=')) value = a.slice('--lang='.length);
  }
  const debug = argv.includes('--debug');
  if (value === undefined) return { debug };
  return LANGS.includes(value as Lang) ? { lang: value as Lang, debug } : { badLang: value, debug };
}
