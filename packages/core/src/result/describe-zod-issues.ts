import type { z } from 'zod';
import type { Issue, IssuePath } from './issue.js';

// Messages the core's own schemas attach to refinements, with their Vietnamese wording.
const KNOWN_MESSAGES: Record<string, string> = {
  'expected a date as YYYY-MM-DD': 'cần ngày dạng YYYY-MM-DD',
  'no such calendar date': 'ngày này không có trên lịch',
  'expected a non-negative decimal number': 'cần một số thập phân không âm',
  'period end is before its start': 'ngày kết thúc trước ngày bắt đầu',
};

const TYPE_VI: Record<string, string> = {
  string: 'chuỗi',
  number: 'số',
  int: 'số nguyên',
  boolean: 'đúng/sai',
  object: 'đối tượng',
  array: 'danh sách',
};

/**
 * Writes a path as people read it: `targets[3].period.end`.
 * @example
 * formatIssuePath(['targets', 3, 'period', 'end']); // 'targets[3].period.end'
 */
export function formatIssuePath(path: IssuePath): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? part : `.${part}`;
  }
  return out === '' ? '(root)' : out;
}

/**
 * Converts zod issues to cadre issues whose messages name the field, in English and Vietnamese.
 * Codes stay zod's (`zod.invalid_type`…), so they read the same as `issuesFromZod`'s.
 * @example
 * const r = IndicatorSchema.safeParse({});
 * if (!r.success) describeZodIssues(r.error, ['indicators', 0]);
 * // [{ code: 'zod.invalid_type', path: ['indicators', 0, 'code'], message: 'indicators[0].code: …', messageVi: 'indicators[0].code: thiếu trường bắt buộc (cần chuỗi)' }, …]
 */
export function describeZodIssues(error: z.ZodError, prefix: IssuePath = []): Issue[] {
  return error.issues.map((zi) => {
    const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    const where = formatIssuePath(path);
    return {
      code: `zod.${zi.code}`,
      path,
      message: `${where}: ${zi.message}`,
      messageVi: `${where}: ${vietnamese(zi)}`,
    };
  });
}

function vietnamese(zi: z.core.$ZodIssue): string {
  const known = KNOWN_MESSAGES[zi.message];
  if (known !== undefined) return known;
  switch (zi.code) {
    case 'invalid_type': {
      const expected = TYPE_VI[zi.expected] ?? zi.expected;
      return zi.message.includes('received undefined')
        ? `thiếu trường bắt buộc (cần ${expected})`
        : `sai kiểu dữ liệu, cần ${expected}`;
    }
    case 'too_small':
      return zi.origin === 'array'
        ? `cần ít nhất ${zi.minimum} phần tử`
        : zi.origin === 'string'
          ? `cần ít nhất ${zi.minimum} ký tự`
          : `cần ${zi.inclusive ? '≥' : '>'} ${zi.minimum}`;
    case 'too_big':
      return zi.origin === 'array'
        ? `cần nhiều nhất ${zi.maximum} phần tử`
        : zi.origin === 'string'
          ? `cần nhiều nhất ${zi.maximum} ký tự`
          : `cần ${zi.inclusive ? '≤' : '<'} ${zi.maximum}`;
    case 'invalid_value':
      return `cần một trong các giá trị: ${zi.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `có trường không được phép: ${zi.keys.join(', ')}`;
    case 'invalid_union':
      return 'không khớp với dạng nào được chấp nhận';
    case 'invalid_format':
      return `sai định dạng (cần ${zi.format})`;
    default:
      return `giá trị không hợp lệ (${zi.message})`;
  }
}
