import { readFileSync } from 'node:fs';

/**
 * Reads a JSON file of this example's `data/` folder, NFC-normalised.
 * @example
 * const input = readDataJson<ProgrammeInput>('programme.json');
 */
export function readDataJson<T>(name: string): T {
  const text = readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8');
  return JSON.parse(text.normalize('NFC')) as T;
}
