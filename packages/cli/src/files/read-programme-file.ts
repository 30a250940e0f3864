import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { defineProgramme, type Issue, issue, type Programme } from '@cadre/core';
import { jsonErrorOffset } from './json-error-offset.js';

/** A programme file read and checked: the programme, or every issue found in it. */
export interface ProgrammeFile {
  file: string;
  programme: Programme | null;
  issues: Issue[];
}

/**
 * Reads a programme definition (JSON, with or without a BOM) and checks it with
 * `defineProgramme`; a syntax error is an issue at its line and column.
 * @example
 * const { programme, issues } = readProgrammeFile('/data/programme.json');
 */
export function readProgrammeFile(path: string): ProgrammeFile {
  const file = basename(path);
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { file, programme: null, issues: [jsonIssue(text, error)] };
  }
  const r = defineProgramme(json);
  return r.ok
    ? { file, programme: r.value, issues: [] }
    : { file, programme: null, issues: r.issues };
}

/** A JSON syntax error as an issue at its line and column, when the parser says where. */
function jsonIssue(text: string, error: unknown): Issue {
  // The parser's own words quote the text over several lines; the position says more.
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ');
  const at = jsonErrorOffset(text);
  let where = { en: ` (${message})`, vi: ` (${message})` };
  if (at !== null) {
    const before = text.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    where = { en: ` at line ${line}, column ${column}`, vi: ` ở dòng ${line}, cột ${column}` };
  }
  return issue(
    'json.invalid',
    [],
    `not valid JSON${where.en}; expected a programme definition object`,
    `không phải JSON hợp lệ${where.vi}; cần một đối tượng định nghĩa chương trình`,
  );
}
