import { readFileSync } from 'node:fs';
import { inputFile } from '../../files/input-file.js';
import { usageError } from '../../run/usage-error.js';
import type { ReportOutput } from './report-view.js';

/** The form `--template` names and the mapping `--mapping` gives for it, read whole. */
export async function readTemplate(
  templateName: string,
  mappingName: string | undefined,
  cwd: string,
): Promise<NonNullable<ReportOutput['template']>> {
  if (mappingName === undefined) {
    throw usageError(
      {
        vi: '--template cần --mapping TỆP.json nói số liệu nào vào ô nào (xem docs/xlsx.md)',
        en: '--template needs --mapping FILE.json saying which figure goes to which cell (see docs/xlsx.md)',
      },
      ['--mapping'],
    );
  }
  const template = inputFile(templateName, cwd, '--template');
  const mappingPath = inputFile(mappingName, cwd, '--mapping');
  let mapping: unknown;
  try {
    mapping = JSON.parse(readFileSync(mappingPath, 'utf8'));
  } catch (error) {
    throw usageError(
      {
        vi: `--mapping: tệp "${mappingName}" không phải JSON hợp lệ (${(error as Error).message})`,
        en: `--mapping: file "${mappingName}" is not valid JSON (${(error as Error).message})`,
      },
      ['--mapping'],
    );
  }
  return { bytes: new Uint8Array(readFileSync(template)), mapping, name: templateName };
}
