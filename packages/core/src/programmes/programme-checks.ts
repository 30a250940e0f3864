import { Decimal } from 'decimal.js';
import type { IsoDate } from '../dates/calendar-date.js';
import { parsePeriodText } from '../periods/parse-period-text.js';
import type { Period } from '../periods/schema.js';
import { formatIssuePath as at } from '../result/describe-zod-issues.js';
import { type Issue, type IssuePath, issue } from '../result/issue.js';
import type { Indicator, LegalRef, LocalizedText, Target } from './schema.js';

export interface Indexed<T> {
  index: number;
  value: T;
}

/** The parts of a definition that parsed, with their original indexes, for cross-field checks. */
export interface ProgrammeDraft {
  title?: LocalizedText | undefined;
  period?: Period | undefined;
  indicators: Indexed<Indicator>[];
  targets: Indexed<Target>[];
  legalBasis: Indexed<LegalRef>[];
  /** Codes of the programme's and the standard categories. */
  categoryCodes: ReadonlySet<string>;
}

const STATED = /(?:giai đoạn|nhiệm kỳ)\s+\d{4}\s*[-–—−]\s*\d{4}/iu;
const span = (p: { start: IsoDate; end: IsoDate }) => `${p.start}…${p.end}`;
const years = (p: { start: IsoDate; end: IsoDate }) =>
  `${p.start.slice(0, 4)}–${p.end.slice(0, 4)}`;

/**
 * Cross-field checks of a programme definition; each issue names its path, in English and Vietnamese.
 * @example
 * checkProgramme(draft).map((i) => i.code); // ['programme.target.outside_period', …]
 */
export function checkProgramme(d: ProgrammeDraft): Issue[] {
  return [...checkPeriods(d), ...checkIndicators(d), ...checkTargets(d)];
}

function checkPeriods(d: ProgrammeDraft): Issue[] {
  const out: Issue[] = [];
  const period = d.period;
  if (!period) return out;
  // A stated period (giai đoạn 2007–2010) names years, so compare years, not days.
  const titled = d.title ? STATED.exec(d.title.vi) : null;
  const fromTitle = titled ? parsePeriodText(titled[0]) : null;
  if (fromTitle?.ok && years(fromTitle.value) !== years(period)) {
    out.push(
      issue(
        'programme.title.period_mismatch',
        ['period'],
        `period: the title says "${titled![0]}" but the period is ${span(period)}; expected the years ${years(fromTitle.value)}`,
        `period: tên chương trình ghi "${titled![0]}" nhưng thời kỳ là ${span(period)}; cần các năm ${years(fromTitle.value)}`,
        period,
      ),
    );
  }
  for (const { index, value: ref } of d.legalBasis) {
    const stated = ref.statedPeriod;
    if (stated && stated.start > stated.end) {
      const path = ['legalBasis', index, 'statedPeriod'];
      out.push(
        issue(
          'programme.legal_basis.period_inverted',
          path,
          `${at(path)}: ends (${stated.end}) before it starts (${stated.start}); expected start ≤ end`,
          `${at(path)}: kết thúc (${stated.end}) trước khi bắt đầu (${stated.start}); cần bắt đầu ≤ kết thúc`,
          stated,
        ),
      );
    } else if (stated && years(stated) !== years(period)) {
      const path = ['legalBasis', index, 'statedPeriod'];
      out.push(
        issue(
          'programme.legal_basis.period_mismatch',
          path,
          `${at(path)}: ${ref.raw ?? ref.number} states ${years(stated)} but the programme runs ${years(period)}; expected the same years`,
          `${at(path)}: văn bản ${ref.raw ?? ref.number} ghi giai đoạn ${years(stated)} nhưng chương trình thực hiện ${years(period)}; cần cùng các năm`,
          stated,
        ),
      );
    }
    if (ref.date !== undefined && ref.date > period.end) {
      const path = ['legalBasis', index, 'date'];
      out.push(
        issue(
          'programme.legal_basis.after_period',
          path,
          `${at(path)}: ${ref.raw ?? ref.number} is dated ${ref.date}, after the period ends (${period.end}); expected a basis issued by then`,
          `${at(path)}: văn bản ${ref.raw ?? ref.number} ban hành ngày ${ref.date}, sau khi kết thúc thời kỳ (${period.end}); căn cứ phải có trước đó`,
          ref.date,
        ),
      );
    }
  }
  return out;
}

