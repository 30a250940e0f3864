import { parseVnDate } from '../dates/calendar-date.js';
import { fail, issue, ok, type Result } from '../result/issue.js';
import { customPeriod, phasePeriod, termPeriod } from './constructors.js';
import type { Period } from './schema.js';

// Hyphen, en dash, em dash and minus: reports use them interchangeably.
const DASH = '\\s*[-–—−]\\s*';
const YEARS = new RegExp(`^(?:(giai đoạn|nhiệm kỳ|phase|term)\\s+)?(\\d{4})${DASH}(\\d{4})$`, 'iu');
const DATES = new RegExp(
  `^(?:từ\\s+)?(\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})(?:${DASH}|\\s+đến\\s+)(\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}|\\d{4}-\\d{2}-\\d{2})$`,
  'iu',
);

/**
 * Reads a period as reports write it: "2016–2020", "giai đoạn 2007 – 2010", "nhiệm kỳ 2016-2021",
 * or two dates ("22/6/2020 - 3/7/2020"). A year range is a phase from 1 January to 31 December,
 * or a term with the same bounds when the text says "nhiệm kỳ".
 * @example
 * parsePeriodText('giai đoạn 2007 – 2010'); // { ok: true, value: { kind: 'phase', start: '2007-01-01', end: '2010-12-31', … } }
 */
export function parsePeriodText(text: string): Result<Period> {
  const t = text.normalize('NFC').trim().replace(/\s+/g, ' ');
  const years = YEARS.exec(t);
  if (years) {
    const first = Number(years[2]);
    const last = Number(years[3]);
    if (last < first) return fail([inverted(t)]);
    const word = (years[1] ?? '').toLowerCase();
    if (word === 'nhiệm kỳ' || word === 'term') {
      return ok(termPeriod(`${first}-01-01`, `${last}-12-31`));
    }
    return ok(phasePeriod(first, last));
  }
  const dates = DATES.exec(t);
  if (dates) {
    const start = parseVnDate(dates[1] ?? '');
    const end = parseVnDate(dates[2] ?? '');
    if (start === null || end === null) {
      return fail([
        issue(
          'period.invalid_date',
          [],
          `"${t}" names a date that does not exist`,
          `"${t}" có ngày không tồn tại`,
          text,
        ),
      ]);
    }
    if (end < start) return fail([inverted(t)]);
    return ok(customPeriod(start, end));
  }
  return fail([
    issue(
      'period.unrecognised',
      [],
      `"${t}" is not a period: expected "2016–2020", "giai đoạn 2016 - 2020" or "d/M/yyyy - d/M/yyyy"`,
      `"${t}" không phải là một khoảng thời gian: cần dạng "2016–2020", "giai đoạn 2016 - 2020" hoặc "d/M/yyyy - d/M/yyyy"`,
      text,
    ),
  ]);
}

function inverted(t: string) {
  return issue(
    'period.inverted',
    [],
    `"${t}" ends before it starts`,
    `"${t}" có thời điểm kết thúc trước thời điểm bắt đầu`,
    t,
  );
}
