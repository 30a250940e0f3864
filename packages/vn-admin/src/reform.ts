/** First day of the two-tier local government: 34 provinces, no districts (NQ 202/2025/QH15). */
export const REFORM_DATE = '2025-07-01';
/** Last day the 63 provinces, their districts and the old communes existed. */
export const LAST_FORMER_DAY = '2025-06-30';
/** The resolution that merged the provinces, cited on their successor links. */
export const PROVINCE_REFERENCE = '202/2025/QH15';
/** Codes of former units start with this, so they never collide with today's official codes. */
export const FORMER_CODE_PREFIX = 'pre2025:';
