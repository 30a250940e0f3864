import { createOrgUnitIndex } from '@cadre/core';
import { bench, describe } from 'vitest';
import { loadDataset } from '../dataset/load-dataset.js';
import { buildCurrentUnits, buildLineage } from './build-geography.js';
import { orgUnits } from './getters.js';

// The dataset is parsed once (its first use costs about 80 ms); these measure what follows.
const ds = loadDataset();
const provincesAll = orgUnits({ levels: ['province'] });
const everything = orgUnits({ include: 'all' });

describe('vn-admin geography', () => {
  bench('build the 34 provinces and 3,321 communes', () => {
    buildCurrentUnits(ds);
  });
  bench('derive the former units and lineage from 10,977 mapping rows', () => {
    buildLineage(ds);
  });
  bench('index the 97 current and former provinces', () => {
    createOrgUnitIndex(provincesAll);
  });
  bench(
    'index all ~14,100 units',
    () => {
      createOrgUnitIndex(everything);
    },
    { iterations: 5 },
  );
});
