import type { AttainmentReport } from '../../attainment/types.js';
import type { IsoDate } from '../../dates/calendar-date.js';
import type { Programme } from '../../programmes/schema.js';
import { CadreError } from '../../result/error.js';
import { ok, type Result } from '../../result/issue.js';
import { parseNarrativeTemplates } from './check-templates.js';
import type { NarrativeTemplate } from './defaults.js';
import { clauseOf, howeverOf, labelRows } from './sentences.js';
import { fillTemplate } from './template.js';
import { openingValues } from './values.js';

/** Options of `renderNarrative`. */
export interface NarrativeOptions {
  /** The programme the report was computed for (its legal basis, titles and wording). */
  programme: Programme;
  lang: 'vi' | 'en';
  /** The review date; must be the report's `asOf`. */
  asOf: IsoDate;
  /** 'text' (default): one paragraph; 'markdown': opening, a bullet per clause, then "Tuy nhiên". */
  format?: 'text' | 'markdown';
  /** Overrides of the paragraph templates in `lang` (see `NarrativeTemplate`). */
  template?: Partial<NarrativeTemplate>;
}

const MARKDOWN_SPECIAL = /[\\`*_[\]<>#|]/g;

/**
 * Writes the review paragraph of a report: an opening that names the programme and its legal
 * basis ("Thực hiện Chương trình số 12-CTr/TU ngày 9/5/2016 của Tỉnh ủy Cao Bằng …"), one
 * clause per indicator with actuals in the programme's own wording (`indicator.wording.vi/en`,
 * or `{name}: {actual} {unit}[, {phrase}]`) with the attainment phrase under the rounding rule,
 * then a "Tuy nhiên" ("However") sentence naming the indicators not started, those behind the
 * pro-rata pace, and those not met. Indicators with nothing done appear only there. Output is
 * NFC. Malformed templates come back as issues; a report of another programme or date throws.
 * @example
 * const r = renderNarrative(report, { programme, lang: 'vi', asOf: '2019-05-20' });
 * if (r.ok) r.value; // 'Thực hiện Chương trình số 12-CTr/TU ngày 9/5/2016 … Tuy nhiên, chưa thực hiện: …'
 */
export function renderNarrative(
  report: AttainmentReport,
  options: NarrativeOptions,
): Result<string> {
  const { programme, lang } = options;
  if (report.programme !== programme.code) {
    throw new CadreError(
      'invalid_argument',
      `the report is of programme ${report.programme}, not ${programme.code}`,
      { path: ['programme'] },
    );
  }
  if (report.asOf !== options.asOf) {
    throw new CadreError(
      'invalid_argument',
      `the report was computed as of ${report.asOf}, not ${options.asOf}; recompute it for that date`,
      { path: ['asOf'] },
    );
  }
  const parsed = parseNarrativeTemplates(programme, lang, options.template);
  if (!parsed.ok) return parsed;
  const markdown = options.format === 'markdown';
  const escapeValue = markdown
    ? (v: string) => v.replace(MARKDOWN_SPECIAL, '\\$&')
    : (v: string) => v;
  const templates = parsed.value;
  const rows = labelRows(report.rows, programme);
  const openingFacts = openingValues(programme, options.asOf, lang);
  const opening = fillTemplate(templates.paragraph.opening, openingFacts, escapeValue);
  const clauses = rows
    .filter((r) => r.row.status !== 'not_started')
    .map((r) => clauseOf(r, templates, lang, escapeValue));
  const however = howeverOf(rows, templates, lang, escapeValue);

  let text: string;
  if (markdown) {
    const list = clauses.map((c, i) => `- ${c}${i === clauses.length - 1 ? '.' : ';'}`);
    text = [opening, list.join('\n'), however].filter((p) => p !== '').join('\n\n');
  } else {
    const body = clauses.length > 0 ? ` ${clauses.join('; ')}.` : '';
    text = `${opening}${body}${however === '' ? '' : ` ${however}`}`;
  }
  return ok(text.normalize('NFC'));
}
