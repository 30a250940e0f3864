import { z } from 'zod';
import type { Rollup } from '../attainment/types.js';
import type { PersonInput } from '../categories/schema.js';
import type { IsoDate } from '../dates/calendar-date.js';
import type { OrgUnitInput } from '../org-units/schema.js';
import { type ProgrammeInput, type Target, TargetSchema } from '../programmes/schema.js';
import type {
  HeadcountSnapshotSchema,
  ObservationInput,
  RotationRecordSchema,
  TrainingRecordSchema,
} from '../records/schema.js';

/** A target as a store keeps it: the core `Target` plus the code of its programme. */
export const StoredTargetSchema = TargetSchema.extend({ programme: z.string().min(1) });
/** A stored target (chỉ tiêu): a core {@link Target} with the code of its programme. */
export type StoredTarget = Target & { programme: string };
/** A stored target as callers write it, before {@link StoredTargetSchema} fills the defaults. */
export type StoredTargetInput = z.input<typeof StoredTargetSchema>;

/** A training record as callers write it, before the schema fills `mode`, `status` and `hours`. */
export type TrainingRecordInput = z.input<typeof TrainingRecordSchema>;
/** A rotation record as callers write it, before the schema fills `status`. */
export type RotationRecordInput = z.input<typeof RotationRecordSchema>;
/** A headcount snapshot (biên chế) as callers write it. */
export type HeadcountSnapshotInput = z.input<typeof HeadcountSnapshotSchema>;

/** One page of a list, in natural-key order. `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/**
 * Keyset pagination. `cursor` is the opaque `nextCursor` of the previous page;
 * `limit` defaults to 100 and must be an integer in 1…1000. A limit out of range, or a cursor
 * the store did not issue, throws `CadreError('invalid_argument')`.
 */
export interface PageRequest {
  cursor?: string | null;
  limit?: number;
}

/** What a list of targets or observations is narrowed to. */
export interface RecordFilter extends PageRequest {
  programme: string;
  indicator?: string;
  /** Org unit code: only that unit (not its subtree — subtrees are an attainment concern). */
  orgUnit?: string;
}

/** Filter for observations; `from`/`to` are inclusive calendar dates. */
export interface ObservationFilter extends RecordFilter {
  from?: IsoDate;
  to?: IsoDate;
}

/** Filter for person-level records. */
export interface PersonRecordFilter extends PageRequest {
  /** Only records of this person. */
  personId?: string;
  /** Only records at this org unit (for rotations: the destination unit). */
  orgUnit?: string;
}

/**
 * Counts of an upsert, DHIS2-style: rows new to the store, rows whose stored content changed,
 * and rows equal to what was stored (or, in an import, rejected).
 */
export interface WriteCounts {
  imported: number;
  updated: number;
  ignored: number;
}

/** all_or_nothing: any issue → nothing is written. skip_bad_rows: good rows go in, bad rows are reported. */
export type ImportMode = 'all_or_nothing' | 'skip_bad_rows';

/** How a store applies an {@link ImportBatch}: idempotency key and all-or-nothing or row-by-row. */
export interface ImportOptions {
  /**
   * A batch id chosen by the caller (a file hash, a request id). A key already applied makes
   * the import a no-op: counts come back as all ignored, nothing is written.
   */
  idempotencyKey?: string;
  /** Defaults to 'all_or_nothing'. */
  mode?: ImportMode;
  /** Who imports: a principal id the caller vouches for, recorded in the audit log. */
  by?: string;
  /** When: an ISO timestamp the caller read (the core never reads the clock). */
  at?: string;
}

/** Which rounds to list: one programme, narrowed to a unit or an exact period. */
export interface RoundFilter {
  programme: string;
  orgUnit?: string;
  period?: { start: IsoDate; end: IsoDate };
}

/**
 * Everything an import may carry. Rows are validated by the store with the core schemas, so
 * untrusted data may be passed as is; every problem comes back as an issue whose path starts
 * with the section and row index, e.g. `['observations', 3, 'value']`.
 * Sections are applied in this order: orgUnits, programmes, targets, observations, persons,
 * training, rotations, headcounts — so rows may refer to units and programmes of the same batch.
 */
export interface ImportBatch {
  orgUnits?: OrgUnitInput[];
  programmes?: ProgrammeInput[];
  targets?: StoredTargetInput[];
  observations?: ObservationInput[];
  persons?: PersonInput[];
  training?: TrainingRecordInput[];
  rotations?: RotationRecordInput[];
  headcounts?: HeadcountSnapshotInput[];
}

/** The sections of an `ImportBatch`, in the order a store applies them. */
export const IMPORT_SECTIONS = [
  'orgUnits',
  'programmes',
  'targets',
  'observations',
  'persons',
  'training',
  'rotations',
  'headcounts',
] as const satisfies readonly (keyof ImportBatch)[];
/** The name of one section of an {@link ImportBatch}, e.g. 'observations'. */
export type ImportSection = (typeof IMPORT_SECTIONS)[number];

/**
 * An attainment question put to a store. The filters mean what the core's `computeReport`
 * filter means: `orgUnit` selects the unit's subtree, `period` the cells whose target period
 * overlaps it, `category` the indicators of that category.
 */
export interface AttainmentQuery {
  programme: string;
  indicator?: string;
  orgUnit?: string;
  category?: string;
  period?: { start: IsoDate; end: IsoDate };
  asOf: IsoDate;
  /** Defaults to 'none'. */
  rollup?: Rollup;
  /** The date whose units `rollup: 'current'` maps to; defaults to `asOf`. */
  rollupAsOf?: IsoDate;
  /**
   * Tally where every row of the programme went (`AttainmentReport.accounting`) and name the
   * rows no target counts. A store that pushes sums down reads the rows a second time for it,
   * so it is asked for, not implied.
   */
  accounting?: boolean;
}
