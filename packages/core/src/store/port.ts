import type { AttainmentReport, CellTotal } from '../attainment/types.js';
import type { Person, PersonInput } from '../categories/schema.js';
import type { OrgUnit, OrgUnitInput } from '../org-units/schema.js';
import type { Programme, ProgrammeInput } from '../programmes/schema.js';
import type {
  HeadcountSnapshot,
  ImportSummary,
  Observation,
  ObservationInput,
  RotationRecord,
  TrainingRecord,
} from '../records/schema.js';
import type { Result } from '../result/issue.js';
import type { AuditEntry, AuditFilter } from '../rounds/audit.js';
import type { RoundRecord, RoundTransitionInput } from '../rounds/schema.js';
import type {
  AttainmentQuery,
  HeadcountSnapshotInput,
  ImportBatch,
  ImportOptions,
  ObservationFilter,
  Page,
  PageRequest,
  PersonRecordFilter,
  RecordFilter,
  RotationRecordInput,
  RoundFilter,
  StoredTarget,
  StoredTargetInput,
  TrainingRecordInput,
  WriteCounts,
} from './types.js';

/**
 * The store port: everything cadre asks of a database. Implementations live outside the core
 * (`createMemoryStore` here, `@cadre/sql` for SQLite / PostgreSQL / PGlite) and prove
 * themselves with `runStoreConformance` from `@cadre/adapter-testkit`.
 *
 * Contract, for every method:
 * - Text is stored and returned NFC-normalised; NFD input comes back NFC.
 * - Decimals (target values, baselines, decimal observation values) are exact text, never floats.
 *   Values are returned in canonical form (`canonicalDecimal`): integers up to 2^53 − 1 as numbers
 *   in observations, everything else as plain decimal text without redundant zeros.
 * - Dates are `YYYY-MM-DD` calendar dates and never move with the process's time zone.
 * - Upserts match by natural key (`rowKey`: code, id, `targetKey`, `observationKey`, `headcountKey`): equal content
 *   counts as ignored, changed content as updated, a new key as imported.
 * - Infrastructure and programmer failures throw `CadreError`: `duplicate_key` (a create whose key
 *   exists, or a key given twice in one direct write), `not_found` (a programme, unit or row that must exist does not), `invalid_argument`
 *   (input that fails the core schemas in a direct call; `details` holds the issues),
 *   `store_failure` (the driver failed; the driver's error is the `cause`). A raw driver error
 *   never escapes.
 * - Data problems in `importBatch` are issues in the summary, never throws.
 * - Rounds: a write of observations any of which falls in a submitted, approved or locked round
 *   (of its unit or a unit it counts toward) is refused whole, inside the write's transaction:
 *   `importBatch` returns 'round.period_frozen' issues and writes nothing, `saveObservations`
 *   throws `conflict` with the issues as `details`.
 * - Audit: every change of observations appends entries (`auditWriteEntries`), and every
 *   transition one entry, in the same transaction as the change. The log is append-only.
 */
export interface CadreStore {
  // ── org units ───────────────────────────────────────────────────────────────
  /** Inserts one unit; throws `duplicate_key` when its code exists. */
  createOrgUnit(unit: OrgUnitInput): Promise<OrgUnit>;
  /** Upserts units by code. */
  saveOrgUnits(units: OrgUnitInput[]): Promise<WriteCounts>;
  /** The unit with this code, or null. */
  getOrgUnit(code: string): Promise<OrgUnit | null>;
  /** All units, ordered by code. */
  listOrgUnits(page?: PageRequest): Promise<Page<OrgUnit>>;

  // ── programmes and targets ─────────────────────────────────────────────────
  /**
   * Inserts a programme definition and its targets; throws `duplicate_key` when the code exists.
   * Returned as `getProgramme` would return it.
   */
  createProgramme(programme: ProgrammeInput): Promise<Programme>;
  /**
   * Upserts a definition by code and upserts its `targets` by target key. Targets stored earlier
   * and absent from `programme.targets` are kept: targets are a table of their own.
   */
  saveProgramme(programme: ProgrammeInput): Promise<WriteCounts>;
  /**
   * The definition with `targets` = every stored target of the programme, in `targetKey` order;
   * null when the code is unknown.
   */
  getProgramme(code: string): Promise<Programme | null>;
  /** All definitions (with their targets), ordered by code. */
  listProgrammes(page?: PageRequest): Promise<Page<Programme>>;
  /**
   * Upserts targets by `targetKey`. Throws `not_found` when a programme, indicator or org unit
   * they name is unknown.
   */
  saveTargets(targets: StoredTargetInput[]): Promise<WriteCounts>;
  /** Targets of a programme in `targetKey` order. Throws `not_found` for an unknown programme. */
  listTargets(filter: RecordFilter): Promise<Page<StoredTarget>>;

  // ── observations (actuals) ──────────────────────────────────────────────────
  /**
   * Upserts observations by `observationKey`. Throws `not_found` when a programme, indicator or
   * org unit they name is unknown.
   */
  saveObservations(observations: ObservationInput[]): Promise<WriteCounts>;
  /**
   * Observations of a programme in `observationKey` order, `from`/`to` inclusive.
   * Throws `not_found` for an unknown programme.
   */
  listObservations(filter: ObservationFilter): Promise<Page<Observation>>;

