import { ATTAINMENT_STATUSES, statusLabel } from '@cadre/core';
import { sql } from 'kysely';

/**
 * `when 'met' then 'đạt' …` for every status, from the core's own labels, so the views word a
 * status as reports do.
 * @example
 * sql`case j.status ${STATUS_CASES} end`;
 */
export const STATUS_CASES = sql.join(
  ATTAINMENT_STATUSES.map((s) => sql`when ${sql.lit(s)} then ${sql.lit(statusLabel(s, 'vi'))}`),
  sql` `,
);
