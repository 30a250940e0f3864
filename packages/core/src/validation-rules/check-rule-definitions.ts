import type { ValidationRule } from '../programmes/schema.js';
import { type Issue, issue } from '../result/issue.js';

/**
 * The definition issues of a programme's validation rules: a code used twice, or a term naming
 * an indicator the programme does not have. Paths point at the rule or the term.
 * @example
 * checkRuleDefinitions(rules, new Set(['master_level', 'master_education']));
 */
export function checkRuleDefinitions(
  rules: readonly ValidationRule[],
  indicators: ReadonlySet<string>,
): Issue[] {
  const out: Issue[] = [];
  const seen = new Map<string, number>();
  rules.forEach((rule, r) => {
    const first = seen.get(rule.code);
    if (first !== undefined) {
      out.push(
        issue(
          'programme.validation_rule.duplicate_code',
          ['validationRules', r, 'code'],
          `validationRules[${r}].code: "${rule.code}" is already the code of validationRules[${first}]; expected a code used once`,
          `validationRules[${r}].code: mã "${rule.code}" đã dùng cho validationRules[${first}]; mỗi mã chỉ dùng một lần`,
          rule.code,
        ),
      );
    } else seen.set(rule.code, r);
    for (const side of ['left', 'right'] as const) {
      rule[side].forEach((term, t) => {
        if (indicators.has(term.indicator)) return;
        const where = `validationRules[${r}].${side}[${t}].indicator`;
        out.push(
          issue(
            'programme.validation_rule.unknown_indicator',
            ['validationRules', r, side, t, 'indicator'],
            `${where}: "${term.indicator}" is not an indicator of the programme; expected one of ${[...indicators].join(', ')}`,
            `${where}: "${term.indicator}" không phải chỉ số của chương trình; cần một trong: ${[...indicators].join(', ')}`,
            term.indicator,
          ),
        );
      });
    }
  });
  return out;
}
