import type { Generated } from 'kysely';

/**
 * The tables of a cadre store, as Kysely sees them. Natural keys are unique; decimals are TEXT
 * (never floats); JSON columns hold the full validated record so reads return what was written.
 */
export interface Tables {
  org_units: OrgUnitRow;
  org_unit_closure: OrgUnitClosureRow;
  org_unit_successors: OrgUnitSuccessorRow;
  programmes: ProgrammeRow;
  indicators: IndicatorRow;
  targets: TargetRow;
  observations: ObservationRow;
  persons: PersonRow;
  training_records: TrainingRow;
  rotations: RotationRow;
  headcounts: HeadcountRow;
  import_keys: ImportKeyRow;
  cadre_data_version: DataVersionRow;
  rounds: RoundRow;
  audit_log: AuditRow;
  audit_writes: AuditWriteRow;
  audit_replaced: ReplacedRow;
}

/** One write of figures; its id marks the rows it wrote. */
export interface AuditWriteRow {
  id: Generated<number>;
}

/** A row a write replaced, as it stood, with the id of the write that had left it. */
export interface ReplacedRow extends Omit<ObservationRow, 'written_by'> {
  write_id: number | string;
  written_by: number | string | null;
}

/** A round that left 'open'; exemptions as JSON text. */
export interface RoundRow {
  programme: string;
  org_unit: string;
  period_start: string;
  period_end: string;
  state: string;
  by: string | null;
  at: string | null;
  reason: string | null;
  exemptions: string;
}

/** One audit entry; `before` and `after` are JSON arrays of observations. */
export interface AuditRow {
  seq: Generated<number>;
  action: string;
  by: string | null;
  at: string | null;
  programme: string;
  org_unit: string;
  period_start: string;
  period_end: string;
  import_id: string | null;
  reason: string | null;
  before: string;
  after: string;
  /** Set for a write entry recorded by reference: its rows carry this id (0007). */
  write_id?: number | string | null;
}

export interface OrgUnitRow {
  code: string;
  name: string;
  level: string;
  parent_code: string | null;
  valid_from: string | null;
  valid_to: string | null;
  /** The validated unit as JSON (names, aliases, successors). */
  data: string;
}

/** Ancestor → descendant pairs, each unit also paired with itself (depth 0). */
export interface OrgUnitClosureRow {
  ancestor: string;
  descendant: string;
  depth: number;
}

export interface OrgUnitSuccessorRow {
  code: string;
  successor: string;
  date: string | null;
  position: number;
}

export interface ProgrammeRow {
  code: string;
  title_vi: string;
  period_start: string;
  period_end: string;
  org_unit: string | null;
  data: string;
}

export interface IndicatorRow {
  programme: string;
  code: string;
  aggregation: string;
  direction: string;
  category: string | null;
  position: number;
}

export interface TargetRow {
  programme: string;
  indicator: string;
  org_unit: string;
  period_start: string;
  period_end: string;
  /** Canonical disaggregation: sorted `key=value` pairs joined by U+001F, '' when none. */
  disagg_key: string;
  /** Sorted dimension names joined by U+001F, '' when none. */
  disagg_dims: string;
  /** Dimension values in `disagg_dims` order joined by U+001F: what observations are matched on. */
  disagg_values: string;
  value: string | null;
  baseline: string | null;
  data: string;
}

export interface ObservationRow {
  programme: string;
  indicator: string;
  org_unit: string;
  date: string;
  disagg_key: string;
  disaggregation: string;
  /** Set when the value was written as an integer; exactly one of the two value columns is set. */
  value_int: number | string | bigint | null;
  /** Set when the value was written as decimal text. */
  value_dec: string | null;
  /** The audit write that last inserted or changed the row; null before 0007. */
  written_by?: number | string | null;
}

export interface PersonRow {
  id: string;
  org_unit: string;
  birth_date: string;
  sex: string;
  data: string;
}

export interface TrainingRow {
  id: string;
  person_id: string;
  org_unit: string;
  programme: string | null;
  start: string;
  data: string;
}

export interface RotationRow {
  id: string;
  person_id: string;
  to_org_unit: string;
  start: string;
  data: string;
}

export interface HeadcountRow {
  org_unit: string;
  date: string;
  headcount: number;
  approved: number | null;
}

export interface ImportKeyRow {
  key: string;
  /** The counts the first application returned, as JSON. */
  summary: string;
}

/** The one row (id 1) whose token every committed write replaces. */
export interface DataVersionRow {
  id: number;
  version: string;
}
