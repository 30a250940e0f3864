import type { Programme } from '../../programmes/schema.js';
import { targetKey } from '../keys.js';
import type { ImportContext, PreparedRows } from '../prepare/prepare-batch.js';
import { canonicalJson } from '../prepare/row-key.js';
import type { WriteCounts } from '../types.js';
import { type Entry, keyText, type MemoryState, type Table } from './state.js';

type Outcome = 'imported' | 'updated' | 'ignored';

function upsert<T>(table: Table<T>, entry: Entry<T>): Outcome {
  const k = keyText(entry.key);
  const old = table.get(k);
  if (old && canonicalJson(old.value) === canonicalJson(entry.value)) return 'ignored';
  table.set(k, entry);
  return old ? 'updated' : 'imported';
}

/** Writes a programme row: its definition and each of its targets; one outcome for the row. */
function upsertProgramme(state: MemoryState, programme: Programme): Outcome {
  const { targets, ...definition } = programme;
  const def = upsert(state.programmes, { key: [programme.code], value: definition });
  let changed = false;
  for (const t of targets) {
    const stored = { ...t, programme: programme.code };
    changed =
      upsert(state.targets, { key: targetKey(stored), value: stored }) !== 'ignored' || changed;
  }
  if (def === 'imported') return 'imported';
  return def === 'updated' || changed ? 'updated' : 'ignored';
}

/**
 * Writes checked rows into the state, section by section, and counts what changed.
 * @example
 * applyRows(state, prepareImportBatch(batch, contextOf(state)).rows); // { imported: 3, updated: 0, ignored: 1 }
 */
export function applyRows(state: MemoryState, rows: PreparedRows): WriteCounts {
  const counts: WriteCounts = { imported: 0, updated: 0, ignored: 0 };
  const tally = (o: Outcome) => {
    counts[o]++;
  };
  for (const r of rows.orgUnits) tally(upsert(state.orgUnits, r));
  for (const r of rows.programmes) tally(upsertProgramme(state, r.value));
  for (const r of rows.targets) tally(upsert(state.targets, r));
  for (const r of rows.observations) tally(upsert(state.observations, r));
  for (const r of rows.persons) tally(upsert(state.persons, r));
  for (const r of rows.training) tally(upsert(state.training, r));
  for (const r of rows.rotations) tally(upsert(state.rotations, r));
  for (const r of rows.headcounts) tally(upsert(state.headcounts, r));
  return counts;
}

/**
 * What the import checks may ask of the memory state.
 * @example
 * prepareImportBatch(batch, contextOf(state));
 */
export function contextOf(state: MemoryState): ImportContext {
  return {
    orgUnit: (code) => state.orgUnits.get(keyText([code]))?.value,
    programme: (code) => state.programmes.get(keyText([code]))?.value,
    hasPerson: (id) => state.persons.has(keyText([id])),
  };
}
