import type { z } from 'zod';
import { type Person, PersonSchema } from '../../categories/schema.js';
import { type OrgUnit, OrgUnitSchema } from '../../org-units/schema.js';
import { type Programme, ProgrammeSchema, type Target } from '../../programmes/schema.js';
import {
  type HeadcountSnapshot,
  HeadcountSnapshotSchema,
  type Observation,
  ObservationSchema,
  type RotationRecord,
  RotationRecordSchema,
  type TrainingRecord,
  TrainingRecordSchema,
} from '../../records/schema.js';
import { type Issue, issue } from '../../result/issue.js';
import { checkRuleDefinitions } from '../../validation-rules/check-rule-definitions.js';
import { canonicalDecimal, canonicalObservationValue, normalizeNfcDeep } from '../keys.js';
import { type ImportSection, type StoredTarget, StoredTargetSchema } from '../types.js';
import { describePath, rowLabel, schemaIssue } from './messages.js';

/** The parsed, canonical value of each section's rows. */
export interface SectionValues {
  orgUnits: OrgUnit;
  programmes: Programme;
  targets: StoredTarget;
  observations: Observation;
  persons: Person;
  training: TrainingRecord;
  rotations: RotationRecord;
  headcounts: HeadcountSnapshot;
}

type Parsed<T> = { ok: true; value: T } | { ok: false; issues: Issue[] };

const SCHEMAS: Record<ImportSection, z.ZodType> = {
  orgUnits: OrgUnitSchema,
  programmes: ProgrammeSchema,
  targets: StoredTargetSchema,
  observations: ObservationSchema,
  persons: PersonSchema,
  training: TrainingRecordSchema,
  rotations: RotationRecordSchema,
  headcounts: HeadcountSnapshotSchema,
};

function canonicalTarget<T extends Target>(t: T): T {
  const out = { ...t, value: t.value === null ? null : canonicalDecimal(t.value) };
  if (t.baseline !== undefined) out.baseline = canonicalDecimal(t.baseline);
  return out;
}

function invertedPeriodIssue(section: ImportSection, path: (string | number)[], input: unknown) {
  const where = describePath(path);
  const row = rowLabel(section, path[1] as number);
  return issue(
    'import.period_inverted',
    path,
    `${where}: ${row.en}: expected period.end on or after period.start`,
    `${where}: ${row.vi}: ngày kết thúc phải sau hoặc bằng ngày bắt đầu`,
    input,
  );
}

/**
 * Parses one row of a batch section with the core schema, NFC-normalises its text and puts
 * decimals in canonical form. Issues name the section, row and field.
 * @example
 * parseRow('observations', 0, { programme: 'P', indicator: 'i', orgUnit: '04', date: '2019-05-20', value: '24' });
 * // { ok: true, value: { …, value: 24, disaggregation: {} } }
 */
export function parseRow<S extends ImportSection>(
  section: S,
  index: number,
  row: unknown,
): Parsed<SectionValues[S]> {
  const r = SCHEMAS[section].safeParse(normalizeNfcDeep(row));
  if (!r.success) {
    return {
      ok: false,
      issues: r.error.issues.map((i) =>
        schemaIssue(
          section,
          index,
          {
            code: `zod.${i.code}`,
            path: i.path.map((p) => (typeof p === 'symbol' ? String(p) : p)),
            message: i.message,
          },
          i.input,
        ),
      ),
    };
  }
  const value = r.data as SectionValues[S];
  const issues: Issue[] = [];
  if (section === 'observations') {
    const o = value as Observation;
    return { ok: true, value: { ...o, value: canonicalObservationValue(o.value) } as never };
  }
  if (section === 'targets') {
    const t = value as StoredTarget;
    if (t.period.start > t.period.end) {
      issues.push(invertedPeriodIssue(section, [section, index, 'period', 'end'], t.period));
    }
    return issues.length ? { ok: false, issues } : { ok: true, value: canonicalTarget(t) as never };
  }
  if (section === 'programmes') {
    const p = value as Programme;
    p.targets.forEach((t, k) => {
      if (t.period.start > t.period.end) {
        const path = [section, index, 'targets', k, 'period', 'end'];
        issues.push(invertedPeriodIssue(section, path, t.period));
      }
    });
    const codes = new Set(p.indicators.map((i) => i.code));
    for (const i of checkRuleDefinitions(p.validationRules ?? [], codes)) {
      // The rule's own messages start at validationRules[…]; lead them with the batch row.
      const row = describePath([section, index]);
      issues.push({
        ...i,
        path: [section, index, ...i.path],
        message: `${row}.${i.message}`,
        ...(i.messageVi !== undefined && { messageVi: `${row}.${i.messageVi}` }),
      });
    }
    if (issues.length) return { ok: false, issues };
    return { ok: true, value: { ...p, targets: p.targets.map(canonicalTarget) } as never };
  }
  return { ok: true, value };
}
