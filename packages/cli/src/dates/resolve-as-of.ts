import type { IsoDate } from '@cadre/core';
import type { OptionValues } from '../args/option-defs.js';
import { dateOption } from '../args/option-values.js';
import { formatDate } from '../output/format-date.js';
import { type ResolvedIO, writeLines } from '../run/io.js';
import { type Lang, say } from '../run/text.js';
import { todayInVietnam } from './today-in-vietnam.js';

/**
 * The review date of a command: `--as-of` when given, else today's date in Việt Nam, which is
 * then announced on stderr so the reader knows which date the figures are at.
 * @example
 * const { asOf, defaulted } = resolveAsOf(values, io, 'vi');
 */
export function resolveAsOf(
  values: OptionValues,
  io: ResolvedIO,
  lang: Lang,
): { asOf: IsoDate; defaulted: boolean } {
  const given = dateOption(values, 'as-of');
  if (given !== undefined) return { asOf: given, defaulted: false };
  const asOf = todayInVietnam(io.now());
  writeLines(io.stderr, [
    say(
      {
        vi: `Ngày báo cáo: ${formatDate(asOf, 'vi')} (hôm nay theo giờ Việt Nam, vì không có --as-of)`,
        en: `Review date: ${asOf} (today in Việt Nam, as --as-of was not given)`,
      },
      lang,
    ),
  ]);
  return { asOf, defaulted: true };
}
