import { writeFileSync } from 'node:fs';
import { type OrgUnitInput, observationsFromRecords } from '@cadre/core';
import { dataUrl, readDataJson } from './data-files.js';
import { loadProgramme } from './load-programme.js';
import { quickPathCsv } from './quick-path-csv.js';
import { type CohortSpec, generateRecords } from './synthetic-records.js';

// `pnpm --filter @cadre/example-cao-bang-12-ctr-tu export-csv`: rewrites data/targets.csv and
// data/actuals.csv from the programme and the synthetic records, so they never drift apart.
const loaded = loadProgramme();
if (!loaded.ok) throw new Error(loaded.issues.map((i) => i.message).join('\n'));
const { programme, reported } = loaded.value;
const records = generateRecords(readDataJson<CohortSpec>('cohorts.json'));
const names = new Map(readDataJson<OrgUnitInput[]>('org-units.json').map((u) => [u.code, u.name]));
const observations = observationsFromRecords(programme, records, { asOf: reported.asOf });
if (!observations.ok) throw new Error(observations.issues.map((i) => i.message).join('\n'));
const files = quickPathCsv(
  programme,
  observations.value,
  reported.asOf,
  (code) => names.get(code) ?? code,
);
writeFileSync(dataUrl('targets.csv'), files.targets);
writeFileSync(dataUrl('actuals.csv'), files.actuals);
console.log('data/targets.csv, data/actuals.csv');
