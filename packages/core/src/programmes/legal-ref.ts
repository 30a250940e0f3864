import { isoDate, isRealDate } from '../dates/calendar-date.js';
import { ENGLISH_MONTHS, formatDate } from '../format/format-date.js';
import { parsePeriodText } from '../periods/parse-period-text.js';
import { fail, type Issue, issue, ok, type Result } from '../result/issue.js';
import type { LegalRef } from './schema.js';

// Document kinds written before the number, and the abbreviation the symbol uses for them.
const KINDS: Record<string, string> = {
  'chương trình hành động': 'CTr',
  'chương trình': 'CTr',
  'quyết định': 'QĐ',
  'quy định': 'QĐ',
  'nghị quyết': 'NQ',
  'nghị định': 'NĐ',
  'chỉ thị': 'CT',
  'thông tư liên tịch': 'TTLT',
  'thông tư': 'TT',
  'kế hoạch': 'KH',
  'đề án': 'ĐA',
  'hướng dẫn': 'HD',
  'kết luận': 'KL',
  luật: 'Luật',
};
const KIND_WORDS = Object.keys(KINDS).join('|');
const PREFIX = new RegExp(`^(?:(${KIND_WORDS})\\s+)?(?:(?:số|no\\.?)\\s*)?`, 'iu');
const END = '(?=$|[\\s,;:])';
const NUM = '(\\d+[a-z]?)';
const CODE = '([\\p{L}\\d]+(?:-[\\p{L}\\d]+)*)';
// 80/2025/QH15: laws and resolutions of the National Assembly carry no type in the symbol.
const LEGISLATIVE = new RegExp(`^${NUM}\\/(\\d{4})\\/((?:UBTV)?QH\\d+)${END}`, 'u');
// 106/QĐ-TTg, 135/2020/NĐ-CP: state documents put the type before the issuer.
const STATE = new RegExp(`^${NUM}(?:\\/(\\d{4}))?\\/(\\p{Lu}\\p{L}*)-${CODE}${END}`, 'u');
// 12-CTr/TU, 39-NQ/TW: Party documents put the type before the slash.
const PARTY = new RegExp(`^${NUM}-(\\p{Lu}\\p{L}*)\\/${CODE}${END}`, 'u');
const DATE = new RegExp(
  `^,?\\s*(?:(?:ngày|ngay|dated)\\s+(\\d{1,2})\\s*(?:[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})|\\s*tháng\\s+(\\d{1,2})\\s+năm\\s+(\\d{4}))|of\\s+(\\d{1,2})\\s+(${ENGLISH_MONTHS.join('|')})\\s+(\\d{4}))`,
  'iu',
);
const STATED = /(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–—−]\s*\d{4}/iu;
const PARTY_ISSUER = /(?:TW|TƯ|TU|HU|ĐU|QU)$/u;

/**
 * Reads a legal reference as documents write it: "12-CTr/TU ngày 9/5/2016",
 * "Chương trình số 12-CTr/TU ngày 9/5/2016", "106/QĐ-TTg", "39-NQ/TW", "135/2020/NĐ-CP",
 * "80/2025/QH15", optionally followed by "của …" and "về “title”". The text is NFC-normalised;
 * a title naming "giai đoạn 2007 – 2010" gives `statedPeriod`. A bare "n/yyyy/QHk" is read as
 * a law (Luật); write "Nghị quyết số …" for a resolution of the National Assembly.
 * @example
 * parseLegalRef('Chương trình số 12-CTr/TU ngày 9/5/2016');
 * // { ok: true, value: { number: '12', type: 'CTr', issuer: 'TU', date: '2016-05-09', form: 'party', raw: '…' } }
 */
