import { CategorySchema } from '../categories/schema.js';
import { STANDARD_CATEGORIES } from '../categories/standard-categories.js';
import { validateCategories } from '../categories/validate-categories.js';
import { PeriodSchema } from '../periods/schema.js';
import { describeZodIssues } from '../result/describe-zod-issues.js';
import { fail, type Issue, ok, type Result } from '../result/issue.js';
import { checkRuleDefinitions } from '../validation-rules/check-rule-definitions.js';
import { parseLegalRef } from './legal-ref.js';
import { normalizeText } from './normalize-text.js';
import { checkProgramme, type Indexed, type ProgrammeDraft } from './programme-checks.js';
import {
  IndicatorSchema,
  type LegalRef,
  LegalRefSchema,
  LocalizedTextSchema,
  type Programme,
  ProgrammeSchema,
  TargetSchema,
} from './schema.js';

/**
 * Validates a programme definition given as plain JSON data and returns it with defaults filled
 * in, or every issue with its path: schema errors, duplicate indicator codes, targets with an
 * unknown indicator, an inverted period or one outside the programme's, duplicate target cells,
 * reduction targets without a baseline, validation rules naming unknown indicators, legal bases whose stated period contradicts the
 * programme's or that are dated after it ends, and unknown category codes. Legal-basis entries
 * may be strings ("12-CTr/TU ngày 9/5/2016") or objects. All text is NFC-normalised.
 * @example
 * const r = defineProgramme({
 *   code: '12-CTr/TU', title: { vi: 'Nâng cao chất lượng … giai đoạn 2016 - 2020' },
 *   legalBasis: ['12-CTr/TU ngày 9/5/2016'],
 *   period: { kind: 'custom', start: '2016-05-09', end: '2020-12-31' },
 *   indicators: [{ code: 'rotation', name: { vi: 'Luân chuyển cán bộ' } }],
 *   targets: [{ indicator: 'rotation', orgUnit: '04', period: { start: '2016-05-09', end: '2020-12-31' }, value: 40 }],
 * });
 * if (r.ok) r.value.targets[0].value; // '40'
 */
export function defineProgramme(input: unknown): Result<Programme> {
  const data = normalizeText(input);
  if (!isRecord(data)) {
    const r = ProgrammeSchema.safeParse(data);
    return fail(r.success ? [] : describeZodIssues(r.error));
  }
  const issues: Issue[] = [];
  const legalBasis = readLegalBasis(data.legalBasis, issues);
  const rawCategories = readList(data.categories, 'categories', issues);
  const standardCodes = STANDARD_CATEGORIES.map((c) => c.code);
  // Standard codes are valid parents; issues past the programme's own entries cannot arise from them.
  issues.push(
    ...validateCategories(rawCategories, { knownParents: standardCodes, path: ['categories'] }),
  );

  // Legal basis and categories were checked above with finer paths; zod sees empty lists there.
  const parsed = ProgrammeSchema.safeParse({ ...data, legalBasis: [], categories: [] });
  if (!parsed.success) issues.push(...describeZodIssues(parsed.error));
  const categories = rawCategories.flatMap((c) => {
    const r = CategorySchema.safeParse(c);
    return r.success ? [r.data] : [];
  });

  const draft: ProgrammeDraft = parsed.success
    ? {
        title: parsed.data.title,
        period: parsed.data.period,
        indicators: parsed.data.indicators.map((value, index) => ({ index, value })),
        targets: parsed.data.targets.map((value, index) => ({ index, value })),
        legalBasis,
        categoryCodes: new Set([...categories.map((c) => c.code), ...standardCodes]),
      }
    : {
        // Check what did parse, so one bad field does not hide the others' issues.
        title: parseOr(LocalizedTextSchema, data.title),
        period: parseOr(PeriodSchema, data.period),
        indicators: parseEach(IndicatorSchema, data.indicators),
        targets: parseEach(TargetSchema, data.targets),
        legalBasis,
        categoryCodes: new Set([...categories.map((c) => c.code), ...standardCodes]),
      };
  issues.push(...checkProgramme(draft));
  if (parsed.success) {
    const codes = new Set(parsed.data.indicators.map((i) => i.code));
    issues.push(...checkRuleDefinitions(parsed.data.validationRules ?? [], codes));
  }
  if (issues.length > 0 || !parsed.success) return fail(issues);
  return ok({ ...parsed.data, legalBasis: legalBasis.map((l) => l.value), categories });
}

function readLegalBasis(value: unknown, issues: Issue[]): Indexed<LegalRef>[] {
  const out: Indexed<LegalRef>[] = [];
  readList(value, 'legalBasis', issues).forEach((entry, index) => {
    if (typeof entry === 'string') {
      const r = parseLegalRef(entry);
      if (r.ok) out.push({ index, value: r.value });
      else {
        const where = `legalBasis[${index}]`;
        for (const i of r.issues) {
          issues.push({
            ...i,
            path: ['legalBasis', index, ...i.path],
            message: `${where}: ${i.message}`,
            ...(i.messageVi === undefined ? {} : { messageVi: `${where}: ${i.messageVi}` }),
          });
        }
      }
      return;
    }
    const r = LegalRefSchema.safeParse(entry);
    if (r.success) out.push({ index, value: r.data });
    else issues.push(...describeZodIssues(r.error, ['legalBasis', index]));
  });
  return out;
}

function readList(value: unknown, key: string, issues: Issue[]): unknown[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) return value;
  issues.push({
    code: 'zod.invalid_type',
    path: [key],
    message: `${key}: expected a list`,
    messageVi: `${key}: cần một danh sách`,
  });
  return [];
}

function parseOr<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  value: unknown,
): T | undefined {
  const r = schema.safeParse(value);
  return r.success ? r.data : undefined;
}

function parseEach<T>(
  schema: { safeParse(v: unknown): { success: boolean; data?: T } },
  value: unknown,
): Indexed<T>[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((v, index) => {
    const r = schema.safeParse(v);
    return r.success ? [{ index, value: r.data as T }] : [];
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
