import type { Programme } from '../../programmes/schema.js';
import { compareKeys } from '../keys.js';
import type { StoredTarget } from '../types.js';
import { copyOut, keyText, type MemoryState } from './state.js';

/**
 * A programme as the port returns it: its definition plus every stored target, in key order.
 * @example
 * assembleProgramme(state, '12-CTr/TU')?.targets.length; // 9
 */
export function assembleProgramme(state: MemoryState, code: string): Programme | null {
  const def = state.programmes.get(keyText([code]));
  if (!def) return null;
  const targets = [...state.targets.values()]
    .filter((e) => e.value.programme === code)
    .sort((a, b) => compareKeys(a.key, b.key))
    .map((e) => withoutProgramme(copyOut(e.value)));
  return { ...copyOut(def.value), targets };
}

function withoutProgramme({ programme: _, ...target }: StoredTarget) {
  return target;
}
