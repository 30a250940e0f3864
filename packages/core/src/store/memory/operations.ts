import type { Programme } from '../../programmes/schema.js';
import type { ImportSummary } from '../../records/schema.js';
import { CadreError } from '../../result/error.js';
import { duplicateKey, errorFromIssues, frozenPeriodError, notFound } from '../errors.js';
import type { CadreStore } from '../port.js';
import { prepareImportBatch } from '../prepare/prepare-batch.js';
import {
  IMPORT_SECTIONS,
  type ImportBatch,
  type ImportOptions,
  type ImportSection,
  type WriteCounts,
} from '../types.js';
import { applyRows, contextOf } from './apply-rows.js';
import { assembleProgramme } from './assemble-programme.js';
import { paginate } from './paginate.js';
import { queryAttainment, queryCellTotals } from './query-attainment.js';
import {
  auditWrite,
  frozenIssues,
  listAudit,
  listRounds,
  observationsBefore,
  transition,
} from './rounds.js';
import {
  copyOut,
  type Entry,
  keyText,
  type MemoryState,
  type ProgrammeDefinition,
} from './state.js';

/** The store's data, behind one reference so a rollback can swap it whole. */
export interface MemoryDb {
  state: MemoryState;
}

/** The methods that read and write data; transactions and locking wrap them. */
export type Operations = Omit<CadreStore, 'transaction' | 'close'>;

function save(db: MemoryDb, section: ImportSection, items: unknown): WriteCounts {
  const prepared = prepareImportBatch({ [section]: items }, contextOf(db.state));
  if (prepared.issues.length > 0) throw errorFromIssues(prepared.issues);
  if (section === 'observations') {
    const frozen = frozenIssues(db.state, items, []);
    if (frozen.length > 0) throw frozenPeriodError(frozen);
  }
  const before = observationsBefore(db.state, prepared.rows);
  const counts = applyRows(db.state, prepared.rows);
  auditWrite(db.state, before, prepared.rows, {});
  return counts;
}

function create<T>(
  db: MemoryDb,
  section: ImportSection,
  item: unknown,
  what: string,
  code: string,
): T {
  const table = db.state[section] as Map<string, Entry<unknown>>;
  if (table.has(keyText([code]))) throw duplicateKey(what, code);
  save(db, section, [item]);
  return copyOut((table.get(keyText([code])) as Entry<T>).value);
}

function keyOf(item: unknown, field: 'code' | 'id'): string {
  const v = (item as Record<string, unknown> | null)?.[field];
  if (typeof v !== 'string') {
    throw new CadreError('invalid_argument', `${field}: expected a non-empty string`, {
      path: [field],
    });
  }
  return v.normalize('NFC');
}

function definitionEntries(state: MemoryState): Entry<Programme>[] {
  return [...state.programmes.values()].map((e: Entry<ProgrammeDefinition>) => ({
    key: e.key,
    value: assembleProgramme(state, e.value.code) as Programme,
  }));
}

function requireProgramme(state: MemoryState, code: string): void {
  if (!state.programmes.has(keyText([code]))) throw notFound('programme', code);
}

function countRows(batch: ImportBatch): number {
  let n = 0;
  for (const s of IMPORT_SECTIONS) {
    const rows = (batch as Record<string, unknown> | null)?.[s];
    if (Array.isArray(rows)) n += rows.length;
  }
  return n;
}

function runImport(db: MemoryDb, batch: ImportBatch, options: ImportOptions = {}): ImportSummary {
  const mode = options.mode ?? 'all_or_nothing';
  if (mode !== 'all_or_nothing' && mode !== 'skip_bad_rows') {
    throw new CadreError('invalid_argument', `mode: expected 'all_or_nothing' or 'skip_bad_rows'`);
  }
  const key = options.idempotencyKey;
  if (key !== undefined && db.state.importKeys.has(key)) {
    const read = countRows(batch);
    return { read, imported: 0, updated: 0, ignored: read, issues: [] };
  }
  const prepared = prepareImportBatch(batch, contextOf(db.state));
  const { read, issues, rejected } = prepared;
  if (mode === 'all_or_nothing' && issues.length > 0) {
    return { read, imported: 0, updated: 0, ignored: read, issues };
  }
  // A frozen period refuses the whole write, whatever the mode: nothing of it lands.
  const frozen = frozenIssues(db.state, batch?.observations, ['observations']);
  if (frozen.length > 0) {
    return { read, imported: 0, updated: 0, ignored: read, issues: [...issues, ...frozen] };
  }
  const before = observationsBefore(db.state, prepared.rows);
  const counts = applyRows(db.state, prepared.rows);
  auditWrite(db.state, before, prepared.rows, {
    ...(options.by !== undefined && { by: options.by }),
    ...(options.at !== undefined && { at: options.at }),
    ...(key !== undefined && { importId: key }),
  });
  if (key !== undefined) db.state.importKeys.add(key);
  return { read, ...counts, ignored: counts.ignored + rejected, issues };
}

