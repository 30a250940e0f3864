import { readFileSync } from 'node:fs';

/**
 * Reads a JSON file shipped in this example's `data/` folder, NFC-normalised.
 * @example
 * const units = readDataJson<OrgUnitInput[]>('org-units.json');
 */
export function readDataJson<T>(name: string): T {
  return JSON.parse(readDataText(name)) as T;
}

/**
 * Reads a text file of `data/` (UTF-8, NFC).
 * @example
 * readDataText('targets.csv').split('\n')[0]; // the header line
 */
export function readDataText(name: string): string {
  return readFileSync(dataUrl(name), 'utf8').normalize('NFC');
}

/**
 * The URL of a file in `data/`, wherever the example is run from.
 * @example
 * dataUrl('programme.json').pathname.endsWith('/data/programme.json'); // true
 */
export function dataUrl(name: string): URL {
  return new URL(`../data/${name}`, import.meta.url);
}
