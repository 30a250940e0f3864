import { TARGET_CASES } from './bad-target-cases.js';
import { RECORD_CASES } from './bad-record-cases.js';

export type { BadCase, Reader } from './bad-case-kit.js';

/** The whole bad-input corpus: targets cases, then the other formats. */
export const BAD_CASES = [...TARGET_CASES, ...RECORD_CASES];