export function parseLegalRef(text: string): Result<LegalRef> {
  const raw = text.normalize('NFC').trim();
  const t = raw.replace(/\s+/g, ' ').replace(/[–—−‐]/g, '-');
  const prefix = PREFIX.exec(t);
  const kindWord = prefix?.[1]?.toLowerCase();
  let rest = t.slice(prefix?.[0].length ?? 0);
  const symbol = readSymbol(rest, kindWord);
  if (!symbol) {
    return fail([
      issue(
        'legal_ref.unrecognised',
        [],
        `"${raw}" is not a document reference; expected a symbol such as "12-CTr/TU", "106/QĐ-TTg" or "135/2020/NĐ-CP", optionally with "ngày d/M/yyyy"`,
        `"${raw}" không phải số hiệu văn bản; cần dạng "12-CTr/TU", "106/QĐ-TTg" hoặc "135/2020/NĐ-CP", có thể kèm "ngày d/M/yyyy"`,
        text,
      ),
    ]);
  }
  const ref = symbol.ref;
  rest = rest.slice(symbol.length);
  const issues: Issue[] = [];
  const d = DATE.exec(rest);
  if (d) {
    const day = Number(d[1] ?? d[6]);
    const month = d[7]
      ? ENGLISH_MONTHS.indexOf(d[7][0]!.toUpperCase() + d[7].slice(1).toLowerCase()) + 1
      : Number(d[2] ?? d[4]);
    const year = Number(d[3] ?? d[5] ?? d[8]);
    if (isRealDate(year, month, day)) ref.date = isoDate(year, month, day);
    else {
      issues.push(
        issue(
          'legal_ref.invalid_date',
          ['date'],
          `"${raw}": the date ${day}/${month}/${year} does not exist; expected a real calendar date`,
          `"${raw}": ngày ${day}/${month}/${year} không có trên lịch; cần một ngày có thật`,
          text,
        ),
      );
    }
    rest = rest.slice(d[0].length);
  }
  rest = rest.trim().replace(/^,\s*/, '');
  if (/^của\s/iu.test(rest)) rest = (/\svề\s.*$/iu.exec(rest)?.[0] ?? '').trim();
  if (/^về\s/iu.test(rest)) {
    const title = rest
      .replace(/^về\s+/iu, '')
      .replace(/^["“”'‘]+|["“”'’.]+$/gu, '')
      .trim();
    if (title !== '') ref.title = title;
    const stated = STATED.exec(title);
    const period = stated ? parsePeriodText(stated[0]) : null;
    if (period?.ok) ref.statedPeriod = { start: period.value.start, end: period.value.end };
  } else if (rest !== '') {
    issues.push(
      issue(
        'legal_ref.trailing_text',
        [],
        `"${raw}": cannot read "${rest}" after the symbol; expected "ngày d/M/yyyy", "của …" or "về …"`,
        `"${raw}": không đọc được "${rest}" sau số hiệu; cần "ngày d/M/yyyy", "của …" hoặc "về …"`,
        text,
      ),
    );
  }
  ref.raw = raw;
  return issues.length > 0 ? fail(issues) : ok(ref);
}

function readSymbol(
  text: string,
  kindWord: string | undefined,
): { ref: LegalRef; length: number } | null {
  const law = LEGISLATIVE.exec(text);
  if (law) {
    const type = kindWord === undefined ? 'Luật' : (KINDS[kindWord] ?? 'Luật');
    const ref: LegalRef = {
      number: law[1]!,
      year: Number(law[2]),
      type,
      issuer: law[3]!,
      form: 'legislative',
    };
    return { ref, length: law[0].length };
  }
  const state = STATE.exec(text);
  if (state) {
    const ref: LegalRef = { number: state[1]!, type: state[3]!, issuer: state[4]!, form: 'state' };
    if (state[2] !== undefined) ref.year = Number(state[2]);
    return { ref, length: state[0].length };
  }
  const party = PARTY.exec(text);
  if (party) {
    const ref: LegalRef = { number: party[1]!, type: party[2]!, issuer: party[3]!, form: 'party' };
    return { ref, length: party[0].length };
  }
  return null;
}

/**
 * The symbol (số hiệu) of a reference: "12-CTr/TU", "106/QĐ-TTg", "135/2020/NĐ-CP", "80/2025/QH15".
 * @example
 * legalRefSymbol({ number: '39', type: 'NQ', issuer: 'TW' }); // '39-NQ/TW'
 */
export function legalRefSymbol(ref: LegalRef): string {
  const form = ref.form ?? inferForm(ref);
  const year = ref.year === undefined ? '' : `/${ref.year}`;
  if (form === 'legislative') return `${ref.number}${year}/${ref.issuer}`;
  if (form === 'party') return `${ref.number}-${ref.type}/${ref.issuer}`;
  return `${ref.number}${year}/${ref.type}-${ref.issuer}`;
}

/**
 * Writes a reference for a report: "số 12-CTr/TU ngày 9/5/2016" or "No. 12-CTr/TU of 9 May 2016".
 * @example
 * formatLegalRef({ number: '494', type: 'QĐ', issuer: 'BNV', date: '2019-06-13' }, 'en');
 * // 'No. 494/QĐ-BNV of 13 June 2019'
 */
export function formatLegalRef(ref: LegalRef, lang: 'vi' | 'en'): string {
  const symbol = legalRefSymbol(ref);
  if (ref.date === undefined) return lang === 'vi' ? `số ${symbol}` : `No. ${symbol}`;
  const date = formatDate(ref.date, lang);
  return lang === 'vi' ? `số ${symbol} ngày ${date}` : `No. ${symbol} of ${date}`;
}

function inferForm(ref: LegalRef): 'party' | 'state' | 'legislative' {
  if (ref.year !== undefined && /^(?:UBTV)?QH\d+$/u.test(ref.issuer)) return 'legislative';
  return PARTY_ISSUER.test(ref.issuer) ? 'party' : 'state';
}
