import { createOrgUnitIndex, type OrgUnitInput } from '@cadre/core';
import { bench, describe } from 'vitest';
import { programmesFromTargets } from './programmes-from-targets.js';
import { readTargetsCsv, type TargetsImport } from './read-targets.js';

// targets.csv of the national benchmark, in memory: 34 provinces × 20 categories × 10 course
// kinds = 6,800 rows.
const provinces: OrgUnitInput[] = Array.from({ length: 34 }, (_, p) => ({
  code: String(p + 1).padStart(2, '0'),
  name: `Tỉnh số ${p + 1}`,
  level: 'province',
}));
const orgUnits = createOrgUnitIndex(provinces);
const lines = [
  'programme,indicator,indicator_name,org_unit,period_start,period_end,target,category,course',
];
for (const p of provinces) {
  for (let c = 0; c < 20; c++) {
    for (let k = 0; k < 10; k++) {
      const target = (Number(p.code) * 7919 + c * 31 + k * 17) % 500;
      lines.push(
        `ĐTBD-2026-2030,sent,"Số lượt cán bộ được cử đi đào tạo, bồi dưỡng",${p.code},2026-01-01,2030-12-31,${target},cat${c},course${k}`,
      );
    }
  }
}
const text = `${lines.join('\n')}\n`;
const options = { orgUnits, disaggregations: { category: ['Đối tượng'], course: ['Khóa'] } };
let read: TargetsImport;
// Records the reader did not make are parsed again by programmesFromTargets.
let viaSchema: TargetsImport;

describe('targets.csv: 6,800 rows', () => {
  bench('readTargetsCsv (TargetSchema on every row)', async () => {
    read = await readTargetsCsv({ text }, options);
  });
});

describe('programmesFromTargets: one programme of 6,800 targets', () => {
  bench(
    'baseline: ProgrammeSchema over every target',
    () => {
      programmesFromTargets(viaSchema);
    },
    {
      setup: async () => {
        read ??= await readTargetsCsv({ text }, options);
        const records = read.records.map((r) => Object.assign(Object.create({}), r));
        viaSchema = { ...read, records };
      },
    },
  );
  bench(
    'programmesFromTargets (targets the reader held to TargetSchema)',
    () => {
      programmesFromTargets(read);
    },
    {
      setup: async () => {
        read ??= await readTargetsCsv({ text }, options);
      },
    },
  );
});
