import { readFileSync } from 'node:fs';
import {
  daysBetween,
  type ExtractedFigure,
  extractFigures,
  fail,
  type IsoDate,
  type Issue,
  issue,
  type OrgUnitIndex,
  ok,
  periodDays,
  type Result,
} from '@cadre/core';
import { createVnAdminIndex, REFORM_DATE } from '@cadre/vn-admin';

/** `data/survey.json`: the article, and the provinces as it writes them. */
export interface SurveyInput {
  article: string;
  provinces: string[];
}

/** A province as the article writes it, the unit that was on the survey's first day, and after 1/7/2025. */
export interface SurveyProvince {
  written: string;
  official: string;
  code: string;
  after: { code: string; name: string };
}

/** What the article says, computed: the decision, the survey's days, its provinces. */
export interface Survey {
  decision: { symbol: string; date: IsoDate };
  period: { start: IsoDate; end: IsoDate };
  /** Days of the survey, both ends counted. */
  days: number;
  /** Days from the decision to the survey's first day. */
  daysAfterDecision: number;
  provinces: SurveyProvince[];
}

const read = (name: string) =>
  readFileSync(new URL(`../data/${name}`, import.meta.url), 'utf8').normalize('NFC');

/**
 * Reads the article of 21/7/2020 with the core's `extractFigures`: the decision that ordered the
 * survey (494/QĐ-BNV of 13/6/2019) and the survey's dates (22/6–3/7/2020). Resolves the three
 * provinces as written ("Đăk Lăk" is Đắk Lắk) on the survey's first day and follows them to the
 * provinces of 1/7/2025. A figure the article lacks, or a name that does not resolve, is an issue.
 * @example
 * const r = runSurvey();
 * if (r.ok) r.value.days; // 12
 */
export function runSurvey(
  options: { input?: SurveyInput; text?: string; index?: OrgUnitIndex } = {},
): Result<Survey> {
  const input = options.input ?? (JSON.parse(read('survey.json')) as SurveyInput);
  const text = options.text ?? read(input.article);
  const figures = extractFigures(text);
  const issues: Issue[] = [];
  const reference = figures.find((f) => f.kind === 'reference' && f.ref.date !== undefined);
  const period = figures.find(
    (f): f is Extract<ExtractedFigure, { kind: 'period' }> => f.kind === 'period',
  );
  if (reference?.kind !== 'reference' || reference.ref.date === undefined)
    issues.push(missing('decision', 'a decision with its date', 'một quyết định có ngày ban hành'));
  if (period === undefined)
    issues.push(missing('period', 'the survey dates', 'thời gian khảo sát'));
  if (reference?.kind !== 'reference' || reference.ref.date === undefined || !period)
    return fail(issues);

  const index = options.index ?? createVnAdminIndex({ levels: ['province'] });
  const start = period.period.start;
  const provinces: SurveyProvince[] = [];
  input.provinces.forEach((written, row) => {
    const path = ['provinces', row];
    if (!text.includes(written)) {
      issues.push(
        issue(
          'survey.name_not_in_article',
          path,
          `"${written}" does not appear in the article`,
          `"${written}" không có trong bài viết`,
        ),
      );
      return;
    }
    const then = index.resolve(written, { asOf: start, level: 'province' });
    if (!then.ok) {
      issues.push(...then.issues.map((i) => ({ ...i, path })));
      return;
    }
    const after = index.currentUnit(then.value.code, REFORM_DATE);
    if (!after.ok) {
      issues.push(...after.issues.map((i) => ({ ...i, path })));
      return;
    }
    provinces.push({
      written,
      official: then.value.name,
      code: then.value.code,
      after: { code: after.value.code, name: after.value.name },
    });
  });
  if (issues.length > 0) return fail(issues);
  return ok({
    decision: { symbol: reference.symbol, date: reference.ref.date },
    period: { start, end: period.period.end },
    days: periodDays(period.period),
    daysAfterDecision: daysBetween(reference.ref.date, start),
    provinces,
  });
}

function missing(field: string, en: string, vi: string): Issue {
  return issue(
    'survey.figure_missing',
    ['article', field],
    `the article does not state ${en}`,
    `bài viết không nêu ${vi}`,
  );
}
