import { reportRounds } from '@cadre/core';
import { openDatabase } from '../../db/open-database.js';
import { storedUnits } from '../../db/stored-units.js';
import { indexOf } from '../../org-units/load-org-units.js';
import { usageError } from '../../run/usage-error.js';
import type { ReportAt, ReportSection, ReportSections } from './report-sections.js';

/**
 * The reports of the named programmes as a store computes them (`queryAttainment`), with the
 * store's own units for names: the same sections the files give, so every format prints alike.
 * Each section also carries the reporting rounds of its units (`reportRounds`), for the lines
 * under its title.
 * An unknown programme is a usage error naming the programmes the store holds.
 * @example
 * const r = await storeSections('cadre.db', cwd, ['12-CTr/TU'], { asOf: '2019-05-20', rollup: 'none', rollupAsOf: '2026-12-07' });
 */
export async function storeSections(
  url: string,
  cwd: string,
  codes: readonly string[],
  at: ReportAt,
): Promise<ReportSections> {
  const store = await openDatabase(url, cwd);
  try {
    const sections: ReportSection[] = [];
    const index = indexOf(await storedUnits(store));
    for (const code of codes) {
      const programme = await store.getProgramme(code);
      if (programme === null) {
        const held = (await store.listProgrammes({ limit: 20 })).items.map((p) => p.code);
        const list = held.length === 0 ? '—' : held.join(', ');
        throw usageError(
          {
            vi: `--programme: kho không có chương trình "${code}"; các chương trình trong kho: ${list}`,
            en: `--programme: the store holds no programme "${code}"; it holds: ${list}`,
          },
          ['--programme'],
        );
      }
      // With the accounting, as from files: every row of the programme counted or named.
      const report = await store.queryAttainment({ programme: code, ...at, accounting: true });
      const records = await store.listRounds({ programme: code });
      const units = report.rows.map((r) => r.orgUnit);
      const rounds =
        index === undefined ? [] : reportRounds(records, { units, asOf: at.asOf }, index);
      sections.push({ programme, report, rounds });
    }
    return { sections, readIssues: [], index, files: { targets: url, actuals: url } };
  } finally {
    await store.close();
  }
}
