import { SaxesParser } from 'saxes';
import type { ZipPart } from './zip-parts.js';

/**
 * The shared strings of a workbook, streamed from `xl/sharedStrings.xml`: the text of each
 * `<si>`, rich-text runs joined, phonetic hints (`<rPh>`) left out.
 * @example
 * const strings = await sharedStrings(parts); strings[0]; // 'Đơn vị'
 */
export async function sharedStrings(parts: Map<string, ZipPart>): Promise<string[]> {
  const entry = parts.get('xl/sharedStrings.xml');
  if (entry === undefined) return [];
  const out: string[] = [];
  const parser = new SaxesParser();
  let text = '';
  let inT = false;
  let phonetic = 0;
  parser.on('opentag', (node) => {
    const name = localName(node.name);
    if (name === 'si') text = '';
    else if (name === 't' && phonetic === 0) inT = true;
    else if (name === 'rPh') phonetic++;
  });
  parser.on('text', (t) => {
    if (inT) text += t;
  });
  parser.on('closetag', (node) => {
    const name = localName(node.name);
    if (name === 't') inT = false;
    else if (name === 'rPh') phonetic--;
    else if (name === 'si') out.push(text);
  });
  const decoder = new TextDecoder();
  for await (const chunk of entry.stream()) {
    parser.write(decoder.decode(chunk as Buffer, { stream: true }));
  }
  parser.write(decoder.decode());
  parser.close();
  return out;
}

/** An element's name without its namespace prefix (`x:si` → `si`). */
export function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
