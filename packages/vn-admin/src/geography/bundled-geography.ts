import { loadDataset } from '../dataset/load-dataset.js';
import {
  buildCurrentUnits,
  buildLineage,
  type CurrentUnits,
  type Lineage,
} from './build-geography.js';

let current: CurrentUnits | undefined;
let lineage: Lineage | undefined;

/**
 * The 2025 units of the bundled dataset, built on first use and shared (not copied).
 * @example
 * bundledCurrentUnits().communes.length; // 3321
 */
export function bundledCurrentUnits(): CurrentUnits {
  current ??= buildCurrentUnits(loadDataset());
  return current;
}

/**
 * The former units of the bundled dataset, built on first use and shared (not copied). Only
 * callers that need history pay for the ~10,000 old communes.
 * @example
 * bundledLineage().formerProvinces.length; // 63
 */
export function bundledLineage(): Lineage {
  lineage ??= buildLineage(loadDataset());
  return lineage;
}
