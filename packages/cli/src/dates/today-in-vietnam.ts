import type { IsoDate } from '@cadre/core';

const VIETNAM_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Ho_Chi_Minh',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Việt Nam (Asia/Ho_Chi_Minh, UTC+7) at an instant, whatever the machine's
 * zone: the default review date of `cadre report`. The core never reads the clock; the CLI is
 * the edge that does.
 * @example
 * todayInVietnam(new Date('2019-05-19T17:30:00Z')); // '2019-05-20'
 */
export function todayInVietnam(now: Date): IsoDate {
  const parts = VIETNAM_DAY.formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')}`;
}
