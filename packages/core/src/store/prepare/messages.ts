import { type Issue, type IssuePath, issue } from '../../result/issue.js';
import type { ImportSection } from '../types.js';

/** How each section is named in messages, English and Vietnamese. */
const SECTION_NAMES: Record<ImportSection, { en: string; vi: string }> = {
  orgUnits: { en: 'org unit', vi: 'đơn vị' },
  programmes: { en: 'programme', vi: 'chương trình' },
  targets: { en: 'target', vi: 'chỉ tiêu' },
  observations: { en: 'observation', vi: 'số liệu thực hiện' },
  persons: { en: 'person', vi: 'cán bộ' },
  training: { en: 'training record', vi: 'hồ sơ đào tạo, bồi dưỡng' },
  rotations: { en: 'rotation', vi: 'hồ sơ luân chuyển' },
  headcounts: { en: 'headcount', vi: 'số liệu biên chế' },
};

/**
 * `observations[3].value` — the row and field an issue points at, for messages.
 * @example
 * describePath(['observations', 3, 'value']); // 'observations[3].value'
 */
export function describePath(path: IssuePath): string {
  let out = '';
  for (const part of path) out += typeof part === 'number' ? `[${part}]` : out ? `.${part}` : part;
  return out;
}

/**
 * Where a row sits, in both languages: "observation row 3" / "số liệu thực hiện dòng 3".
 * @example
 * rowLabel('targets', 2); // { en: 'target row 2', vi: 'chỉ tiêu dòng 2' }
 */
export function rowLabel(section: ImportSection, index: number): { en: string; vi: string } {
  const name = SECTION_NAMES[section];
  return { en: `${name.en} row ${index}`, vi: `${name.vi} dòng ${index}` };
}

/**
 * Re-words a schema issue so it names section, row and field in English and Vietnamese.
 * @example
 * schemaIssue('persons', 0, { code: 'zod.invalid_type', path: ['birthDate'], message: 'Invalid input' }, 1984);
 */
export function schemaIssue(
  section: ImportSection,
  index: number,
  inner: { code: string; path: IssuePath; message: string },
  input: unknown,
): Issue {
  const path = [section, index, ...inner.path];
  const field = inner.path.length > 0 ? describePath(inner.path) : '(row)';
  const where = rowLabel(section, index);
  return issue(
    inner.code,
    path,
    `${describePath(path)}: ${where.en}, field ${field}: ${inner.message}`,
    `${describePath(path)}: ${where.vi}, trường ${field}: giá trị không hợp lệ (${inner.message})`,
    input,
  );
}

/**
 * A reference to something the store does not hold and the batch does not bring.
 * @example
 * unknownRefIssue('import.unknown_org_unit', ['observations', 1, 'orgUnit'], { en: 'org unit', vi: 'đơn vị' }, 'XX');
 */
export function unknownRefIssue(
  code: string,
  path: IssuePath,
  what: { en: string; vi: string },
  value: string,
): Issue {
  return issue(
    code,
    path,
    `${describePath(path)}: expected a known ${what.en}, got "${value}"`,
    `${describePath(path)}: không tìm thấy ${what.vi} "${value}"`,
    value,
  );
}

/**
 * A natural key given twice in one batch; the first row wins.
 * @example
 * duplicateIssue('observations', 2, 0, ['P', 'rotation', '04', '2018-03-01', '[]']);
 */
export function duplicateIssue(
  section: ImportSection,
  index: number,
  firstIndex: number,
  key: readonly string[],
): Issue {
  const where = rowLabel(section, index);
  const first = rowLabel(section, firstIndex);
  return issue(
    'import.duplicate_in_batch',
    [section, index],
    `${describePath([section, index])}: ${where.en} repeats the key of ${first.en} (${key.join(' × ')}); expected each key once per batch`,
    `${describePath([section, index])}: ${where.vi} trùng khóa với ${first.vi} (${key.join(' × ')}); mỗi khóa chỉ được xuất hiện một lần`,
    key,
  );
}
