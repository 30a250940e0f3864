import { fail, type IsoDate, type Issue, type OrgUnitIndex, ok, type Result } from '@cadre/core';

/** A province as a report names it, the unit that name meant then, and its unit today. */
export interface ResolvedProvince {
  written: string;
  code: string;
  official: string;
  current: { code: string; name: string };
}

/**
 * Resolves province names as written in a report ("Bắc Cạn", "Thanh hóa") to the units that
 * existed on the report's date, then follows lineage to the units of `today`. Every name that
 * does not resolve, and every unit without a single successor, is an issue with its row.
 * @example
 * resolveProvinces(index, ['Bắc Cạn'], '2010-05-17', '2025-07-01');
 * // { ok: true, value: [{ written: 'Bắc Cạn', official: 'Bắc Kạn', current: { name: 'Thái Nguyên', … } }] }
 */
export function resolveProvinces(
  index: OrgUnitIndex,
  names: readonly string[],
  asOf: IsoDate,
  today: IsoDate,
): Result<ResolvedProvince[]> {
  const issues: Issue[] = [];
  const out: ResolvedProvince[] = [];
  names.forEach((written, row) => {
    const at = index.resolve(written, { asOf, level: 'province' });
    if (!at.ok) {
      issues.push(...at.issues.map((i) => ({ ...i, path: ['provinces', row, 'name'] })));
      return;
    }
    const now = index.currentUnit(at.value.code, today);
    if (!now.ok) {
      issues.push(...now.issues.map((i) => ({ ...i, path: ['provinces', row, 'name'] })));
      return;
    }
    out.push({
      written,
      code: at.value.code,
      official: at.value.name,
      current: { code: now.value.code, name: now.value.name },
    });
  });
  return issues.length > 0 ? fail(issues) : ok(out);
}
