import type ExcelJS from 'exceljs';

/**
 * exceljs, loaded on first use: it is a large module, and a program that only reads sheets
 * (which does not use it) should not pay for it in memory or start-up time.
 * @example
 * const { Workbook } = await loadExcelJs();
 */
export async function loadExcelJs(): Promise<typeof ExcelJS> {
  const mod = (await import('exceljs')) as unknown as { default?: typeof ExcelJS } & typeof ExcelJS;
  return mod.default ?? mod;
}
