import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';

const mustRun = process.env.CI === 'true' || process.env.CI === '1';
/**
 * Whether the LibreOffice tests run: when `soffice` runs here, and always under CI=true, where a
 * missing LibreOffice fails them instead of skipping them.
 */
export const SOFFICE =
  mustRun || spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
export const NO_SOFFICE =
  'skipped: LibreOffice (soffice) is not installed (apt-get install libreoffice-calc-nogui; under CI=true these tests fail instead)';

/**
 * Converts a file with LibreOffice headless and returns the converted bytes. Each call gets its
 * own profile folder, so parallel test files do not share LibreOffice's lock.
 */
export function sofficeConvert(
  bytes: Uint8Array,
  name: string,
  to: string,
  options: { infilter?: string } = {},
): Buffer {
  const dir = mkdtempSync(join(tmpdir(), 'cadre-soffice-'));
  const input = join(dir, name);
  writeFileSync(input, bytes);
  execFileSync(
    'soffice',
    [
      `-env:UserInstallation=file://${join(dir, 'profile')}`,
      '--headless',
      ...(options.infilter ? [`--infilter=${options.infilter}`] : []),
      '--convert-to',
      to,
      '--outdir',
      join(dir, 'out'),
      input,
    ],
    { stdio: 'pipe', timeout: 120_000 },
  );
  const ext = to.split(':')[0]!;
  return readFileSync(join(dir, 'out', `${basename(name, extname(name))}.${ext}`));
}
