import { normalizeName } from '@cadre/core';
import { memoize } from './memoize.js';
import { normalizeSpelling, stripDiacritics } from './spelling.js';

/** Administrative kinds that Vietnamese unit names start with, and their English words. */
const KINDS: readonly { prefix: string; en: string }[] = [
  { prefix: 'Thành phố', en: 'City' },
  { prefix: 'Thị trấn', en: 'Township' },
  { prefix: 'Thị xã', en: 'Town' },
  { prefix: 'Tỉnh', en: 'Province' },
  { prefix: 'Huyện', en: 'District' },
  { prefix: 'Quận', en: 'District' },
  { prefix: 'Phường', en: 'Ward' },
  { prefix: 'Xã', en: 'Commune' },
  { prefix: 'Đặc khu', en: 'Special Zone' },
];

/** A unit name taken apart: its kind ("Tỉnh"), its bare name ("Hòa Bình") and the full name. */
export interface AdminName {
  /** The administrative kind the name starts with, or null when it carries none. */
  readonly prefix: string | null;
  /** The name without its kind, in the published spelling. */
  readonly bare: string;
  /** Kind and name, in the published spelling ("Tỉnh Hòa Bình"). */
  readonly full: string;
  /** English name ("Hoa Binh Province", "Ward 13"), or null without a kind. */
  readonly en: string | null;
}

/**
 * Splits a unit name into its kind and bare name, in the published spelling (NFC, unified tone
 * placement). `defaultPrefix` supplies the kind when the source omits it ("Cao Bằng" is a Tỉnh).
 * @example
 * splitAdminName('Tỉnh Hoà Bình'); // { prefix: 'Tỉnh', bare: 'Hòa Bình', full: 'Tỉnh Hòa Bình', en: 'Hoa Binh Province' }
 */
export function splitAdminName(text: string, defaultPrefix: string | null = null): AdminName {
  const key = `${defaultPrefix ?? ''}\u0000${text}`;
  let name = splitCache.get(key);
  if (name === undefined) {
    name = split(text, defaultPrefix);
    // The dataset has about 15,000 distinct names; the bound keeps arbitrary callers' input in check.
    if (splitCache.size >= 50_000) splitCache.clear();
    splitCache.set(key, Object.freeze(name));
  }
  return name;
}

const splitCache = new Map<string, AdminName>();

function split(text: string, defaultPrefix: string | null): AdminName {
  const spelled = normalizeSpelling(text);
  const kind = KINDS.find((k) => spelled.startsWith(`${k.prefix} `));
  const bare = kind ? spelled.slice(kind.prefix.length + 1) : spelled;
  const prefix = kind?.prefix ?? defaultPrefix;
  const en = KINDS.find((k) => k.prefix === prefix)?.en ?? null;
  return {
    prefix,
    bare,
    full: prefix === null ? bare : `${prefix} ${bare}`,
    en: en === null ? null : englishName(bare, en),
  };
}

const matchKey = memoize(normalizeName);

// "Phường 13" reads "Ward 13"; named units read "Ba Dinh Ward".
function englishName(bare: string, kind: string): string {
  const ascii = stripDiacritics(bare);
  return /^\d/.test(ascii) ? `${kind} ${ascii}` : `${ascii} ${kind}`;
}

/**
 * A matching key that keeps the kind: "Huyện Kỳ Anh" and "Thị xã Kỳ Anh" were two districts, while
 * "Huyện Hoà An" and "huyện hòa an" are one. Used to group the dataset's rows, not to resolve input.
 * @example
 * adminNameKey('Huyện Kỳ Anh') === adminNameKey('Thị xã Kỳ Anh'); // false
 */
export function adminNameKey(text: string): string {
  const n = splitAdminName(text);
  return `${n.prefix ?? ''}|${matchKey(n.bare)}`;
}
