import type { CadreStore, IsoDate } from '@cadre/core';
import { type FileIssue, inFile } from '../../issues/file-issue.js';

/**
 * The validation-rule violations of every programme a store holds that has rules, in its
 * report at the review date: what `cadre report` would print for them, found before anything is written.
 * @example
 * const { violations } = await ruleViolations(memoryStore, () => '2019-05-20');
 */
export async function ruleViolations(
  store: CadreStore,
  reviewDate: () => IsoDate,
): Promise<{ asOf: IsoDate | null; violations: FileIssue[] }> {
  const out: FileIssue[] = [];
  // Asked for only when a programme has rules: a defaulted date is announced on stderr.
  let asOf: IsoDate | null = null;
  let cursor: string | null = null;
  do {
    const page = await store.listProgrammes({ cursor, limit: 100 });
    for (const p of page.items) {
      if ((p.validationRules ?? []).length === 0) continue;
      asOf ??= reviewDate();
      const report = await store.queryAttainment({ programme: p.code, asOf });
      const found = report.issues.filter((i) => i.code === 'validation_rule.violated');
      out.push(
        ...inFile(found, null).map((i) => ({
          ...i,
          message: `${p.code}: ${i.message}`,
          messageVi: `${p.code}: ${i.messageVi ?? i.message}`,
        })),
      );
    }
    cursor = page.nextCursor;
  } while (cursor !== null);
  return { asOf, violations: out };
}
