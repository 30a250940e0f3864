import type { ZipPart } from './zip-parts.js';

/** What the workbook part says about every sheet: the date system and the sheets in tab order. */
export interface WorkbookProps {
  date1904: boolean;
  /** Sheets in tab order, each with the zip path of its part. */
  sheets: { name: string; hidden: boolean; part: string | undefined }[];
}

/** An attribute of an XML start tag. */
export function attr(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];
}

/** XML text with its entities resolved. */
export function xmlText(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
    .replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(Number.parseInt(n, 16)))
    .replace(/&amp;/g, '&');
}

/**
 * Reads `xl/workbook.xml` and its relationships: the date system (`date1904="1"` or `"true"`,
 * both valid) and each sheet's name, visibility and part.
 * @example
 * const { date1904, sheets } = await workbookProps(await zipParts('targets.xlsx'));
 */
export async function workbookProps(parts: Map<string, ZipPart>): Promise<WorkbookProps> {
  const entry = parts.get('xl/workbook.xml');
  if (entry === undefined) throw new Error('no xl/workbook.xml part (not an .xlsx workbook)');
  const xml = (await entry.buffer()).toString('utf8');
  const relsEntry = parts.get('xl/_rels/workbook.xml.rels');
  const rels = relsEntry === undefined ? '' : (await relsEntry.buffer()).toString('utf8');
  const targets = new Map(
    [...rels.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)].map(([tag]) => {
      const target = attr(tag, 'Target') ?? '';
      const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
      return [attr(tag, 'Id'), path] as const;
    }),
  );
  const pr = /<(?:\w+:)?workbookPr\b[^>]*>/.exec(xml)?.[0] ?? '';
  const flag = attr(pr, 'date1904');
  const sheets = [...xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)].map(([tag]) => ({
    name: xmlText(attr(tag, 'name') ?? ''),
    hidden: (attr(tag, 'state') ?? 'visible') !== 'visible',
    part: targets.get(attr(tag, 'r:id')),
  }));
  return { date1904: flag === '1' || flag === 'true', sheets };
}
