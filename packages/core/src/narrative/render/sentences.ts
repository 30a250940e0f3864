import type { AttainmentRow } from '../../attainment/types.js';
import type { Indicator, Programme } from '../../programmes/schema.js';
import { CadreError } from '../../result/error.js';
import type { ParsedTemplates } from './check-templates.js';
import { fillTemplate, type TemplatePart } from './template.js';
import { rowValues } from './values.js';

type Lang = 'vi' | 'en';
type Escape = (value: string) => string;

/** A report row with its indicator and what tells it from the indicator's other rows. */
export interface LabelledRow {
  row: AttainmentRow;
  indicator: Indicator;
  /** " (04; level: master)" when the indicator has several rows, else ''. */
  suffix: string;
}

/**
 * Pairs each row with its indicator. An indicator with several rows (org units, breakdowns,
 * sub-periods) gets a suffix naming what tells them apart.
 * @example
 * labelRows(report.rows, programme)[1].suffix; // ' (level: master)'
 */
export function labelRows(rows: readonly AttainmentRow[], programme: Programme): LabelledRow[] {
  const indicators = new Map(programme.indicators.map((i) => [i.code, i]));
  const siblings = new Map<string, AttainmentRow[]>();
  for (const row of rows)
    siblings.set(row.indicator, [...(siblings.get(row.indicator) ?? []), row]);
  return rows.map((row, index) => {
    const indicator = indicators.get(row.indicator);
    if (!indicator) {
      throw new CadreError(
        'invalid_argument',
        `report row ${index} names indicator "${row.indicator}", which programme ${programme.code} does not define`,
        { path: ['report', 'rows', index, 'indicator'] },
      );
    }
    const same = siblings.get(row.indicator) ?? [];
    if (same.length < 2) return { row, indicator, suffix: '' };
    const differs = (f: (r: AttainmentRow) => string) => new Set(same.map(f)).size > 1;
    const parts: string[] = [];
    if (differs((r) => r.orgUnit)) parts.push(row.orgUnit);
    const breakdown = Object.entries(row.disaggregation).map(([k, v]) => `${k}: ${v}`);
    if (breakdown.length > 0) parts.push(breakdown.join(', '));
    if (differs((r) => `${r.period.start}|${r.period.end}`)) {
      parts.push(`${row.period.start}–${row.period.end}`);
    }
    return { row, indicator, suffix: parts.length > 0 ? ` (${parts.join('; ')})` : '' };
  });
}

function usesPlace(parts: readonly TemplatePart[]): boolean {
  return parts.some((p) =>
    'group' in p
      ? usesPlace(p.group)
      : 'placeholder' in p && (p.placeholder === 'orgUnit' || p.placeholder === 'breakdown'),
  );
}

/** The row's values with the suffix on its name (escaped once, by the template filler). */
function named(r: LabelledRow, lang: Lang) {
  const values = rowValues(r.row, r.indicator, lang);
  return { ...values, name: `${values.name ?? ''}${r.suffix}` };
}

/**
 * The clause of one row: the indicator's own wording in `lang`, else the default clause (the
 * reduction clause for a reduction indicator). Wording that does not place the row itself
 * ({orgUnit}, {breakdown}) gets the row's suffix.
 * @example
 * clauseOf(rows[0], templates, 'vi', (v) => v); // 'cử 30 công chức, viên chức …, đạt 300% chỉ tiêu'
 */
export function clauseOf(
  r: LabelledRow,
  templates: ParsedTemplates,
  lang: Lang,
  escapeValue: Escape,
) {
  const own = templates.wording.get(r.indicator.code);
  if (own) {
    const text = fillTemplate(own, rowValues(r.row, r.indicator, lang), escapeValue);
    return usesPlace(own) ? text : `${text}${escapeValue(r.suffix)}`;
  }
  const paragraph = templates.paragraph;
  const fallback =
    r.indicator.direction === 'reduction' ? paragraph.reductionClause : paragraph.clause;
  return fillTemplate(fallback, named(r, lang), escapeValue);
}

/**
 * The "Tuy nhiên" / "However" sentence: indicators not started; those behind the pro-rata pace
 * (the elapsed share of the period) with their phrase; and those not met though on pace. A group
 * whose template is empty is left out. Empty when every indicator is on pace and met.
 * @example
 * howeverOf(rows, templates, 'vi', (v) => v); // 'Tuy nhiên, chưa thực hiện: Đào tạo tiến sĩ; …'
 */
export function howeverOf(
  rows: readonly LabelledRow[],
  templates: ParsedTemplates,
  lang: Lang,
  escapeValue: Escape,
): string {
  const t = templates.paragraph;
  const keep = (s: string) => s;
  const notStarted = rows.filter((r) => r.row.status === 'not_started');
  const behind = rows.filter((r) => r.row.status !== 'not_started' && r.row.onTrack === false);
  const notMet = rows.filter((r) => r.row.status === 'not_met' && r.row.onTrack !== false);
  const groups: string[] = [];
  if (notStarted.length > 0) {
    const names = notStarted.map((r) => escapeValue(named(r, lang).name)).join(', ');
    groups.push(fillTemplate(t.notStarted, { names }, keep));
  }
  if (behind.length > 0) {
    const names = behind
      .map((r) => fillTemplate(t.behindItem, named(r, lang), escapeValue))
      .join(', ');
    groups.push(fillTemplate(t.behind, { names }, keep));
  }
  if (notMet.length > 0) {
    const names = notMet
      .map((r) => fillTemplate(t.notMetItem, named(r, lang), escapeValue))
      .join(', ');
    groups.push(fillTemplate(t.notMet, { names }, keep));
  }
  // An empty group template leaves its group out.
  const items = groups.filter((g) => g !== '');
  if (items.length === 0) return '';
  return fillTemplate(t.however, { items: items.join('; ') }, keep);
}
