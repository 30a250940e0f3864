import { normalizeName } from '@cadre/core';

/** Other spellings of a province that must resolve to it: declared data, not rules. */
export interface DeclaredAlias {
  /** The province's bare name as published here ("Bắc Kạn"); applies to former and current units. */
  name: string;
  aliases: readonly string[];
  /** Why the spelling occurs. */
  note: string;
}

/**
 * Spellings seen in reports and documents. Tone placement, case, NFD and prefixes need no entry:
 * the core's name matching already ignores them. Add a line here for a spelling that differs in
 * letters or tone (Cạn / Kạn, Đăk / Đắk).
 */
export const DECLARED_ALIASES: readonly DeclaredAlias[] = [
  {
    name: 'Bắc Kạn',
    aliases: ['Bắc Cạn'],
    note: 'older spelling, as in the 2010 review of QĐ 106/QĐ-TTg',
  },
  {
    name: 'Đắk Lắk',
    aliases: ['Đăk Lăk', 'Đắc Lắc', 'Đăk Lắk', 'Đắk Lăk', 'Daklak'],
    note: 'spellings without the tone or with c; "Đăk Lăk" in QĐ 494/QĐ-BNV survey reports (2020)',
  },
  { name: 'Đắk Nông', aliases: ['Đăk Nông', 'Đắc Nông', 'Daknong'], note: 'as for Đắk Lắk' },
  { name: 'Huế', aliases: ['Thừa Thiên Huế'], note: 'the province name before 2025' },
  // "TP.HCM" reduces to "HCM". Not "Sài Gòn": that is a 2025 ward's name.
  { name: 'Hồ Chí Minh', aliases: ['HCM', 'TPHCM'], note: 'abbreviations' },
  { name: 'Hà Nội', aliases: ['Hanoi'], note: 'usual English spelling' },
  { name: 'Kon Tum', aliases: ['Kontum'], note: 'spelling in one word' },
  { name: 'Bà Rịa - Vũng Tàu', aliases: ['BRVT'], note: 'abbreviation' },
];

let byName: Map<string, string[]> | undefined;

/**
 * The declared aliases of a province by its bare name (tone placement, case and NFC ignored).
 * @example
 * aliasesFor('Bắc Kạn'); // ['Bắc Cạn']
 */
export function aliasesFor(bareName: string): string[] {
  byName ??= new Map(DECLARED_ALIASES.map((a) => [normalizeName(a.name), [...a.aliases]]));
  return [...(byName.get(normalizeName(bareName)) ?? [])];
}
