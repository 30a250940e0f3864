import type { ExtractedFigure, FigureReconciliation, IntRange } from '@cadre/core';
import { type Lang, say } from '../../run/text.js';

const KIND_NAMES: Record<ExtractedFigure['kind'], { vi: string; en: string }> = {
  quantity: { vi: 'số lượng', en: 'quantity' },
  percent: { vi: 'tỷ lệ', en: 'percent' },
  exceed: { vi: 'vượt', en: 'exceed' },
  target: { vi: 'chỉ tiêu', en: 'target' },
  vague: { vi: 'ước lượng', en: 'vague' },
  duration: { vi: 'thời gian', en: 'duration' },
  period: { vi: 'thời kỳ', en: 'period' },
  reference: { vi: 'văn bản', en: 'reference' },
  not_started: { vi: 'chưa thực hiện', en: 'not started' },
  not_met: { vi: 'chưa đạt', en: 'not met' },
};

const WIDTH = 60;

/**
 * The cells of one extracted figure for the table of `cadre extract`: the line it starts on,
 * its kind, its text (shortened) and what was read, with the targets a percentage can stand for.
 * @example
 * figureCells(figure, reconciliation, text, 'vi'); // ['42', 'số lượng', 'luân chuyển 24 cán bộ …', '24; bằng 60% KH; KH 40']
 */
export function figureCells(
  figure: ExtractedFigure,
  reconciliation: FigureReconciliation | undefined,
  text: string,
  lang: Lang,
): string[] {
  const line = text.slice(0, figure.span[0]).split('\n').length;
  const shown = figure.text.replace(/\s+/g, ' ');
  const short = [...shown].length > WIDTH ? `${[...shown].slice(0, WIDTH - 1).join('')}…` : shown;
  return [
    String(line),
    say(KIND_NAMES[figure.kind], lang),
    short,
    readAs(figure, reconciliation, lang),
  ];
}

function readAs(f: ExtractedFigure, r: FigureReconciliation | undefined, lang: Lang): string {
  switch (f.kind) {
    case 'quantity': {
      const parts = [f.actual.text];
      if (f.percent) parts.push(f.percent.text);
      if (f.target) parts.push(`${say({ vi: 'chỉ tiêu', en: 'target' }, lang)} ${f.target.value}`);
      const fit = r?.interval?.union;
      if (fit) parts.push(`${say({ vi: 'KH khớp', en: 'fitting targets' }, lang)} ${range(fit)}`);
      return parts.join('; ');
    }
    case 'percent':
      return f.percent.text;
    case 'exceed':
      return say(
        {
          vi: `${f.exceed.readings.percentOfPlan}% KH hoặc hơn ${f.exceed.by} điểm % (chưa rõ)`,
          en: `${f.exceed.readings.percentOfPlan}% of plan or ${f.exceed.by} points over (ambiguous)`,
        },
        lang,
      );
    case 'target':
      return f.target.value;
    case 'vague':
      return say(
        { vi: `${f.quantifier}: không phải số`, en: `${f.quantifier}: not a number` },
        lang,
      );
    case 'duration':
      return `${f.amount.text} ${f.unit}`;
    case 'period':
      return `${f.period.start} – ${f.period.end}${f.subject ? ` (${f.subject})` : ''}`;
    case 'reference':
      return f.symbol;
    case 'not_started':
      return say({ vi: `0 (chưa ${f.verb})`, en: `0 (not yet: ${f.verb})` }, lang);
    case 'not_met':
      return say({ vi: 'chưa đạt', en: 'not met' }, lang);
  }
}

function range(r: IntRange): string {
  if (r.max === null) return `≥ ${r.min}`;
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}
