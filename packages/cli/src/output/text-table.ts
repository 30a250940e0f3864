/** How a column's cells line up. */
export type Align = 'left' | 'right';

/** Width of a cell as a terminal shows it: NFC code points (Vietnamese letters are one each). */
function width(text: string): number {
  return [...text.normalize('NFC')].length;
}

function pad(text: string, size: number, align: Align): string {
  const fill = ' '.repeat(Math.max(0, size - width(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * A plain-text table: padded columns two spaces apart, a rule under the header.
 * @example
 * renderTextTable(['Chỉ tiêu', 'KH'], [['Luân chuyển', '40']], ['left', 'right']);
 */
export function renderTextTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string[] {
  const sizes = headers.map((h, c) => Math.max(width(h), ...rows.map((r) => width(r[c] ?? ''))));
  const line = (cells: readonly string[]) =>
    cells
      .map((cell, c) => pad(cell, sizes[c] ?? 0, align[c] ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(headers), sizes.map((s) => '─'.repeat(s)).join('  '), ...rows.map(line)];
}

/**
 * A Markdown (GFM) table; pipes in cells are escaped.
 * @example
 * renderMarkdownTable(['Chỉ tiêu', 'KH'], [['Luân chuyển', '40']], ['left', 'right']);
 */
export function renderMarkdownTable(
  headers: readonly string[],
  rows: readonly (readonly string[])[],
  align: readonly Align[],
): string[] {
  const cell = (text: string) => text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
  const line = (cells: readonly string[]) => `| ${cells.map(cell).join(' | ')} |`;
  const rule = `|${headers.map((_, c) => (align[c] === 'right' ? ' ---: ' : ' --- ')).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)];
}