/**
 * Builds the data methods of a memory store over `db`. Writes happen in place; the caller
 * (transaction or single call) snapshots first so a failure can roll back.
 * @example
 * const ops = createOperations({ state: emptyState() });
 */
export function createOperations(db: MemoryDb): Operations {
  const s = () => db.state;
  return {
    createOrgUnit: async (unit) => create(db, 'orgUnits', unit, 'org unit', keyOf(unit, 'code')),
    saveOrgUnits: async (units) => save(db, 'orgUnits', units),
    getOrgUnit: async (code) => copyOut(s().orgUnits.get(keyText([code]))?.value ?? null),
    listOrgUnits: async (page) => paginate(s().orgUnits.values(), page),

    createProgramme: async (programme) => {
      const code = keyOf(programme, 'code');
      if (s().programmes.has(keyText([code]))) throw duplicateKey('programme', code);
      save(db, 'programmes', [programme]);
      return assembleProgramme(s(), code) as Programme;
    },
    saveProgramme: async (programme) => save(db, 'programmes', [programme]),
    getProgramme: async (code) => assembleProgramme(s(), code),
    listProgrammes: async (page) => paginate(definitionEntries(s()), page),
    saveTargets: async (targets) => save(db, 'targets', targets),
    listTargets: async (f) => {
      requireProgramme(s(), f.programme);
      return paginate(
        s().targets.values(),
        f,
        (t) =>
          t.programme === f.programme &&
          (f.indicator === undefined || t.indicator === f.indicator) &&
          (f.orgUnit === undefined || t.orgUnit === f.orgUnit),
      );
    },

    saveObservations: async (observations) => save(db, 'observations', observations),
    listObservations: async (f) => {
      requireProgramme(s(), f.programme);
      return paginate(
        s().observations.values(),
        f,
        (o) =>
          o.programme === f.programme &&
          (f.indicator === undefined || o.indicator === f.indicator) &&
          (f.orgUnit === undefined || o.orgUnit === f.orgUnit) &&
          (f.from === undefined || o.date >= f.from) &&
          (f.to === undefined || o.date <= f.to),
      );
    },

    createPerson: async (person) => create(db, 'persons', person, 'person', keyOf(person, 'id')),
    savePersons: async (persons) => save(db, 'persons', persons),
    getPerson: async (id) => copyOut(s().persons.get(keyText([id]))?.value ?? null),
    listPersons: async (f) =>
      paginate(
        s().persons.values(),
        f,
        (p) =>
          (f?.personId === undefined || p.id === f.personId) &&
          (f?.orgUnit === undefined || p.orgUnit === f.orgUnit),
      ),
    saveTrainingRecords: async (records) => save(db, 'training', records),
    listTrainingRecords: async (f) =>
      paginate(
        s().training.values(),
        f,
        (r) =>
          (f?.personId === undefined || r.personId === f.personId) &&
          (f?.orgUnit === undefined || r.orgUnit === f.orgUnit),
      ),
    saveRotations: async (records) => save(db, 'rotations', records),
    listRotations: async (f) =>
      paginate(
        s().rotations.values(),
        f,
        (r) =>
          (f?.personId === undefined || r.personId === f.personId) &&
          (f?.orgUnit === undefined || r.to.orgUnit === f.orgUnit),
      ),
    saveHeadcounts: async (snapshots) => save(db, 'headcounts', snapshots),
    listHeadcounts: async (f) =>
      paginate(
        s().headcounts.values(),
        f,
        (h) => f?.orgUnit === undefined || h.orgUnit === f.orgUnit,
      ),

    importBatch: async (batch, options) => runImport(db, batch, options),
    listRounds: async (f) => listRounds(s(), f),
    applyRoundTransition: async (t) => transition(s(), t),
    listAudit: async (f) => listAudit(s(), f),
    queryCellTotals: async (query) => queryCellTotals(s(), query),
    queryAttainment: async (query) => queryAttainment(s(), query),
  };
}
