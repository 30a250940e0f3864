import {
  type AttainmentQuery,
  type AttainmentRow,
  attainmentPhrase,
  type Indicator,
  reductionPhrase,
} from '@cadre/core';
import { writeAttainmentWorkbook, XLSX_MEDIA_TYPE } from '@cadre/xlsx';
import type { RouteDeps } from './deps.js';

export { XLSX_MEDIA_TYPE };

/**
 * Whether a request's Accept header asks for the workbook: the .xlsx media type listed with a
 * non-zero quality. `*\/*` and JSON keep the JSON answer.
 * @example
 * acceptsWorkbook('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'); // true
 */
export function acceptsWorkbook(accept: string | null | undefined): boolean {
  if (!accept) return false;
  return accept.split(',').some((part) => {
    const [type, ...params] = part.trim().split(';');
    if (type?.trim().toLowerCase() !== XLSX_MEDIA_TYPE) return false;
    const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    return q === undefined || Number(q.slice(2)) > 0;
  });
}

/**
 * The attainment phrase of a row: "đạt 285% KH", or for a reduction the cut and its progress.
 * @example
 * rowPhrase(row, indicator, 'vi'); // 'bằng 60% KH'
 */
export function rowPhrase(
  row: AttainmentRow,
  indicator: Indicator | undefined,
  lang: 'vi' | 'en',
): string {
  return indicator?.direction === 'reduction'
    ? reductionPhrase({ cut: row.actual, baseline: row.baseline, unit: indicator.unit }, { lang })
    : attainmentPhrase(row, {
        lang,
        ...(indicator && { verb: indicator.verb, basis: indicator.basis }),
      });
}

/**
 * The same report as the JSON answer, as the printable workbook of `@cadre/xlsx` (Vietnamese
 * unless `lang` is 'en'). Null when the programme does not exist, as the JSON answer's 404.
 * @example
 * const bytes = await attainmentWorkbook(deps, query, 'vi', version);
 */
export async function attainmentWorkbook(
  deps: RouteDeps,
  query: AttainmentQuery,
  lang: 'vi' | 'en' | undefined,
  version: string | undefined,
): Promise<Uint8Array<ArrayBuffer> | null> {
  const programme = await deps.store.getProgramme(query.programme);
  if (programme === null) return null;
  const result = await deps.store.queryAttainment(query);
  const index = await deps.reads.orgUnitIndex(version);
  const language = lang ?? 'vi';
  const bytes = await writeAttainmentWorkbook([{ programme, rows: result.rows }], {
    asOf: query.asOf,
    lang: language,
    unitName: (code) => index.get(code)?.name,
    phrase: (row, indicator) => rowPhrase(row, indicator, language),
  });
  return new Uint8Array(bytes);
}
