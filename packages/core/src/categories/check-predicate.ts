import { formatIssuePath } from '../result/describe-zod-issues.js';
import { type Issue, type IssuePath, issue } from '../result/issue.js';

const FORMS = 'all, any, not, field + eq, field + in, age, young, communeLevel, always';
const AGE_BOUNDS = ['lt', 'lte', 'gt', 'gte'] as const;

/**
 * Checks a JSON predicate and reports each problem at its own path
 * (`…predicate.all[1].age.lt`), which a zod union cannot do.
 * @example
 * checkPredicate({ all: [{ age: { lt: 'x' } }] }, ['predicate']);
 * // [{ code: 'category.predicate.invalid', path: ['predicate', 'all', 0, 'age', 'lt'], … }]
 */
export function checkPredicate(value: unknown, path: IssuePath): Issue[] {
  if (!isRecord(value)) {
    return [bad(path, `an object with one of: ${FORMS}`, `một đối tượng có một trong: ${FORMS}`)];
  }
  const keys = Object.keys(value);
  if ('all' in value || 'any' in value) {
    const key = 'all' in value ? 'all' : 'any';
    const extra = onlyKeys(value, [key], path);
    const list = value[key];
    if (!Array.isArray(list)) {
      return [...extra, bad([...path, key], 'a list of predicates', 'một danh sách điều kiện')];
    }
    return [...extra, ...list.flatMap((p, i) => checkPredicate(p, [...path, key, i]))];
  }
  if ('not' in value)
    return [...onlyKeys(value, ['not'], path), ...checkPredicate(value.not, [...path, 'not'])];
  if ('field' in value) return checkField(value, path);
  if ('age' in value)
    return [...onlyKeys(value, ['age'], path), ...checkAge(value.age, [...path, 'age'])];
  for (const flag of ['young', 'communeLevel'] as const) {
    if (!(flag in value)) continue;
    const out = onlyKeys(value, [flag], path);
    if (typeof value[flag] !== 'boolean')
      out.push(bad([...path, flag], 'true or false', 'true hoặc false'));
    return out;
  }
  if ('always' in value) {
    const out = onlyKeys(value, ['always'], path);
    if (value.always !== true) out.push(bad([...path, 'always'], 'true', 'true'));
    return out;
  }
  return [
    issue(
      'category.predicate.unknown_form',
      path,
      `${formatIssuePath(path)}: unknown predicate with keys [${keys.join(', ')}]; expected one of: ${FORMS}`,
      `${formatIssuePath(path)}: điều kiện không hợp lệ với các khóa [${keys.join(', ')}]; cần một trong: ${FORMS}`,
      value,
    ),
  ];
}

function checkField(value: Record<string, unknown>, path: IssuePath): Issue[] {
  const op = 'eq' in value ? 'eq' : 'in';
  const out = onlyKeys(value, ['field', op], path);
  if (typeof value.field !== 'string' || value.field === '') {
    out.push(bad([...path, 'field'], 'a non-empty field name', 'tên trường không rỗng'));
  }
  if (op === 'eq') {
    if (!isScalar(value.eq))
      out.push(bad([...path, 'eq'], 'a text, number or boolean', 'văn bản, số hoặc đúng/sai'));
    return out;
  }
  const list = value.in;
  if (!Array.isArray(list) || list.length === 0) {
    out.push(
      bad([...path, 'in'], 'a non-empty list of values', 'một danh sách giá trị không rỗng'),
    );
    return out;
  }
  list.forEach((v, i) => {
    if (!isScalar(v))
      out.push(bad([...path, 'in', i], 'a text, number or boolean', 'văn bản, số hoặc đúng/sai'));
  });
  return out;
}

function checkAge(value: unknown, path: IssuePath): Issue[] {
  if (!isRecord(value))
    return [bad(path, 'an object with lt, lte, gt or gte', 'đối tượng có lt, lte, gt hoặc gte')];
  const out = onlyKeys(value, AGE_BOUNDS, path);
  const present = AGE_BOUNDS.filter((k) => k in value);
  if (present.length === 0)
    out.push(bad(path, 'at least one of lt, lte, gt, gte', 'ít nhất một trong lt, lte, gt, gte'));
  for (const k of present) {
    if (!Number.isSafeInteger(value[k]))
      out.push(bad([...path, k], 'a whole number of years', 'một số năm nguyên'));
  }
  if (out.length > 0) return out;
  // Smallest and largest age the bounds allow; an empty range can never match anyone.
  const lows = [
    value.gte as number | undefined,
    value.gt === undefined ? undefined : (value.gt as number) + 1,
  ];
  const highs = [
    value.lte as number | undefined,
    value.lt === undefined ? undefined : (value.lt as number) - 1,
  ];
  const low = Math.max(...lows.filter((n) => n !== undefined), Number.MIN_SAFE_INTEGER);
  const high = Math.min(...highs.filter((n) => n !== undefined), Number.MAX_SAFE_INTEGER);
  if (low > high) {
    out.push(
      issue(
        'category.predicate.empty_age_range',
        path,
        `${formatIssuePath(path)}: no age satisfies these bounds; expected a range that holds at least one age`,
        `${formatIssuePath(path)}: không có độ tuổi nào thỏa các giới hạn này; cần một khoảng chứa ít nhất một độ tuổi`,
        value,
      ),
    );
  }
  return out;
}

function onlyKeys(
  value: Record<string, unknown>,
  allowed: readonly string[],
  path: IssuePath,
): Issue[] {
  return Object.keys(value)
    .filter((k) => !allowed.includes(k))
    .map((k) =>
      issue(
        'category.predicate.unknown_key',
        [...path, k],
        `${formatIssuePath([...path, k])}: unexpected key; this predicate takes only ${allowed.join(', ')}`,
        `${formatIssuePath([...path, k])}: khóa không được phép; điều kiện này chỉ nhận ${allowed.join(', ')}`,
      ),
    );
}

function bad(path: IssuePath, expected: string, expectedVi: string): Issue {
  const where = formatIssuePath(path);
  return issue(
    'category.predicate.invalid',
    path,
    `${where}: expected ${expected}`,
    `${where}: cần ${expectedVi}`,
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isScalar(value: unknown): boolean {
  return (
    typeof value === 'string' ||
    typeof value === 'boolean' ||
    (typeof value === 'number' && Number.isFinite(value))
  );
}
