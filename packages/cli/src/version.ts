import { readFileSync } from 'node:fs';

/**
 * The package version, read from package.json beside `src/` and `dist/` alike.
 * @example
 * cliVersion(); // '0.1.0'
 */
export function cliVersion(): string {
  try {
    const text = readFileSync(new URL('../package.json', import.meta.url), 'utf8');
    return (JSON.parse(text) as { version?: string }).version ?? 'unknown';
  } catch {
    // A bundler that moved the file: the version is informative, never worth a failure.
    return 'unknown';
  }
}
