// Compact views of extracted figures, so that acceptance tests can list by hand what a careful
// reader finds in a seed, one line per statement.
import type { ExtractedFigure } from '../extract/types.js';

export type Summary = Record<string, unknown>;

/**
 * The fields a reader would write down for a figure, with its text.
 * @example
 * summarise(extractFigures('cử 241 cán bộ')[0]); // { kind: 'quantity', text: 'cử 241 cán bộ', actual: '241', noun: 'cán bộ', verb: 'cử' }
 */
export function summarise(f: ExtractedFigure): Summary {
  switch (f.kind) {
    case 'quantity': {
      const out: Summary = { kind: f.kind, text: f.text, actual: f.actual.value, noun: f.noun };
      if (f.verb !== undefined) out.verb = f.verb;
      if (f.actual.qualifier !== 'exact') out.qualifier = f.actual.qualifier;
      if (f.target) out.target = [f.target.value, f.target.noun];
      if (f.percent) {
        const p = f.percent;
        out.percent = [p.verb ?? null, p.qualifier, p.value, p.basis ?? null];
      }
      return out;
    }
    case 'duration':
      return { kind: f.kind, text: f.text, amount: f.amount.value, qualifier: f.amount.qualifier, unit: f.unit };
    case 'vague':
      return { kind: f.kind, text: f.text, quantifier: f.quantifier, noun: f.noun };
    case 'period': {
      const out: Summary = { kind: f.kind, text: f.text, start: f.period.start, end: f.period.end };
      if (f.period.kind !== 'phase') out.periodKind = f.period.kind;
      if (f.subject !== undefined) out.subject = f.subject;
      return out;
    }
    case 'reference':
      return { kind: f.kind, text: f.text, symbol: f.symbol, date: f.ref.date ?? null };
    case 'not_started':
      return { kind: f.kind, text: f.text, verb: f.verb, what: f.what };
    case 'not_met':
      return { kind: f.kind, text: f.text, what: f.what, basis: f.basis ?? null };
    default:
      return { kind: f.kind, text: f.text };
  }
}

/**
 * The summary of an amount, as an expected list writes it.
 * @example
 * q('cử 241 cán bộ', '241', 'cán bộ', { verb: 'cử' });
 */
export const q = (
  text: string,
  actual: string,
  noun: string,
  extra: Summary = {},
): Summary => ({ kind: 'quantity', text, actual, noun, ...extra });
