import type { IsoDate } from '../../dates/calendar-date.js';
import { CadreError } from '../../result/error.js';
import { fail, type Issue, issue, issuesFromZod, ok, type Result } from '../../result/issue.js';
import { BUILT_IN_RULE_PACKS } from '../packs/index.js';
import { formatDateVi } from './format-date-vi.js';
import {
  type KnownRuleKind,
  type PackOfKind,
  type RuleKind,
  type RulePack,
  type RulePackInput,
  RulePackSchema,
} from './pack-schema.js';

/**
 * Vietnamese names of the known rule kinds, for messages that must not switch language
 * mid-sentence; a province's own kind is named by its code.
 */
const RULE_KIND_VI: Record<KnownRuleKind, string> = {
  retirement: 'nghỉ hưu',
  rotation: 'luân chuyển',
  planning: 'quy hoạch',
  staff_reduction: 'tinh giản biên chế',
  refresher_training: 'bồi dưỡng',
  staff_reduction_regime: 'chế độ tinh giản biên chế',
  training_posting: 'cử đi đào tạo',
  performance_evaluation: 'đánh giá, xếp loại chất lượng',
  early_retirement: 'nghỉ hưu trước tuổi',
  employment_classes: 'phân loại cán bộ, công chức, viên chức',
};

function kindVi(kind: RuleKind): string {
  return (RULE_KIND_VI as Record<string, string>)[kind] ?? kind;
}

/** The packs in use: the built-ins plus a user's own, with lookups by id and by date. */
export interface RuleBook {
  /** Every pack in the book, built-in and user packs alike. */
  packs(): RulePack[];
  /** The pack with this id, or undefined. */
  get(id: string): RulePack | undefined;
  /**
   * The pack of `kind` in force on `date` for `scope` (default "national"); a scope with no pack
   * of its own falls back to the national one, and the returned pack's `scope` says which.
   */
  packInForce<K extends RuleKind>(
    kind: K,
    date: IsoDate,
    options?: { scope?: string },
  ): Result<PackOfKind<K>>;
}

/** Options for {@link createRuleBook} and {@link validateRulePacks}. */
export interface RuleBookOptions {
  /** Start from the built-in packs (default true); user packs with the same id replace them. */
  builtIns?: boolean;
}

/**
 * Validates rule packs as a set: each against its schema, no id given twice, and no two packs of
 * one kind and scope in force on the same day. With `builtIns` (default), user packs are checked
 * together with the built-ins they do not replace.
 * @example
 * validateRulePacks([{ ...qd65, id: 'mine' }]); // [{ code: 'rules.overlap', … }]
 */
export function validateRulePacks(
  packs: readonly unknown[],
  options: RuleBookOptions = {},
): Issue[] {
  return assemble(packs, options).issues;
}

/**
 * Builds a rule book from user packs (JSON data) and, unless told otherwise, the built-in packs.
 * A user pack replaces the built-in pack with the same id; overlapping packs are an issue, never
 * a silent pick.
 * @example
 * // Same id as the built-in: replaces it.
 * const book = createRuleBook([{ ...planningQd377of2025,
 *   params: { ...planningQd377of2025.params, youthAgeByLevel: { province: 42 } } }]);
 * if (book.ok) book.value.packInForce('planning', '2026-01-01');
 */
export function createRuleBook(
  packs: readonly unknown[] = [],
  options: RuleBookOptions = {},
): Result<RuleBook> {
  const { issues, merged } = assemble(packs, options);
  return issues.length > 0 ? fail(issues) : ok(bookOf(merged));
}

let builtIn: RuleBook | undefined;

/**
 * The book of built-in packs only, built once.
 * @example
 * builtInRuleBook().packInForce('rotation', '2022-04-28'); // QĐ 65-QĐ/TW
 */
export function builtInRuleBook(): RuleBook {
  if (builtIn === undefined) {
    const r = createRuleBook();
    if (!r.ok) {
      throw new CadreError('invalid_argument', 'the built-in rule packs are invalid', {
        details: r.issues,
      });
    }
    builtIn = r.value;
  }
  return builtIn;
}

/**
 * The pack of `kind` in force on `date`, from `book` or the built-ins.
 * @example
 * packInForce('rotation', '2022-04-27'); // { ok: true, value: { id: 'vn.rotation.qd-98-2017', … } }
 */
export function packInForce<K extends RuleKind>(
  kind: K,
  date: IsoDate,
  options: { scope?: string; book?: RuleBook } = {},
): Result<PackOfKind<K>> {
  const book = options.book ?? builtInRuleBook();
  return options.scope === undefined
    ? book.packInForce(kind, date)
    : book.packInForce(kind, date, { scope: options.scope });
}

interface Entry {
  pack: RulePack;
  path: (string | number)[];
}

