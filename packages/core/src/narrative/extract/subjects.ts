import { alternation, DOCUMENT_WORDS, WB } from '../grammar/words.js';
import type { TitleAnchor } from './find-references.js';
import { type Scan, sentenceIndex } from './scan.js';
import type { PeriodFigure, ReferenceFigure } from './types.js';

interface Anchor {
  start: number;
  end: number;
  key: string;
  sentence: number;
}

// A bare "đề án" / "Chương trình" right before the period ("thực hiện đề án giai đoạn 2007-2010").
const BARE_DOCUMENT = new RegExp(`${WB}(?:${alternation(DOCUMENT_WORDS)})\\s+$`, 'iu');

/**
 * Ties each period mention to the programme it belongs to, so that two mentions of one
 * programme can be compared. A period inside a quoted title belongs to that title; otherwise to
 * the nearest reference or title before it in its sentence; otherwise, after a bare document
 * word ("thực hiện đề án giai đoạn …"), to the text's programme when the text names only one.
 * A title quoted after a reference in the same sentence is that reference's ("quyết định
 * 106/QĐ-TTg … phê duyệt Đề án “…”").
 * @example
 * assignSubjects(scan, periods, references, titles); // periods[0].subject === '106/QĐ-TTg'
 */
export function assignSubjects(
  scan: Scan,
  periods: PeriodFigure[],
  references: readonly ReferenceFigure[],
  titles: readonly TitleAnchor[],
): void {
  const alias = new Map<string, string>();
  const refs: Anchor[] = references.map((r) => ({
    start: r.span[0],
    end: r.span[1],
    key: r.symbol,
    sentence: sentenceIndex(scan, r.span[0]),
  }));
  for (const t of titles) {
    const ref = [...refs].reverse().find((r) => r.sentence === t.sentence && r.end <= t.start);
    if (ref && !alias.has(t.key)) alias.set(t.key, ref.key);
  }
  const keyOf = (key: string) => alias.get(key) ?? key;
  const anchors = [...refs, ...titles].sort((a, b) => a.start - b.start);
  const subjects = new Set(anchors.map((a) => keyOf(a.key)));
  for (const p of periods) {
    const [start, end] = p.span;
    const sentence = sentenceIndex(scan, start);
    const inTitle = titles.find((t) => t.start <= start && end <= t.end);
    const before = [...anchors].reverse().find((a) => a.sentence === sentence && a.end <= start);
    const only = subjects.size === 1 ? [...subjects][0] : undefined;
    const bare = BARE_DOCUMENT.test(scan.text.slice(Math.max(0, start - 30), start));
    const key = inTitle?.key ?? before?.key ?? (bare ? only : undefined);
    if (key !== undefined) p.subject = keyOf(key);
  }
}
