import type { IsoDate } from '../../dates/calendar-date.js';
import { type Issue, type IssuePath, issue } from '../../result/issue.js';
import { targetKey } from '../keys.js';
import { describePath, unknownRefIssue } from './messages.js';
import type { ImportContext, PreparedRow, PreparedRows } from './prepare-batch.js';

const UNIT = { en: 'org unit', vi: 'đơn vị' };
const PROGRAMME = { en: 'programme', vi: 'chương trình' };
const PERSON = { en: 'person', vi: 'cán bộ' };

type ProgrammeInfo = {
  indicators: readonly { code: string }[];
  period: { start: IsoDate; end: IsoDate };
};

/**
 * Drops rows that name units, programmes, indicators or persons nobody holds; reports each.
 * @example
 * checkReferences(rows, context, issues); // rows now hold only rows whose references resolve
 */
export function checkReferences(rows: PreparedRows, ctx: ImportContext, issues: Issue[]): void {
  const units = new Set(rows.orgUnits.map((r) => r.value.code));
  const unitKnown = (code: string) => units.has(code) || ctx.orgUnit(code) !== undefined;
  const unit = (out: Issue[], path: IssuePath, code: string) => {
    if (!unitKnown(code)) out.push(unknownRefIssue('import.unknown_org_unit', path, UNIT, code));
  };
  const indicator = (out: Issue[], path: IssuePath, p: ProgrammeInfo, code: string) => {
    if (!p.indicators.some((i) => i.code === code)) {
      const what = { en: 'indicator of the programme', vi: 'chỉ tiêu (chỉ số) của chương trình' };
      out.push(unknownRefIssue('import.unknown_indicator', path, what, code));
    }
  };

  const embedded = new Set<string>();
  rows.programmes = keep(rows.programmes, issues, (row, out) => {
    const p = row.value;
    const seenIndicators = new Set<string>();
    p.indicators.forEach((ind, k) => {
      if (seenIndicators.has(ind.code)) {
        const path = ['programmes', row.index, 'indicators', k, 'code'];
        out.push(
          plain(
            'import.duplicate_indicator',
            path,
            'a unique indicator code',
            'mã chỉ số không được trùng',
            ind.code,
          ),
        );
      }
      seenIndicators.add(ind.code);
    });
    const keys = new Set<string>();
    p.targets.forEach((t, k) => {
      const path: IssuePath = ['programmes', row.index, 'targets', k];
      indicator(out, [...path, 'indicator'], p, t.indicator);
      unit(out, [...path, 'orgUnit'], t.orgUnit);
      const key = JSON.stringify(targetKey({ ...t, programme: p.code }));
      if (keys.has(key)) {
        out.push(
          plain(
            'import.duplicate_in_batch',
            path,
            'each target key once',
            'mỗi chỉ tiêu chỉ khai báo một lần',
            t,
          ),
        );
      }
      keys.add(key);
    });
    if (out.length === 0) for (const k of keys) embedded.add(k);
  });
  const programmes = new Map<string, ProgrammeInfo>(
    rows.programmes.map((r) => [r.value.code, r.value]),
  );
  const programme = (out: Issue[], path: IssuePath, code: string) => {
    const p = programmes.get(code) ?? ctx.programme(code);
    if (!p) out.push(unknownRefIssue('import.unknown_programme', path, PROGRAMME, code));
    return p;
  };

  rows.targets = keep(rows.targets, issues, (row, out) => {
    const t = row.value;
    const p = programme(out, ['targets', row.index, 'programme'], t.programme);
    if (p) {
      indicator(out, ['targets', row.index, 'indicator'], p, t.indicator);
      if (t.period.start < p.period.start || t.period.end > p.period.end) {
        const path = ['targets', row.index, 'period'];
        const en = `a period inside the programme's ${p.period.start} … ${p.period.end}`;
        const vi = `kỳ nằm trong kỳ của chương trình (${p.period.start} … ${p.period.end})`;
        out.push(plain('import.target_outside_period', path, en, vi, t.period));
      }
    }
    unit(out, ['targets', row.index, 'orgUnit'], t.orgUnit);
    if (embedded.has(JSON.stringify(row.key))) {
      const path = ['targets', row.index];
      const en = 'a target not also given inside its programme row of this batch';
      const vi = 'chỉ tiêu không được khai báo đồng thời trong dòng chương trình của cùng lô';
      out.push(plain('import.duplicate_in_batch', path, en, vi, row.key));
    }
  });

  rows.observations = keep(rows.observations, issues, (row, out) => {
    const o = row.value;
    const p = programme(out, ['observations', row.index, 'programme'], o.programme);
    if (p) indicator(out, ['observations', row.index, 'indicator'], p, o.indicator);
    unit(out, ['observations', row.index, 'orgUnit'], o.orgUnit);
  });

  rows.persons = keep(rows.persons, issues, (row, out) => {
    unit(out, ['persons', row.index, 'orgUnit'], row.value.orgUnit);
  });
  const persons = new Set(rows.persons.map((r) => r.value.id));
  const person = (out: Issue[], path: IssuePath, id: string) => {
    if (!persons.has(id) && !ctx.hasPerson(id)) {
      out.push(unknownRefIssue('import.unknown_person', path, PERSON, id));
    }
  };
  rows.training = keep(rows.training, issues, (row, out) => {
    person(out, ['training', row.index, 'personId'], row.value.personId);
    unit(out, ['training', row.index, 'orgUnit'], row.value.orgUnit);
  });
  rows.rotations = keep(rows.rotations, issues, (row, out) => {
    person(out, ['rotations', row.index, 'personId'], row.value.personId);
    unit(out, ['rotations', row.index, 'from', 'orgUnit'], row.value.from.orgUnit);
    unit(out, ['rotations', row.index, 'to', 'orgUnit'], row.value.to.orgUnit);
  });
  rows.headcounts = keep(rows.headcounts, issues, (row, out) => {
    unit(out, ['headcounts', row.index, 'orgUnit'], row.value.orgUnit);
  });
}

function keep<T>(
  rows: PreparedRow<T>[],
  issues: Issue[],
  check: (row: PreparedRow<T>, out: Issue[]) => void,
): PreparedRow<T>[] {
  return rows.filter((row) => {
    const out: Issue[] = [];
    check(row, out);
    issues.push(...out);
    return out.length === 0;
  });
}

function plain(
  code: string,
  path: IssuePath,
  expectedEn: string,
  expectedVi: string,
  input: unknown,
): Issue {
  const where = describePath(path);
  return issue(code, path, `${where}: expected ${expectedEn}`, `${where}: ${expectedVi}`, input);
}
