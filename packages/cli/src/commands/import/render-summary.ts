import { formatNumber } from '@cadre/core';
import { type IssueJson, issueJson, renderIssues } from '../../issues/file-issue.js';
import { renderTextTable } from '../../output/text-table.js';
import { type Lang, say } from '../../run/text.js';
import type { ImportKind } from './detect-kind.js';
import type { FileOutcome } from './file-outcome.js';

const KIND_NAMES: Record<ImportKind, { vi: string; en: string }> = {
  'org-units': { vi: 'đơn vị', en: 'org units' },
  programme: { vi: 'chương trình', en: 'programme' },
  targets: { vi: 'chỉ tiêu', en: 'targets' },
  actuals: { vi: 'thực hiện', en: 'actuals' },
  persons: { vi: 'cán bộ', en: 'persons' },
  training: { vi: 'đào tạo, bồi dưỡng', en: 'training' },
  rotations: { vi: 'luân chuyển', en: 'rotations' },
  headcounts: { vi: 'biên chế', en: 'headcounts' },
};

type Counts = Pick<FileOutcome, 'read' | 'imported' | 'updated' | 'ignored'>;

/** JSON output of `cadre import`. */
export interface ImportJson {
  geography: Counts | null;
  files: (Counts & { file: string; kind: ImportKind; issues: IssueJson[] })[];
  total: Counts & { issues: number };
}

function total(outcomes: readonly FileOutcome[]): Counts & { issues: number } {
  const sum = (k: keyof Counts) => outcomes.reduce((n, o) => n + o[k], 0);
  return {
    read: sum('read'),
    imported: sum('imported'),
    updated: sum('updated'),
    ignored: sum('ignored'),
    issues: outcomes.reduce((n, o) => n + o.issues.length, 0),
  };
}

/**
 * The import summary as JSON: the geography seeded first, then per file the DHIS2 counts
 * (read, imported, updated, ignored) and its issues.
 * @example
 * importJson(geography, outcomes, 'en').total.imported;
 */
export function importJson(
  geography: FileOutcome | null,
  outcomes: readonly FileOutcome[],
  lang: Lang,
): ImportJson {
  const counts = ({ read, imported, updated, ignored }: Counts): Counts => ({
    read,
    imported,
    updated,
    ignored,
  });
  return {
    geography: geography && counts(geography),
    files: outcomes.map((o) => ({
      file: o.file,
      kind: o.kind,
      ...counts(o),
      issues: o.issues.map((i) => issueJson(i, lang)),
    })),
    total: total(outcomes),
  };
}

/**
 * The import summary for people: one table row per file with its counts, a total, then the
 * notes and every issue.
 * @example
 * writeLines(io.stdout, renderImportSummary(geography, outcomes, 'vi'));
 */
export function renderImportSummary(
  geography: FileOutcome | null,
  outcomes: readonly FileOutcome[],
  lang: Lang,
): string[] {
  const n = (v: number) => formatNumber(v, { locale: lang });
  const lines: string[] = [];
  if (geography) {
    lines.push(
      say(
        {
          vi: `Danh mục hành chính: ${n(geography.read)} đơn vị (thêm mới ${n(geography.imported)}, cập nhật ${n(geography.updated)}, không đổi ${n(geography.ignored)})`,
          en: `Administrative geography: ${n(geography.read)} units (${n(geography.imported)} imported, ${n(geography.updated)} updated, ${n(geography.ignored)} unchanged)`,
        },
        lang,
      ),
      '',
    );
  }
  const headers = say(
    {
      vi: 'Tệp|Loại|Đọc|Thêm mới|Cập nhật|Bỏ qua|Lỗi',
      en: 'File|Kind|Read|Imported|Updated|Ignored|Issues',
    },
    lang,
  ).split('|');
  const row = (name: string, kind: string, c: Counts, issues: number) => [
    name,
    kind,
    n(c.read),
    n(c.imported),
    n(c.updated),
    n(c.ignored),
    n(issues),
  ];
  const rows = outcomes.map((o) => row(o.file, say(KIND_NAMES[o.kind], lang), o, o.issues.length));
  const t = total(outcomes);
  rows.push(row(say({ vi: 'Tổng', en: 'Total' }, lang), '', t, t.issues));
  const align = ['left', 'left', 'right', 'right', 'right', 'right', 'right'] as const;
  lines.push(...renderTextTable(headers, rows, align));
  for (const o of outcomes) for (const note of o.notes) lines.push(`${o.file}: ${say(note, lang)}`);
  return lines;
}

export { renderIssues };
