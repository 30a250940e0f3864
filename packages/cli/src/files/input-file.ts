import { accessSync, constants, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { usageError } from '../run/usage-error.js';

/**
 * Resolves a file named on the command line against the working directory and checks that it
 * is a readable file; a usage error naming the option and the path otherwise.
 * @example
 * inputFile('data/targets.csv', '/home/sonv', '--targets'); // '/home/sonv/data/targets.csv'
 */
export function inputFile(name: string, cwd: string, option: string): string {
  const path = resolve(cwd, name);
  let problem: { vi: string; en: string } | undefined;
  try {
    if (!statSync(path).isFile()) problem = { vi: 'không phải là tệp', en: 'is not a file' };
    else accessSync(path, constants.R_OK);
  } catch (error) {
    const code = (error as { code?: string }).code;
    problem =
      code === 'ENOENT'
        ? { vi: 'không tồn tại', en: 'does not exist' }
        : { vi: 'không đọc được', en: 'cannot be read' };
  }
  if (problem) {
    throw usageError(
      {
        vi: `${option}: tệp "${name}" ${problem.vi}; cần một tệp đọc được`,
        en: `${option}: file "${name}" ${problem.en}; expected a readable file`,
      },
      [option],
    );
  }
  return path;
}
