import type { ExtractedFigure, PeriodFigure } from '../extract/types.js';
import type { FigureFlag } from './reconcile-figures.js';

/**
 * Flags period mentions of one programme that disagree with its first mention: seed 000 names
 * QĐ 106/QĐ-TTg's project "giai đoạn 2007 – 2010" three times, then "giai đoạn 2006-2010".
 * Mentions without a subject are never compared: two programmes may well run over different
 * periods (seed 001).
 * @example
 * periodContradictions(extractFigures(seed000))[0].code; // 'period.contradiction'
 */
export function periodContradictions(figures: readonly ExtractedFigure[]): FigureFlag[] {
  const first = new Map<string, { index: number; figure: PeriodFigure }>();
  const flags: FigureFlag[] = [];
  figures.forEach((figure, index) => {
    if (figure.kind !== 'period' || figure.subject === undefined) return;
    const seen = first.get(figure.subject);
    if (!seen) {
      first.set(figure.subject, { index, figure });
      return;
    }
    const a = seen.figure.period;
    const b = figure.period;
    if (a.start === b.start && a.end === b.end) return;
    const earlier = seen.figure.text;
    const subject = figure.subject;
    flags.push({
      code: 'period.contradiction',
      path: ['figures', index, 'period'],
      message: `figure ${index} gives ${subject} the period "${figure.text}" (${b.start} to ${b.end}), but figure ${seen.index} gave it "${earlier}" (${a.start} to ${a.end}); expected one period per programme`,
      messageVi: `số liệu ${index} ghi thời kỳ của ${subject} là "${figure.text}" (${b.start} đến ${b.end}), nhưng số liệu ${seen.index} đã ghi "${earlier}" (${a.start} đến ${a.end}); mỗi chương trình chỉ có một thời kỳ`,
      input: figure.text,
      figures: [seen.index, index],
    });
  });
  return flags;
}
