const SPECIAL = /[\\\t\n\r]/;

/**
 * Escapes one field for COPY's text format: backslash, tab, newline and carriage return are
 * written as backslash sequences; null becomes `\N`.
 * @example
 * copyField('a\tb'); // 'a\\tb'
 */
export function copyField(value: string | number | bigint | null): string {
  if (value === null) return '\\N';
  const text = typeof value === 'string' ? value : String(value);
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (c) =>
    c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r',
  );
}

/**
 * Turns rows into COPY text chunks of about `rowsPerChunk` lines each, lazily.
 * @example
 * [...copyChunks([['a', null]], 1000)]; // ['a\t\\N\n']
 */
export function* copyChunks(
  rows: Iterable<readonly (string | number | bigint | null)[]>,
  rowsPerChunk = 2000,
): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(row.map(copyField).join('\t'));
    if (lines.length >= rowsPerChunk) {
      yield `${lines.join('\n')}\n`;
      lines = [];
    }
  }
  if (lines.length > 0) yield `${lines.join('\n')}\n`;
}
