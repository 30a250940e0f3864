/** What the first bytes of a spreadsheet file say it is. */
export type WorkbookKind = 'zip' | 'cfb' | 'unknown';

/**
 * The container of a workbook, from its first bytes: `zip` for .xlsx and .ods, `cfb` (OLE
 * compound file) for legacy .xls and for any password-protected .xlsx, which Excel wraps in an
 * encrypted compound file.
 * @example
 * workbookKind(new Uint8Array([0x50, 0x4b, 3, 4])); // 'zip'
 */
export function workbookKind(head: Uint8Array): WorkbookKind {
  if (head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04) return 'zip';
  const cfb = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
  if (cfb.every((b, i) => head[i] === b)) return 'cfb';
  return 'unknown';
}
