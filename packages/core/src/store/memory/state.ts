import type { Person } from '../../categories/schema.js';
import type { OrgUnit } from '../../org-units/schema.js';
import type { Programme } from '../../programmes/schema.js';
import type {
  HeadcountSnapshot,
  Observation,
  RotationRecord,
  TrainingRecord,
} from '../../records/schema.js';
import type { AuditEntry } from '../../rounds/audit.js';
import type { RoundRecord } from '../../rounds/schema.js';
import type { NaturalKey } from '../keys.js';
import type { StoredTarget } from '../types.js';

/** A stored row with its natural key, kept so lists sort and page without recomputing keys. */
export interface Entry<T> {
  key: NaturalKey;
  value: T;
}

/** A table: natural key (as JSON text) → entry. */
export type Table<T> = Map<string, Entry<T>>;

/** A programme definition without its targets: targets live in their own table. */
export type ProgrammeDefinition = Omit<Programme, 'targets'>;

/** Everything the memory store holds. Rows are never mutated in place, so a snapshot is a shallow copy. */
export interface MemoryState {
  orgUnits: Table<OrgUnit>;
  programmes: Table<ProgrammeDefinition>;
  targets: Table<StoredTarget>;
  observations: Table<Observation>;
  persons: Table<Person>;
  training: Table<TrainingRecord>;
  rotations: Table<RotationRecord>;
  headcounts: Table<HeadcountSnapshot>;
  importKeys: Set<string>;
  rounds: Table<RoundRecord>;
  /** Append-only: entries are pushed, never changed. */
  audit: AuditEntry[];
}

/**
 * A store with nothing in it.
 * @example
 * const db = { state: emptyState() };
 */
export function emptyState(): MemoryState {
  return {
    orgUnits: new Map(),
    programmes: new Map(),
    targets: new Map(),
    observations: new Map(),
    persons: new Map(),
    training: new Map(),
    rotations: new Map(),
    headcounts: new Map(),
    importKeys: new Set(),
    rounds: new Map(),
    audit: [],
  };
}

/**
 * A copy to roll back to: tables are copied, rows are shared (they are replaced, never changed).
 * @example
 * const before = snapshotState(db.state); // … on failure: db.state = before
 */
export function snapshotState(s: MemoryState): MemoryState {
  return {
    orgUnits: new Map(s.orgUnits),
    programmes: new Map(s.programmes),
    targets: new Map(s.targets),
    observations: new Map(s.observations),
    persons: new Map(s.persons),
    training: new Map(s.training),
    rotations: new Map(s.rotations),
    headcounts: new Map(s.headcounts),
    importKeys: new Set(s.importKeys),
    rounds: new Map(s.rounds),
    audit: [...s.audit],
  };
}

/**
 * Text form of a natural key, for map lookups.
 * @example
 * state.orgUnits.get(keyText(['04']));
 */
export function keyText(key: NaturalKey): string {
  return JSON.stringify(key);
}

/**
 * A deep copy, so callers never hold references into the store. Rows are plain JSON data.
 * @example
 * return copyOut(entry.value);
 */
export function copyOut<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