function checkIndicators(d: ProgrammeDraft): Issue[] {
  const out: Issue[] = [];
  const seen = new Map<string, number>();
  for (const { index, value: ind } of d.indicators) {
    const first = seen.get(ind.code);
    if (first !== undefined) {
      const path = ['indicators', index, 'code'];
      out.push(
        issue(
          'programme.indicator.duplicate_code',
          path,
          `${at(path)}: code "${ind.code}" is already used by indicators[${first}]; expected a unique code`,
          `${at(path)}: mã chỉ tiêu "${ind.code}" đã dùng cho indicators[${first}]; mỗi mã phải là duy nhất`,
          ind.code,
        ),
      );
    } else seen.set(ind.code, index);
    const source = ind.source;
    if (ind.category !== undefined)
      out.push(...unknownCategory(d, ind.category, ['indicators', index, 'category']));
    if (source && 'category' in source && source.category !== undefined) {
      out.push(...unknownCategory(d, source.category, ['indicators', index, 'source', 'category']));
    }
    if (source?.records === 'headcount' && ind.category !== undefined) {
      const path = ['indicators', index, 'category'];
      out.push(
        issue(
          'programme.indicator.category_not_applicable',
          path,
          `${at(path)}: headcount snapshots are not per person, so they cannot be filtered by category; expected no category`,
          `${at(path)}: số liệu biên chế không theo từng người nên không lọc được theo danh mục; cần bỏ danh mục`,
          ind.category,
        ),
      );
    }
    const stock = source?.records === 'headcount';
    if (source && stock !== (ind.aggregation === 'latest')) {
      const path = ['indicators', index, 'aggregation'];
      const want = stock ? 'latest' : 'sum';
      out.push(
        issue(
          'programme.indicator.aggregation_mismatch',
          path,
          `${at(path)}: ${source.records} records are ${stock ? 'a stock' : 'a flow'}; expected aggregation "${want}"`,
          `${at(path)}: số liệu ${source.records} là ${stock ? 'số tồn (thời điểm)' : 'số phát sinh (cộng dồn)'}; cần aggregation "${want}"`,
          ind.aggregation,
        ),
      );
    }
  }
  return out;
}

