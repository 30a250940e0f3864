import type { CadreStore } from './port.js';

/**
 * The port methods that write data. A store's `dataVersion()` must change after each of them
 * commits; a cache in front of a store can use the list to see which calls invalidate it.
 * @example
 * STORE_WRITE_METHODS.includes('saveTargets'); // true
 * STORE_WRITE_METHODS.includes('queryAttainment' as StoreWriteMethod); // false
 */
export const STORE_WRITE_METHODS = [
  'createOrgUnit',
  'saveOrgUnits',
  'createProgramme',
  'saveProgramme',
  'saveTargets',
  'saveObservations',
  'createPerson',
  'savePersons',
  'saveTrainingRecords',
  'saveRotations',
  'saveHeadcounts',
  'importBatch',
  'applyRoundTransition',
] as const satisfies readonly (keyof CadreStore)[];

/** The name of a port method that writes data, e.g. `'saveObservations'`. */
export type StoreWriteMethod = (typeof STORE_WRITE_METHODS)[number];
