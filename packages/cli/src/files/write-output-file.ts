import { randomBytes } from 'node:crypto';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { usageError } from '../run/usage-error.js';

/**
 * Writes an output file whole or not at all: the bytes go to a hidden file beside it, which is
 * then renamed over the target, so a reader never sees half a workbook and a failed write
 * leaves the old file in place.
 * @example
 * writeOutputFile('report.xlsx', '/home/sonv', bytes, '--out'); // '/home/sonv/report.xlsx'
 */
export function writeOutputFile(
  name: string,
  cwd: string,
  data: Uint8Array | string,
  option: string,
): string {
  const path = resolve(cwd, name);
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    writeFileSync(temp, data);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    const code = (error as { code?: string }).code ?? 'EIO';
    throw usageError(
      {
        vi: `${option}: không ghi được tệp "${name}" (${code}); cần một thư mục có quyền ghi`,
        en: `${option}: cannot write file "${name}" (${code}); expected a writable folder`,
      },
      [option],
    );
  }
  return path;
}