function checkTargets(d: ProgrammeDraft): Issue[] {
  const out: Issue[] = [];
  const indicators = new Map(d.indicators.map(({ value }) => [value.code, value]));
  const keys = new Map<string, number>();
  for (const { index, value: t } of d.targets) {
    const base: IssuePath = ['targets', index];
    const ind = indicators.get(t.indicator);
    if (!ind) {
      const path = [...base, 'indicator'];
      out.push(
        issue(
          'programme.target.unknown_indicator',
          path,
          `${at(path)}: "${t.indicator}" is not an indicator of this programme; expected one of ${[...indicators.keys()].join(', ')}`,
          `${at(path)}: "${t.indicator}" không phải chỉ tiêu của chương trình; cần một trong ${[...indicators.keys()].join(', ')}`,
          t.indicator,
        ),
      );
    }
    if (t.period.start > t.period.end) {
      const path = [...base, 'period', 'end'];
      out.push(
        issue(
          'programme.target.period_inverted',
          path,
          `${at(path)}: ${t.period.end} is before the start ${t.period.start}; expected start ≤ end`,
          `${at(path)}: ${t.period.end} trước ngày bắt đầu ${t.period.start}; cần bắt đầu ≤ kết thúc`,
          t.period,
        ),
      );
    } else if (d.period && (t.period.start < d.period.start || t.period.end > d.period.end)) {
      const path = [...base, 'period'];
      out.push(
        issue(
          'programme.target.outside_period',
          path,
          `${at(path)}: ${span(t.period)} is not within the programme period ${span(d.period)}; expected a period inside it`,
          `${at(path)}: ${span(t.period)} nằm ngoài thời kỳ của chương trình ${span(d.period)}; cần nằm trong thời kỳ đó`,
          t.period,
        ),
      );
    }
    const dims = Object.keys(t.disaggregation).sort();
    const key = JSON.stringify([
      t.indicator,
      t.orgUnit,
      t.period.start,
      t.period.end,
      dims.map((k) => [k, t.disaggregation[k]]),
    ]);
    const first = keys.get(key);
    if (first !== undefined) {
      out.push(
        issue(
          'programme.target.duplicate',
          base,
          `${at(base)}: same indicator, org unit, period and breakdown as targets[${first}]; expected one target per cell`,
          `${at(base)}: trùng chỉ tiêu, đơn vị, thời kỳ và phân tổ với targets[${first}]; mỗi ô chỉ có một chỉ tiêu`,
        ),
      );
    } else keys.set(key, index);
    const category = t.disaggregation.category;
    if (category !== undefined)
      out.push(...unknownCategory(d, category, [...base, 'disaggregation', 'category']));
    if (ind) out.push(...checkAgainstIndicator(t, ind, base));
  }
  return out;
}

function checkAgainstIndicator(t: Target, ind: Indicator, base: IssuePath): Issue[] {
  const out: Issue[] = [];
  if (ind.direction === 'reduction' && t.value !== null) {
    if (t.baseline === undefined) {
      const path = [...base, 'baseline'];
      out.push(
        issue(
          'programme.target.missing_baseline',
          path,
          `${at(path)}: indicator "${ind.code}" is a reduction, so its target is a share of a baseline; expected a baseline`,
          `${at(path)}: chỉ tiêu "${ind.code}" là chỉ tiêu giảm, tính theo tỷ lệ của số gốc; cần có baseline`,
        ),
      );
    }
    if (new Decimal(t.value).gt(100)) {
      const path = [...base, 'value'];
      out.push(
        issue(
          'programme.target.reduction_over_100',
          path,
          `${at(path)}: a reduction of ${t.value}% cuts more than the whole baseline; expected a percent from 0 to 100`,
          `${at(path)}: giảm ${t.value}% là nhiều hơn toàn bộ số gốc; cần tỷ lệ từ 0 đến 100`,
          t.value,
        ),
      );
    }
  }
  const source = ind.source;
  if (source && source.records !== 'headcount') {
    const produced: readonly string[] = source.disaggregateBy ?? [];
    for (const dim of Object.keys(t.disaggregation)) {
      if (produced.includes(dim)) continue;
      const path = [...base, 'disaggregation', dim];
      out.push(
        issue(
          'programme.target.dimension_not_produced',
          path,
          `${at(path)}: indicator "${ind.code}" does not break its records down by "${dim}"; expected one of [${produced.join(', ')}]`,
          `${at(path)}: chỉ tiêu "${ind.code}" không phân tổ số liệu theo "${dim}"; cần một trong [${produced.join(', ')}]`,
          dim,
        ),
      );
    }
  }
  return out;
}

function unknownCategory(d: ProgrammeDraft, code: string, path: IssuePath): Issue[] {
  if (d.categoryCodes.has(code)) return [];
  return [
    issue(
      'programme.category.unknown',
      path,
      `${at(path)}: "${code}" is not a category of this programme or of the standard tree; expected a known category code`,
      `${at(path)}: "${code}" không phải danh mục của chương trình hay danh mục chuẩn; cần một mã danh mục đã có`,
      code,
    ),
  ];
}
