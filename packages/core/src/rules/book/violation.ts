import type { LegalRef } from '../../programmes/schema.js';
import type { IssuePath } from '../../result/issue.js';
import { formatDateVi } from './format-date-vi.js';

/** error: the rule is broken; warning: the rule could not be fully checked or is at risk. */
export type ViolationSeverity = 'error' | 'warning';

/**
 * A broken or unchecked rule. Shaped like an `Issue` (code, path, message, messageVi), so it can
 * be listed with issues; `reference` names the legal act the rule comes from.
 */
export interface Violation {
  code: string;
  severity: ViolationSeverity;
  message: string;
  messageVi: string;
  /** The legal act, formatted for display: "65-QĐ/TW ngày 28/4/2022". */
  reference: string;
  /** Id of the rule pack that set the rule, when one did. */
  packId?: string;
  path: IssuePath;
  input?: unknown;
}

/**
 * Formats a legal reference for display: the symbol as written (or composed from its parts by
 * the form of the act) and the date of issue.
 * @example
 * formatRuleReference({ number: '65', type: 'QĐ', issuer: 'TW', form: 'party', date: '2022-04-28' });
 * // '65-QĐ/TW ngày 28/4/2022'
 */
export function formatRuleReference(ref: LegalRef): string {
  const symbol = ref.raw ?? composeSymbol(ref);
  return ref.date === undefined ? symbol : `${symbol} ngày ${formatDateVi(ref.date)}`;
}

function composeSymbol(ref: LegalRef): string {
  const year = ref.year === undefined ? '' : `/${ref.year}`;
  if (ref.form === 'legislative') return `${ref.number}${year}/${ref.issuer}`;
  if (ref.form === 'state') return `${ref.number}${year}/${ref.type}-${ref.issuer}`;
  return `${ref.number}-${ref.type}/${ref.issuer}`;
}
