/** Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r']/;

/**
 * Guards text for spreadsheets: text starting with `= + - @ TAB CR` gets a leading apostrophe,
 * so Excel and LibreOffice show it instead of running it. Text already starting with an
 * apostrophe gets one more, so the reader can undo the guard exactly. This is for display: a
 * program reading the CSV must drop one leading apostrophe when the next character is one of
 * `= + - @ TAB CR '`, as `readCsv` does.
 * @example
 * guardFormula('=HYPERLINK("http://x")'); // "'=HYPERLINK(\"http://x\")"
 */
export function guardFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * Quotes a cell when it holds the delimiter, a quote or a line break (RFC 4180), doubling quotes.
 * @example
 * quoteCell('Lê "Tư", Hà Nội', ','); // '"Lê ""Tư"", Hà Nội"'
 */
export function quoteCell(text: string, delimiter: string): string {
  if (
    text.includes(delimiter) ||
    text.includes('"') ||
    text.includes('\n') ||
    text.includes('\r')
  ) {
    return `"${text.replaceAll('"', '""')}"`;
  }
  return text;
}
