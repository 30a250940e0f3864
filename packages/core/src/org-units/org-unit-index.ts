import type { IsoDate } from '../dates/calendar-date.js';
import { CadreError } from '../result/error.js';
import { fail, issue, issuesFromZod, ok, type Result } from '../result/issue.js';
import { createLineage } from './lineage.js';
import { normalizeName } from './normalize-name.js';
import { type OrgUnit, type OrgUnitInput, OrgUnitSchema } from './schema.js';

/** Lookups over a set of org units: by code or tolerant name, the tree, and lineage. */
export interface OrgUnitIndex {
  /** The unit with this exact code, or undefined. */
  get(code: string): OrgUnit | undefined;
  /** Every indexed unit, former ones included. */
  all(): OrgUnit[];
  /**
   * Finds one unit by code or by name, tolerant of NFC/NFD, tone-mark placement, case,
   * prefixes (Tỉnh, Thành phố) and aliases ("Bắc Cạn"). `level` and `asOf` narrow the match;
   * `period` takes the unit of that name at the period's end, or, when none existed then, the
   * last one that existed within the period (a target on Bắc Kạn for 2021–2025 names the former
   * province, which ceased on 30/6/2025). No match is 'org_unit.unknown', several are
   * 'org_unit.ambiguous'.
   */
  resolve(
    codeOrName: string,
    options?: { asOf?: IsoDate; level?: string; period?: { start: IsoDate; end: IsoDate } },
  ): Result<OrgUnit>;
  /** Direct children (đơn vị trực thuộc) of the unit. */
  children(code: string): OrgUnit[];
  /** Every unit below the unit, at any depth, without the unit itself. */
  descendants(code: string): OrgUnit[];
  /** The parent, its parent and so on up to the root, nearest first. */
  ancestors(code: string): OrgUnit[];
  /** Whether the unit is `ancestorCode` itself or lies below it. */
  isWithin(code: string, ancestorCode: string): boolean;
  /** Whether the unit exists on `asOf` (false for an unknown code). */
  validAt(code: string, asOf: IsoDate): boolean;
  /**
   * The units that hold the unit's population on `asOf`: the unit itself while it exists,
   * otherwise its successors through lineage (e.g. Bắc Kạn → Thái Nguyên after 1/7/2025).
   */
  currentUnits(code: string, asOf: IsoDate): OrgUnit[];
  /**
   * The single unit that holds the unit's population on `asOf`; 'org_unit.no_successor' when
   * there is none, 'org_unit.lineage_split' when it was split across several.
   */
  currentUnit(code: string, asOf: IsoDate): Result<OrgUnit>;
  /**
   * The units whose targets count a figure recorded at the unit, itself first: its parents, the
   * unit that took it over by merger or renaming, and its former self across a re-coding; never
   * across a split. See `createLineage`.
   */
  countsToward(code: string): readonly string[];
}

/**
 * Whether a unit exists on a date (`validFrom` and `validTo` inclusive, null = open).
 * @example
 * isValidAt({ validFrom: null, validTo: '2025-06-30' } as OrgUnit, '2019-05-20'); // true
 */
export function isValidAt(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>, asOf: IsoDate): boolean {
  return (
    (unit.validFrom === null || unit.validFrom <= asOf) &&
    (unit.validTo === null || asOf <= unit.validTo)
  );
}

/**
 * Builds an index over org units. Names resolve tolerantly (see `normalizeName`) through the
 * name, the `names` values and the declared `aliases`. Units that fail the schema are a programmer
 * error (throws `CadreError` 'invalid_argument' listing every issue); check data with
 * `validateOrgUnits` first.
 * @example
 * const index = createOrgUnitIndex([{ code: '06', name: 'Bắc Kạn', level: 'province', aliases: ['Bắc Cạn'] }]);
 * index.resolve('BẮC CẠN'); // { ok: true, value: { code: '06', … } }
 */
