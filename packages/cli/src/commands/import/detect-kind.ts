import { closeSync, openSync, readSync } from 'node:fs';
import { basename, extname } from 'node:path';
import {
  ACTUAL_COLUMNS,
  type CsvColumn,
  decodeText,
  HEADCOUNT_COLUMNS,
  matchHeaders,
  ORG_UNIT_COLUMNS,
  PERSON_COLUMNS,
  parseRows,
  ROTATION_COLUMNS,
  TARGET_COLUMNS,
  TRAINING_COLUMNS,
} from '@cadre/csv';
import { usageError } from '../../run/usage-error.js';

/** What a file holds, and so which section of an import it fills. */
export type ImportKind =
  | 'org-units'
  | 'programme'
  | 'targets'
  | 'actuals'
  | 'persons'
  | 'training'
  | 'rotations'
  | 'headcounts';

/** Kinds in the order an import applies them, so rows may refer to units and programmes before them. */
export const IMPORT_KINDS: readonly ImportKind[] = [
  'org-units',
  'programme',
  'targets',
  'actuals',
  'persons',
  'training',
  'rotations',
  'headcounts',
];

const CSV_KINDS: readonly [ImportKind, readonly CsvColumn[]][] = [
  ['org-units', ORG_UNIT_COLUMNS],
  ['targets', TARGET_COLUMNS],
  ['actuals', ACTUAL_COLUMNS],
  ['persons', PERSON_COLUMNS],
  ['training', TRAINING_COLUMNS],
  ['rotations', ROTATION_COLUMNS],
  ['headcounts', HEADCOUNT_COLUMNS],
];

/**
 * Tells what a file holds: `.json` is a programme definition; a CSV is the format whose required
 * columns its header has, with the most columns matched (canonical names or Vietnamese aliases).
 * A header that fits no format, or two equally, is a usage error that asks for `--kind`.
 * @example
 * await detectKind('/data/actuals.csv'); // 'actuals'
 */
export async function detectKind(path: string): Promise<ImportKind> {
  const file = basename(path);
  if (extname(path).toLowerCase() === '.json') return 'programme';
  const header = await headerRow(path);
  const scored = CSV_KINDS.map(([kind, columns]) => {
    const m = matchHeaders(header, columns, { file, line: 1, extraColumns: 'ignore' });
    return { kind, score: m.fatal ? -1 : m.index.size - m.unknown.length };
  })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  const [best, next] = scored;
  if (best && (!next || next.score < best.score)) return best.kind;
  const kinds = IMPORT_KINDS.join(', ');
  const candidates = scored.map((s) => s.kind).join(', ');
  throw usageError(
    best
      ? {
          vi: `${file}: dòng tiêu đề khớp nhiều loại tệp (${candidates}); hãy chỉ rõ --kind`,
          en: `${file}: the header fits several kinds (${candidates}); say which with --kind`,
        }
      : {
          vi: `${file}: dòng tiêu đề không khớp loại tệp nào; cần các cột bắt buộc của một trong: ${kinds} (hoặc chỉ rõ --kind)`,
          en: `${file}: the header fits no known kind; expected the required columns of one of: ${kinds} (or give --kind)`,
        },
    [file],
  );
}

async function headerRow(path: string): Promise<string[]> {
  const fd = openSync(path, 'r');
  const buffer = Buffer.alloc(64 * 1024);
  let size: number;
  try {
    size = readSync(fd, buffer, 0, buffer.length, 0);
  } finally {
    closeSync(fd);
  }
  // Decoded as the reader decodes it, so a UTF-16 file (marked or not) is told like any other.
  let text = '';
  for await (const piece of decodeText(once(buffer.subarray(0, size)))) {
    text = piece;
    break;
  }
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== '') ?? '';
  for await (const batch of parseRows(once(firstLine), {})) {
    if (batch.rows[0]) return batch.rows[0];
  }
  return [];
}

async function* once<T>(value: T): AsyncGenerator<T> {
  yield value;
}
