import type { z } from 'zod';
import { PersonSchema } from '../categories/schema.js';
import { normalizeText } from '../programmes/normalize-text.js';
import { describeZodIssues, formatIssuePath } from '../result/describe-zod-issues.js';
import { type Issue, issue } from '../result/issue.js';
import { HeadcountSnapshotSchema, RotationRecordSchema, TrainingRecordSchema } from './schema.js';

/** Person-level data given to `observationsFromRecords`; every row is validated. */
export interface PersonRecords {
  persons?: readonly z.input<typeof PersonSchema>[];
  training?: readonly z.input<typeof TrainingRecordSchema>[];
  rotations?: readonly z.input<typeof RotationRecordSchema>[];
  headcounts?: readonly z.input<typeof HeadcountSnapshotSchema>[];
}

/** The rows of `PersonRecords` after validation, in input order. */
export interface ValidRecords {
  persons: z.output<typeof PersonSchema>[];
  training: z.output<typeof TrainingRecordSchema>[];
  rotations: z.output<typeof RotationRecordSchema>[];
  headcounts: z.output<typeof HeadcountSnapshotSchema>[];
}

/**
 * Validates person-level records with their schemas (text NFC-normalised) and reports every
 * issue at `[section, row, …field]`, plus duplicate ids and duplicate headcount snapshots.
 * @example
 * const { records, issues } = readRecords({ training: [{ id: 't1' }] });
 * issues[0].path; // ['training', 0, 'personId']
 */
export function readRecords(input: PersonRecords): { records: ValidRecords; issues: Issue[] } {
  const issues: Issue[] = [];
  const records: ValidRecords = {
    persons: readSection(PersonSchema, input.persons, 'persons', issues),
    training: readSection(TrainingRecordSchema, input.training, 'training', issues),
    rotations: readSection(RotationRecordSchema, input.rotations, 'rotations', issues),
    headcounts: readSection(HeadcountSnapshotSchema, input.headcounts, 'headcounts', issues),
  };
  return { records, issues };
}

function readSection<S extends z.ZodType>(
  schema: S,
  rows: readonly unknown[] | undefined,
  section: string,
  issues: Issue[],
): z.output<S>[] {
  const out: z.output<S>[] = [];
  const keys = new Map<string, number>();
  (rows ?? []).forEach((row, index) => {
    const r = schema.safeParse(normalizeText(row));
    if (!r.success) {
      issues.push(...describeZodIssues(r.error, [section, index]));
      return;
    }
    out.push(r.data);
    const data = r.data as { id?: string; orgUnit?: string; date?: string };
    // Records are keyed by id; headcounts by unit and date, since two levels on one day contradict.
    const key = data.id ?? `${data.orgUnit}|${data.date}`;
    const first = keys.get(key);
    if (first === undefined) {
      keys.set(key, index);
      return;
    }
    const path = data.id === undefined ? [section, index] : [section, index, 'id'];
    const what = data.id === undefined ? `unit ${data.orgUnit} on ${data.date}` : `id "${data.id}"`;
    const whatVi =
      data.id === undefined ? `đơn vị ${data.orgUnit} ngày ${data.date}` : `mã "${data.id}"`;
    issues.push(
      issue(
        'records.duplicate',
        path,
        `${formatIssuePath(path)}: ${what} repeats ${section}[${first}]; expected each once`,
        `${formatIssuePath(path)}: ${whatVi} trùng với ${section}[${first}]; mỗi bản ghi chỉ có một lần`,
      ),
    );
  });
  return out;
}
