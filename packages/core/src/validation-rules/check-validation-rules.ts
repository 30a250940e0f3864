import type { Decimal } from 'decimal.js';
import { disaggregationKey } from '../attainment/cell-key.js';
import { PreciseDecimal } from '../attainment/decimal-text.js';
import type { AttainmentRow } from '../attainment/types.js';
import { formatNumber } from '../format/format-number.js';
import type { Programme, RuleOperator, RuleTerm, ValidationRule } from '../programmes/schema.js';
import { type Issue, issue } from '../result/issue.js';

const HOLDS: Record<RuleOperator, (c: number) => boolean> = {
  '<=': (c) => c <= 0,
  '<': (c) => c < 0,
  '==': (c) => c === 0,
  '>=': (c) => c >= 0,
  '>': (c) => c > 0,
  '!=': (c) => c !== 0,
};
const SIGN: Record<RuleOperator, string> = {
  '<=': '≤',
  '<': '<',
  '==': '=',
  '>=': '≥',
  '>': '>',
  '!=': '≠',
};

/**
 * Whether `left op right` holds, exactly.
 * @example
 * ruleHolds(new Decimal(151), '<=', new Decimal(173)); // true
 */
export function ruleHolds(left: Decimal, op: RuleOperator, right: Decimal): boolean {
  return HOLDS[op](left.comparedTo(right));
}

const termKey = (indicator: string, breakdown: Record<string, string>) =>
  `${indicator}\u001f${disaggregationKey(breakdown)}`;

/** The actuals of one (unit, period) of a report, by indicator and breakdown. */
type Place = { orgUnit: string; start: string; end: string; actuals: Map<string, Decimal> };

function places(rows: readonly AttainmentRow[]): Place[] {
  const out = new Map<string, Place>();
  for (const r of rows) {
    const key = `${r.orgUnit}\u001f${r.period.start}\u001f${r.period.end}`;
    let place = out.get(key);
    if (place === undefined) {
      place = { orgUnit: r.orgUnit, start: r.period.start, end: r.period.end, actuals: new Map() };
      out.set(key, place);
    }
    place.actuals.set(termKey(r.indicator, r.disaggregation), r.actual);
  }
  return [...out.values()];
}

function sum(terms: readonly RuleTerm[], actuals: Map<string, Decimal>): Decimal | null {
  let total: Decimal = new PreciseDecimal(0);
  for (const t of terms) {
    const v = actuals.get(termKey(t.indicator, t.breakdown));
    if (v === undefined) return null;
    total = total.plus(v);
  }
  return total;
}

const termText = (terms: readonly RuleTerm[]) =>
  terms
    .map((t) => {
      const b = disaggregationKey(t.breakdown);
      return b === '' ? t.indicator : `${t.indicator}[${b}]`;
    })
    .join(' + ');

function violation(rule: ValidationRule, index: number, place: Place, l: Decimal, r: Decimal) {
  const { orgUnit, start, end } = place;
  const fig = (d: Decimal, locale: 'vi' | 'en') => formatNumber(d, { locale });
  const sides = `${termText(rule.left)} ${SIGN[rule.op]} ${termText(rule.right)}`;
  return issue(
    'validation_rule.violated',
    ['validationRules', index],
    `validation rule ${rule.code} (${rule.name.en ?? rule.name.vi}) fails at ${orgUnit}, ${start} to ${end}: ${fig(l, 'en')} ${SIGN[rule.op]} ${fig(r, 'en')} is false (${sides})`,
    `quy tắc kiểm tra ${rule.code} (${rule.name.vi}) không thỏa tại ${orgUnit}, ${start} đến ${end}: ${fig(l, 'vi')} ${SIGN[rule.op]} ${fig(r, 'vi')} là sai (${sides})`,
    { rule: rule.code, orgUnit, period: { start, end }, left: l.toString(), right: r.toString() },
  );
}

/**
 * Checks a programme's validation rules against a report's rows: at each unit and period of
 * the report, a rule whose every term has a row there sums each side's actuals and compares
 * them exactly; one issue per rule, unit and period where the comparison fails. A rule with a
 * term missing at a place (no target for that cell, or a filtered report) is not checked there.
 * @example
 * checkValidationRules(programme, report.rows); // [] when 30 + 117 + 4 ≤ 173
 */
export function checkValidationRules(
  programme: Pick<Programme, 'validationRules'>,
  rows: readonly AttainmentRow[],
): Issue[] {
  const rules = programme.validationRules ?? [];
  if (rules.length === 0) return [];
  const out: Issue[] = [];
  for (const place of places(rows)) {
    rules.forEach((rule, index) => {
      const l = sum(rule.left, place.actuals);
      const r = sum(rule.right, place.actuals);
      if (l !== null && r !== null && !ruleHolds(l, rule.op, r)) {
        out.push(violation(rule, index, place, l, r));
      }
    });
  }
  return out;
}
