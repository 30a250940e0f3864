import * as XLSX from '@e965/xlsx';

/** A cell as SheetJS writes it: a number, a date (as a serial under a date format), a formula. */
export type FixtureCell = string | number | Date | null | XLSX.CellObject;

/**
 * A workbook written by SheetJS, a library other than the one cadre reads with: one sheet per
 * entry (hidden when asked), dates as serials in the chosen date system, merges as given.
 */
export function sheetjsWorkbook(
  sheets: { name: string; rows: FixtureCell[][]; hidden?: boolean; merges?: string[] }[],
  options: { date1904?: boolean } = {},
): Uint8Array {
  const wb = XLSX.utils.book_new();
  for (const s of sheets) {
    const ws = XLSX.utils.aoa_to_sheet(s.rows, {
      UTC: true,
      dateNF: 'dd/mm/yyyy',
      ...(options.date1904 && { date1904: true }),
    } as XLSX.AOA2SheetOpts);
    if (s.merges) ws['!merges'] = s.merges.map((m) => XLSX.utils.decode_range(m));
    XLSX.utils.book_append_sheet(wb, ws, s.name);
  }
  wb.Workbook = {
    Sheets: sheets.map((s) => ({ Hidden: s.hidden ? 1 : 0 })),
    WBProps: { date1904: options.date1904 ?? false },
  };
  return new Uint8Array(XLSX.write(wb, { type: 'buffer', bookType: 'xlsx' }));
}

/** A date cell: a calendar day at midnight UTC, as SheetJS turns it into a serial. */
export function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}
