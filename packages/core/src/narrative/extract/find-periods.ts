import { parseVnDate } from '../../dates/calendar-date.js';
import { customPeriod } from '../../periods/constructors.js';
import { parsePeriodText } from '../../periods/parse-period-text.js';
import { claim, isFree, type Scan, takeFree } from './scan.js';
import type { PeriodFigure } from './types.js';

const YEAR = '(?:19|20|21)\\d{2}';
const DASH = '\\s*[-–—−]\\s*';
const YEARS = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}/.,])(?:(giai\\s+đoạn|nhiệm\\s+kỳ|thời\\s+kỳ)\\s+)?(?:từ\\s+)?(?:năm\\s+)?(${YEAR})(?:${DASH}|\\s+(?:đến|tới)\\s+(?:năm\\s+)?)(${YEAR})(?![\\p{N}])`,
  'giu',
);
const DAY_MONTH = '\\d{1,2}\\/\\d{1,2}';
const FULL_DATE = '\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}';
const DATES = new RegExp(
  `(?<![\\p{L}\\p{M}\\p{N}/.,])(?:từ\\s+)?(?:ngày\\s+)?(${FULL_DATE}|${DAY_MONTH})(?:\\s*[-–—]\\s*|\\s+(?:đến|tới)\\s+)(?:ngày\\s+)?(${FULL_DATE})(?![\\p{N}])`,
  'giu',
);

/**
 * Finds period mentions: year ranges ("giai đoạn 2007 – 2010", "nhiệm kỳ 2016-2021",
 * "từ 2015 – 2018", "từ năm 2015 đến năm 2018") through `parsePeriodText`, and date ranges
 * ("từ ngày 22/6 đến ngày 03/7/2020"), where a first date without a year takes the second's.
 * @example
 * findPeriods(scan)[0].period; // { kind: 'phase', start: '2007-01-01', end: '2010-12-31', … }
 */
export function findPeriods(scan: Scan): PeriodFigure[] {
  const out: PeriodFigure[] = [];
  for (const m of takeFree(scan, YEARS)) {
    const word = m[1]?.toLocaleLowerCase('vi').replace(/\s+/g, ' ');
    const parsed = parsePeriodText(`${word === 'nhiệm kỳ' ? 'nhiệm kỳ ' : ''}${m[2]}-${m[3]}`);
    // An inverted range stays claimed, so that its years are not read as amounts.
    if (!parsed.ok) continue;
    out.push(periodFigure(scan, m, parsed.value, word));
  }
  for (const m of takeFree(scan, DATES)) {
    const end = parseVnDate(m[2] ?? '');
    if (end === null) continue;
    const first = m[1] ?? '';
    let start = parseVnDate(first);
    if (start === null && /^\d{1,2}\/\d{1,2}$/.test(first)) {
      const [d, mo] = first.split('/').map(Number) as [number, number];
      const year = Number(end.slice(0, 4));
      start = parseVnDate(`${d}/${mo}/${year}`);
      // "từ 20/12 đến 5/1/2021" starts in the year before.
      if (start !== null && start > end) start = parseVnDate(`${d}/${mo}/${year - 1}`);
    }
    if (start === null || start > end) continue;
    out.push(periodFigure(scan, m, customPeriod(start, end), undefined));
  }
  return out;
}

function periodFigure(
  scan: Scan,
  m: RegExpExecArray,
  period: PeriodFigure['period'],
  word: string | undefined,
): PeriodFigure {
  const span: [number, number] = [m.index, m.index + m[0].length];
  const figure: PeriodFigure = { kind: 'period', span, text: scan.text.slice(...span), period };
  if (word !== undefined) figure.word = word;
  return figure;
}

const MASKS = [
  /(?<![\p{N}/.,])\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}(?![\p{N}])/giu,
  /(?<![\p{N}/.,])\d{1,2}[/.-]\d{1,2}[/.-]\d{4}(?![\p{N}])/gu,
  /(?<![\p{N}/.,])\d{4}-\d{2}-\d{2}(?![\p{N}])/gu,
  /(?<![\p{N}:])\d{1,2}:\d{2}(?![\p{N}])/gu,
];
const DAY_MONTH_ONLY = /(?<![\p{N}/.,])(\d{1,2})\/(\d{1,2})(?![\p{N}/])/gu;

/**
 * Claims dates and times ("21/05/2019 09:28", "20/5", "ngày 9 tháng 5 năm 2016") so that their
 * digits are never read as amounts. Dates are not figures of their own.
 * @example
 * maskDates(scan); // "Chiều 20/5" no longer yields an amount 20
 */
export function maskDates(scan: Scan): void {
  for (const pattern of MASKS) for (const _ of takeFree(scan, pattern));
  for (const m of scan.text.matchAll(DAY_MONTH_ONLY)) {
    const [d, mo] = [Number(m[1]), Number(m[2])];
    const real = d >= 1 && d <= 31 && mo >= 1 && mo <= 12;
    if (real && isFree(scan, m.index, m.index + m[0].length)) {
      // Without a year, only the ranges of day and month can be checked.
      claim(scan, m.index, m.index + m[0].length);
    }
  }
}
