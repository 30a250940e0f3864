import { describeZodIssues, formatIssuePath } from '../result/describe-zod-issues.js';
import { type Issue, type IssuePath, issue } from '../result/issue.js';
import { checkPredicate } from './check-predicate.js';
import { CategorySchema, PredicateSchema } from './schema.js';

// Everything but the predicate goes through zod; the predicate gets precise paths from checkPredicate.
const CategoryShellSchema = CategorySchema.omit({ predicate: true });

/**
 * Checks a category tree given as data and returns every issue with its path: invalid fields,
 * invalid predicates (at the exact sub-path), duplicate codes, unknown parents and parent cycles.
 * `knownParents` names codes defined elsewhere (the standard tree) that parents may point to;
 * `path` prefixes every issue path (['categories'] inside a programme).
 * @example
 * validateCategories([{ code: 'a', name: { vi: 'A', en: 'A' }, parentCode: 'zz', predicate: { always: true } }]);
 * // [{ code: 'category.unknown_parent', path: [0, 'parentCode'], … }]
 */
export function validateCategories(
  categories: readonly unknown[],
  options: { knownParents?: Iterable<string>; path?: IssuePath } = {},
): Issue[] {
  const base = options.path ?? [];
  const issues: Issue[] = [];
  const nodes: { index: number; code: string; parentCode: string | null }[] = [];
  categories.forEach((raw, index) => {
    const shell = CategoryShellSchema.safeParse(raw);
    if (!shell.success) issues.push(...describeZodIssues(shell.error, [...base, index]));
    const predicate =
      typeof raw === 'object' && raw !== null
        ? (raw as Record<string, unknown>).predicate
        : undefined;
    const predicateIssues = checkPredicate(predicate, [...base, index, 'predicate']);
    issues.push(...predicateIssues);
    // A safety net: the hand-written check and the schema must agree.
    if (predicateIssues.length === 0) {
      const z = PredicateSchema.safeParse(predicate);
      if (!z.success) issues.push(...describeZodIssues(z.error, [...base, index, 'predicate']));
    }
    if (shell.success)
      nodes.push({ index, code: shell.data.code, parentCode: shell.data.parentCode });
  });

  const byCode = new Map<string, (typeof nodes)[number]>();
  for (const n of nodes) {
    const first = byCode.get(n.code);
    if (first) {
      const path = [...base, n.index, 'code'];
      const other = formatIssuePath([...base, first.index]);
      issues.push(
        issue(
          'category.duplicate_code',
          path,
          `${formatIssuePath(path)}: code "${n.code}" is already used by ${other}; expected a unique code`,
          `${formatIssuePath(path)}: mã "${n.code}" đã dùng cho ${other}; mỗi mã phải là duy nhất`,
          n.code,
        ),
      );
    } else byCode.set(n.code, n);
  }
  const external = new Set(options.knownParents ?? []);
  for (const n of nodes) {
    if (n.parentCode !== null && !byCode.has(n.parentCode) && !external.has(n.parentCode)) {
      const path = [...base, n.index, 'parentCode'];
      issues.push(
        issue(
          'category.unknown_parent',
          path,
          `${formatIssuePath(path)}: parent "${n.parentCode}" is not a category code; expected the code of another category or null`,
          `${formatIssuePath(path)}: danh mục cha "${n.parentCode}" không tồn tại; cần mã của một danh mục khác hoặc null`,
          n.parentCode,
        ),
      );
    }
  }
  issues.push(...cycleIssues(nodes, byCode, base));
  return issues;
}

function cycleIssues(
  nodes: { index: number; code: string; parentCode: string | null }[],
  byCode: Map<string, { index: number; code: string; parentCode: string | null }>,
  base: IssuePath,
): Issue[] {
  const out: Issue[] = [];
  for (const n of nodes) {
    if (byCode.get(n.code) !== n) continue;
    // Walk up; a cycle through n brings the walk back to n.
    const seen: string[] = [n.code];
    let parent = n.parentCode;
    while (parent !== null && parent !== n.code && !seen.includes(parent)) {
      seen.push(parent);
      parent = byCode.get(parent)?.parentCode ?? null;
    }
    if (parent !== n.code) continue;
    const loop = [...seen, n.code].join(' → ');
    const path = [...base, n.index, 'parentCode'];
    out.push(
      issue(
        'category.cycle',
        path,
        `${formatIssuePath(path)}: parent links form a cycle (${loop}); expected a tree`,
        `${formatIssuePath(path)}: quan hệ cha–con tạo thành vòng lặp (${loop}); cần một cây`,
        n.parentCode,
      ),
    );
  }
  return out;
}
