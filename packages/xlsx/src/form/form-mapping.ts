import { z } from 'zod';

/** The figures of one report row a form can take, by the names of the CSV and JSON reports. */
export const ROW_FIELDS = [
  'no',
  'programme',
  'indicator',
  'indicator_name',
  'org_unit',
  'org_unit_name',
  'period_start',
  'period_end',
  'target',
  'actual',
  'ratio',
  'percent',
  'status',
  'phrase',
] as const;

/** Figures of the whole report a form can take: the review date and the programme. */
export const REPORT_FIELDS = ['as_of', 'programme', 'programme_title', 'issuer'] as const;

/** A row field, as in `ROW_FIELDS`. */
export type RowField = (typeof ROW_FIELDS)[number];
/** A report field, as in `REPORT_FIELDS`. */
export type ReportField = (typeof REPORT_FIELDS)[number];

const CELL = /^[A-Z]{1,3}[1-9]\d{0,6}$/;
const COLUMN = /^[A-Z]{1,3}$/;
/** Rows a form may reserve for report rows: a named limit, never the whole sheet. */
export const MAX_FORM_ROWS = 10_000;

const cellRef = z.string().regex(CELL, 'expected a cell such as "C12"');

/**
 * Which report figure goes to which cell of an agency's form (see docs/xlsx.md):
 * - `sheet`: the sheet to fill (default: the first one);
 * - `cells`: one cell per figure, either a report field (`"C4": "as_of"`) or one row's figure
 *   (`"E10": { "figure": "actual", "indicator": "sent", "org_unit": "04" }`);
 * - `rows`: the report's rows, one per form row from `first` to `last`, each column taking a row
 *   field (`"columns": { "B": "org_unit_name", "D": "target" }`), optionally only one indicator.
 */
export const FormMappingSchema = z
  .object({
    sheet: z.string().min(1).optional(),
    cells: z
      .record(
        cellRef,
        z.union([
          z.enum(REPORT_FIELDS),
          z
            .object({
              figure: z.enum(ROW_FIELDS),
              indicator: z.string().min(1),
              org_unit: z.string().min(1),
            })
            .strict(),
        ]),
      )
      .default({}),
    rows: z
      .object({
        first: z.number().int().min(1),
        last: z.number().int().min(1),
        indicator: z.string().min(1).optional(),
        columns: z.record(
          z.string().regex(COLUMN, 'expected a column such as "D"'),
          z.enum(ROW_FIELDS),
        ),
      })
      .strict()
      .refine((r) => r.last >= r.first, { message: 'expected last ≥ first', path: ['last'] })
      .refine((r) => r.last - r.first < MAX_FORM_ROWS, {
        message: `expected at most ${MAX_FORM_ROWS} rows`,
        path: ['last'],
      })
      .optional(),
  })
  .strict();

/** A form mapping after parsing. */
export type FormMapping = z.infer<typeof FormMappingSchema>;
