import type { DecimalLike } from '../../attainment/decimal-text.js';
import { formatNumber } from '../../format/format-number.js';
import { checkReportedFigure } from '../../reconcile/check-reported-figure.js';
import { inferTargetInterval, type TargetInterval } from '../../reconcile/infer-target-interval.js';
import {
  parseReportedPercent,
  type ReportedPercent,
} from '../../reconcile/parse-reported-percent.js';
import type { Issue } from '../../result/issue.js';
import type { ExtractedFigure, ExtractedPercent, QuantityFigure } from '../extract/types.js';
import { REDUCTION_VERB } from '../grammar/words.js';
import { periodContradictions } from './period-contradictions.js';

/** What a reported percentage is of. */
export type Denominator = 'target' | 'baseline' | 'total';

/** The reconciliation of one `quantity` figure. Plain JSON. */
export interface FigureReconciliation {
  /** Index of the figure in the list given to `reconcileFigures`. */
  index: number;
  actual: string;
  /** The target the text states ("trong tổng số chỉ tiêu 40"), or null. */
  statedTarget: string | null;
  /**
   * What the percentage is of: a plan (`target`), the level a cut or a "so với năm …" is
   * measured against (`baseline`), or the whole a "chiếm X%" is a share of (`total`).
   */
  denominator: Denominator;
  /**
   * Whole-number denominators that fit the reported percentage, under rounding and under
   * truncation (see `inferTargetInterval`); null without a percentage, or when the amount or
   * the percentage is not exact ("hơn 3.000", "khoảng 70%").
   */
  interval: TargetInterval | null;
  /**
   * For "vượt X%": the targets under the 100 + X reading. The points reading needs the target
   * rate, which the text does not give, so it stays null; nothing is chosen between them.
   */
  exceed?: { percentOfPlan: TargetInterval | null; pointsOverTarget: null; ambiguous: true };
}

/** A finding about one or more figures: an `Issue` that names the figures it concerns. */
export interface FigureFlag extends Issue {
  /** Indexes of the figures concerned, in the list given. */
  figures: number[];
}

/** What `reconcileFigures` returns. Plain JSON. */
export interface ReconciledFigures {
  figures: FigureReconciliation[];
  flags: FigureFlag[];
}

/**
 * Reconciles extracted figures: for each amount with a percentage, the whole-number targets
 * (or baselines) it can stand for, through the core's `inferTargetInterval`; flags where a
 * stated target does not give the stated percentage (`reported.inconsistent`,
 * `reported.rounded_up` from `checkReportedFigure`), where no whole number can
 * (`figure.no_whole_target`), and where two mentions give one programme two periods
 * (`period.contradiction`, seed 000: "2007 – 2010" and "2006-2010" for QĐ 106).
 * `nearBand` is how far "gần X" / "hơn X" may be from X (default 1 point).
 * @example
 * const { figures } = reconcileFigures(extractFigures('chọn cử 430 cán bộ …, đạt 238% KH'));
 * figures[0].interval; // { rounding: { min: 181, max: 181 }, truncation: { min: 180, max: 180 }, … }
 */
export function reconcileFigures(
  figures: readonly ExtractedFigure[],
  options: { nearBand?: DecimalLike } = {},
): ReconciledFigures {
  const out: FigureReconciliation[] = [];
  const flags: FigureFlag[] = [];
  figures.forEach((figure, index) => {
    if (figure.kind !== 'quantity') return;
    const r = reconcileOne(figure, index, options.nearBand);
    out.push(r.reconciliation);
    flags.push(...r.flags);
  });
  flags.push(...periodContradictions(figures));
  return { figures: out, flags };
}

function reconcileOne(
  figure: QuantityFigure,
  index: number,
  nearBand: DecimalLike | undefined,
): { reconciliation: FigureReconciliation; flags: FigureFlag[] } {
  const flags: FigureFlag[] = [];
  const statedTarget = figure.target?.value ?? null;
  const reconciliation: FigureReconciliation = {
    index,
    actual: figure.actual.value,
    statedTarget,
    denominator: denominatorOf(figure),
    interval: null,
  };
  const exact = figure.actual.qualifier === 'exact';
  const band = nearBand === undefined ? {} : { nearBand };
  const reported = figure.percent && exact ? toReported(figure.percent) : null;
  if (reported) {
    reconciliation.interval = inferTargetInterval(figure.actual.value, reported, band);
    if (reconciliation.interval.union === null) flags.push(noWholeTarget(figure, index));
    if (statedTarget !== null && reconciliation.denominator === 'target') {
      const issues = checkReportedFigure({
        actual: figure.actual.value,
        target: statedTarget,
        reported,
        ...band,
      });
      for (const i of issues)
        flags.push({ ...i, path: ['figures', index, 'percent'], figures: [index] });
    }
  }
  if (figure.exceed && exact) {
    const e = figure.exceed;
    const ofPlan = toReported({
      value: e.readings.percentOfPlan,
      decimals: e.decimals,
      qualifier: e.qualifier,
      text: e.text,
      span: e.span,
    });
    reconciliation.exceed = {
      percentOfPlan: ofPlan ? inferTargetInterval(figure.actual.value, ofPlan, band) : null,
      pointsOverTarget: null,
      ambiguous: true,
    };
  }
  return { reconciliation, flags };
}

function denominatorOf(figure: QuantityFigure): Denominator {
  const p = figure.percent;
  if (p?.verb === 'chiếm') return 'total';
  if (p?.basis?.startsWith('so với năm') || p?.basis?.startsWith('so với cùng kỳ')) {
    return 'baseline';
  }
  return figure.verb !== undefined && REDUCTION_VERB.test(figure.verb) ? 'baseline' : 'target';
}

/** The core's reading of a percentage; null for "khoảng" and "dưới", which it does not read. */
function toReported(p: ExtractedPercent): ReportedPercent | null {
  const word = { exact: '', near: 'gần ', over: 'hơn ' } as Record<string, string | undefined>;
  const prefix = word[p.qualifier];
  if (prefix === undefined) return null;
  const shown = formatNumber(p.value, { locale: 'vi', decimals: p.decimals });
  const parsed = parseReportedPercent(`${prefix}${shown}%`);
  return parsed.ok ? { ...parsed.value, raw: p.text } : null;
}

function noWholeTarget(figure: QuantityFigure, index: number): FigureFlag {
  const pct = figure.percent?.text ?? '';
  const n = figure.actual.text;
  return {
    code: 'figure.no_whole_target',
    path: ['figures', index, 'percent'],
    message: `figure ${index} ("${figure.text}"): no whole-number target makes ${n} come to "${pct}"; expected a percentage that some target of whole people or units gives`,
    messageVi: `số liệu ${index} ("${figure.text}"): không có chỉ tiêu nguyên nào để ${n} thành "${pct}"; cần một tỷ lệ mà một chỉ tiêu nguyên có thể cho ra`,
    input: pct,
    figures: [index],
  };
}
