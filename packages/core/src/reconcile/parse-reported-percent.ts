import type { Decimal } from 'decimal.js';
import { parseLocaleNumber } from '../format/format-number.js';
import { fail, type IssuePath, issue, ok, type Result } from '../result/issue.js';

/** How a report qualifies its figure: as is, "gần" (nearly, just below) or "hơn/trên" (more than). */
export type PercentQualifier = 'exact' | 'near' | 'over';

/** A percentage as a report states it ("đạt gần 70% KH"). */
export interface ReportedPercent {
  value: Decimal;
  /** Digits shown after the decimal comma: the last one sets the precision (ulp). */
  decimals: number;
  qualifier: PercentQualifier;
  verb?: 'đạt' | 'bằng';
  basis?: 'KH' | 'kế hoạch' | 'chỉ tiêu';
  /** The text as given (NFC, trimmed). */
  raw: string;
}

const PATTERN =
  /^(?:(đạt|bằng)\s+)?(?:(gần|hơn|trên)\s+)?(\d[\d.,]*)\s*%(?:\s+(kh|kế hoạch|chỉ tiêu)(?:\s*\(kh\))?)?\s*[.;,]?$/u;

/**
 * Reads a reported percentage phrase, Vietnamese style (decimal comma): "đạt 238% KH",
 * "bằng 285% kế hoạch (KH)", "đạt gần 70% KH", "hơn 8%", "trên 100%", "đạt gần 8,1%".
 * "gần" reads as `near`, "hơn" and "trên" as `over`. Anything else is an issue.
 * @example
 * parseReportedPercent('đạt gần 8,1%');
 * // { ok: true, value: { value: Decimal(8.1), decimals: 1, qualifier: 'near', verb: 'đạt', raw: 'đạt gần 8,1%' } }
 */
export function parseReportedPercent(text: string, path: IssuePath = []): Result<ReportedPercent> {
  const raw = text.normalize('NFC').trim();
  const m = PATTERN.exec(raw.toLocaleLowerCase('vi').replace(/\s+/g, ' '));
  if (!m) {
    return fail([
      issue(
        'reported_percent.invalid',
        path,
        `"${text}" is not a reported percentage such as "đạt 238% KH", "đạt gần 70% KH" or "hơn 8%"`,
        `"${text}" không phải là tỷ lệ báo cáo dạng "đạt 238% KH", "đạt gần 70% KH" hoặc "hơn 8%"`,
        text,
      ),
    ]);
  }
  const [, verb, qualifierWord, numberText = '', basisWord] = m;
  const parsed = parseLocaleNumber(numberText, 'vi', path);
  if (!parsed.ok) return parsed;
  const out: ReportedPercent = {
    value: parsed.value,
    decimals: numberText.includes(',') ? (numberText.split(',')[1]?.length ?? 0) : 0,
    qualifier: qualifierWord === 'gần' ? 'near' : qualifierWord === undefined ? 'exact' : 'over',
    raw,
  };
  if (verb === 'đạt' || verb === 'bằng') out.verb = verb;
  if (basisWord !== undefined)
    out.basis = basisWord === 'kh' ? 'KH' : (basisWord as 'kế hoạch' | 'chỉ tiêu');
  return ok(out);
}
