import { Decimal } from 'decimal.js';
import { isoDate } from '../../dates/calendar-date.js';
import { ok, type Result } from '../../result/issue.js';
import type { PerformanceEvaluationPack, PerformanceGrade } from '../book/pack-schema.js';
import { builtInRuleBook, type RuleBook } from '../book/rule-book.js';
import { formatRuleReference, type Violation } from '../book/violation.js';

/** One civil servant's grade for the year, with the unit and task group it counts in. */
export interface GradedPerson {
  personId: string;
  orgUnit: string;
  /** Group of civil servants with similar tasks (nhóm công chức có nhiệm vụ tương đồng). */
  taskGroup: string;
  grade: PerformanceGrade;
}

/** One unit and task group: how many were graded excellent and good, and the most excellent allowed. */
export interface ExcellentCapGroup {
  orgUnit: string;
  taskGroup: string;
  excellent: number;
  good: number;
  /** good × the pack's share, exact; excellent may not exceed it. */
  maxExcellent: Decimal;
}

/** The groups checked, the violations, and the pack; `pack` null when no rule is in force. */
export interface ExcellentCapCheck {
  groups: ExcellentCapGroup[];
  violations: Violation[];
  pack: PerformanceEvaluationPack | null;
}

/**
 * Checks a year's grades against the cap of the performance pack in force on 31 December (NĐ
 * 335/2025): within one unit and one task group, those graded excellent may not exceed 20% of
 * those graded good. Exact: 2 excellent against 10 good is at the cap, 3 is over. Before the pack
 * takes effect there is no cap: no groups are judged.
 * @example
 * checkExcellentCap(grades, { year: 2026 }).value.violations[0]?.code; // 'performance.excellent_over_cap'
 */
export function checkExcellentCap(
  grades: readonly GradedPerson[],
  options: { year: number; book?: RuleBook; scope?: string },
): Result<ExcellentCapCheck> {
  const book = options.book ?? builtInRuleBook();
  const found = book.packInForce(
    'performance_evaluation',
    isoDate(options.year, 12, 31),
    options.scope === undefined ? {} : { scope: options.scope },
  );
  if (!found.ok) return ok({ groups: [], violations: [], pack: null });
  const pack = found.value;
  const share = new Decimal(pack.params.excellentMaxShareOfGood);
  const cells = new Map<string, ExcellentCapGroup & { at: number }>();
  grades.forEach((g, i) => {
    const key = `${g.orgUnit}\u0000${g.taskGroup}`;
    const cell = cells.get(key) ?? {
      orgUnit: g.orgUnit,
      taskGroup: g.taskGroup,
      excellent: 0,
      good: 0,
      maxExcellent: new Decimal(0),
      at: i,
    };
    if (g.grade === 'excellent') cell.excellent += 1;
    if (g.grade === 'good') cell.good += 1;
    cells.set(key, cell);
  });
  const reference = formatRuleReference(pack.reference);
  const groups: ExcellentCapGroup[] = [];
  const violations: Violation[] = [];
  for (const { at, ...cell } of cells.values()) {
    const group = { ...cell, maxExcellent: share.times(cell.good) };
    groups.push(group);
    if (group.maxExcellent.gte(group.excellent)) continue;
    const pct = share.times(100).toString();
    violations.push({
      code: 'performance.excellent_over_cap',
      severity: 'error',
      message: `grades[${at}]: unit ${cell.orgUnit}, task group "${cell.taskGroup}": ${cell.excellent} graded excellent against ${cell.good} graded good; expected at most ${pct}% of them (${group.maxExcellent.toString()})`,
      messageVi: `grades[${at}]: đơn vị ${cell.orgUnit}, nhóm nhiệm vụ "${cell.taskGroup}": ${cell.excellent} người hoàn thành xuất sắc so với ${cell.good} người hoàn thành tốt; tối đa ${pct}% số người hoàn thành tốt (${group.maxExcellent.toString().replace('.', ',')})`,
      reference,
      packId: pack.id,
      path: ['grades', at],
      input: {
        orgUnit: cell.orgUnit,
        taskGroup: cell.taskGroup,
        excellent: cell.excellent,
        good: cell.good,
      },
    });
  }
  return ok({ groups, violations, pack });
}