function assemble(
  inputs: readonly unknown[],
  options: RuleBookOptions,
): { issues: Issue[]; merged: RulePack[] } {
  const issues: Issue[] = [];
  const byId = new Map<string, Entry>();
  if (options.builtIns !== false) {
    for (const input of BUILT_IN_RULE_PACKS) {
      const pack = parseBuiltIn(input);
      byId.set(pack.id, { pack, path: ['builtIn', pack.id] });
    }
  }
  const userIds = new Set<string>();
  inputs.forEach((input, i) => {
    const parsed = RulePackSchema.safeParse(input);
    if (!parsed.success) {
      issues.push(...issuesFromZod(parsed.error, ['packs', i]).map(withVi));
      return;
    }
    const pack = parsed.data;
    if (userIds.has(pack.id)) {
      issues.push(
        issue(
          'rules.duplicate_id',
          ['packs', i, 'id'],
          `packs[${i}].id: "${pack.id}" is given twice; expected each pack id once`,
          `packs[${i}].id: mã gói quy tắc "${pack.id}" bị khai báo hai lần; mỗi mã chỉ được khai báo một lần`,
          pack.id,
        ),
      );
      return;
    }
    userIds.add(pack.id);
    byId.set(pack.id, { pack, path: ['packs', i] });
  });
  issues.push(...overlaps([...byId.values()]));
  return { issues, merged: [...byId.values()].map((e) => e.pack) };
}

function parseBuiltIn(input: RulePackInput): RulePack {
  const parsed = RulePackSchema.safeParse(input);
  if (!parsed.success) {
    throw new CadreError('invalid_argument', `built-in rule pack ${String(input.id)} is invalid`, {
      details: issuesFromZod(parsed.error),
    });
  }
  return parsed.data;
}

function withVi(i: Issue): Issue {
  const where = i.path.join('.');
  return {
    ...i,
    message: `${where}: ${i.message}`,
    messageVi: `${where}: giá trị không hợp lệ (${i.message})`,
  };
}

function overlaps(entries: Entry[]): Issue[] {
  const out: Issue[] = [];
  const sorted = [...entries].sort((a, b) =>
    a.pack.effectiveFrom < b.pack.effectiveFrom ? -1 : 1,
  );
  for (const [i, a] of sorted.entries()) {
    for (const b of sorted.slice(i + 1)) {
      if (a.pack.kind !== b.pack.kind || a.pack.scope !== b.pack.scope) continue;
      if (a.pack.effectiveTo !== null && a.pack.effectiveTo < b.pack.effectiveFrom) continue;
      const from = formatDateVi(b.pack.effectiveFrom);
      // Point at the user's pack when one of the two is the user's.
      const at = b.path[0] === 'packs' || a.path[0] !== 'packs' ? b : a;
      out.push(
        issue(
          'rules.overlap',
          [...at.path, 'effectiveFrom'],
          `${a.pack.kind} packs "${a.pack.id}" and "${b.pack.id}" (scope ${a.pack.scope}) are both in force from ${b.pack.effectiveFrom}; expected one pack per day: end one with effectiveTo or give the same id to replace it`,
          `hai gói quy tắc ${a.pack.kind} "${a.pack.id}" và "${b.pack.id}" (phạm vi ${a.pack.scope}) cùng có hiệu lực từ ${from}; mỗi ngày chỉ được có một gói: hãy đặt effectiveTo cho một gói hoặc dùng cùng mã để thay thế`,
          [a.pack.id, b.pack.id],
        ),
      );
    }
  }
  return out;
}

function inForce(pack: RulePack, date: IsoDate): boolean {
  return pack.effectiveFrom <= date && (pack.effectiveTo === null || date <= pack.effectiveTo);
}

function bookOf(packs: RulePack[]): RuleBook {
  const byId = new Map(packs.map((p) => [p.id, p]));
  const find = (kind: RuleKind, date: IsoDate, scope: string) =>
    packs.find((p) => p.kind === kind && p.scope === scope && inForce(p, date));
  return {
    packs: () => [...packs],
    get: (id) => byId.get(id),
    packInForce<K extends RuleKind>(kind: K, date: IsoDate, options: { scope?: string } = {}) {
      const scope = options.scope ?? 'national';
      const found =
        find(kind, date, scope) ??
        (scope === 'national' ? undefined : find(kind, date, 'national'));
      if (found) return ok(found as PackOfKind<K>);
      return fail([
        issue(
          'rules.no_pack_in_force',
          ['rules', kind],
          `no ${kind} rule pack is in force on ${date} (scope ${scope}); expected a pack whose effective dates cover it`,
          `không có gói quy tắc ${kindVi(kind)} nào có hiệu lực vào ngày ${formatDateVi(date)} (phạm vi ${scope === 'national' ? 'toàn quốc' : scope}); cần một gói có thời gian hiệu lực bao gồm ngày này`,
          date,
        ),
      ]);
    },
  };
}