  // ── person-level records ────────────────────────────────────────────────────
  /** Inserts one person; throws `duplicate_key` when the id exists. */
  createPerson(person: PersonInput): Promise<Person>;
  /** Upserts persons by id. Throws `not_found` for an unknown org unit. */
  savePersons(persons: PersonInput[]): Promise<WriteCounts>;
  /** The person with this id, or null. */
  getPerson(id: string): Promise<Person | null>;
  /** Persons ordered by id; `personId` narrows to one, `orgUnit` to one unit. */
  listPersons(filter?: PersonRecordFilter): Promise<Page<Person>>;
  /** Upserts training records by id. Throws `not_found` for an unknown person or org unit. */
  saveTrainingRecords(records: TrainingRecordInput[]): Promise<WriteCounts>;
  /** Training records ordered by id; `personId` narrows to one person, `orgUnit` to one unit. */
  listTrainingRecords(filter?: PersonRecordFilter): Promise<Page<TrainingRecord>>;
  /** Upserts rotations by id. Throws `not_found` for an unknown person or org unit. */
  saveRotations(records: RotationRecordInput[]): Promise<WriteCounts>;
  /** Rotations ordered by id; `personId` narrows to one person, `orgUnit` to the destination unit. */
  listRotations(filter?: PersonRecordFilter): Promise<Page<RotationRecord>>;
  /** Upserts headcounts by org unit × date. Throws `not_found` for an unknown org unit. */
  saveHeadcounts(snapshots: HeadcountSnapshotInput[]): Promise<WriteCounts>;
  /** Headcounts ordered by org unit, then date. `personId` is not used here. */
  listHeadcounts(filter?: PersonRecordFilter): Promise<Page<HeadcountSnapshot>>;

  // ── imports ─────────────────────────────────────────────────────────────────
  /**
   * Validates and applies a batch in ONE transaction. Every row is checked (schema, references,
   * duplicate keys inside the batch) and every problem reported. `read` counts the rows given;
   * `read = imported + updated + ignored`, rejected rows counting as ignored. With
   * 'all_or_nothing' any issue writes nothing (imported 0, updated 0, ignored = read); with
   * 'skip_bad_rows' the good rows are applied. The same batch twice: imported 0, updated 0,
   * ignored = read.
   */
  importBatch(batch: ImportBatch, options?: ImportOptions): Promise<ImportSummary>;

  // ── reporting rounds and audit ──────────────────────────────────────────────
  /** The stored rounds of a programme (units absent are open), ordered by unit, then period. */
  listRounds(filter: RoundFilter): Promise<RoundRecord[]>;
  /**
   * Applies a transition with the core's `applyRoundTransition` to the stored rounds and appends
   * its audit entry, in one transaction. Rule violations come back as issues, nothing written.
   * Throws `not_found` for an unknown programme. Who may act is the caller's check (`mayActOn`).
   */
  applyRoundTransition(transition: RoundTransitionInput): Promise<Result<RoundRecord[]>>;
  /** Audit entries in the order they were written, oldest first. */
  listAudit(filter?: AuditFilter): Promise<Page<AuditEntry>>;

  // ── attainment ──────────────────────────────────────────────────────────────
  /**
   * Stage 1, pushed down: one `CellTotal` per target cell matching the query, before roll-up,
   * exactly as the core's `aggregateCells` would compute from the stored rows.
   * Throws `not_found` for an unknown programme.
   */
  queryCellTotals(query: AttainmentQuery): Promise<CellTotal[]>;
  /**
   * The full report: stage 1 (`queryCellTotals`) then the core's stage 2 and roll-up.
   * Must equal `computeReport` run on the stored programme, observations and org units.
   * Throws `not_found` for an unknown programme.
   */
  queryAttainment(query: AttainmentQuery): Promise<AttainmentReport>;

  // ── change tracking ─────────────────────────────────────────────────────────
  /**
   * Optional. An opaque token for the store's committed data: it changes after every committed
   * write of any kind — every method in `STORE_WRITE_METHODS` and every transaction that called
   * one — including writes made by another process or connection to the same database, and it
   * stays the same across reads. Equal tokens of one store therefore mean equal data, so a caller
   * may cache anything derived from the data under the token and check it again before reuse.
   * Compare tokens for equality only (they need not be ordered), and only tokens of one store.
   * A write that fails or a transaction that rolls back may leave it unchanged; a change without
   * a write only costs a cache miss. Inside a transaction it gives the token the transaction
   * started from: its own writes count once it commits, so do not cache under it what a
   * transaction reads. Stores that cannot tell leave it out, and callers then cache nothing.
   */
  dataVersion?(): Promise<string>;

  // ── lifecycle ───────────────────────────────────────────────────────────────
  /**
   * Runs `fn` in one transaction: all its writes commit together, or none when it throws
   * (the error is rethrown unchanged). Nested calls join the outer transaction.
   */
  transaction<T>(fn: (tx: CadreStore) => Promise<T>): Promise<T>;
  /** Releases connections. Further calls throw `store_failure`. Calling twice is harmless. */
  close(): Promise<void>;
}