export function createOrgUnitIndex(units: readonly OrgUnitInput[]): OrgUnitIndex {
  const byCode = new Map<string, OrgUnit>();
  const byKey = new Map<string, OrgUnit[]>();
  const kids = new Map<string, OrgUnit[]>();
  for (let i = 0; i < units.length; i++) {
    const unit = parseOrgUnit(units[i], i);
    byCode.set(unit.code, unit);
    const keys = new Set(
      [unit.name, ...Object.values(unit.names ?? {}), ...unit.aliases].map(normalizeName),
    );
    for (const key of keys) push(byKey, key, unit);
  }
  for (const unit of byCode.values()) {
    if (unit.parentCode !== null) push(kids, unit.parentCode, unit);
  }

  const parentOf = (code: string): OrgUnit | undefined => {
    const p = byCode.get(code)?.parentCode;
    return p == null ? undefined : byCode.get(p);
  };

  const lineage = createLineage(byCode);
  const index: OrgUnitIndex = {
    get: (code) => byCode.get(code),
    all: () => [...byCode.values()],
    resolve(codeOrName, options = {}) {
      const text = codeOrName.normalize('NFC').trim();
      const exact = byCode.get(text);
      let found = exact ? [exact] : (byKey.get(normalizeName(text)) ?? []);
      if (options.level !== undefined) found = found.filter((u) => u.level === options.level);
      if (options.period !== undefined) {
        found = atPeriodEnd(found, options.period);
      } else if (options.asOf !== undefined) {
        const at = options.asOf;
        found = found.filter((u) => isValidAt(u, at));
      } else if (found.length > 1) {
        // Without a date, today's unit wins over the former units that shared its name.
        const open = found.filter((u) => u.validTo === null);
        if (open.length > 0) found = open;
      }
      const [first, ...rest] = found;
      if (first && rest.length === 0) return ok(first);
      if (!first) {
        return fail([
          issue(
            'org_unit.unknown',
            [],
            `"${text}" is not a known org unit code or name${when(options, 'en')}`,
            `"${text}" không phải là mã hoặc tên đơn vị đã biết${when(options, 'vi')}`,
            codeOrName,
          ),
        ]);
      }
      const codes = found.map((u) => u.code).join(', ');
      return fail([
        issue(
          'org_unit.ambiguous',
          [],
          `"${text}" matches several org units (${codes}); give a code, a level or a date`,
          `"${text}" khớp với nhiều đơn vị (${codes}); hãy ghi mã, cấp hoặc ngày`,
          codeOrName,
        ),
      ]);
    },
    children: (code) => kids.get(code) ?? [],
    descendants(code) {
      const out: OrgUnit[] = [];
      const seen = new Set<string>([code]);
      const stack = [...(kids.get(code) ?? [])];
      while (stack.length > 0) {
        const u = stack.pop()!;
        if (seen.has(u.code)) continue;
        seen.add(u.code);
        out.push(u);
        stack.push(...(kids.get(u.code) ?? []));
      }
      return out;
    },
    ancestors(code) {
      const out: OrgUnit[] = [];
      const seen = new Set<string>([code]);
      for (let p = parentOf(code); p && !seen.has(p.code); p = parentOf(p.code)) {
        seen.add(p.code);
        out.push(p);
      }
      return out;
    },
    isWithin(code, ancestorCode) {
      return code === ancestorCode || index.ancestors(code).some((a) => a.code === ancestorCode);
    },
    validAt(code, asOf) {
      const u = byCode.get(code);
      return u !== undefined && isValidAt(u, asOf);
    },
    currentUnits(code, asOf) {
      const out = new Map<string, OrgUnit>();
      const seen = new Set<string>();
      const queue = [code];
      while (queue.length > 0) {
        const c = queue.shift()!;
        if (seen.has(c)) continue;
        seen.add(c);
        const u = byCode.get(c);
        if (!u) continue;
        if (isValidAt(u, asOf)) out.set(u.code, u);
        else
          queue.push(
            ...u.successors
              .filter((s) => s.date === undefined || s.date <= asOf)
              .map((s) => s.code),
          );
      }
      return [...out.values()];
    },
    countsToward: (code) => lineage.countsToward(code),
    currentUnit(code, asOf) {
      const found = index.currentUnits(code, asOf);
      const [first, ...rest] = found;
      if (first && rest.length === 0) return ok(first);
      if (!first) {
        return fail([
          issue(
            'org_unit.no_successor',
            [],
            `org unit "${code}" has no successor that exists on ${asOf}`,
            `đơn vị "${code}" không có đơn vị kế thừa tồn tại vào ngày ${asOf}`,
            code,
          ),
        ]);
      }
      const codes = found.map((u) => u.code).join(', ');
      return fail([
        issue(
          'org_unit.lineage_split',
          [],
          `org unit "${code}" was split into ${codes} by ${asOf}; its figures cannot go to one unit`,
          `đơn vị "${code}" đã được chia thành ${codes} đến ngày ${asOf}; không thể dồn số liệu về một đơn vị`,
          code,
        ),
      ]);
    },
  };
  return index;
}

/** The units among `found` that exist at the period's end, else the last within the period. */
function atPeriodEnd(found: OrgUnit[], period: { start: IsoDate; end: IsoDate }): OrgUnit[] {
  const atEnd = found.filter((u) => isValidAt(u, period.end));
  if (atEnd.length > 0) return atEnd;
  const within = found.filter(
    (u) =>
      (u.validFrom === null || u.validFrom <= period.end) &&
      (u.validTo === null || u.validTo >= period.start),
  );
  if (within.length < 2) return within;
  const last = within.map((u) => u.validTo ?? period.end).sort();
  const latest = last[last.length - 1];
  return within.filter((u) => (u.validTo ?? period.end) === latest);
}

function when(
  options: { asOf?: IsoDate; period?: { start: IsoDate; end: IsoDate } },
  lang: 'en' | 'vi',
): string {
  if (options.period) {
    const { start, end } = options.period;
    return lang === 'en' ? ` between ${start} and ${end}` : ` trong thời kỳ ${start}–${end}`;
  }
  if (options.asOf) return lang === 'en' ? ` on ${options.asOf}` : ` vào ngày ${options.asOf}`;
  return '';
}

// OrgUnitSchema is the one definition of a unit: defaults, copies and issues are zod's own.
function parseOrgUnit(input: unknown, i: number): OrgUnit {
  const parsed = OrgUnitSchema.safeParse(input);
  if (parsed.success) return parsed.data;
  const issues = issuesFromZod(parsed.error, [i]);
  throw new CadreError('invalid_argument', `org unit ${i} is invalid: ${issues[0]?.message}`, {
    path: [i],
    details: issues,
  });
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) {
    if (!list.includes(value)) list.push(value);
  } else map.set(key, [value]);
}
