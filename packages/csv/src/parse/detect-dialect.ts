/** Field delimiters the reader accepts: comma, semicolon (Excel in vi-VN), tab and pipe. */
export type Delimiter = ',' | ';' | '\t' | '|';

/** The delimiters tried, in order, when a file's delimiter is detected from its header line. */
export const DELIMITERS: readonly Delimiter[] = [',', ';', '\t', '|'];

/**
 * Guesses the delimiter from the header line: the candidate that occurs most often outside
 * quotes wins; ties go to the earlier of `, ; TAB |`; a line with none is one comma column.
 * @example
 * detectDelimiter('Họ và tên;Đơn vị;Kế hoạch\n'); // ';'
 */
export function detectDelimiter(text: string): Delimiter {
  const counts = [0, 0, 0, 0];
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === '\n' || c === '\r')) break;
    else if (!quoted) {
      const k = DELIMITERS.indexOf(c as Delimiter);
      if (k >= 0) counts[k] = (counts[k] ?? 0) + 1;
    }
  }
  let best = 0;
  for (let k = 1; k < counts.length; k++) if ((counts[k] ?? 0) > (counts[best] ?? 0)) best = k;
  return DELIMITERS[best] ?? ',';
}

/**
 * The line break the parser splits on: LF (which also ends CRLF lines; the CR is trimmed later)
 * or CR alone for old Mac files.
 * @example
 * detectNewline('a,b\r\n1,2\r\n'); // '\n'
 */
export function detectNewline(text: string): '\n' | '\r' {
  return text.includes('\n') || !text.includes('\r') ? '\n' : '\r';
}
